package io.github.linernotes.id;

import io.github.linernotes.value.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.linernotes.value.InvalidValueException.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The identifiers as JSON with a plain Jackson 3 mapper; Jackson 2 is not on the class path here. */
class IdentifiersJackson3Test {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** A mapper with settings that change how other things are written, but must not change identifiers. */
  private static final JsonMapper FUSSY = JsonMapper.builder()
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Sources(Isbn isbn, Issn issn, Barcode barcode, MusicBrainzId releaseGroup,
      Optional<DiscogsId> discogs, WikidataId wikidata, WebAddress url) {}

  @Test
  void isbns() {
    roundTrips(IdentifierGenerators.isbns(), Isbn.class);
  }

  @Test
  void issns() {
    roundTrips(IdentifierGenerators.issns(), Issn.class);
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

  private static <T> void roundTrips(Gen<T> values, Class<T> type) {
    qt().forAll(values).checkAssert(value -> {
      String expected = "\"" + value + "\"";
      assertThat(value.toString()).doesNotContain("\"", "\\");
      assertThat(MAPPER.writeValueAsString(value)).isEqualTo(expected);
      assertThat(FUSSY.writeValueAsString(value)).isEqualTo(expected);
      T back = MAPPER.readValue(expected, type);
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
        WebAddress.parse("https://www.wikidata.org/wiki/Q202996"));
    String expected = "{\"isbn\":\"978-88-904905-9-0\",\"issn\":\"1478-8810\",\"barcode\":\"042283630529\","
        + "\"releaseGroup\":\"b1392450-e666-3926-a536-22c65f834433\",\"discogs\":\"21491\","
        + "\"wikidata\":\"Q202996\",\"url\":\"https://www.wikidata.org/wiki/Q202996\"}";
    assertThat(MAPPER.writeValueAsString(sources)).isEqualTo(expected);
    assertThat(MAPPER.readValue(expected, Sources.class)).isEqualTo(sources);

    Sources sparse = new Sources(sources.isbn(), null, null, null, Optional.empty(), null, null);
    assertThat(MAPPER.writeValueAsString(sparse)).isEqualTo("{\"isbn\":\"978-88-904905-9-0\"}");

    List<Isbn> isbns = List.of(Isbn.parse("0-19-512510-x"), Isbn.parse("9780306810671"));
    String json = "[\"0-19-512510-X\",\"9780306810671\"]";
    assertThat(MAPPER.writeValueAsString(isbns)).isEqualTo(json);
    assertThat(MAPPER.readValue(json, new TypeReference<List<Isbn>>() {})).isEqualTo(isbns);
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
    assertRejected("\"\"", Isbn.class, Kind.EMPTY);
    assertRejected("{\"isbn\":\"9788890490591\"}", Sources.class, Kind.CHECK_DIGIT);
    assertRejected("{\"url\":\"http://example.org/a b\"}", Sources.class, Kind.SYNTAX);
  }

  @Test
  void nonStringJsonIsRejected() {
    for (Class<?> type : List.of(Isbn.class, Issn.class, Barcode.class, MusicBrainzId.class, DiscogsId.class,
        WikidataId.class, WebAddress.class)) {
      for (String json : List.of("6606263", "9788890490590", "1.5", "true", "{}", "[]")) {
        Throwable t = catchThrowable(() -> MAPPER.readValue(json, type));
        assertThat(t).as(type.getSimpleName() + " from " + json).isInstanceOf(JacksonException.class);
      }
    }
    assertThat(MAPPER.readValue("null", DiscogsId.class)).isNull();
  }

  @Test
  void garbageStringsFailOnlyWithTheMappersException() {
    qt().withExamples(300).forAll(IdentifierGenerators.garbage()).checkAssert(text -> {
      String json = MAPPER.writeValueAsString(text);
      for (Class<?> type : List.of(Isbn.class, Issn.class, Barcode.class, MusicBrainzId.class, DiscogsId.class,
          WikidataId.class, WebAddress.class)) {
        Throwable t = catchThrowable(() -> MAPPER.readValue(json, type));
        if (t != null) {
          assertThat(t).isInstanceOf(JacksonException.class);
          assertThat(invalidValueIn(t)).as(json).isNotNull();
        }
      }
    });
  }

  private static void assertRejected(String json, Class<?> type, Kind kind) {
    Throwable t = catchThrowable(() -> MAPPER.readValue(json, type));
    assertThat(t).as(json).isInstanceOf(JacksonException.class);
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
