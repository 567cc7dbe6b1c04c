package io.github.linernotes.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.linernotes.JsonMapperAdapter;
import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The identifiers as JSON through one mapper. {@link IdentifiersJackson2Test} and
 * {@link IdentifiersJackson3Test} run it with the same expected strings, each with its own major alone on
 * the class path.
 */
abstract class IdentifiersJsonContract {

  private final JsonMapperAdapter mapper;

  IdentifiersJsonContract(JsonMapperAdapter mapper) {
    this.mapper = mapper;
  }

  /**
   * A mapper of the same major that escapes non-ASCII text and indents its output: settings that change how
   * other things are written, but must not change identifiers.
   */
  protected abstract JsonMapperAdapter fussy();

  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Sources(Isbn isbn, Issn issn, Barcode barcode, MusicBrainzId releaseGroup,
      Optional<DiscogsId> discogs, WikidataId wikidata, WebAddress url, Isrc recording, Iswc work) {}

  @Test
  void isbns() {
    roundTrips(IdentifierGenerators.isbns(), Isbn.class);
  }

  @Test
  void issns() {
    roundTrips(IdentifierGenerators.issns(), Issn.class);
  }

  @Test
  void isrcs() {
    roundTrips(IdentifierGenerators.isrcs(), Isrc.class);
  }

  @Test
  void iswcs() {
    roundTrips(IdentifierGenerators.iswcs(), Iswc.class);
  }

  @Test
  void barcodes() {
    roundTrips(IdentifierGenerators.barcodes(), Barcode.class);
  }

  @Test
  void musicBrainzIds() {
    roundTrips(IdentifierGenerators.musicBrainzIds(), MusicBrainzId.class);
  }

  @Test
  void discogsIds() {
    roundTrips(IdentifierGenerators.discogsIds(), DiscogsId.class);
  }

  @Test
  void wikidataIds() {
    roundTrips(IdentifierGenerators.wikidataIds(), WikidataId.class);
  }

  @Test
  void webAddresses() {
    roundTrips(IdentifierGenerators.webAddresses(), WebAddress.class);
  }

  private <T> void roundTrips(Gen<T> values, Class<T> type) {
    JsonMapperAdapter fussy = fussy();
    qt().forAll(values).checkAssert(value -> {
      String expected = "\"" + value + "\"";
      assertThat(value.toString()).doesNotContain("\"", "\\");
      assertThat(mapper.write(value)).isEqualTo(expected);
      assertThat(fussy.write(value)).isEqualTo(expected);
      T back = mapper.read(expected, type);
      assertThat(back).isEqualTo(value);
      assertThat(back.toString()).isEqualTo(value.toString());
    });
  }

  @Test
  void identifiersInsideARecordAndAList() {
    Sources sources = new Sources(
        Isbn.parse("978-88-904905-9-0"),
        Issn.parse("14788810"),
        Barcode.parse("0 42283 63052 9"),
        MusicBrainzId.parse("B1392450-E666-3926-A536-22C65F834433"),
        Optional.of(DiscogsId.of(21491)),
        WikidataId.of(202996),
        WebAddress.parse("https://www.wikidata.org/wiki/Q202996"),
        Isrc.parse("us-rc1-76-07839"),
        Iswc.parse("T0345246801"));
    String expected = "{\"isbn\":\"978-88-904905-9-0\",\"issn\":\"1478-8810\",\"barcode\":\"042283630529\","
        + "\"releaseGroup\":\"b1392450-e666-3926-a536-22c65f834433\",\"discogs\":\"21491\","
        + "\"wikidata\":\"Q202996\",\"url\":\"https://www.wikidata.org/wiki/Q202996\","
        + "\"recording\":\"USRC17607839\",\"work\":\"T-034.524.680-1\"}";
    assertThat(mapper.write(sources)).isEqualTo(expected);
    assertThat(mapper.read(expected, Sources.class)).isEqualTo(sources);

    Sources sparse = new Sources(sources.isbn(), null, null, null, Optional.empty(), null, null, null, null);
    assertThat(mapper.write(sparse)).isEqualTo("{\"isbn\":\"978-88-904905-9-0\"}");

    List<Isbn> isbns = List.of(Isbn.parse("0-19-512510-x"), Isbn.parse("9780306810671"));
    String json = "[\"0-19-512510-X\",\"9780306810671\"]";
    assertThat(mapper.write(isbns)).isEqualTo(json);
    assertThat(mapper.readList(json, Isbn.class)).isEqualTo(isbns);

    List<Iswc> works = List.of(Iswc.parse("t-034524680-1"), Iswc.parse("T-123.456.789-4"));
    String worksJson = "[\"T-034.524.680-1\",\"T-123.456.789-4\"]";
    assertThat(mapper.write(works)).isEqualTo(worksJson);
    assertThat(mapper.readList("[\"T0345246801\",\"T-123456789-4\"]", Iswc.class)).isEqualTo(works);
    assertThat(mapper.readList("[\"US-RC1-76-07839\",\"usrc17607839\"]", Isrc.class))
        .containsExactly(Isrc.parse("USRC17607839"), Isrc.parse("USRC17607839"));
  }

