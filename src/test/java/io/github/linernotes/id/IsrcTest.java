package io.github.linernotes.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsrcTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the example code of the ISRC handbook, in every accepted spelling
      "USRC17607839    | USRC17607839",
      "US-RC1-76-07839 | USRC17607839",
      "usrc17607839    | USRC17607839",
      "us-rc1-76-07839 | USRC17607839",
      "Us-rC1-76-07839 | USRC17607839",
      // the prefix IS (Iceland) followed by a registrant starting RC: not an 'ISRC' label
      "ISRC17607839    | ISRC17607839",
      "IS-RC1-76-07839 | ISRC17607839",
      // registrant codes with digits, year 00, designation 00000
      "GB-0A1-05-00001 | GB0A10500001",
      "fr9z90000000    | FR9Z90000000",
      "QM-ZZZ-99-99999 | QMZZZ9999999",
  })
  void readsIsrcs(String text, String canonical) {
    Isrc isrc = Isrc.parse(text);
    assertThat(isrc.toString()).isEqualTo(canonical);
    assertThat(isrc).isEqualTo(Isrc.parse(canonical)).hasSameHashCodeAs(Isrc.parse(canonical));
  }

  @Test
  void givesItsParts() {
    Isrc isrc = Isrc.parse("us-rc1-76-07839");
    assertThat(isrc.country()).isEqualTo("US");
    assertThat(isrc.registrant()).isEqualTo("RC1");
    assertThat(isrc.year()).isEqualTo("76");
    assertThat(isrc.designation()).isEqualTo("07839");
    Isrc zeros = Isrc.parse("GB0A10700001");
    assertThat(zeros.year()).isEqualTo("07");
    assertThat(zeros.designation()).isEqualTo("00001");
  }

  @Test
  void differentCodesDiffer() {
    assertThat(Isrc.parse("USRC17607839")).isNotEqualTo(Isrc.parse("USRC17607838"))
        .isNotEqualTo(Isrc.parse("GBRC17607839")).isNotEqualTo("USRC17607839");
  }

  @ParameterizedTest(name = "[{0}] {1} at {2}")
  @CsvSource(delimiter = '|', value = {
      "''                 | EMPTY  | 0",
      "'   '              | EMPTY  | 0",
      "ISRC USRC17607839  | SYNTAX | 0",
      "isrc:US-RC1-76-07839 | SYNTAX | 0",
      "ISRC-USRC17607839  | SYNTAX | 0",
      "1SRC17607839       | SYNTAX | 0",
      "U5RC17607839       | SYNTAX | 1",
      "US_RC17607839      | SYNTAX | 2",
      "USR_17607839       | SYNTAX | 3",
      "USRC1A607839       | SYNTAX | 5",
      "USRC176O7839       | SYNTAX | 7",
      "USRC17607-39       | SYNTAX | 9",
      "US-RC17607839      | SYNTAX | 6",
      "US-RC1-7607839     | SYNTAX | 9",
      "USRC1-76-07839     | SYNTAX | 5",
      "US-RC1-76-07-839   | SYNTAX | 12",
      "US RC1 76 07839    | SYNTAX | 2",
      "US–RC1–76–07839    | SYNTAX | 2",
      "US--RC1-76-07839   | SYNTAX | 3",
      "' USRC17607839'    | SYNTAX | 0",
      "'USRC17607839 '    | SYNTAX | 12",
      "'US-RC1-76-07839 ' | SYNTAX | 15",
      "USRC17607839-      | SYNTAX | 12",
      "USRC1760783９      | SYNTAX | 11",
      "USRC1760783٩       | SYNTAX | 11",
      "ÜSRC17607839       | SYNTAX | 0",
      "UŞRC17607839       | SYNTAX | 1",
      "USRC1760783        | LENGTH | 11",
      "US-RC1-76-0783     | LENGTH | 14",
      "US                 | LENGTH | 2",
      "US-                | LENGTH | 3",
      "ISRC               | LENGTH | 4",
      "USRC176078390      | LENGTH | 12",
      "USRC17607839X      | LENGTH | 12",
      "US-RC1-76-078390   | LENGTH | 15",
  })
  void rejects(String input, Kind kind, int index) {
    InvalidValueException e = rejection(input);
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.errorIndex()).hasValue(index);
  }

  @Test
  void rejectsLettersThatOnlyUnicodeCaseMappingMakesAscii() {
    // U+017F (long s) upper-cases to S and U+0131 (dotless i) to I; neither is an ISRC letter
    assertThat(rejection("U\u017FRC17607839").errorIndex()).hasValue(1);
    assertThat(rejection("\u0131SRC17607839").errorIndex()).hasValue(0);
    assertThat(rejection("USR\u212A17607839").errorIndex()).hasValue(3);
  }

  @Test
  void rejectsHugeInputAndSurrogates() {
    InvalidValueException huge = rejection("USRC1760783" + "9".repeat(1_000_000));
    assertThat(huge.kind()).isEqualTo(Kind.LENGTH);
    assertThat(huge.errorIndex()).hasValue(12);
    assertThat(rejection("USRC\uD83C\uDFB517607839").errorIndex()).hasValue(4);
    assertThat(rejection("\uDFB5").errorIndex()).hasValue(0);
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> Isrc.parse(null)).withMessageContaining("text");
  }

  // ---- properties ----

  @Test
  void generatedIsrcsRoundTripInCanonicalForm() {
    qt().forAll(IdentifierGenerators.isrcs()).checkAssert(isrc -> {
      String text = isrc.toString();
      assertThat(text).matches("[A-Z]{2}[A-Z0-9]{3}[0-9]{7}");
      assertThat(isrc.country() + isrc.registrant() + isrc.year() + isrc.designation()).isEqualTo(text);
      assertThat(Isrc.parse(text)).isEqualTo(isrc).hasSameHashCodeAs(isrc);
      assertThat(Isrc.parse(text).toString()).isEqualTo(text);
    });
  }

  @Test
  void everySpellingOfACodeIsEqualAndPrintsTheSame() {
    qt().forAll(IdentifierGenerators.isrcs()).checkAssert(isrc -> {
      String c = isrc.toString();
      String hyphenated = c.substring(0, 2) + '-' + c.substring(2, 5) + '-' + c.substring(5, 7) + '-' + c.substring(7);
      for (String spelling : new String[] {c, hyphenated, c.toLowerCase(Locale.ROOT),
          hyphenated.toLowerCase(Locale.ROOT), alternateCase(c), alternateCase(hyphenated)}) {
        Isrc other = Isrc.parse(spelling);
        assertThat(other).as(spelling).isEqualTo(isrc).hasSameHashCodeAs(isrc);
        assertThat(other.toString()).as(spelling).isEqualTo(c);
      }
    });
  }

  private static String alternateCase(String text) {
    StringBuilder sb = new StringBuilder(text);
    for (int i = 0; i < sb.length(); i += 2) {
      sb.setCharAt(i, Character.toLowerCase(sb.charAt(i)));
    }
    return sb.toString();
  }

  @Test
  void nearMissesAreAcceptedExactlyWhenAnIndependentCheckAcceptsThem() {
    qt().forAll(IdentifierGenerators.mutationsOf(IdentifierGenerators.isrcs().map(Isrc::toString)))
        .checkAssert(IsrcTest::agreesWithOracle);
    qt().forAll(IdentifierGenerators.mutationsOf(IdentifierGenerators.isrcs().map(isrc -> {
      String c = isrc.toString().toLowerCase(Locale.ROOT);
      return c.substring(0, 2) + '-' + c.substring(2, 5) + '-' + c.substring(5, 7) + '-' + c.substring(7);
    }))).checkAssert(IsrcTest::agreesWithOracle);
  }

  @Test
  void garbageIsRejectedCleanly() {
    qt().forAll(IdentifierGenerators.garbage()).checkAssert(IsrcTest::agreesWithOracle);
  }

  private static void agreesWithOracle(String text) {
    Throwable t = catchThrowable(() -> Isrc.parse(text));
    boolean accepted = text.matches("[A-Za-z]{2}[A-Za-z0-9]{3}[0-9]{7}")
        || text.matches("[A-Za-z]{2}-[A-Za-z0-9]{3}-[0-9]{2}-[0-9]{5}");
    if (accepted) {
      assertThat(t).as(text).isNull();
      assertThat(Isrc.parse(text).toString()).isEqualTo(text.replace("-", "").toUpperCase(Locale.ROOT));
    } else {
      assertThat(t).as(text).isInstanceOf(InvalidValueException.class);
      InvalidValueException e = (InvalidValueException) t;
      assertThat(e.input()).isEqualTo(text);
      assertThat(e.valueType()).isEqualTo("Isrc");
      assertThat(e.errorIndex().orElse(-1)).isBetween(0, text.length());
      assertThat(e.kind()).as(text).isIn(Kind.EMPTY, Kind.SYNTAX, Kind.LENGTH);
      assertThat(e.kind() == Kind.EMPTY).as(text).isEqualTo(text.isBlank());
    }
  }

  private static InvalidValueException rejection(String input) {
    Throwable t = catchThrowable(() -> Isrc.parse(input));
    assertThat(t).as(input).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) t;
    assertThat(e.valueType()).isEqualTo("Isrc");
    assertThat(e.input()).isEqualTo(input);
    return e;
  }
}
