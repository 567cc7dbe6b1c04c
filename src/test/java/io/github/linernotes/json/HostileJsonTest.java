package io.github.linernotes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.linernotes.Album;
import io.github.linernotes.ArtistCredit;
import io.github.linernotes.Medium;
import io.github.linernotes.ReferenceAlbums;
import io.github.linernotes.Release;
import io.github.linernotes.Track;
import io.github.linernotes.ValidationException;
import io.github.linernotes.consistency.ConsistencyCheck;
import io.github.linernotes.consistency.Finding;
import io.github.linernotes.consistency.FindingCode;
import io.github.linernotes.value.InvalidValueException;
import io.github.linernotes.value.Rating;
import io.github.linernotes.value.RunningTime;
import io.github.linernotes.value.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inputs a mutation fuzzer found to hang, crash, shorten a read or slip past a rule, each as small as it
 * gets, through every reader that took them: the library's, and plain Jackson 3 and Jackson 2 mappers.
 */
class HostileJsonTest {

  private static final JsonMapper JACKSON3 = JsonMapper.builder().build();
  private static final ObjectMapper JACKSON2 = new ObjectMapper().registerModule(new Jdk8Module());
  private static final String A = "{\"title\":\"A\",\"artists\":[{\"name\":\"X\"}]}";
  private static final String B = "{\"title\":\"B\",\"artists\":[{\"name\":\"Y\"}]}";
  private static final String HEAD = "{\"title\":\"T\",\"artists\":[{\"name\":\"X\"}]";

  private static InvalidJsonException strictFailure(String json) {
    return catchThrowableOfType(InvalidJsonException.class, () -> LinerNotesJson.read(json, Album.class));
  }

  private static Throwable jackson2Failure(String json, Class<?> type) {
    return catchThrowable(() -> JACKSON2.readValue(json, type));
  }

