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

class DiscogsIdTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // release: Miles Davis, Kind of Blue (DOL 180 g reissue)
      "6606263, 6606263",
      // master: Radiohead, OK Computer
      "21491, 21491",
      "1, 1",
      "9223372036854775807, 9223372036854775807",
  })
  void readsIds(String text, long value) {
    DiscogsId id = DiscogsId.parse(text);
    assertThat(id.value()).isEqualTo(value);
    assertThat(id.toString()).isEqualTo(text);
    assertThat(id).isEqualTo(DiscogsId.of(value)).hasSameHashCodeAs(DiscogsId.of(value));
  }

  @Test
  void differentIdsDiffer() {
    assertThat(DiscogsId.of(6606263)).isNotEqualTo(DiscogsId.of(21491)).isNotEqualTo(6606263L);
  }

  @ParameterizedTest(name = "[{0}] {1} at {2}")
  @CsvSource(delimiter = '|', value = {
      "''                    | EMPTY        | 0",
      "' '                   | EMPTY        | 0",
      "0                     | OUT_OF_RANGE | 0",
      "00                    | SYNTAX       | 0",
      "007                   | SYNTAX       | 0",
      "-5                    | SYNTAX       | 0",
      "+5                    | SYNTAX       | 0",
      "r6606263              | SYNTAX       | 0",
      "[r6606263]            | SYNTAX       | 0",
      "6606263r              | SYNTAX       | 7",
      "6 606 263             | SYNTAX       | 1",
      "6,606,263             | SYNTAX       | 1",
      "6606263.0             | SYNTAX       | 7",
      "1e6                   | SYNTAX       | 1",
      "' 6606263'            | SYNTAX       | 0",
      "'6606263 '            | SYNTAX       | 7",
      "9223372036854775808   | OUT_OF_RANGE | 0",
      "99999999999999999999999999 | OUT_OF_RANGE | 0",
      "٦٦٠٦٢٦٣               | SYNTAX       | 0",
      "６６０６２６３        | SYNTAX       | 0",
      "660６263              | SYNTAX       | 3",
  })
  void rejects(String input, Kind kind, int index) {
    InvalidValueException e = rejection(input);
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.errorIndex()).hasValue(index);
  }

  @Test
  void ofRejectsZeroAndNegativeNumbers() {
    for (long bad : new long[] {0, -1, Long.MIN_VALUE}) {
      Throwable t = catchThrowable(() -> DiscogsId.of(bad));
      assertThat(t).isInstanceOf(InvalidValueException.class);
      InvalidValueException e = (InvalidValueException) t;
      assertThat(e.kind()).isEqualTo(Kind.OUT_OF_RANGE);
      assertThat(e.input()).isEqualTo(Long.toString(bad));
      assertThat(e.errorIndex()).isEmpty();
    }
  }

  @Test
  void rejectsHugeInputAndNull() {
    assertThat(rejection("7".repeat(1_000_000)).kind()).isEqualTo(Kind.OUT_OF_RANGE);
    assertThat(rejection("7".repeat(1_000_000) + "x").errorIndex()).hasValue(1_000_000);
    assertThatNullPointerException().isThrownBy(() -> DiscogsId.parse(null)).withMessageContaining("text");
  }

  @Test
  void generatedIdsRoundTrip() {
    qt().forAll(IdentifierGenerators.discogsIds()).checkAssert(id -> {
      assertThat(id.value()).isPositive();
      assertThat(id.toString()).isEqualTo(Long.toString(id.value()));
      assertThat(DiscogsId.parse(id.toString())).isEqualTo(id).hasSameHashCodeAs(id);
    });
  }

  @Test
  void nearMissesAreAcceptedExactlyWhenAnIndependentCheckAcceptsThem() {
    qt().forAll(IdentifierGenerators.mutationsOf(IdentifierGenerators.discogsIds().map(DiscogsId::toString)))
        .checkAssert(DiscogsIdTest::agreesWithOracle);
  }

  @Test
  void garbageIsRejectedCleanly() {
    qt().forAll(IdentifierGenerators.garbage()).checkAssert(DiscogsIdTest::agreesWithOracle);
  }

  private static void agreesWithOracle(String text) {
    Throwable t = catchThrowable(() -> DiscogsId.parse(text));
    boolean accepted = text.matches("[1-9][0-9]{0,18}")
        && new java.math.BigInteger(text).compareTo(java.math.BigInteger.valueOf(Long.MAX_VALUE)) <= 0;
    if (accepted) {
      assertThat(t).as(text).isNull();
      assertThat(DiscogsId.parse(text).value()).isEqualTo(Long.parseLong(text));
    } else {
      assertThat(t).as(text).isInstanceOf(InvalidValueException.class);
      InvalidValueException e = (InvalidValueException) t;
      assertThat(e.input()).isEqualTo(text);
      assertThat(e.errorIndex().orElse(-1)).isBetween(0, text.length());
      assertThat(e.kind() == Kind.EMPTY).as(text).isEqualTo(text.isBlank());
    }
  }

  private static InvalidValueException rejection(String input) {
    Throwable t = catchThrowable(() -> DiscogsId.parse(input));
    assertThat(t).as(input).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) t;
    assertThat(e.valueType()).isEqualTo("DiscogsId");
    assertThat(e.input()).isEqualTo(input);
    return e;
  }
}
