package io.github.linernotes.value;

import static io.github.linernotes.value.LengthAndRatingGenerators.ratings;
import static io.github.linernotes.value.LengthAndRatingGenerators.runningTimes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.linernotes.JsonMapperAdapter;
import io.github.linernotes.value.InvalidValueException.Kind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Running times and ratings through one mapper and through differently set-up ones of the same major;
 * {@link LengthsAndRatingsJackson2Test} and {@link LengthsAndRatingsJackson3Test} supply them.
 */
abstract class LengthsAndRatingsJsonContract {

  private final JsonMapperAdapter mapper;

  LengthsAndRatingsJsonContract(JsonMapperAdapter mapper) {
    this.mapper = mapper;
  }

  /** The main mapper and any other the major's users may have with default settings. */
  protected abstract List<JsonMapperAdapter> plainMappers();

  /** Mappers whose settings change how properties and numbers are written, but must not change ratings. */
  protected abstract List<JsonMapperAdapter> writers();

  /** A mapper that reads every floating-point number as a {@link BigDecimal}. */
  protected abstract JsonMapperAdapter bigDecimalReader();

  /** A mapper that fails on unknown properties. */
  protected abstract JsonMapperAdapter strict();

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

  /** Reads the JSON with the mapper, expecting it to fail with an exception of the mapper's own. */
  private static Throwable readFailure(JsonMapperAdapter mapper, String json, Class<?> type) {
    Throwable thrown = catchThrowable(() -> mapper.read(json, type));
    assertThat(thrown).as(json).isInstanceOf(mapper.mapperException());
    return thrown;
  }

  @Test
  void runningTimesAreTheirText() {
    List<JsonMapperAdapter> plain = plainMappers();
    qt().forAll(runningTimes()).checkAssert(t -> {
      for (JsonMapperAdapter m : plain) {
        String json = m.write(t);
        assertThat(json).isEqualTo("\"" + t + "\"");
        RunningTime back = m.read(json, RunningTime.class);
        assertThat(back).isEqualTo(t).hasToString(t.toString());
      }
    });
  }

