package io.github.linernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.linernotes.Album;
import io.github.linernotes.DomainGenerators;
import io.github.linernotes.json.CatalogueReader;
import io.github.linernotes.json.CatalogueWriter;
import io.github.linernotes.json.LinerNotesJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code format} and {@code convert}. */
class RewriteCommandsTest {

  private static final String UNKNOWN_PROPERTY = "{\"title\":\"X\",\"artists\":[{\"name\":\"A\"}],\"bogus\":1}";

  @TempDir
  Path dir;

  private String write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file.toString();
  }

  /** The albums as JSON Lines, but not canonically: indented, with blank lines and CRLF line ends. */
  private static String untidyLines(List<Album> albums) {
    StringBuilder sb = new StringBuilder("\n");
    for (Album album : albums) {
      // only after property names: inside a string value a quote is always escaped
      sb.append("  ").append(LinerNotesJson.write(album).replaceAll("(?<!\\\\)\":", "\" : ")).append(" \r\n\n");
    }
    return sb.toString();
  }

  @Test
  void formatWritesJsonLinesCanonically() throws IOException {
    List<Album> albums = Cli.threeAlbums();
    String file = write("untidy.jsonl", untidyLines(albums));

    Cli.Result result = Cli.run("format", file);

    assertThat(result.status).as("%s", result).isZero();
    assertThat(result.out).isEqualTo(CatalogueWriter.linesToString(albums));
    assertThat(result.err).isEmpty();
  }

  @Test
  void formatWritesADocumentCanonically() throws IOException {
    List<Album> albums = Cli.threeAlbums();
    String canonical = CatalogueWriter.documentToString(albums);
    String file = write("untidy.json", canonical.replace(",\n", " ,\n\n").replace("\":", "\" :\t"));

    Cli.Result result = Cli.run("format", file);

    assertThat(result.status).as("%s", result).isZero();
    assertThat(result.out).isEqualTo(canonical);
  }

  @Test
  void formattedJsonLinesReadBackAsTheSameAlbums() throws IOException {
    Path file = dir.resolve("generated.jsonl");
    qt().withFixedSeed(20_240_601L).withExamples(40)
        .forAll(lists().of(DomainGenerators.albums()).ofSizeBetween(0, 4))
        .checkAssert(albums -> {
          writeQuietly(file, untidyLines(albums));
          Cli.Result result = Cli.run("format", file.toString());
          assertThat(result.status).as("%s", result).isZero();
          assertThat(CatalogueReader.strict().readLines(result.out)).isEqualTo(albums);
        });
  }

  @Test
  void formattedDocumentsReadBackAsTheSameAlbums() {
    Path file = dir.resolve("generated.json");
    qt().withFixedSeed(20_240_602L).withExamples(40)
        .forAll(lists().of(DomainGenerators.albums()).ofSizeBetween(0, 4))
        .checkAssert(albums -> {
          writeQuietly(file, CatalogueWriter.documentToString(albums).replace(",\n", ",\n\n   "));
          Cli.Result result = Cli.run("format", file.toString());
          assertThat(result.status).as("%s", result).isZero();
          assertThat(CatalogueReader.strict().readDocument(result.out)).isEqualTo(albums);
        });
  }

  @Test
  void aDocumentConvertedToJsonLinesAndBackIsTheCanonicalDocument() throws IOException {
    List<Album> albums = Cli.threeAlbums();
    String canonical = CatalogueWriter.documentToString(albums);
    String document = write("catalogue.json", canonical.replace("\n", "\n  "));

    Cli.Result toLines = Cli.run("convert", "--to", "jsonl", document);
    assertThat(toLines.status).as("%s", toLines).isZero();
    assertThat(toLines.out).isEqualTo(CatalogueWriter.linesToString(albums));

    String lines = write("catalogue.jsonl", toLines.out);
    Cli.Result back = Cli.run("convert", "--to=json", lines);
    assertThat(back.status).as("%s", back).isZero();
    assertThat(back.out).isEqualTo(canonical);
  }

  @Test
  void jsonLinesConvertToADocument() throws IOException {
    List<Album> albums = Cli.threeAlbums();
    String file = write("catalogue.ndjson", untidyLines(albums));

    Cli.Result result = Cli.run("convert", "--to", "json", file);

    assertThat(result.status).as("%s", result).isZero();
    assertThat(result.out).isEqualTo(CatalogueWriter.documentToString(albums));
  }

  @Test
  void convertingToTheSameFormIsFormatting() throws IOException {
    String file = write("untidy.jsonl", untidyLines(Cli.threeAlbums()));

    assertThat(Cli.run("convert", "--to", "jsonl", file).out).isEqualTo(Cli.run("format", file).out);
  }

  @Test
  void standardInputCanBeConverted() {
    List<Album> albums = Cli.threeAlbums();

    Cli.Result result = Cli.runWithStdin(untidyLines(albums), "convert", "--input", "jsonl", "--to", "json", "-");

    assertThat(result.status).as("%s", result).isZero();
    assertThat(result.out).isEqualTo(CatalogueWriter.documentToString(albums));
  }

  @Test
  void theFirstProblemStopsFormatAndNothingIsPrinted() throws IOException {
    String good = LinerNotesJson.write(Cli.threeAlbums().get(0));
    String file = write("bad.jsonl", good + "\n" + UNKNOWN_PROPERTY + "\n" + good + "\n{\"title\": broken\n");

    Cli.Result result = Cli.run("format", file);

    assertThat(result.status).isEqualTo(1);
    assertThat(result.out).isEmpty();
    assertThat(result.errLines()).containsExactly(file + ":2:48: /bogus: unknown property \"bogus\" [unknown-property]");
  }

  @Test
  void theFirstProblemStopsConvertWithEveryBrokenRuleOfThatAlbum() throws IOException {
    String file = write("bad.json", "{\"format\":\"linernotes/catalogue\",\"version\":1,\"albums\":[\n"
        + "{\"title\":\" \",\"artists\":[]}]}");

    Cli.Result result = Cli.run("convert", "--to", "jsonl", file);

    assertThat(result.status).isEqualTo(1);
    assertThat(result.out).isEmpty();
    assertThat(result.errLines()).containsExactly(
        file + ":2:26: /albums/0/title: must not be blank [required]",
        file + ":2:26: /albums/0/artists: an album needs at least one credited artist [required]");
  }

  @Test
  void outputPastTheHoldLimitIsStreamedAndAProblemLeavesItVisiblyUnfinished() throws IOException {
    List<Album> albums = Cli.threeAlbums();
    String file = write("late.jsonl", CatalogueWriter.linesToString(albums) + UNKNOWN_PROPERTY + "\n");
    Terminal smallHold = new Terminal(false, () -> 0L, Progress.THRESHOLD_BYTES, 100);

    Cli.Result result = Cli.run(smallHold, new byte[0], "convert", "--to", "json", file);

    assertThat(result.status).isEqualTo(1);
    assertThat(result.out.lines().count()).as("the head and three albums, but no end").isEqualTo(4);
    assertThat(result.out.lines().findFirst()).hasValue("{\"format\":\"linernotes/catalogue\",\"version\":1,\"albums\":[");
    assertThat(result.out.endsWith("]}\n")).isFalse();
    assertThat(result.errLines()).containsExactly(file + ":4:48: /bogus: unknown property \"bogus\" [unknown-property]");
  }

  @Test
  void aMissingFileIsAnInputError() {
    String missing = dir.resolve("nothing.json").toString();

    Cli.Result result = Cli.run("format", missing);

    assertThat(result.status).isEqualTo(2);
    assertThat(result.out).isEmpty();
    assertThat(result.errLines()).containsExactly(missing + ": cannot read: no such file");
  }

  @Test
  void outputThatCannotBeWrittenIsReported() throws IOException {
    String file = write("good.jsonl", CatalogueWriter.linesToString(Cli.threeAlbums()));
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("broken pipe");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = Main.run(new String[] {"format", file}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(broken, false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Cli.PIPE);

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("linernotes: cannot write to standard output\n");
  }

  private static void writeQuietly(Path file, String content) {
    try {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
