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

class IssnTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // Atlantic Studies: citation 1 of the reference album
      "1478-8810 | 1478-8810",
      "14788810  | 1478-8810",
      // Down Beat
      "0012-5768 | 0012-5768",
      // Jazz Research Journal
      "1753-8637 | 1753-8637",
      // Notes (Music Library Association): a check digit of X, in every accepted spelling
      "1534-150X | 1534-150X",
      "1534-150x | 1534-150X",
      "1534150X  | 1534-150X",
      "1534150x  | 1534-150X",
      // Sonus
      "0739-229X | 0739-229X",
  })
  void readsRealIssns(String text, String canonical) {
    Issn issn = Issn.parse(text);
    assertThat(issn.toString()).isEqualTo(canonical);
    assertThat(issn).isEqualTo(Issn.parse(canonical)).hasSameHashCodeAs(Issn.parse(canonical));
  }

  @Test
  void differentNumbersDiffer() {
    assertThat(Issn.parse("1478-8810")).isNotEqualTo(Issn.parse("0012-5768")).isNotEqualTo("1478-8810");
  }

  @ParameterizedTest(name = "[{0}] {1} at {2}")
  @CsvSource(delimiter = '|', value = {
      "''            | EMPTY       | 0",
      "' '           | EMPTY       | 0",
      "ISSN 1478-8810 | SYNTAX     | 0",
      "issn14788810  | SYNTAX      | 0",
      "1478-8811     | CHECK_DIGIT | 8",
      "14788811      | CHECK_DIGIT | 7",
      "1534-1509     | CHECK_DIGIT | 8",
      "0012-576X     | CHECK_DIGIT | 8",
      "1478-881      | LENGTH      | 8",
      "1478-88100    | LENGTH      | 9",
      "1478-        | LENGTH      | 5",
      "147-88810     | SYNTAX      | 3",
      "14788-810     | SYNTAX      | 5",
      "1478--8810    | SYNTAX      | 5",
      "-14788810     | SYNTAX      | 0",
      "1478 8810     | SYNTAX      | 4",
      "1478–8810     | SYNTAX      | 4",
      "' 1478-8810'  | SYNTAX      | 0",
      "'1478-8810 '  | SYNTAX      | 9",
      "1478-88X0     | SYNTAX      | 7",
      "X478-8810     | SYNTAX      | 0",
      "1534-150XX    | SYNTAX      | 8",
      "1534-150X0    | SYNTAX      | 8",
      "١٤٧٨-٨٨١٠     | SYNTAX      | 0",
      "１４７８-８８１０ | SYNTAX    | 0",
      "1478-881０    | SYNTAX      | 8",
  })
  void rejects(String input, Kind kind, int index) {
    InvalidValueException e = rejection(input);
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.errorIndex()).hasValue(index);
  }

  @Test
  void rejectsHugeInputAndSurrogates() {
    InvalidValueException huge = rejection("1".repeat(1_000_000));
    assertThat(huge.kind()).isEqualTo(Kind.LENGTH);
    assertThat(huge.errorIndex()).hasValue(8);
    assertThat(rejection("1478\uD83C\uDFB58810").errorIndex()).hasValue(4);
    assertThat(rejection("\uDFB5").errorIndex()).hasValue(0);
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> Issn.parse(null)).withMessageContaining("text");
  }

  // ---- what the check digit catches: everything ----

  @ParameterizedTest
  @CsvSource({"1478-8810", "0012-5768", "1753-8637", "1534-150X", "0739-229X", "14788810"})
  void checkDigitCatchesEverySubstitutionAndEveryNeighbourSwap(String valid) {
    assertEverySubstitutionAndSwapRejected(valid);
  }

  @Test
  void checkDigitCatchesEverySubstitutionAndSwapOfGeneratedIssns() {
    qt().withExamples(300).forAll(IdentifierGenerators.issns())
        .checkAssert(issn -> {
          assertEverySubstitutionAndSwapRejected(issn.toString());
          assertEverySubstitutionAndSwapRejected(issn.toString().replace("-", ""));
        });
  }

  private static void assertEverySubstitutionAndSwapRejected(String valid) {
    int last = valid.length() - 1;
    for (int i = 0; i < valid.length(); i++) {
      if (valid.charAt(i) == '-') {
        continue;
      }
      for (char replacement : "0123456789Xx".toCharArray()) {
        if (Character.toUpperCase(replacement) == valid.charAt(i)) {
          continue;
        }
        String changed = valid.substring(0, i) + replacement + valid.substring(i + 1);
        InvalidValueException e = rejection(changed);
        boolean misplacedX = Character.toUpperCase(replacement) == 'X' && i != last;
        assertThat(e.kind()).as(changed).isEqualTo(misplacedX ? Kind.SYNTAX : Kind.CHECK_DIGIT);
        assertThat(e.errorIndex()).as(changed).hasValue(misplacedX ? i : last);
      }
    }
    String digits = valid.replace("-", "");
    for (int k = 0; k + 1 < digits.length(); k++) {
      if (digits.charAt(k) == digits.charAt(k + 1)) {
        continue;
      }
      char[] swapped = digits.toCharArray();
      swapped[k] = digits.charAt(k + 1);
      swapped[k + 1] = digits.charAt(k);
      String text = new String(swapped);
      if (valid.contains("-")) {
        text = text.substring(0, 4) + '-' + text.substring(4);
      }
      assertThat(rejection(text).kind()).as(text).isIn(Kind.CHECK_DIGIT, Kind.SYNTAX);
    }
  }

  // ---- properties ----

  @Test
  void generatedIssnsRoundTripInCanonicalForm() {
    qt().forAll(IdentifierGenerators.issns()).checkAssert(issn -> {
      String text = issn.toString();
      assertThat(text).hasSize(9).matches("[0-9]{4}-[0-9]{3}[0-9X]");
      assertThat(Issn.parse(text)).isEqualTo(issn).hasSameHashCodeAs(issn);
      assertThat(Issn.parse(text.replace("-", "").toLowerCase(java.util.Locale.ROOT))).isEqualTo(issn);
    });
  }

  @Test
  void nearMissesAreAcceptedExactlyWhenAnIndependentCheckAcceptsThem() {
    qt().forAll(IdentifierGenerators.mutationsOf(IdentifierGenerators.issns().map(Issn::toString)))
        .checkAssert(IssnTest::agreesWithOracle);
  }

  @Test
  void garbageIsRejectedCleanly() {
    qt().forAll(IdentifierGenerators.garbage()).checkAssert(IssnTest::agreesWithOracle);
  }

  private static void agreesWithOracle(String text) {
    Throwable t = catchThrowable(() -> Issn.parse(text));
    boolean accepted = text.matches("[0-9]{4}-?[0-9]{3}[0-9Xx]")
        && Character.toUpperCase(text.charAt(text.length() - 1))
            == IdentifierGenerators.issnCheck(text.replace("-", "").substring(0, 7));
    if (accepted) {
      assertThat(t).as(text).isNull();
      String digits = text.replace("-", "").toUpperCase(java.util.Locale.ROOT);
      assertThat(Issn.parse(text).toString()).isEqualTo(digits.substring(0, 4) + "-" + digits.substring(4));
    } else {
      assertThat(t).as(text).isInstanceOf(InvalidValueException.class);
      InvalidValueException e = (InvalidValueException) t;
      assertThat(e.input()).isEqualTo(text);
      assertThat(e.errorIndex().orElse(-1)).isBetween(0, text.length());
      assertThat(e.kind() == Kind.EMPTY).as(text).isEqualTo(text.isBlank());
    }
  }

  private static InvalidValueException rejection(String input) {
    Throwable t = catchThrowable(() -> Issn.parse(input));
    assertThat(t).as(input).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) t;
    assertThat(e.valueType()).isEqualTo("Issn");
    assertThat(e.input()).isEqualTo(input);
    return e;
  }
}