  private static <X extends Throwable> X causeOf(Throwable t, Class<X> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static InputStream bytes(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return new ByteArrayInputStream(out.toByteArray());
  }

  // ---- 1. a short number with a huge exponent ----------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"type\":\"score\",\"value\":1e-100000000,\"best\":5}",
      "{\"type\":\"score\",\"value\":1e-999999999,\"best\":5}",
      "{\"type\":\"score\",\"value\":4,\"best\":5e-100000000}",
      "{\"type\":\"score\",\"value\":4,\"best\":5,\"step\":1e-100000000}",
      "{\"type\":\"score\",\"value\":4,\"best\":5,\"step\":1e-999999999}"})
  void scoresWithAbsurdScalesAreRejectedAsInvalidValues(String json) {
    InvalidJsonException strict =
        catchThrowableOfType(InvalidJsonException.class, () -> LinerNotesJson.read(json, Rating.class));
    assertThat(strict.code()).isEqualTo("invalid-value");
    assertThat(causeOf(catchThrowable(() -> JACKSON3.readValue(json, Rating.class)), InvalidValueException.class))
        .isNotNull();
    assertThat(causeOf(jackson2Failure(json, Rating.class), InvalidValueException.class)).isNotNull();
    String album = HEAD + ",\"reviews\":[{\"publication\":\"P\",\"rating\":" + json + "}]}";
    assertThat(catchThrowableOfType(InvalidJsonException.class, () -> CatalogueReader.strict().readLines(album))
        .code()).isEqualTo("invalid-value");
  }

  @Test
  void zeroWithAHugeScaleIsZero() {
    assertThat(LinerNotesJson.read("{\"type\":\"score\",\"value\":0e-100000000,\"best\":5}", Rating.class))
        .isEqualTo(Rating.score(BigDecimal.ZERO, BigDecimal.valueOf(5)));
    assertThat(Rating.score(new BigDecimal("0E+100000000"), BigDecimal.TEN).toString()).isEqualTo("0/10");
    assertThat(catchThrowableOfType(InvalidValueException.class,
        () -> Rating.score(new BigDecimal("1E-100000000"), BigDecimal.TEN)).kind())
        .isEqualTo(InvalidValueException.Kind.LENGTH);
  }

  // ---- 2. consistency sums past the longest running time -------------------------------------------

  @Test
  void theConsistencyCheckReportsTrackSumsOfAThousandHours() {
    Release release = Release.builder().id("r").statedLength(RunningTime.parse("1:00:00"))
        .addMedia(Medium.builder()
            .addTracks(Track.of("1", "Long", "999:59:59"))
            .addTracks(Track.of("2", "Short", "0:01"))
            .build())
        .build();
    Album album = Album.builder().title("T").addArtists(ArtistCredit.of("X")).addReleases(release).build();
    List<Finding> findings = ConsistencyCheck.asOf(LocalDate.of(2026, 1, 1)).check(album);
    assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.STATED_LENGTH_MISMATCH);
    assertThat(findings.get(0).message()).isEqualTo("tracks sum to 1000:00:00, stated length 1:00:00");

    Release partly = Release.builder().from(release).media(List.of(Medium.builder()
            .addTracks(Track.of("1", "Long", "999:59:59"))
            .addTracks(Track.of("2", "Short", "0:01.5"))
            .addTracks(Track.builder().position("3").title("Unknown").build())
            .build()))
        .build();
    List<Finding> exceeded = ConsistencyCheck.asOf(LocalDate.of(2026, 1, 1))
        .check(album.withReleases(partly));
    assertThat(exceeded).extracting(Finding::code).containsExactly(FindingCode.STATED_LENGTH_EXCEEDED);
    assertThat(exceeded.get(0).message()).startsWith("the tracks with a length already sum to 1000:00:00.500,");
  }

  // ---- 3 and 4. JSON Lines: a null line, a bare carriage return ------------------------------------

  @Test
  void aNullLineIsAProblemOfThatLineNotTheEndOfTheStream() {
    String lines = A + "\nnull\n" + B + "\n";
    InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class,
        () -> CatalogueReader.strict().readLines(lines));
    assertThat(e.code()).isEqualTo("null-value");
    assertThat(e.line()).isEqualTo(2);

    List<InvalidJsonException> problems = new ArrayList<>();
    List<Album> read = CatalogueReader.strict().lenient(problems::add).readLines(lines);
    assertThat(read).extracting(Album::title).containsExactly("A", "B");
    assertThat(problems).extracting(InvalidJsonException::code).containsExactly("null-value");
    try (Stream<Album> stream = CatalogueReader.strict().lenient(p -> { }).streamLines(bytes(lines), "x")) {
      assertThat(stream.count()).isEqualTo(2);
    }
  }

  @Test
  void aBareCarriageReturnInsideALineKeepsTheLineNumber() {
    String lines = A + "\n{\"title\":\r5}\n";
    for (Function<String, List<Album>> read : List.<Function<String, List<Album>>>of(
        CatalogueReader.strict()::readLines,
        text -> CatalogueReader.strict().streamLines(bytes(text), "x").toList())) {
      InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, () -> read.apply(lines));
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.column()).isEqualTo(11);
      assertThat(e.pointer()).isEqualTo("/title");
    }
  }

  // ---- 5 and 10. encodings and byte-order marks -----------------------------------------------------

  @Test
  void utf32AndUtf16InputIsAnEncodingProblemNotAnIoError() {
    byte[] utf32 = {0, 0, 0, '{', 0, 0, 0, '}', '\n'};
    byte[] good = (A + "\n").getBytes(StandardCharsets.UTF_8);
    InvalidJsonException lines = catchThrowableOfType(InvalidJsonException.class,
        () -> CatalogueReader.strict().streamLines(bytes(utf32), "x").count());
    assertThat(lines.code()).isEqualTo("encoding");
    assertThat(lines.line()).isEqualTo(1);

    List<InvalidJsonException> problems = new ArrayList<>();
    try (Stream<Album> stream = CatalogueReader.strict().lenient(problems::add)
        .streamLines(bytes(good, utf32, good), "x")) {
      assertThat(stream.count()).as("the good lines after it are still read").isEqualTo(2);
    }
    assertThat(problems).extracting(InvalidJsonException::code, InvalidJsonException::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("encoding", 2L));

    for (byte[] start : List.of(utf32, new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{'},
        new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0}, new byte[] {'{', 0, '}', 0})) {
      assertThat(catchThrowableOfType(InvalidJsonException.class,
          () -> CatalogueReader.strict().readDocument(bytes(start), "x")).code()).isEqualTo("encoding");
      assertThat(catchThrowableOfType(InvalidJsonException.class,
          () -> CatalogueReader.strict().streamDocumentEntries(bytes(start), "x").count()).code())
          .isEqualTo("encoding");
      List<InvalidJsonException> reported = new ArrayList<>();
      assertThat(CatalogueReader.strict().lenient(reported::add).readDocument(bytes(start), "x")).isEmpty();
      assertThat(reported).extracting(InvalidJsonException::code).containsExactly("encoding");
    }
  }

  @Test
  void aByteOrderMarkMayOpenEveryKindOfInputAndNothingElse() {
    String document = "\uFEFF{\"format\":\"linernotes/catalogue\",\"version\":1,\"albums\":[" + A + "]}";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = document.substring(1).getBytes(StandardCharsets.UTF_8);
    assertThat(LinerNotesJson.read("\uFEFF" + A, Album.class).title()).isEqualTo("A");
    assertThat(CatalogueReader.strict().readDocument(document)).hasSize(1);
    assertThat(CatalogueReader.strict().readDocument(new StringReader(document), "x")).hasSize(1);
    assertThat(CatalogueReader.strict().readDocument(bytes(bom, body), "x")).hasSize(1);
    assertThat(CatalogueReader.strict().readLines("\uFEFF" + A + "\n" + B)).hasSize(2);
    assertThat(CatalogueReader.strict().streamLines(bytes(bom, (A + "\n" + B).getBytes(StandardCharsets.UTF_8)), "x")
        .count()).isEqualTo(2);
    assertThat(CatalogueReader.strict().readLines("\uFEFF\n" + A)).hasSize(1);

    InvalidJsonException chars = catchThrowableOfType(InvalidJsonException.class,
        () -> CatalogueReader.strict().readLines(A + "\n\uFEFF" + B));
    InvalidJsonException utf8 = catchThrowableOfType(InvalidJsonException.class,
        () -> CatalogueReader.strict().streamLines(bytes((A + "\n\uFEFF" + B).getBytes(StandardCharsets.UTF_8)), "x")
            .count());
    for (InvalidJsonException e : List.of(chars, utf8)) {
      assertThat(e.code()).isEqualTo("encoding");
      assertThat(e.line()).isEqualTo(2);
    }
    assertThat(strictFailure("\uFEFF\uFEFF" + A).code()).isEqualTo("syntax");
  }

  // ---- 7, 8, 9 and 12. every mapper keeps every rule ------------------------------------------------

  @Test
  void aRepeatedKeyCannotSlipPastARatingsRules() throws Exception {
    for (String json : List.of("{\"type\":\"verdict\",\"verdict\":\"e\",\"verdict\":\"\"}",
        "{\"type\":\"verdict\",\"verdict\":\"e\",\"verdict\":\"\\u0000\"}",
        "{\"type\":\"letter\",\"grade\":\"A\",\"grade\":\"Q\"}")) {
      assertThat(causeOf(jackson2Failure(json, Rating.class), InvalidValueException.class)).as(json).isNotNull();
      assertThat(causeOf(catchThrowable(() -> JACKSON3.readValue(json, Rating.class)), InvalidValueException.class))
          .as(json).isNotNull();
    }
    Verdict trimmed = (Verdict) JACKSON2.readValue(
        "{\"type\":\"verdict\",\"verdict\":\"e\",\"verdict\":\" x \"}", Rating.class);
    assertThat(trimmed.text()).isEqualTo("x");
    assertThat(LinerNotesJson.read(LinerNotesJson.write(trimmed), Rating.class)).isEqualTo(trimmed);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      ",\"kinds\":[\"\\u0000soundtrack\\n\"]",
      ",\"kinds\":[\" soundtrack\"]",
      ",\"kinds\":[\"Soundtrack\"]",
      ",\"kinds\":[2]",
      ",\"releases\":[{\"id\":\"r\",\"status\":\"official \"}]",
      ",\"releases\":[{\"id\":\"r\",\"awards\":[{\"name\":\"N\",\"outcome\":\" won\"}]}]",
      ",\"releases\":[{\"id\":\"r\",\"media\":[{\"format\":\"cd\\t\"}]}]",
      ",\"citations\":[{\"id\":\"c\",\"kind\":\"\\u0000book\"}]",
      ",\"relatedWorks\":[{\"relation\":\" sequel\",\"title\":\"W\"}]",
      ",\"credits\":[{\"name\":\"N\",\"roles\":[\"producer \"]}]"})
  void vocabularyIsReadExactlyByEveryMapper(String tail) {
    String json = HEAD + tail + "}";
    InvalidJsonException strict = strictFailure(json);
    assertThat(strict.code()).as(json).isIn("invalid-value", "wrong-type");
    assertThat(catchThrowable(() -> JACKSON3.readValue(json, Album.class))).as(json).isNotNull();
    assertThat(jackson2Failure(json, Album.class)).as(json).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"position\":\"1\",\"title\":\"T\",\"take\":\" \"}",
      "{\"position\":\"1\",\"title\":\"T\",\"take\":\"\"}",
      "{\"position\":\"1\",\"title\":\"T\",\"take\":\"2\"}"})
  void blankTextIsNotAnAbsentNumber(String json) {
    assertThat(catchThrowableOfType(InvalidJsonException.class, () -> LinerNotesJson.read(json, Track.class)).code())
        .isEqualTo("wrong-type");
    assertThat(catchThrowableOfType(InvalidJsonException.class,
        () -> LinerNotesJson.read("{\"id\":\"r\",\"statedTrackCount\":\" \"}", Release.class)).code())
        .isEqualTo("wrong-type");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\uD800", "a\\uDC00", "\\uDBFF\\uDBFF", "x\\uD83C"})
  void unpairedSurrogatesAreRejectedInEveryText(String escaped) {
    List<String> albums = List.of(
        "{\"title\":\"" + escaped + "\",\"artists\":[{\"name\":\"X\"}]}",
        HEAD + ",\"genres\":[\"" + escaped + "\"]}",
        "{\"title\":\"T\",\"artists\":[{\"name\":\"X\",\"joinPhrase\":\"" + escaped + "\"}]}",
        HEAD + ",\"notes\":[{\"text\":\"" + escaped + "\"}]}",
        HEAD + ",\"releases\":[{\"id\":\"r\",\"media\":[{\"tracks\":[{\"position\":\"" + escaped
            + "\",\"title\":\"x\"}]}]}]}");
    for (String json : albums) {
      assertThat(strictFailure(json).code()).as(json).isEqualTo("unpaired-surrogate");
      assertThat(causeOf(jackson2Failure(json, Album.class), ValidationException.class)).as(json).isNotNull();
      assertThat(causeOf(catchThrowable(() -> JACKSON3.readValue(json, Album.class)), ValidationException.class))
          .as(json).isNotNull();
    }
    String paired = "{\"title\":\"\\uD83C\\uDFB5\",\"artists\":[{\"name\":\"X\"}]}";
    assertThat(LinerNotesJson.read(paired, Album.class).title()).isEqualTo("\uD83C\uDFB5");
  }

  @Test
  void plainMappersSayWhichPropertyIsNull() {
    for (String json : List.of("{\"title\":null,\"artists\":[{\"name\":\"X\"}]}",
        "{\"title\":\"T\",\"artists\":[null]}", HEAD + ",\"firstReleased\":null}", HEAD + ",\"genres\":[null]}")) {
      String property = json.contains("title\":null") ? "title" : json.contains("artists\":[null")
          ? "artists" : json.contains("firstReleased") ? "firstReleased" : "genres";
      for (Throwable t : List.of(jackson2Failure(json, Album.class),
          catchThrowable(() -> JACKSON3.readValue(json, Album.class)))) {
        assertThat(t).as(json).isNotNull().hasNoCause();
        assertThat(t.getMessage()).as(json).contains("null").contains("\"" + property + "\"");
      }
      assertThat(strictFailure(json).code()).isEqualTo("null-value");
    }
  }

  // ---- 11. lenient document reading reports header problems ----------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"format\":\"x\",\"version\":1,\"albums\":[]}",
      "{\"format\":\"linernotes/catalogue\",\"version\":7,\"albums\":[]}",
      "{\"format\":\"linernotes/catalogue\",\"version\":1,\"extra\":1,\"albums\":[]}",
      "{\"format\":\"linernotes/catalogue\",\"version\":\"1\",\"albums\":[]}",
      "{\"format\":\"linernotes/catalogue\",\"version\":1,\"albums\":{}}",
      "[]", "", " \u0000", "{\"format\":"})
  void lenientReadingReportsEveryProblemOnEveryInputKind(String document) {
    List<List<String>> codes = new ArrayList<>();
    for (Function<CatalogueReader, List<Album>> read : List.<Function<CatalogueReader, List<Album>>>of(
        r -> r.readDocument(document),
        r -> r.readDocument(new StringReader(document), "x"),
        r -> r.readDocument(bytes(document), "x"),
        r -> r.streamDocumentEntries(bytes(document), "x").map(CatalogueEntry::album).toList())) {
      List<InvalidJsonException> problems = new ArrayList<>();
      assertThat(read.apply(CatalogueReader.strict().lenient(problems::add))).isEmpty();
      assertThat(problems).hasSize(1);
      codes.add(problems.stream().map(InvalidJsonException::code).toList());
      assertThat(catchThrowable(() -> read.apply(CatalogueReader.strict()))).isInstanceOf(InvalidJsonException.class);
    }
    assertThat(codes.subList(0, 2)).as("string and reader").allMatch(codes.get(0)::equals);
  }

  // ---- 13. one album in a file -----------------------------------------------------------------------

  @Test
  void aFileOfOneAlbumIsACatalogueOfThatAlbum() {
    Album album = ReferenceAlbums.ascenseurPourLEchafaud();
    String json = LinerNotesJson.write(album);
    assertThat(CatalogueReader.strict().readDocument(json)).containsExactly(album);
    List<CatalogueEntry> entries = CatalogueReader.strict().streamDocumentEntries(bytes(json), "x").toList();
    assertThat(entries).extracting(CatalogueEntry::pointer, CatalogueEntry::line, CatalogueEntry::index)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("", 1L, 0L));
    InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class,
        () -> CatalogueReader.strict().readDocument(HEAD + ",\"bogus\":1}"));
    assertThat(e.pointer()).isEqualTo("/bogus");
    assertThat(catchThrowableOfType(InvalidJsonException.class,
        () -> CatalogueReader.strict().readDocument(A + A)).code()).isEqualTo("syntax");
  }

  @Test
  void aRuleMessageQuotingHostileInputStaysOnOneLine() {
    InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class,
        () -> LinerNotesJson.read("{\"area\":\"a\\nb\"}", io.github.linernotes.ReleaseEvent.class));
    assertThat(e.code()).isEqualTo("invalid-code");
    assertThat(e.getMessage()).doesNotContain("\n").contains("a\\u000Ab");
    assertThat(e.reason()).doesNotContain("\n");
  }
}
