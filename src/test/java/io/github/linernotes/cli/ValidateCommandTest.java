package io.github.linernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linernotes.Album;
import io.github.linernotes.json.CatalogueWriter;
import io.github.linernotes.json.LinerNotesJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  private static final String HEAD = "{\"format\":\"linernotes/catalogue\",\"version\":1,\"albums\":[";
  private static final String UNKNOWN_PROPERTY = "{\"title\":\"X\",\"artists\":[{\"name\":\"A\"}],\"bogus\":1}";
  private static final String MISSING_CITATION =
      "{\"title\":\"Y\",\"artists\":[{\"name\":\"B\"}],\"reviews\":[{\"publication\":\"P\",\"citation\":\"9\"}]}";

  @TempDir
  Path dir;

  private String write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file.toString();
  }

  private static String line(Album album) {
    return LinerNotesJson.write(album);
  }

  @Test
  void sharedIdsAreReportedOnEveryLaterAlbumAcrossFilesOnlyWhenAsked() throws IOException {
    Album plain = Cli.threeAlbums().get(0);
    Album group = plain.withIds(io.github.linernotes.ExternalIds.builder()
        .musicBrainz(io.github.linernotes.id.MusicBrainzId.parse("1a2b3c4d-0000-4000-8000-00000000000a")).build());
    Album master = plain.withIds(io.github.linernotes.ExternalIds.builder()
        .discogs(io.github.linernotes.id.DiscogsId.parse("4242")).build());
    Album both = plain.withIds(io.github.linernotes.ExternalIds.builder()
        .musicBrainz(io.github.linernotes.id.MusicBrainzId.parse("1a2b3c4d-0000-4000-8000-00000000000a"))
        .discogs(io.github.linernotes.id.DiscogsId.parse("4242")).build());
    String a = write("a.jsonl", line(group) + "\n" + line(plain) + "\n" + line(master) + "\n");
    String b = write("b.jsonl", line(plain) + "\n" + line(both) + "\n" + line(group) + "\n");

    Cli.Result without = Cli.run("validate", a, b);
    assertThat(without.status).as("%s", without).isZero();
    assertThat(without.out).isEmpty();

    Cli.Result result = Cli.run("validate", "--shared-ids", a, b);
    assertThat(result.status).as("%s", result).isZero();
    assertThat(result.outLines()).containsExactly(
        b + ":2: /ids/musicBrainz: warning: the album on line 1 of " + a + " names the same MusicBrainz release"
            + " group, 1a2b3c4d-0000-4000-8000-00000000000a; one album entered twice? [shared-album-id]",
        b + ":2: /ids/discogs: warning: the album on line 3 of " + a + " names the same Discogs master, 4242;"
            + " one album entered twice? [shared-album-id]",
        b + ":3: /ids/musicBrainz: warning: the album on line 1 of " + a + " names the same MusicBrainz release"
            + " group, 1a2b3c4d-0000-4000-8000-00000000000a; one album entered twice? [shared-album-id]");
    assertThat(result.errLines()).containsExactly(a + ": 3 albums, 0 problems",
        b + ": 3 albums, 0 problems, 0 errors, 3 warnings");
    assertThat(Cli.run("validate", "--shared-ids", "--strict", a, b).status).isEqualTo(1);
  }

  @Test
  void aValidJsonLinesFileHasNoProblems() throws IOException {
    String file = write("good.jsonl", CatalogueWriter.linesToString(Cli.threeAlbums()));

    Cli.Result result = Cli.run("validate", file);

    assertThat(result.status).as("%s", result).isZero();
    assertThat(result.out).isEmpty();
    assertThat(result.errLines()).containsExactly(file + ": 3 albums, 0 problems");
  }

  @Test
  void aValidDocumentHasNoProblems() throws IOException {
    String file = write("good.json", CatalogueWriter.documentToString(Cli.threeAlbums()));

    Cli.Result result = Cli.run("validate", file);

    assertThat(result.status).as("%s", result).isZero();
    assertThat(result.out).isEmpty();
    assertThat(result.errLines()).containsExactly(file + ": 3 albums, 0 problems");
  }

  @Test
  void anEmptyDocumentIsValid() throws IOException {
    String file = write("empty.json", CatalogueWriter.documentToString(java.util.List.of()));

    Cli.Result result = Cli.run("validate", file);

    assertThat(result.status).as("%s", result).isZero();
    assertThat(result.errLines()).containsExactly(file + ": 0 albums, 0 problems");
  }

  @Test
  void everyBadLineOfAJsonLinesFileIsReportedWithItsLineAndPointer() throws IOException {
    Album good = Cli.threeAlbums().get(0);
    String file = write("bad.jsonl", line(good) + "\n"
        + UNKNOWN_PROPERTY + "\n"
        + line(good) + "\n"
        + "   \n"
        + MISSING_CITATION + "\n"
        + "{\"title\": broken\n");

    Cli.Result result = Cli.run("validate", file);

    assertThat(result.status).as("%s", result).isEqualTo(1);
    assertThat(result.outLines()).hasSize(3);
    assertThat(result.outLines().get(0)).isEqualTo(file + ":2:48: /bogus: unknown property \"bogus\" [unknown-property]");
    assertThat(result.outLines().get(1))
        .isEqualTo(file + ":5:85: /reviews/0/citation: the album has no citation with id \"9\" [unknown-citation]");
    assertThat(result.outLines().get(2)).startsWith(file + ":6:11: /: Unrecognized token 'broken'").endsWith("[syntax]");
    assertThat(result.errLines()).containsExactly(file + ": 2 albums, 3 problems");
  }

  @Test
  void everyBadAlbumOfADocumentIsReportedAndEachBrokenRuleHasItsOwnLine() throws IOException {
    String file = write("bad.json", HEAD + "\n"
        + UNKNOWN_PROPERTY + ",\n"
        + MISSING_CITATION + ",\n"
        + "{\"title\":\" \",\"artists\":[]}\n"
        + "]}\n");

    Cli.Result result = Cli.run("validate", file);

    assertThat(result.status).as("%s", result).isEqualTo(1);
    assertThat(result.outLines()).containsExactly(
        file + ":2:48: /albums/0/bogus: unknown property \"bogus\" [unknown-property]",
        file + ":3:85: /albums/1/reviews/0/citation: the album has no citation with id \"9\" [unknown-citation]",
        file + ":4:26: /albums/2/title: must not be blank [required]",
        file + ":4:26: /albums/2/artists: an album needs at least one credited artist [required]");
    assertThat(result.errLines()).containsExactly(file + ": 0 albums, 4 problems");
  }

  @Test
  void malformedJsonEndsTheReading() throws IOException {
    String file = write("malformed.json", HEAD + "{\"title\":\"ok\",]}");

    Cli.Result result = Cli.run("validate", file);

    assertThat(result.status).as("%s", result).isEqualTo(1);
    assertThat(result.outLines()).containsExactly(file + ":1:70: /albums/0: Unexpected character (']' (code 93)): "
        + "was expecting double-quote to start property name [syntax]");
  }

  @Test
  void aTruncatedDocumentIsReported() throws IOException {
    String file = write("truncated.json", HEAD + "\n{\"title\":\"Y\",\"art");

    Cli.Result result = Cli.run("validate", file);

    assertThat(result.status).as("%s", result).isEqualTo(1);
    assertThat(result.outLines()).containsExactly(
        file + ":2:18: /albums/0: Unexpected end-of-input in property name [syntax]");
    assertThat(result.errLines()).containsExactly(file + ": 0 albums, 1 problem");
  }

  @Test
  void aDocumentTruncatedBetweenAlbumsIsReported() throws IOException {
    String file = write("truncated.json", HEAD + "\n" + line(Cli.threeAlbums().get(0)) + ",\n");

    Cli.Result result = Cli.run("validate", file);

    assertThat(result.status).as("%s", result).isEqualTo(1);
    assertThat(result.outLines()).singleElement().asString()
        .startsWith(file + ":3:1: /albums: ").endsWith("[syntax]");
    assertThat(result.errLines()).containsExactly(file + ": 1 album, 1 problem");
  }

  @Test
  void aWrongFormatMarkerIsReported() throws IOException {
    String file = write("other.json", "{\"format\":\"linernotes/albums\",\"version\":1,\"albums\":[]}");

    Cli.Result result = Cli.run("validate", file);

    assertThat(result.status).as("%s", result).isEqualTo(1);
    assertThat(result.outLines()).containsExactly(file + ":1:11: /format: this is not a Liner Notes catalogue: "
        + "format is \"linernotes/albums\", expected \"linernotes/catalogue\" [unknown-format]");
  }

  @Test
  void aMissingFormatMarkerIsReported() throws IOException {
    String file = write("anonymous.json", "{\"version\":1,\"albums\":[]}");

    Cli.Result result = Cli.run("validate", file);

    assertThat(result.status).as("%s", result).isEqualTo(1);
    assertThat(result.outLines()).singleElement().asString()
        .startsWith(file + ":1:").contains(": /format: the document has no format marker").endsWith("[required]");
  }

  @Test
  void aLaterVersionIsReported() throws IOException {
    String file = write("v2.json", "{\"format\":\"linernotes/catalogue\",\n\"version\":2,\"albums\":[]}");

    Cli.Result result = Cli.run("validate", file);

    assertThat(result.status).as("%s", result).isEqualTo(1);
    assertThat(result.outLines()).containsExactly(file + ":2:11: /version: catalogue version 2 is not supported; "
        + "this library reads version 1 [unsupported-version]");
  }

  @Test
  void aMissingFileIsAnInputErrorAndTheOtherFilesAreStillChecked() throws IOException {
    String missing = dir.resolve("missing.json").toString();
    String bad = write("bad.jsonl", UNKNOWN_PROPERTY + "\n");
    String good = write("good.jsonl", CatalogueWriter.linesToString(Cli.threeAlbums()));

    Cli.Result result = Cli.run("validate", bad, missing, good);

    assertThat(result.status).as("%s", result).isEqualTo(2);
    assertThat(result.outLines()).containsExactly(bad + ":1:48: /bogus: unknown property \"bogus\" [unknown-property]");
    assertThat(result.errLines()).containsExactly(
        bad + ": 0 albums, 1 problem",
        missing + ": cannot read: no such file",
        good + ": 3 albums, 0 problems");
  }

  @Test
  void aDirectoryCannotBeRead() {
    Cli.Result result = Cli.run("validate", dir.toString());

    assertThat(result.status).isEqualTo(2);
    assertThat(result.out).isEmpty();
    assertThat(result.errLines()).containsExactly(dir + ": cannot read: it is a directory");
  }

  @Test
  void aFileOfOneAlbumIsValidatedFormattedAndConverted() throws IOException {
    String album = io.github.linernotes.json.LinerNotesJson.write(io.github.linernotes.ReferenceAlbums.ascenseurPourLEchafaud());
    String file = write("ascenseur.json", album);

    Cli.Result validate = Cli.run("validate", file);
    assertThat(validate.status).as("%s", validate).isEqualTo(0);
    assertThat(validate.errLines()).containsExactly(file + ": 1 album, 0 problems");

    Cli.Result format = Cli.run("format", file);
    assertThat(format.status).as("%s", format).isEqualTo(0);
    assertThat(format.outLines()).containsExactly(album);

    Cli.Result convert = Cli.run("convert", "--to", "json", file);
    assertThat(convert.outLines()).containsExactly("{\"format\":\"linernotes/catalogue\",\"version\":1,\"albums\":[",
        album, "]}");

    String broken = write("broken.json", album.replace("\"title\":\"Ascenseur", "\"title\":\"\",\"x\":\"A"));
    assertThat(Cli.run("validate", broken).outLines()).containsExactly(broken + ":1:18: /x: unknown property \"x\" [unknown-property]");
  }

  @Test
  void standardInputIsNamedInMessages() {
    Cli.Result result = Cli.runWithStdin(line(Cli.threeAlbums().get(0)) + "\n" + UNKNOWN_PROPERTY + "\n",
        "validate", "--input", "jsonl", "-");

    assertThat(result.status).as("%s", result).isEqualTo(1);
    assertThat(result.outLines()).containsExactly("<stdin>:2:48: /bogus: unknown property \"bogus\" [unknown-property]");
    assertThat(result.errLines()).containsExactly("<stdin>: 1 album, 1 problem");
  }

  @Test
  void standardInputIsADocumentOrOneAlbumUnlessToldOtherwise() {
    Cli.Result result = Cli.runWithStdin(UNKNOWN_PROPERTY + "\n", "validate", "-");

    assertThat(result.status).as("%s", result).isEqualTo(1);
    assertThat(result.outLines()).containsExactly("<stdin>:1:48: /bogus: unknown property \"bogus\" [unknown-property]");

    Cli.Result twoLines = Cli.runWithStdin(UNKNOWN_PROPERTY + "\n" + UNKNOWN_PROPERTY + "\n", "validate", "-");
    assertThat(twoLines.outLines()).containsExactly("<stdin>:1:48: /bogus: unknown property \"bogus\" [unknown-property]");
  }

  @Test
  void theInputOptionOverridesTheFileName() throws IOException {
    String file = write("catalogue.jsonl", "{\"format\":\"linernotes/catalogue\",\"version\":1,\"albums\":[]}\n");

    assertThat(Cli.run("validate", file).status).isEqualTo(1);
    assertThat(Cli.run("validate", "--input=json", file).status).isZero();
  }

  @Test
  void ndjsonFilesAreJsonLines() throws IOException {
    String file = write("good.NDJSON", CatalogueWriter.linesToString(Cli.threeAlbums()));

    assertThat(Cli.run("validate", file).status).isZero();
  }
}
