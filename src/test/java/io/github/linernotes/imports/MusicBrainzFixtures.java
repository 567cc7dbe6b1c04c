package io.github.linernotes.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linernotes.Album;
import io.github.linernotes.Personnel;
import io.github.linernotes.Recording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

/** The shared MusicBrainz documents and small helpers the MusicBrainz import tests share. */
final class MusicBrainzFixtures {

  static final String ABBA = "abba-recording-instrument-rels.recording.picard-fixture.json";
  static final String ALAN_VEGA = "alan-vega-deuce-avenue-cd.release.71d6f1d1.json";
  static final String BACH = "bach-keyboard-concertos-perahia.release.be3a32ec.json";
  static final String COMPLETE_ME = "complete-me-dj-mix-release-rels.release.picard-fixture.json";
  static final String JEFF_MILLS = "jeff-mills-kat-moda-digital.release.e47d04a4.json";
  static final String DARK_SIDE = "pink-floyd-dark-side-of-the-moon-12in.release.picard-fixture.json";
  static final String WISH_YOU_WERE_HERE = "pink-floyd-wish-you-were-here-5-media.release.picard-fixture.json";
  static final String RAMMSTEIN = "rammstein-reise-reise-2cd.release.bdc01183.json";
  static final String SWAN_LAKE = "swan-lake-dutoit-dated-rels.recording.picard-fixture.json";

  static final List<String> ALL = List.of(ABBA, ALAN_VEGA, BACH, COMPLETE_ME, JEFF_MILLS, DARK_SIDE,
      WISH_YOU_WERE_HERE, RAMMSTEIN, SWAN_LAKE);

  private MusicBrainzFixtures() {}

  static String text(String name) {
    try {
      return Files.readString(SharedData.file("musicbrainz/" + name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Imported read(String name) {
    try (var in = Files.newInputStream(SharedData.file("musicbrainz/" + name))) {
      return MusicBrainzImport.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one album of a usable result, checked through both Jackson majors and the consistency check. */
  static Album album(Imported result) {
    assertThat(result.albums()).hasSize(1);
    assertThat(result.notes()).noneMatch(n -> n.code() == ImportCode.UNUSABLE);
    Album album = result.albums().get(0);
    RoundTrip.check(album);
    return album;
  }

  static List<ImportNote> notes(Imported result, ImportCode code, String location) {
    return result.notes().stream().filter(n -> n.code() == code && n.location().equals(location)).toList();
  }

  static Recording recording(Album album, String id) {
    return album.recordings().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  static Personnel credit(Recording recording, String name) {
    return recording.credits().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(
        () -> new AssertionError(name + " is not credited on " + recording.title()));
  }

  static Personnel credit(List<Personnel> credits, String name) {
    return credits.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(
        () -> new AssertionError(name + " is not credited"));
  }

  /** Counts the notes by code, for reporting. */
  static String counts(Imported result) {
    return result.notes().stream().collect(Collectors.groupingBy(n -> n.code().code(), java.util.TreeMap::new,
        Collectors.counting())).toString();
  }
}