  @Test
  void invalidStringsFailWithTheLibrarysReason() {
    assertRejected("\"978-88-904905-9-1\"", Isbn.class, Kind.CHECK_DIGIT);
    assertRejected("\"1478-8811\"", Issn.class, Kind.CHECK_DIGIT);
    assertRejected("\"074646493525\"", Barcode.class, Kind.CHECK_DIGIT);
    assertRejected("\"{b1392450-e666-3926-a536-22c65f834433}\"", MusicBrainzId.class, Kind.SYNTAX);
    assertRejected("\"1-2-3-4-5\"", MusicBrainzId.class, Kind.SYNTAX);
    assertRejected("\"0\"", DiscogsId.class, Kind.OUT_OF_RANGE);
    assertRejected("\"P175\"", WikidataId.class, Kind.UNSUPPORTED);
    assertRejected("\"ftp://example.org/\"", WebAddress.class, Kind.UNSUPPORTED);
    assertRejected("\"US-RC17607839\"", Isrc.class, Kind.SYNTAX);
    assertRejected("\"USRC1760783\"", Isrc.class, Kind.LENGTH);
    assertRejected("\"T-034.524.680-2\"", Iswc.class, Kind.CHECK_DIGIT);
    assertRejected("\"0345246801\"", Iswc.class, Kind.SYNTAX);
    assertRejected("{\"work\":\"T-034.524.680-9\"}", Sources.class, Kind.CHECK_DIGIT);
    assertRejected("{\"recording\":\"ISRC USRC17607839\"}", Sources.class, Kind.SYNTAX);
    assertRejected("\"\"", Isbn.class, Kind.EMPTY);
    assertRejected("{\"isbn\":\"9788890490591\"}", Sources.class, Kind.CHECK_DIGIT);
    assertRejected("{\"url\":\"http://example.org/a b\"}", Sources.class, Kind.SYNTAX);
  }

  @Test
  void nonStringJsonIsRejected() {
    for (Class<?> type : List.of(Isbn.class, Issn.class, Barcode.class, MusicBrainzId.class, DiscogsId.class,
        WikidataId.class, WebAddress.class, Isrc.class, Iswc.class)) {
      for (String json : List.of("6606263", "9788890490590", "345246801", "1.5", "true", "{}", "[]")) {
        Throwable t = catchThrowable(() -> mapper.read(json, type));
        assertThat(t).as(type.getSimpleName() + " from " + json).isInstanceOf(mapper.mapperException());
      }
    }
    assertThat(mapper.read("null", DiscogsId.class)).isNull();
  }

  @Test
  void garbageStringsFailOnlyWithTheMappersException() {
    qt().withExamples(300).forAll(IdentifierGenerators.garbage()).checkAssert(text -> {
      String json = mapper.write(text);
      for (Class<?> type : List.of(Isbn.class, Issn.class, Barcode.class, MusicBrainzId.class, DiscogsId.class,
          WikidataId.class, WebAddress.class, Isrc.class, Iswc.class)) {
        Throwable t = catchThrowable(() -> mapper.read(json, type));
        if (t != null) {
          assertThat(t).isInstanceOf(mapper.mapperException());
          assertThat(invalidValueIn(t)).as(json).isNotNull();
        }
      }
    });
  }

  private void assertRejected(String json, Class<?> type, Kind kind) {
    Throwable t = catchThrowable(() -> mapper.read(json, type));
    assertThat(t).as(json).isInstanceOf(mapper.mapperException());
    InvalidValueException cause = invalidValueIn(t);
    assertThat(cause).as(json).isNotNull();
    assertThat(cause.kind()).isEqualTo(kind);
  }

  private static InvalidValueException invalidValueIn(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof InvalidValueException) {
        return (InvalidValueException) c;
      }
    }
    return null;
  }
}
