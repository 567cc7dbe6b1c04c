package io.github.linernotes.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WikidataIdTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // Radiohead, OK Computer (album)
      "Q202996, 202996",
      "Q4115189, 4115189",
      "Q1, 1",
      "Q9223372036854775807, 9223372036854775807",
  })
  void readsItemIds(String text, long number) {
    WikidataId id = WikidataId.parse(text);
    assertThat(id.number()).isEqualTo(number);
    assertThat(id.toString()).isEqualTo(text);
    assertThat(id).isEqualTo(WikidataId.of(number)).hasSameHashCodeAs(WikidataId.of(number));
  }

  @Test
  void differentIdsDiffer() {
    assertThat(WikidataId.of(202996)).isNotEqualTo(WikidataId.of(4115189)).isNotEqualTo("Q202996");
  }

  @ParameterizedTest(name = "[{0}] {1} at {2}")
  @CsvSource(delimiter = '|', value = {
      "''                     | EMPTY        | 0",
      "' '                    | EMPTY        | 0",
      "q202996                | SYNTAX       | 0",
      "P175                   | UNSUPPORTED  | 0",
      "L7                     | UNSUPPORTED  | 0",
      "L7-F1                  | UNSUPPORTED  | 0",
      "M123                   | UNSUPPORTED  | 0",
      "E10                    | UNSUPPORTED  | 0",
      "Paris                  | SYNTAX       | 0",
      "p175                   | SYNTAX       | 0",
      "202996                 | SYNTAX       | 0",
      "wd:Q202996             | SYNTAX       | 0",
      "https://www.wikidata.org/wiki/Q202996 | SYNTAX | 0",
      "Q                      | SYNTAX       | 1",
      "Q0                     | OUT_OF_RANGE | 1",
      "Q00                    | SYNTAX       | 1",
      "Q0202996               | SYNTAX       | 1",
      "Q-5                    | SYNTAX       | 1",
      "Q+5                    | SYNTAX       | 1",
      "Q 202996               | SYNTAX       | 1",
      "QQ202996               | SYNTAX       | 1",
      "Q202996x               | SYNTAX       | 7",
      "'Q202996 '             | SYNTAX       | 7",
      "' Q202996'             | SYNTAX       | 0",
      "Q9223372036854775808   | OUT_OF_RANGE | 1",
      "Q٢٠٢٩٩٦                | SYNTAX       | 1",
      "Q２０２９９６          | SYNTAX       | 1",
      "Ｑ202996               | SYNTAX       | 0",
  })
  void rejects(String input, Kind kind, int index) {
    InvalidValueException e = rejection(input);
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.errorIndex()).hasValue(index);
  }

  @Test
  void theReasonNamesWhatOtherIdsAre() {
    assertThat(rejection("P175").reason()).contains("propert");
    assertThat(rejection("L7").reason()).contains("lexeme");
  }

  @Test
  void ofRejectsZeroAndNegativeNumbers() {
    for (long bad : new long[] {0, -1, Long.MIN_VALUE}) {
      Throwable t = catchThrowable(() -> WikidataId.of(bad));
      assertThat(t).isInstanceOf(InvalidValueException.class);
      InvalidValueException e = (InvalidValueException) t;
      assertThat(e.kind()).isEqualTo(Kind.OUT_OF_RANGE);
      assertThat(e.input()).isEqualTo("Q" + bad);
      assertThat(e.errorIndex()).isEmpty();
    }
  }

  @Test
  void rejectsHugeInputAndNull() {
    assertThat(rejection("Q" + "7".repeat(1_000_000)).kind()).isEqualTo(Kind.OUT_OF_RANGE);
    assertThatNullPointerException().isThrownBy(() -> WikidataId.parse(null)).withMessageContaining("text");
  }

  @Test
  void generatedIdsRoundTrip() {
    qt().forAll(IdentifierGenerators.wikidataIds()).checkAssert(id -> {
      assertThat(id.number()).isPositive();
      assertThat(id.toString()).isEqualTo("Q" + id.number());
      assertThat(WikidataId.parse(id.toString())).isEqualTo(id).hasSameHashCodeAs(id);
    });
  }

  @Test
  void nearMissesAreAcceptedExactlyWhenAnIndependentCheckAcceptsThem() {
    qt().forAll(IdentifierGenerators.mutationsOf(IdentifierGenerators.wikidataIds().map(WikidataId::toString)))
        .checkAssert(WikidataIdTest::agreesWithOracle);
  }

  @Test
  void garbageIsRejectedCleanly() {
    qt().forAll(IdentifierGenerators.garbage()).checkAssert(WikidataIdTest::agreesWithOracle);
  }

  private static void agreesWithOracle(String text) {
    Throwable t = catchThrowable(() -> WikidataId.parse(text));
    boolean accepted = text.matches("Q[1-9][0-9]{0,18}")
        && new java.math.BigInteger(text.substring(1)).compareTo(java.math.BigInteger.valueOf(Long.MAX_VALUE)) <= 0;
    if (accepted) {
      assertThat(t).as(text).isNull();
      assertThat(WikidataId.parse(text).number()).isEqualTo(Long.parseLong(text.substring(1)));
    } else {
      assertThat(t).as(text).isInstanceOf(InvalidValueException.class);
      InvalidValueException e = (InvalidValueException) t;
      assertThat(e.input()).isEqualTo(text);
      assertThat(e.errorIndex().orElse(-1)).isBetween(0, text.length());
      assertThat(e.kind() == Kind.EMPTY).as(text).isEqualTo(text.isBlank());
      if (text.matches("(?s)[PLME][0-9].*")) {
        assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED);
      }
    }
  }

  private static InvalidValueException rejection(String input) {
    Throwable t = catchThrowable(() -> WikidataId.parse(input));
    assertThat(t).as(input).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) t;
    assertThat(e.valueType()).isEqualTo("WikidataId");
    assertThat(e.input()).isEqualTo(input);
    return e;
  }
}
