package io.github.linernotes.value;

import static io.github.linernotes.value.LengthAndRatingGenerators.ratings;
import static io.github.linernotes.value.LengthAndRatingGenerators.scores;
import static io.github.linernotes.value.LengthAndRatingGenerators.verdicts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.linernotes.value.InvalidValueException.Kind;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RatingTest {

  private static BigDecimal dec(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  @ParameterizedTest(name = "{0} of {1} step {2} is {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      4.5    | 5      | 0.5  | 4.5/5 step 0.5 | 90
      4      | 5      | -    | 4/5            | 80
      4      | 5      | 1    | 4/5 step 1     | 80
      8.1    | 10     | -    | 8.1/10         | 81
      87     | 100    | -    | 87/100         | 87
      5.0    | 5.00   | -    | 5/5            | 100
      4.5000 | 5      | -    | 4.5/5          | 90
      3.50   | 4      | 0.50 | 3.5/4 step 0.5 | 87.5
      0      | 5      | -    | 0/5            | 0
      0.000  | 5      | 1    | 0/5 step 1     | 0
      1E+1   | 1E+1   | -    | 10/10          | 100
      1E+3   | 1000.0 | 1E+2 | 1000/1000 step 100 | 100
      0.001  | 1000   | -    | 0.001/1000     | 0.0001
      0.25   | 0.5    | 0.25 | 0.25/0.5 step 0.25 | 50
      """)
  void scoresNormaliseTheirNumbers(String value, String best, String step, String text, double normalized) {
    Score score = step == null
        ? Rating.score(dec(value), dec(best))
        : Rating.score(dec(value), dec(best), dec(step));
    assertThat(score).hasToString(text);
    assertThat(score.normalized()).hasValue(normalized);
    assertThat(score.value().compareTo(dec(value))).isZero();
    assertThat(score.value().scale()).isBetween(0, 3);
    assertThat(score.value()).isEqualTo(dec(value).stripTrailingZeros().setScale(score.value().scale()));
    assertThat(score.best().compareTo(dec(best))).isZero();
    assertThat(score.step().map(s -> s.compareTo(dec(step)) == 0)).isEqualTo(step == null
        ? java.util.Optional.empty() : java.util.Optional.of(true));
    assertThat(Rating.parse(text)).isEqualTo(score).hasToString(text);
  }

  @Test
  void equalScoresNeedEqualScales() {
    assertThat(Rating.score(dec("5"), dec("5"))).isEqualTo(Rating.score(dec("5.0"), dec("5.000")));
    assertThat(Rating.score(dec("5"), dec("5")).hashCode()).isEqualTo(Rating.score(dec("5.0"), dec("5.000")).hashCode());
    assertThat(Rating.score(dec("4"), dec("5"))).isNotEqualTo(Rating.score(dec("8"), dec("10")));
    assertThat(Rating.score(dec("4"), dec("5"))).isNotEqualTo(Rating.score(dec("4"), dec("5"), dec("1")));
    assertThat(Rating.score(dec("4"), dec("5")).normalized()).isEqualTo(Rating.score(dec("8"), dec("10")).normalized());
    assertThat(Rating.score("4.5", "5")).isEqualTo(Rating.score(dec("4.5"), dec("5")));
    assertThat(Rating.score(dec("2"), dec("3")).normalized().getAsDouble()).isCloseTo(200.0 / 3, within(1e-12));
  }

  @ParameterizedTest(name = "{0} of {1} step {2} is {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      6          | 5      | -      | OUT_OF_RANGE
      5.001      | 5      | -      | OUT_OF_RANGE
      -0.5       | 5      | -      | OUT_OF_RANGE
      1          | 0      | -      | OUT_OF_RANGE
      0          | 0      | -      | OUT_OF_RANGE
      1          | -5     | -      | OUT_OF_RANGE
      1          | 1000.5 | -      | OUT_OF_RANGE
      1          | 1001   | -      | OUT_OF_RANGE
      1          | 1E+999999999 | - | OUT_OF_RANGE
      4.5678     | 5      | -      | LENGTH
      1E-1000    | 5      | -      | LENGTH
      1          | 5.0001 | -      | LENGTH
      1          | 5      | 0      | OUT_OF_RANGE
      1          | 5      | -1     | OUT_OF_RANGE
      1          | 5      | 6      | OUT_OF_RANGE
      4.3        | 5      | 0.5    | OUT_OF_RANGE
      4          | 5.5    | 2      | OUT_OF_RANGE
      4.5        | 5      | 0.3    | OUT_OF_RANGE
      0.0005     | 5      | 0.0005 | LENGTH
      """)
  void scoresOutsideTheRulesAreRejected(String value, String best, String step, Kind kind) {
    Executable make = step == null
        ? () -> Rating.score(dec(value), dec(best))
        : () -> Rating.score(dec(value), dec(best), dec(step));
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, make::execute);
    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.errorIndex()).isEmpty();
    assertThat(e.valueType()).isEqualTo("Rating");
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource(delimiter = '|', textBlock = """
      4.5/5              | 4.5/5
      4.5/5 step 0.5     | 4.5/5 step 0.5
      04.50/5.0          | 4.5/5
      0/5                | 0/5
      1000/1000          | 1000/1000
      0.5/1              | 0.5/1
      8.1/10             | 8.1/10
      B+                 | B+
      A                  | A
      F                  | F
      C−                 | C-
      C–                 | C-
      C-                 | C-
      "favorable"        | "favorable"
      """)
  void parsesEveryKind(String text, String printed) {
    assertThat(Rating.parse(text)).hasToString(printed);
  }

  @ParameterizedTest(name = "{0} is rejected as {1} at {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      ''                | EMPTY        | 0
      '  '              | EMPTY        | 0
      4.5               | SYNTAX       | 3
      4.5/              | SYNTAX       | 4
      /5                | SYNTAX       | 0
      '4.5 / 5'         | SYNTAX       | 3
      6/5               | OUT_OF_RANGE | 0
      4/0               | OUT_OF_RANGE | 2
      4/1001            | OUT_OF_RANGE | 2
      4/10000           | OUT_OF_RANGE | 2
      4/99999999999999999999 | OUT_OF_RANGE | 2
      -1/5              | OUT_OF_RANGE | 0
      1/-5              | OUT_OF_RANGE | 2
      4.5678/5          | LENGTH       | 2
      4./5              | SYNTAX       | 2
      .5/5              | SYNTAX       | 0
      '4.5/5 step'      | SYNTAX       | 5
      '4.5/5 step 0'    | OUT_OF_RANGE | 11
      '4.5/5 step 0.3'  | OUT_OF_RANGE | 4
      '4.3/5 step 0.5'  | OUT_OF_RANGE | 0
      '4.5/5 step 6'    | OUT_OF_RANGE | 11
      '4.5/5 step 0.5 ' | SYNTAX       | 14
      '4.5/5  step 0.5' | SYNTAX       | 5
      '4.5/5 STEP 0.5'  | SYNTAX       | 5
      4,5/5             | SYNTAX       | 1
      １/5               | SYNTAX       | 0
      4/٥               | SYNTAX       | 2
      1e1/10            | SYNTAX       | 1
      E                 | SYNTAX       | 0
      F+                | SYNTAX       | 1
      F-                | SYNTAX       | 1
      b+                | SYNTAX       | 0
      A++               | SYNTAX       | 2
      'A+ '             | SYNTAX       | 2
      A*                | SYNTAX       | 1
      ' A'              | SYNTAX       | 0
      AB                | SYNTAX       | 1
      favorable         | SYNTAX       | 0
      """)
  void rejectsTextWithKindAndPosition(String text, Kind kind, int index) {
    assertRejected(text, kind, index);
  }

  @Test
  void rejectsBadlyQuotedVerdicts() {
    assertRejected("\"", Kind.SYNTAX, 1);
    assertRejected("\"abc", Kind.SYNTAX, 4);
    assertRejected("\"\"", Kind.EMPTY, 1);
    assertRejected("\"  \"", Kind.EMPTY, 1);
    assertRejected("\"a\"b", Kind.SYNTAX, 3);
    assertRejected("\"a\\x\"", Kind.SYNTAX, 2);
    assertRejected("\"a\\\"", Kind.SYNTAX, 4);
    assertRejected("\"a\\", Kind.SYNTAX, 2);
    assertRejected("\"tab\there\"", Kind.SYNTAX, 4);
    assertRejected("\"line\u2028break\"", Kind.SYNTAX, 5);
    assertRejected("\"lone\uD800\"", Kind.SYNTAX, 5);
    assertRejected("\"" + "x".repeat(201) + "\"", Kind.LENGTH, 1);
    assertThat(Rating.parse("\"" + "x".repeat(200) + "\"")).isInstanceOf(Verdict.class);
  }

  private static void assertRejected(String text, Kind kind, int index) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Rating.parse(text));
    assertThat(e).as(text).isNotNull();
    assertThat(e.kind()).as(text).isEqualTo(kind);
    assertThat(e.errorIndex()).as(text).hasValue(index);
    assertThat(e.input()).isEqualTo(text);
    assertThat(e.valueType()).isEqualTo("Rating");
  }

  @Test
  void scoreFromTextChecksEachNumber() {
    assertThat(Rating.score("8.1", "10")).hasToString("8.1/10");
    InvalidValueException comma = catchThrowableOfType(InvalidValueException.class, () -> Rating.score("4,5", "5"));
    assertThat(comma.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(comma.errorIndex()).hasValue(1);
    assertThat(comma.input()).isEqualTo("4,5");
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> Rating.score("", "5")).kind())
        .isEqualTo(Kind.EMPTY);
    InvalidValueException above = catchThrowableOfType(InvalidValueException.class, () -> Rating.score("4", "6000"));
    assertThat(above.kind()).isEqualTo(Kind.OUT_OF_RANGE);
    assertThat(above.input()).isEqualTo("4/6000");
    assertThat(above.errorIndex()).hasValue(2);
    InvalidValueException steps = catchThrowableOfType(InvalidValueException.class, () -> Rating.score("4", "5 step 1"));
    assertThat(steps.kind()).isEqualTo(Kind.SYNTAX);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(textBlock = """
      A+, 100
      A,  100
      A-, 92
      B+, 83
      B,  75
      B-, 67
      C+, 58
      C,  50
      C-, 42
      D+, 33
      D,  25
      D-, 17
      F,  0
      """)
  void letterGradeTable(String text, int expected) {
    LetterGrade grade = LetterGrade.parse(text);
    assertThat(grade.normalized()).isEqualTo(expected);
    assertThat(grade).hasToString(text);
    assertThat(Rating.letter(grade).normalized()).hasValue(expected);
    assertThat(Rating.letter(text).grade()).isSameAs(grade);
    assertThat(Rating.parse(text)).isEqualTo(Rating.letter(grade));
  }

  @Test
  void letterGradeTableIsCompleteAndOrdered() {
    Map<LetterGrade, Integer> table = new EnumMap<>(LetterGrade.class);
    table.put(LetterGrade.A_PLUS, 100);
    table.put(LetterGrade.A, 100);
    table.put(LetterGrade.A_MINUS, 92);
    table.put(LetterGrade.B_PLUS, 83);
    table.put(LetterGrade.B, 75);
    table.put(LetterGrade.B_MINUS, 67);
    table.put(LetterGrade.C_PLUS, 58);
    table.put(LetterGrade.C, 50);
    table.put(LetterGrade.C_MINUS, 42);
    table.put(LetterGrade.D_PLUS, 33);
    table.put(LetterGrade.D, 25);
    table.put(LetterGrade.D_MINUS, 17);
    table.put(LetterGrade.F, 0);
    assertThat(LetterGrade.values()).hasSize(13);
    LetterGrade previous = null;
    for (LetterGrade g : LetterGrade.values()) {
      assertThat(g.normalized()).as(g.name()).isEqualTo(table.get(g));
      if (previous != null) {
        assertThat(g.normalized()).isLessThanOrEqualTo(previous.normalized());
      }
      previous = g;
      String minus = g.toString().replace('-', '\u2212');
      String dash = g.toString().replace('-', '\u2013');
      assertThat(LetterGrade.parse(minus)).isSameAs(g);
      assertThat(LetterGrade.parse(dash)).isSameAs(g);
      assertThat(g.toString()).doesNotContain("\u2212", "\u2013");
    }
  }

  @Test
  void letterGradeParseReportsItsOwnType() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> LetterGrade.parse("E"));
    assertThat(e.valueType()).isEqualTo("LetterGrade");
    assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(e.errorIndex()).hasValue(0);
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> LetterGrade.parse("")).kind())
        .isEqualTo(Kind.EMPTY);
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> LetterGrade.parse("\u00A0")).kind())
        .isEqualTo(Kind.EMPTY);
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> LetterGrade.parse("B\u2010")).errorIndex())
        .hasValue(1);
  }

  @Test
  void verdictsAreTrimmedQuotedAndNeverLetters() {
    Verdict v = Rating.verdict("  favorable\u00A0");
    assertThat(v.text()).isEqualTo("favorable");
    assertThat(v).isEqualTo(Rating.verdict("favorable")).hasToString("\"favorable\"");
    assertThat(v.normalized()).isEmpty();
    Verdict tricky = Rating.verdict("say \"wow\" \\ ok");
    assertThat(tricky).hasToString("\"say \\\"wow\\\" \\\\ ok\"");
    assertThat(Rating.parse(tricky.toString())).isEqualTo(tricky);
    Verdict letterLike = Rating.verdict("B+");
    assertThat(letterLike).hasToString("\"B+\"");
    assertThat(Rating.parse(letterLike.toString())).isInstanceOf(Verdict.class).isEqualTo(letterLike);
    assertThat(Rating.parse("\"4.5/5\"")).isInstanceOf(Verdict.class);
    assertThat(Rating.verdict("Favorable")).isNotEqualTo(Rating.verdict("favorable"));
    String emoji200 = "\uD83C\uDFB5".repeat(200);
    assertThat(Rating.verdict(emoji200).text()).isEqualTo(emoji200);
    assertThat(Rating.verdict("très favorable – 傑作 👍").text()).isEqualTo("très favorable – 傑作 👍");
  }

  @Test
  void verdictsOutsideTheRulesAreRejected() {
    assertVerdictRejected("", Kind.EMPTY, 0);
    assertVerdictRejected("   ", Kind.EMPTY, 0);
    assertVerdictRejected("\u00A0\u2003", Kind.EMPTY, 0);
    assertVerdictRejected("x".repeat(201), Kind.LENGTH, 0);
    assertVerdictRejected("\uD83C\uDFB5".repeat(201), Kind.LENGTH, 0);
    assertVerdictRejected("ring\u0007", Kind.SYNTAX, 4);
    assertVerdictRejected("two\nlines", Kind.SYNTAX, 3);
    assertVerdictRejected("a\u2029b", Kind.SYNTAX, 1);
    assertVerdictRejected("a\u0085b", Kind.SYNTAX, 1);
    assertVerdictRejected("a\uD800", Kind.SYNTAX, 1);
    assertVerdictRejected("\uDC00a", Kind.SYNTAX, 0);
    assertVerdictRejected("a\uD800b", Kind.SYNTAX, 1);
  }

  private static void assertVerdictRejected(String text, Kind kind, int index) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Rating.verdict(text));
    assertThat(e).as(text).isNotNull();
    assertThat(e.kind()).as(text).isEqualTo(kind);
    assertThat(e.errorIndex()).as(text).hasValue(index);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> Rating.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Rating.score((BigDecimal) null, BigDecimal.ONE)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Rating.score(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Rating.score(BigDecimal.ONE, BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Rating.score((String) null, "5")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Rating.letter((LetterGrade) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Rating.letter((String) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Rating.verdict(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> LetterGrade.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void roundTripsThroughText() {
    qt().forAll(ratings()).checkAssert(r -> {
      Rating back = Rating.parse(r.toString());
      assertThat(back).isEqualTo(r).hasSameClassAs(r).hasToString(r.toString());
      assertThat(back.hashCode()).isEqualTo(r.hashCode());
    });
  }

  @Test
  void normalizedIsOnTheHundredScaleOrAbsentForVerdicts() {
    qt().forAll(ratings()).checkAssert(r -> {
      if (r instanceof Verdict) {
        assertThat(r.normalized()).isEmpty();
      } else {
        assertThat(r.normalized()).isPresent();
        assertThat(r.normalized().getAsDouble()).isBetween(0.0, 100.0);
      }
      if (r instanceof Letter) {
        assertThat(r.normalized()).hasValue(((Letter) r).grade().normalized());
      }
    });
  }

  @Test
  void scoresNormaliseLinearlyAndKeepTheirRules() {
    qt().forAll(scores()).checkAssert(s -> {
      double expected = s.value().doubleValue() / s.best().doubleValue() * 100;
      assertThat(s.normalized().getAsDouble()).isCloseTo(expected, within(1e-9));
      assertThat(s.value().signum()).isNotNegative();
      assertThat(s.value()).isLessThanOrEqualTo(s.best());
      assertThat(s.best()).isPositive().isLessThanOrEqualTo(BigDecimal.valueOf(1000));
      for (BigDecimal n : List.of(s.value(), s.best(), s.step().orElse(BigDecimal.ONE))) {
        assertThat(n.scale()).isBetween(0, 3);
        assertThat(n.toString()).doesNotContain("E").isEqualTo(n.toPlainString());
      }
      s.step().ifPresent(step -> {
        assertThat(s.value().remainder(step).signum()).isZero();
        assertThat(s.best().remainder(step).signum()).isZero();
      });
      BigDecimal padded = s.value().setScale(s.value().scale() + 2);
      Score same = s.step().isPresent()
          ? Rating.score(padded, s.best(), s.step().get())
          : Rating.score(padded, s.best());
      assertThat(same).isEqualTo(s).hasToString(s.toString());
    });
  }

  @Test
  void verdictsKeepTheirWords() {
    qt().forAll(verdicts()).checkAssert(v -> {
      assertThat(Rating.verdict(v.text())).isEqualTo(v);
      assertThat(v.text().codePointCount(0, v.text().length())).isBetween(1, 200);
      assertThat(Rating.parse(v.toString())).isEqualTo(v);
    });
  }

  @Test
  void equalsMatchesText() {
    qt().forAll(ratings(), ratings()).checkAssert((a, b) -> {
      assertThat(a.equals(b)).isEqualTo(a.toString().equals(b.toString()));
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
  }

  @Test
  void garbageIsRejectedOnlyWithInvalidValueException() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(RatingTest::parseOrReject);
    qt().forAll(strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 16)).checkAssert(RatingTest::parseOrReject);
  }

  @Test
  void mutationsAndTruncationsOfValidTextAreParsedOrRejected() {
    Gen<String> alphabet = Generate.pick(List.of("0", "5", ".", "/", " ", "step", "\"", "\\", "+", "-", "\u2212",
        "A", "F", "\t", "\uD83C", "\uDFB5", "٥", "\u0000"));
    qt().forAll(ratings(), integers().between(0, 40), alphabet, integers().between(0, 2))
        .checkAssert((r, at, ch, op) -> {
          String text = r.toString();
          int i = Math.min(at, text.length());
          String mutated;
          switch (op) {
            case 0:
              mutated = text.substring(0, i);
              break;
            case 1:
              mutated = text.substring(0, i) + ch + text.substring(i);
              break;
            default:
              mutated = text.substring(0, i) + ch + text.substring(Math.min(i + 1, text.length()));
          }
          parseOrReject(mutated);
        });
  }

  private static void parseOrReject(String text) {
    try {
      Rating r = Rating.parse(text);
      assertThat(Rating.parse(r.toString())).isEqualTo(r);
    } catch (InvalidValueException e) {
      assertThat(e.kind()).isNotNull();
      assertThat(e.input()).isEqualTo(text);
      assertThat(e.errorIndex()).isPresent();
      assertThat(e.errorIndex().getAsInt()).isBetween(0, text.length());
    }
  }
}
