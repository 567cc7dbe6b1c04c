package io.github.linernotes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.linernotes.Album;
import io.github.linernotes.ReferenceAlbums;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalogue documents and JSON Lines: round trips, located errors, lenient mode and hostile input. */
class CatalogueTest {

  private static final Album REFERENCE = ReferenceAlbums.ascenseurPourLEchafaud();
  private static final String A = "{\"title\":\"A\",\"artists\":[{\"name\":\"X\"}]}";
  private static final String B = "{\"title\":\"B\",\"artists\":[{\"name\":\"Y\"}]}";
  private static final String HEAD = "{\"format\":\"linernotes/catalogue\",\"version\":1,\"albums\":[";

  private static List<Album> albums(int n) {
    return IntStream.range(0, n).mapToObj(i -> REFERENCE.withTitle("Album " + i)).collect(Collectors.toList());
  }

  private static InvalidJsonException failure(Runnable read) {
    InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, read::run);
    assertThat(e).as("expected an InvalidJsonException").isNotNull();
    return e;
  }

  @Test
  void documentsRoundTripExactly(@TempDir Path dir) {
    List<Album> albums = albums(3);
    String doc = CatalogueWriter.documentToString(albums);
    assertThat(doc).startsWith(HEAD + "\n{\"title\":\"Album 0\"").endsWith("}\n]}\n");
    assertThat(doc.lines()).hasSize(5);
    assertThat(CatalogueReader.strict().readDocument(doc)).isEqualTo(albums);
    Path file = dir.resolve("catalogue.json");
    CatalogueWriter.writeDocument(albums, file);
    assertThat(CatalogueReader.strict().readDocument(file)).isEqualTo(albums);
    assertThat(CatalogueWriter.documentToString(List.of())).isEqualTo(HEAD + "]}\n");
    assertThat(CatalogueReader.strict().readDocument(HEAD + "]}")).isEmpty();
  }

  @Test
  void documentPropertiesMayComeInAnyOrder() {
    String doc = "{\"albums\":[" + A + "],\"version\":1,\"format\":\"linernotes/catalogue\"}";
    assertThat(CatalogueReader.strict().readDocument(doc)).extracting(Album::title).containsExactly("A");
  }

  @Test
  void jsonLinesRoundTripExactly(@TempDir Path dir) {
    List<Album> albums = albums(4);
    String lines = CatalogueWriter.linesToString(albums);
    assertThat(lines.lines()).hasSize(4);
    assertThat(lines).endsWith("}\n");
    assertThat(CatalogueReader.strict().readLines(lines)).isEqualTo(albums);
    Path file = dir.resolve("catalogue.jsonl");
    CatalogueWriter.writeLines(albums, file);
    try (Stream<Album> stream = CatalogueReader.strict().streamLines(file)) {
      assertThat(stream.collect(Collectors.toList())).isEqualTo(albums);
    }
    assertThat(CatalogueReader.strict().readLines(A + "\r\n\n  \n" + B)).extracting(Album::title)
        .containsExactly("A", "B");
  }

  @Test
  void streamsAreLazy() {
    InputStream endless = new InputStream() {
      private final byte[] line = (A + "\n").getBytes(StandardCharsets.UTF_8);
      private int i;

      @Override
      public int read() {
        return line[i++ % line.length];
      }
    };
    try (Stream<Album> stream = CatalogueReader.strict().streamLines(endless, "endless")) {
      assertThat(stream.limit(1000).count()).isEqualTo(1000);
    }
  }

  @Test
  void otherFormatsAndVersionsAreRefused() {
    InvalidJsonException format = failure(() -> CatalogueReader.strict()
        .readDocument("{\"format\":\"musicbrainz\",\"version\":1,\"albums\":[]}"));
    assertThat(format.code()).isEqualTo("unknown-format");
    assertThat(format.pointer()).isEqualTo("/format");
    assertThat(format.getMessage()).contains("musicbrainz").contains("linernotes/catalogue");
    InvalidJsonException version = failure(() -> CatalogueReader.strict()
        .readDocument("{\"format\":\"linernotes/catalogue\",\"version\":2,\"albums\":[]}"));
    assertThat(version.code()).isEqualTo("unsupported-version");
    assertThat(version.pointer()).isEqualTo("/version");
    assertThat(failure(() -> CatalogueReader.strict().readDocument("{\"version\":1,\"albums\":[]}")).code())
        .isEqualTo("required");
    assertThat(failure(() -> CatalogueReader.strict().readDocument("{\"format\":\"linernotes/catalogue\","
        + "\"version\":1}")).pointer()).isEqualTo("/albums");
    assertThat(failure(() -> CatalogueReader.strict().readDocument(HEAD + "],\"extra\":true}")).code())
        .isEqualTo("unknown-property");
    assertThat(failure(() -> CatalogueReader.strict().readDocument("[]")).code()).isEqualTo("wrong-type");
    assertThat(failure(() -> CatalogueReader.strict().readDocument("")).code()).isEqualTo("syntax");
  }

  @Test
  void errorsInDocumentsNameLineColumnAndPointer() {
    String doc = HEAD + "\n" + A + ",\n{\"title\":\"B\",\"artists\":[{\"name\":\"Y\"}],\"bogus\":1}\n]}";
    InvalidJsonException e = failure(() -> CatalogueReader.strict().readDocument(doc));
    assertThat(e.source()).isEqualTo("<string>");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isGreaterThan(30);
    assertThat(e.pointer()).isEqualTo("/albums/1/bogus");
    assertThat(e.code()).isEqualTo("unknown-property");
    assertThat(e.getMessage()).startsWith("<string>:3:");

    String rule = HEAD + "\n" + A + ",\n{\"title\":\"B\",\"artists\":[{\"name\":\"Y\"}],"
        + "\"reviews\":[{\"publication\":\"Mojo\",\"citation\":\"5\"}]}\n]}";
    InvalidJsonException r = failure(() -> CatalogueReader.strict().readDocument(rule));
    assertThat(r.pointer()).isEqualTo("/albums/1/reviews/0/citation");
    assertThat(r.code()).isEqualTo("unknown-citation");
    assertThat(r.line()).isEqualTo(3);
  }

  @Test
  void errorsInJsonLinesNameTheAlbumsLine() {
    String text = A + "\n" + B + "\n{\"title\":\"C\",\"artists\":[{\"name\":null}]}\n" + A + "\n";
    InvalidJsonException e = failure(() -> CatalogueReader.strict().readLines(text));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.pointer()).isEqualTo("/artists/0/name");
    assertThat(e.code()).isEqualTo("null-value");
    assertThat(e.getMessage()).startsWith("<string>:3:");
  }

  @Test
  void nothingHalfReadIsReturnedInStrictMode() {
    String text = A + "\n" + B + "\n{\"title\":";
    assertThatThrownBy(() -> CatalogueReader.strict().readLines(text)).isInstanceOf(InvalidJsonException.class);
    assertThatThrownBy(() -> CatalogueReader.strict().readDocument(HEAD + A + "," + B))
        .isInstanceOf(InvalidJsonException.class);
  }

  @Test
  void lenientModeSkipsBadAlbumsAndReportsEveryProblem() {
    List<InvalidJsonException> problems = new ArrayList<>();
    CatalogueReader lenient = CatalogueReader.strict().lenient(problems::add);
    String text = A + "\n{\"title\":5}\n" + B + "\nnot json\n{\"title\":\"C\",\"artists\":[],\"x\":1}\n" + A;
    assertThat(lenient.readLines(text)).extracting(Album::title).containsExactly("A", "B", "A");
    assertThat(problems).extracting(InvalidJsonException::line).containsExactly(2L, 4L, 5L);

    problems.clear();
    String doc = HEAD + A + ",{\"title\":\"B\",\"artists\":[{\"name\":\"Y\",\"extra\":{\"deep\":[1,2]}}]}," + B
        + ",{\"title\":\" \",\"artists\":[{\"name\":\"Y\"}]}," + A + "]}";
    assertThat(lenient.readDocument(doc)).extracting(Album::title).containsExactly("A", "B", "A");
    assertThat(problems).extracting(InvalidJsonException::pointer)
        .containsExactly("/albums/1/artists/0/extra", "/albums/3/title");
  }

  @Test
  void deepNestingEndsInALimitNotAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String doc = HEAD + "{\"title\":\"T\",\"artists\":" + deep + "}]}";
    // strict reading stops at the first array where an object belongs, long before the depth matters
    assertThat(failure(() -> CatalogueReader.strict().readDocument(doc)).code()).isEqualTo("wrong-type");
    assertThat(failure(() -> CatalogueReader.strict().readLines("{\"title\":" + deep + "}")).code())
        .isEqualTo("wrong-type");
    assertThat(failure(() -> CatalogueReader.strict().readDocument(deep)).code()).isEqualTo("wrong-type");
    // lenient reading skips the bad album token by token, and the depth limit stops it
    List<InvalidJsonException> problems = new ArrayList<>();
    assertThat(CatalogueReader.strict().lenient(problems::add).readDocument(doc)).isEmpty();
    assertThat(problems).extracting(InvalidJsonException::code).containsExactly("wrong-type", "limit");
    String deepUnknown = "{\"title\":\"T\",\"x\":" + deep + "}";
    assertThat(failure(() -> CatalogueReader.strict().readDocument(HEAD + deepUnknown + "]}")).code())
        .isEqualTo("unknown-property");
  }

  @Test
  void hugeStringsAndNumbersEndInALimit() {
    String longTitle = "{\"title\":\"" + "x".repeat(200_000) + "\",\"artists\":[{\"name\":\"X\"}]}";
    InvalidJsonException s = failure(() -> CatalogueReader.strict().readLines(longTitle));
    assertThat(s.code()).isEqualTo("limit");
    String longNumber = "{\"title\":\"T\",\"artists\":[{\"name\":\"X\"}],\"releases\":[{\"id\":\"r\","
        + "\"statedTrackCount\":" + "9".repeat(1000) + "}]}";
    assertThat(failure(() -> CatalogueReader.strict().readLines(longNumber)).code()).isEqualTo("limit");
    String longName = "{\"" + "k".repeat(200_000) + "\":1}";
    assertThat(failure(() -> CatalogueReader.strict().readLines(longName)).code()).isEqualTo("limit");
  }

  @Test
  void endlessLinesAndDocumentsEndInALimit() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) ' ');
        return len;
      }
    };
    CatalogueReader small = CatalogueReader.strict().withLimits(CatalogueLimits.defaults()
        .withMaxAlbumBytes(1 << 20).withMaxDocumentBytes(1 << 20));
    try (Stream<Album> lines = small.streamLines(endless, "endless")) {
      InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, lines::count);
      assertThat(e.code()).isEqualTo("limit");
      assertThat(e.line()).isEqualTo(1);
    }
    InputStream endlessDocument = new java.io.SequenceInputStream(
        new ByteArrayInputStream((HEAD + A).getBytes(StandardCharsets.UTF_8)), new InputStream() {
          @Override
          public int read() {
            return ' ';
          }
        });
    try (Stream<Album> albums = small.streamDocument(endlessDocument, "endless")) {
      InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, albums::count);
      assertThat(e.code()).isEqualTo("limit");
    }
  }

  @Test
  void theAlbumCountOfADocumentIsLimited() {
    CatalogueReader two = CatalogueReader.strict().withLimits(CatalogueLimits.defaults().withMaxAlbums(2));
    assertThat(two.readDocument(HEAD + A + "," + B + "]}")).hasSize(2);
    InvalidJsonException e = failure(() -> two.readDocument(HEAD + A + "," + B + "," + A + "]}"));
    assertThat(e.code()).isEqualTo("limit");
    assertThat(e.pointer()).isEqualTo("/albums/2");
  }

  @Test
  void polymorphicTypingIsLimitedToRatings() {
    String gadget = "{\"title\":\"T\",\"artists\":[{\"name\":\"X\"}],\"reviews\":[{\"publication\":\"P\","
        + "\"rating\":{\"type\":\"java.lang.ProcessBuilder\",\"value\":1,\"best\":5}}]}";
    assertThat(failure(() -> CatalogueReader.strict().readLines(gadget)).code()).isEqualTo("unknown-type");
  }

  @Test
  void invalidUtf8IsAnEncodingError() {
    byte[] bytes = (A + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 3);
    bad[bytes.length] = '"';
    bad[bytes.length + 1] = (byte) 0xC3;
    bad[bytes.length + 2] = (byte) 0x28;
    try (Stream<Album> albums = CatalogueReader.strict().streamLines(new ByteArrayInputStream(bad), "bad")) {
      InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, albums::count);
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.code()).isEqualTo("encoding");
    }
  }

  @Test
  void missingFilesAreIoErrorsNotJsonErrors(@TempDir Path dir) {
    assertThatThrownBy(() -> CatalogueReader.strict().readDocument(dir.resolve("missing.json")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.json");
  }

  @Test
  void theReferenceAlbumSurvivesBothForms(@TempDir Path dir) throws Exception {
    Path doc = dir.resolve("ref.json");
    CatalogueWriter.writeDocument(List.of(REFERENCE), doc);
    assertThat(Files.readString(doc)).contains(LinerNotesJson.write(REFERENCE));
    assertThat(CatalogueReader.strict().readDocument(doc)).containsExactly(REFERENCE);
  }

  @Test
  void aFailingInputIsAnIoErrorNotAJsonError() {
    InputStream failing = new java.io.SequenceInputStream(
        new ByteArrayInputStream((HEAD + "{\"title\":\"x\"").getBytes(StandardCharsets.UTF_8)), new InputStream() {
          @Override
          public int read() throws java.io.IOException {
            throw new java.io.IOException("disk on fire");
          }
        });
    assertThatThrownBy(() -> CatalogueReader.strict().readDocument(failing, "in"))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk on fire");
  }

  @Test
  void limitErrorsInJsonLinesCarryTheAlbumsLine() {
    String text = A + "\n{\"title\":\"" + "x".repeat(200_000) + "\"}\n";
    InvalidJsonException e = failure(() -> CatalogueReader.strict().readLines(text));
    assertThat(e.code()).isEqualTo("limit");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void aLimitInsideADocumentIsReportedOnceInLenientMode() {
    List<InvalidJsonException> problems = new ArrayList<>();
    String doc = HEAD + "{\"title\":\"" + "x".repeat(200_000) + "\"}," + A + "]}";
    CatalogueReader.strict().lenient(problems::add).readDocument(doc);
    assertThat(problems).extracting(InvalidJsonException::code).containsExactly("limit");
  }

  @Test
  void entriesTellWhereEachAlbumStarts() {
    byte[] lines = (A + "\n\n" + B + "\n").getBytes(StandardCharsets.UTF_8);
    try (Stream<CatalogueEntry> entries = CatalogueReader.strict().streamLineEntries(
        new ByteArrayInputStream(lines), "lines")) {
      assertThat(entries.map(e -> e.index() + "@" + e.line() + ":" + e.album().title()))
          .containsExactly("0@1:A", "1@3:B");
    }
    byte[] doc = (HEAD + "\n" + A + ",\n" + B + "\n]}").getBytes(StandardCharsets.UTF_8);
    try (Stream<CatalogueEntry> entries = CatalogueReader.strict().streamDocumentEntries(
        new ByteArrayInputStream(doc), "doc")) {
      assertThat(entries.map(e -> e.pointer() + "@" + e.line())).containsExactly("/albums/0@2", "/albums/1@3");
    }
  }
}
