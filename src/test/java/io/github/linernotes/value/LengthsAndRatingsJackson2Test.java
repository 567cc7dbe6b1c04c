package io.github.linernotes.value;

import static io.github.linernotes.value.LengthAndRatingGenerators.ratings;
import static io.github.linernotes.value.LengthAndRatingGenerators.runningTimes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.linernotes.value.InvalidValueException.Kind;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Running times and ratings through a Jackson 2 mapper with its JDK 8 module, through a plain one
 * with no modules, and through differently set-up ones.
 */
class LengthsAndRatingsJackson2Test {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Jdk8Module());
  private static final ObjectMapper NO_MODULES = new ObjectMapper();
  private static final List<ObjectMapper> WRITERS = List.of(
      MAPPER,
      NO_MODULES,
      JsonMapper.builder().addModule(new Jdk8Module()).enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build(),
      JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build(),
      JsonMapper.builder().addModule(new Jdk8Module())
          .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true).build(),
      JsonMapper.builder().addModule(new Jdk8Module())
          .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, false).build(),
      JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true).build());
  private static final ObjectMapper BIG_DECIMAL_READER =
      JsonMapper.builder().addModule(new Jdk8Module()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /** The canonical JSON of a rating, written by hand without any mapper. */
  static String expectedJson(Rating rating) {
    if (rating instanceof Score) {
      Score s = (Score) rating;
      return "{\"type\":\"score\",\"value\":" + s.value().toPlainString() + ",\"best\":" + s.best().toPlainString()
          + s.step().map(step -> ",\"step\":" + step.toPlainString()).orElse("") + "}";
    }
    if (rating instanceof Letter) {
      return "{\"type\":\"letter\",\"grade\":\"" + ((Letter) rating).grade() + "\"}";
    }
    return "{\"type\":\"verdict\",\"verdict\":" + jsonString(((Verdict) rating).text()) + "}";
  }

  private static String jsonString(String text) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.append('"').toString();
  }

  private static InvalidValueException invalidValueCause(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof InvalidValueException) {
        return (InvalidValueException) t;
      }
    }
    return null;
  }

  private static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String writeAsRating(ObjectMapper mapper, Object value) {
    try {
      return mapper.writerFor(Rating.class).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(ObjectMapper mapper, String json, TypeReference<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void runningTimesAreTheirText() {
    qt().forAll(runningTimes()).checkAssert(t -> {
      for (ObjectMapper mapper : List.of(MAPPER, NO_MODULES)) {
        String json = write(mapper, t);
        assertThat(json).isEqualTo("\"" + t + "\"");
        RunningTime back = read(mapper, json, RunningTime.class);
        assertThat(back).isEqualTo(t).hasToString(t.toString());
      }
    });
  }

  @Test
  void runningTimesInsideLists() {
    qt().withExamples(200).forAll(lists().of(runningTimes()).ofSizeBetween(0, 5)).checkAssert(list -> {
      String json = write(MAPPER, list);
      StringBuilder expected = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        expected.append(i == 0 ? "" : ",").append('"').append(list.get(i)).append('"');
      }
      assertThat(json).isEqualTo(expected.append(']').toString());
      assertThat(read(MAPPER, json, new TypeReference<List<RunningTime>>() { })).isEqualTo(list);
    });
  }

  @Test
  void runningTimesReadIsoText() throws Exception {
    assertThat(MAPPER.readValue("\"PT2M45S\"", RunningTime.class)).hasToString("2:45");
    assertThat(MAPPER.writeValueAsString(MAPPER.readValue("\"PT1H2M3.5S\"", RunningTime.class)))
        .isEqualTo("\"1:02:03.500\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"3:60\"", "\"\"", "\"-1:00\"", "\"3:50.1234\"", "\"P1D\"", "\"1000:00:00\""})
  void invalidRunningTimesFailWithTheReason(String json) {
    JacksonException e = catchThrowableOfType(JacksonException.class, () -> MAPPER.readValue(json, RunningTime.class));
    assertThat(e).isNotNull();
    assertThat(invalidValueCause(e)).isNotNull();
  }

  @Test
  void canonicalRatingExamples() throws Exception {
    for (ObjectMapper mapper : List.of(MAPPER, NO_MODULES)) {
      assertThat(mapper.writeValueAsString(Rating.score(new BigDecimal("4.50"), new BigDecimal("5.0"), new BigDecimal("0.5"))))
          .isEqualTo("{\"type\":\"score\",\"value\":4.5,\"best\":5,\"step\":0.5}");
      assertThat(mapper.writeValueAsString(Rating.score("4", "5"))).isEqualTo("{\"type\":\"score\",\"value\":4,\"best\":5}");
      assertThat(mapper.writeValueAsString(Rating.score(new BigDecimal("1E+3"), new BigDecimal("1E+3"))))
          .isEqualTo("{\"type\":\"score\",\"value\":1000,\"best\":1000}");
      assertThat(mapper.writeValueAsString(Rating.letter("B+"))).isEqualTo("{\"type\":\"letter\",\"grade\":\"B+\"}");
      assertThat(mapper.writeValueAsString(Rating.verdict("favorable")))
          .isEqualTo("{\"type\":\"verdict\",\"verdict\":\"favorable\"}");
    }
  }

  @Test
  void ratingsWriteTheSameBytesWhateverTheMapper() {
    qt().forAll(ratings()).checkAssert(r -> {
      String expected = expectedJson(r);
      for (ObjectMapper mapper : WRITERS) {
        assertThat(writeAsRating(mapper, r)).isEqualTo(expected);
        assertThat(write(mapper, r)).isEqualTo(expected);
      }
      assertThat(read(MAPPER, expected, Rating.class)).isEqualTo(r);
      assertThat(read(NO_MODULES, expected, Rating.class)).isEqualTo(r);
      assertThat(read(MAPPER, expected, r.getClass())).isEqualTo(r);
      assertThat(read(BIG_DECIMAL_READER, expected, Rating.class)).isEqualTo(r);
    });
  }

  @Test
  void ratingsInsideLists() {
    qt().withExamples(200).forAll(lists().of(ratings()).ofSizeBetween(0, 4)).checkAssert(list -> {
      StringBuilder expected = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        expected.append(i == 0 ? "" : ",").append(expectedJson(list.get(i)));
      }
      expected.append(']');
      TypeReference<List<Rating>> type = new TypeReference<>() { };
      try {
        assertThat(MAPPER.writerFor(type).writeValueAsString(list)).isEqualTo(expected.toString());
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(read(MAPPER, expected.toString(), type)).isEqualTo(list);
    });
  }

  @Test
  void readsNumbersExactlyAndInAnyOrder() throws Exception {
    assertThat(MAPPER.readValue("{\"best\":5.00,\"value\":4.5000,\"type\":\"score\"}", Rating.class))
        .isEqualTo(Rating.score("4.5", "5"));
    assertThat(MAPPER.readValue("{\"type\":\"score\",\"value\":0.1,\"best\":0.3,\"step\":0.1}", Rating.class))
        .hasToString("0.1/0.3 step 0.1");
    assertThat(MAPPER.readValue("{\"type\":\"score\",\"value\":4,\"best\":5,\"step\":null}", Rating.class))
        .isEqualTo(Rating.score("4", "5"));
    assertThat(MAPPER.readValue("{\"type\":\"letter\",\"grade\":\"B\u2212\"}", Rating.class))
        .isEqualTo(Rating.letter(LetterGrade.B_MINUS));
    // A double would round this to 4.5 and accept it; read exactly, it has too many decimals.
    JacksonException e = catchThrowableOfType(JacksonException.class, () -> MAPPER.readValue(
        "{\"type\":\"score\",\"value\":4.50000000000000000001,\"best\":5}", Rating.class));
    assertThat(invalidValueCause(e).kind()).isEqualTo(Kind.LENGTH);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"type\":\"score\",\"value\":6,\"best\":5}",
      "{\"type\":\"score\",\"value\":\"4.5\",\"best\":5}",
      "{\"type\":\"score\",\"value\":4.5,\"best\":\"5\"}",
      "{\"type\":\"score\",\"value\":4.5,\"best\":5,\"step\":\"0.5\"}",
      "{\"type\":\"score\",\"value\":4.3,\"best\":5,\"step\":0.5}",
      "{\"type\":\"score\",\"value\":4.5}",
      "{\"type\":\"score\",\"best\":5}",
      "{\"type\":\"score\",\"value\":1,\"best\":0}",
      "{\"type\":\"score\",\"value\":-1,\"best\":5}",
      "{\"type\":\"letter\",\"grade\":\"E\"}",
      "{\"type\":\"letter\",\"grade\":\"F+\"}",
      "{\"type\":\"letter\"}",
      "{\"type\":\"verdict\",\"verdict\":\"  \"}",
      "{\"type\":\"verdict\",\"verdict\":\"a\\u0007b\"}",
      "{\"type\":\"verdict\"}"})
  void invalidRatingsFailWithTheReason(String json) {
    for (ObjectMapper mapper : List.of(MAPPER, NO_MODULES)) {
      JacksonException e = catchThrowableOfType(JacksonException.class, () -> mapper.readValue(json, Rating.class));
      assertThat(e).as(json).isNotNull();
      assertThat(invalidValueCause(e)).as(json).isNotNull();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"value\":4.5,\"best\":5}",
      "{\"type\":\"stars\",\"value\":4.5,\"best\":5}",
      "{\"type\":\"Score\",\"value\":4.5,\"best\":5}",
      "{\"type\":\"score\",\"value\":4.5,\"best\":5,\"scale\":10}",
      "{\"type\":\"score\",\"value\":true,\"best\":5}",
      "{\"type\":\"score\",\"value\":[4.5],\"best\":5}",
      "\"4.5/5\"",
      "4.5",
      "[]"})
  void malformedRatingsFail(String json) {
    assertThat(catchThrowableOfType(JacksonException.class, () -> MAPPER.readValue(json, Rating.class)))
        .as(json).isNotNull();
  }

  @Test
  void numbersAreNotRunningTimes() {
    assertThat(catchThrowableOfType(JacksonException.class, () -> MAPPER.readValue("230", RunningTime.class)))
        .isNotNull();
  }

  @Test
  void letterGradesAreTheirText() throws Exception {
    for (LetterGrade g : LetterGrade.values()) {
      assertThat(MAPPER.writeValueAsString(g)).isEqualTo("\"" + g + "\"");
      assertThat(MAPPER.readValue("\"" + g + "\"", LetterGrade.class)).isSameAs(g);
    }
    assertThat(MAPPER.readValue("\"B\u2013\"", LetterGrade.class)).isSameAs(LetterGrade.B_MINUS);
    JacksonException e = catchThrowableOfType(JacksonException.class, () -> MAPPER.readValue("\"E\"", LetterGrade.class));
    assertThat(invalidValueCause(e)).isNotNull();
  }
}
