package io.github.linernotes.examples;

import io.github.linernotes.Album;
import io.github.linernotes.ArtistCredit;
import io.github.linernotes.Medium;
import io.github.linernotes.Personnel;
import io.github.linernotes.Recording;
import io.github.linernotes.Release;
import io.github.linernotes.Session;
import io.github.linernotes.Track;
import io.github.linernotes.Work;
import io.github.linernotes.imports.ImportCode;
import io.github.linernotes.imports.ImportNote;
import io.github.linernotes.imports.Imported;
import io.github.linernotes.imports.MusicBrainzImport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Imports a real MusicBrainz release (ws/2 JSON, from the shared test data) and prints its liner notes: the
 * album, its release, every track with who plays on its recording, the sessions and the works, and what the
 * import left out, counted by note code.
 */
public final class ImportingMusicBrainz {

  static final Path RELEASE = Path.of("../shared/realdata/musicbrainz/bach-keyboard-concertos-perahia.release.be3a32ec.json");

  private ImportingMusicBrainz() {}

  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : RELEASE;
    if (!Files.isRegularFile(file)) {
      System.out.println("\n(no MusicBrainz release at " + file + "; the import example is skipped)");
      return;
    }
    Imported imported;
    try (InputStream in = Files.newInputStream(file)) {
      imported = MusicBrainzImport.read(in);
    }
    for (Album album : imported.albums()) {
      print(album);
    }
    Map<String, Long> byCode = new TreeMap<>(imported.notes().stream()
        .collect(Collectors.groupingBy(n -> n.code().code(), Collectors.counting())));
    System.out.println("\nImport notes: " + byCode);
    imported.notes().stream().filter(n -> n.code() == ImportCode.INVALID_VALUE).map(ImportNote::toString)
        .forEach(n -> System.out.println("  " + n));
  }

  private static void print(Album album) {
    System.out.println("\n" + album.title() + " - " + album.artistCredit()
        + album.firstReleased().map(d -> " (" + d + ")").orElse(""));
    Map<String, Recording> recordings = album.recordings().stream()
        .collect(Collectors.toMap(Recording::id, r -> r));
    for (Release release : album.releases()) {
      System.out.println(release.labels().stream()
          .map(l -> l.name() + l.catalogueNumber().map(c -> " " + c).orElse("")).collect(Collectors.joining(" / "))
          + release.events().stream().map(e -> " [" + e.date().map(Object::toString).orElse("date unknown")
              + e.area().map(a -> ", " + a).orElse("") + "]").collect(Collectors.joining())
          + release.barcode().map(b -> ", barcode " + b).orElse(""));
      for (Medium medium : release.media()) {
        System.out.println("  " + medium.format().map(f -> f.toString()).orElse("medium")
            + medium.title().map(t -> ": " + t).orElse(""));
        for (Track track : medium.tracks()) {
          System.out.printf("  %-4s %-60.60s %s%n", track.position(), track.title(),
              track.length().map(Object::toString).orElse(""));
          Recording recording = track.recording().map(recordings::get).orElse(null);
          if (recording != null) {
            for (Personnel person : recording.credits()) {
              System.out.println("         " + person.name() + " - " + String.join(", ",
                  person.instruments().isEmpty() ? person.creditedRoles() : person.instruments()));
            }
          }
        }
      }
    }
    for (Session session : album.sessions()) {
      System.out.println("Session " + session.date().map(Object::toString).orElse("undated")
          + session.venue().flatMap(v -> v.name()).map(n -> ", " + n).orElse(""));
    }
    for (Work work : album.works()) {
      String composers = work.composers().stream().map(ArtistCredit::name).collect(Collectors.joining(", "));
      System.out.println("Work: " + work.title() + (composers.isEmpty() ? "" : " (composed by " + composers + ")"));
    }
  }
}