  @Test
  void runningTimesInsideLists() {
    qt().withExamples(200).forAll(lists().of(runningTimes()).ofSizeBetween(0, 5)).checkAssert(list -> {
      String json = mapper.write(list);
      StringBuilder expected = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        expected.append(i == 0 ? "" : ",").append('"').append(list.get(i)).append('"');
      }
      assertThat(json).isEqualTo(expected.append(']').toString());
      assertThat(mapper.readList(json, RunningTime.class)).isEqualTo(list);
    });
  }

  @Test
  void runningTimesReadIsoText() {
    assertThat(mapper.read("\"PT2M45S\"", RunningTime.class)).hasToString("2:45");
    assertThat(mapper.write(mapper.read("\"PT1H2M3.5S\"", RunningTime.class)))
        .isEqualTo("\"1:02:03.500\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"3:60\"", "\"\"", "\"-1:00\"", "\"3:50.1234\"", "\"P1D\"", "\"1000:00:00\""})
  void invalidRunningTimesFailWithTheReason(String json) {
    Throwable e = readFailure(mapper, json, RunningTime.class);
    assertThat(invalidValueCause(e)).isNotNull();
  }

  @Test
  void canonicalRatingExamples() {
    for (JsonMapperAdapter m : plainMappers()) {
      assertThat(m.write(Rating.score(new BigDecimal("4.50"), new BigDecimal("5.0"), new BigDecimal("0.5"))))
          .isEqualTo("{\"type\":\"score\",\"value\":4.5,\"best\":5,\"step\":0.5}");
      assertThat(m.write(Rating.score("4", "5"))).isEqualTo("{\"type\":\"score\",\"value\":4,\"best\":5}");
      assertThat(m.write(Rating.score(new BigDecimal("1E+3"), new BigDecimal("1E+3"))))
          .isEqualTo("{\"type\":\"score\",\"value\":1000,\"best\":1000}");
      assertThat(m.write(Rating.letter("B+"))).isEqualTo("{\"type\":\"letter\",\"grade\":\"B+\"}");
      assertThat(m.write(Rating.verdict("favorable")))
          .isEqualTo("{\"type\":\"verdict\",\"verdict\":\"favorable\"}");
    }
  }

  @Test
  void ratingsWriteTheSameBytesWhateverTheMapper() {
    List<JsonMapperAdapter> writers = writers();
    List<JsonMapperAdapter> plain = plainMappers();
    JsonMapperAdapter bigDecimalReader = bigDecimalReader();
    qt().forAll(ratings()).checkAssert(r -> {
      String expected = expectedJson(r);
      for (JsonMapperAdapter m : writers) {
        assertThat(m.writeAs(Rating.class, r)).isEqualTo(expected);
        assertThat(m.write(r)).isEqualTo(expected);
      }
      for (JsonMapperAdapter m : plain) {
        assertThat(m.read(expected, Rating.class)).isEqualTo(r);
      }
      assertThat(mapper.read(expected, r.getClass())).isEqualTo(r);
      assertThat(bigDecimalReader.read(expected, Rating.class)).isEqualTo(r);
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
      assertThat(mapper.writeList(Rating.class, list)).isEqualTo(expected.toString());
      assertThat(mapper.readList(expected.toString(), Rating.class)).isEqualTo(list);
    });
  }

  @Test
  void readsNumbersExactlyAndInAnyOrder() {
    assertThat(mapper.read("{\"best\":5.00,\"value\":4.5000,\"type\":\"score\"}", Rating.class))
        .isEqualTo(Rating.score("4.5", "5"));
    assertThat(mapper.read("{\"type\":\"score\",\"value\":0.1,\"best\":0.3,\"step\":0.1}", Rating.class))
        .hasToString("0.1/0.3 step 0.1");
    assertThat(mapper.read("{\"type\":\"score\",\"value\":4,\"best\":5,\"step\":null}", Rating.class))
        .isEqualTo(Rating.score("4", "5"));
    assertThat(mapper.read("{\"type\":\"letter\",\"grade\":\"B\u2212\"}", Rating.class))
        .isEqualTo(Rating.letter(LetterGrade.B_MINUS));
    // A double would round this to 4.5 and accept it; read exactly, it has too many decimals.
    Throwable e = readFailure(mapper, "{\"type\":\"score\",\"value\":4.50000000000000000001,\"best\":5}",
        Rating.class);
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
    for (JsonMapperAdapter m : plainMappers()) {
      Throwable e = readFailure(m, json, Rating.class);
      assertThat(invalidValueCause(e)).as(json).isNotNull();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"value\":4.5,\"best\":5}",
      "{\"type\":\"stars\",\"value\":4.5,\"best\":5}",
      "{\"type\":\"Score\",\"value\":4.5,\"best\":5}",
      "{\"type\":\"score\",\"value\":true,\"best\":5}",
      "{\"type\":\"score\",\"value\":[4.5],\"best\":5}",
      "\"4.5/5\"",
      "4.5",
      "[]"})
  void malformedRatingsFail(String json) {
    readFailure(mapper, json, Rating.class);
  }

  @Test
  void unknownPropertiesFailWhenTheMapperSaysSo() {
    readFailure(strict(), "{\"type\":\"score\",\"value\":4.5,\"best\":5,\"scale\":10}", Rating.class);
  }

  @Test
  void numbersAreNotRunningTimes() {
    readFailure(mapper, "230", RunningTime.class);
  }

  @Test
  void letterGradesAreTheirText() {
    for (LetterGrade g : LetterGrade.values()) {
      assertThat(mapper.write(g)).isEqualTo("\"" + g + "\"");
      assertThat(mapper.read("\"" + g + "\"", LetterGrade.class)).isSameAs(g);
    }
    assertThat(mapper.read("\"B\u2013\"", LetterGrade.class)).isSameAs(LetterGrade.B_MINUS);
    Throwable e = readFailure(mapper, "\"E\"", LetterGrade.class);
    assertThat(invalidValueCause(e)).isNotNull();
  }
}
