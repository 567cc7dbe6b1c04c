package io.github.linernotes.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.linernotes.internal.EdtfGrammar;
import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.PartialDate.IntervalEnd;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PartialDateTest {

  // --- real-world values ---

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // text                 | earliest     | latest      | precision   | uncertain | approximate
      "1958                   | 1958-01-01   | 1958-12-31  | YEAR        | false     | false",
      "2006-04                | 2006-04-01   | 2006-04-30  | MONTH       | false     | false",
      "1957-12-04             | 1957-12-04   | 1957-12-04  | DAY         | false     | false",
      "2020-02                | 2020-02-01   | 2020-02-29  | MONTH       | false     | false",
      "1900-02                | 1900-02-01   | 1900-02-28  | MONTH       | false     | false",
      "0000-02-29             | 0000-02-29   | 0000-02-29  | DAY         | false     | false",
      "-0044-03-15            | -0044-03-15  | -0044-03-15 | DAY         | false     | false",
      "1988?                  | 1988-01-01   | 1988-12-31  | YEAR        | true      | false",
      "1988~                  | 1988-01-01   | 1988-12-31  | YEAR        | false     | true",
      "1988%                  | 1988-01-01   | 1988-12-31  | YEAR        | true      | true",
      "1957-12-04?            | 1957-12-04   | 1957-12-04  | DAY         | true      | false",
      "198X                   | 1980-01-01   | 1989-12-31  | DECADE      | false     | false",
      "19XX                   | 1900-01-01   | 1999-12-31  | CENTURY     | false     | false",
      "-198X                  | -1989-01-01  | -1980-12-31 | DECADE      | false     | false",
      "-19XX                  | -1999-01-01  | -1900-12-31 | CENTURY     | false     | false",
      "XXXX                   | 0000-01-01   | 9999-12-31  | UNSPECIFIED | false     | false",
      "XXXX-XX                | 0000-01-01   | 9999-12-31  | UNSPECIFIED | false     | false",
      "XXXX-XX-XX             | 0000-01-01   | 9999-12-31  | UNSPECIFIED | false     | false",
      "1985-XX                | 1985-01-01   | 1985-12-31  | YEAR        | false     | false",
      "1985-XX-XX             | 1985-01-01   | 1985-12-31  | YEAR        | false     | false",
      "1985-04-XX             | 1985-04-01   | 1985-04-30  | MONTH       | false     | false",
      "-0044-XX               | -0044-01-01  | -0044-12-31 | YEAR        | false     | false",
      "2020-21                | 2020-01-01   | 2020-03-31  | SEASON      | false     | false",
      "2020-22                | 2020-04-01   | 2020-06-30  | SEASON      | false     | false",
      "2020-23                | 2020-07-01   | 2020-09-30  | SEASON      | false     | false",
      "2020-24                | 2020-10-01   | 2020-12-31  | SEASON      | false     | false",
      "1957-12-04/1957-12-05  | 1957-12-04   | 1957-12-05  | INTERVAL    | false     | false",
      "1958?/1960             | 1958-01-01   | 1960-12-31  | INTERVAL    | true      | false",
      "1958/1960-06~          | 1958-01-01   | 1960-06-30  | INTERVAL    | false     | true",
      "1958/..                | 1958-01-01   | -           | INTERVAL    | false     | false",
      "1958/                  | 1958-01-01   | -           | INTERVAL    | false     | false",
      "../1960                | -            | 1960-12-31  | INTERVAL    | false     | false",
      "/1960                  | -            | 1960-12-31  | INTERVAL    | false     | false",
      "../..                  | -            | -           | INTERVAL    | false     | false",
      "../                    | -            | -           | INTERVAL    | false     | false",
      "/..                    | -            | -           | INTERVAL    | false     | false",
      "1958/1958              | 1958-01-01   | 1958-12-31  | INTERVAL    | false     | false",
      "1958-06/1958           | 1958-06-01   | 1958-12-31  | INTERVAL    | false     | false",
  })
  void readsRealWorldValues(String text, String earliest, String latest, DatePrecision precision,
      boolean uncertain, boolean approximate) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.toString()).isEqualTo(text);
    assertThat(date.earliest()).isEqualTo(Optional.ofNullable(earliest).map(LocalDate::parse));
    assertThat(date.latest()).isEqualTo(Optional.ofNullable(latest).map(LocalDate::parse));
    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.isUncertain()).isEqualTo(uncertain);
    assertThat(date.isApproximate()).isEqualTo(approximate);
    assertThat(date.isInterval()).isEqualTo(precision == DatePrecision.INTERVAL);
    assertThat(PartialDate.parse(new StringBuilder(text))).isEqualTo(date);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "-0000-XX, 0000-XX",
      "-0000-XX-XX, 0000-XX-XX",
      "-0000-05-XX, 0000-05-XX",
      "-00XX, 00XX",
      "-000X, 000X",
  })
  void dropsTheMinusBeforeAYearWhoseKnownDigitsAreZeroAsEdtfJsDoes(String text, String canonical) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date).hasToString(canonical).isEqualTo(PartialDate.parse(canonical));
  }

  // --- rejected text ---

  @ParameterizedTest(name = "\"{0}\" -> {1} at {2}")
  @CsvSource(delimiter = '|', value = {
      // impossible calendar days
      "2019-02-29            | NO_SUCH_DATE      | 8",
      "1900-02-29            | NO_SUCH_DATE      | 8",
      "2020-04-31            | NO_SUCH_DATE      | 8",
      "2019-02-29?           | NO_SUCH_DATE      | 8",
      "1958/2019-02-29       | NO_SUCH_DATE      | 13",
      // numbers out of range
      "2020-13               | OUT_OF_RANGE      | 5",
      "2020-00               | OUT_OF_RANGE      | 5",
      "2020-20               | OUT_OF_RANGE      | 5",
      "2020-42               | OUT_OF_RANGE      | 5",
      "2020-01-32            | OUT_OF_RANGE      | 8",
      "2020-01-00            | OUT_OF_RANGE      | 8",
      // wrong number of digits
      "19580                 | LENGTH            | 0",
      "1                     | LENGTH            | 0",
      "-195                  | UNSUPPORTED       | 1",
      "1958-1                | LENGTH            | 5",
      "1958-001              | LENGTH            | 5",
      "1958-01-1             | LENGTH            | 8",
      // reversed
      "2021/2020             | REVERSED_INTERVAL | 5",
      "1958-12-05/1958-12-04 | REVERSED_INTERVAL | 11",
      "1958-07/1958-06-30~   | REVERSED_INTERVAL | 8",
      // valid EDTF this library does not model
      "2020-05-01T10:30Z     | UNSUPPORTED       | 10",
      "2019-02-29T10:30:00Z  | UNSUPPORTED       | 10",
      "2020-05-01T10:30/2021 | UNSUPPORTED       | 10",
      "19                    | UNSUPPORTED       | 0",
      "-05                   | UNSUPPORTED       | 1",
      "19?                   | UNSUPPORTED       | 0",
      "195                   | UNSUPPORTED       | 0",
      "Y10000                | UNSUPPORTED       | 0",
      "Y-10000               | UNSUPPORTED       | 0",
      "Y17E7                 | UNSUPPORTED       | 0",
      "1950S2                | UNSUPPORTED       | 4",
      "2004-06-~11           | UNSUPPORTED       | 8",
      "?2004                 | UNSUPPORTED       | 0",
      "2004?-06              | UNSUPPORTED       | 5",
      "156X-12-25            | UNSUPPORTED       | 5",
      "1XXX                  | UNSUPPORTED       | 0",
      "XXXX-12               | UNSUPPORTED       | 5",
      "1985-XX-15            | UNSUPPORTED       | 8",
      "-XXXX                 | UNSUPPORTED       | 0",
      "2020-25               | UNSUPPORTED       | 5",
      "2020-41               | UNSUPPORTED       | 5",
      "2020-21?              | UNSUPPORTED       | 7",
      "2020-21/2020-23       | UNSUPPORTED       | 5",
      "2020-XX/2021          | UNSUPPORTED       | 5",
      "198X/1990             | UNSUPPORTED       | 0",
      "[1958, 1959]          | UNSUPPORTED       | 0",
      "{1958..1960}          | UNSUPPORTED       | 0",
      // malformed
      "''                    | EMPTY             | 0",
      "'   '                 | EMPTY             | 0",
      "/                     | SYNTAX            | 0",
      "..                    | SYNTAX            | 0",
      "1958/1959/1960        | SYNTAX            | 9",
      "198X?                 | SYNTAX            | 4",
      "2020-XX~              | SYNTAX            | 7",
      "198x                  | SYNTAX            | 3",
      "xxxx                  | SYNTAX            | 0",
      "-0000                 | SYNTAX            | 0",
      "' 1958'               | SYNTAX            | 0",
      "'1958 '               | SYNTAX            | 4",
      "1958??                | SYNTAX            | 5",
      "2020-21/2021          | SYNTAX            | 5",
      "2020-21-01            | SYNTAX            | 7",
      "Y1958                 | SYNTAX            | 0",
      "1958-01-01T           | SYNTAX            | 10",
      "1958.                 | SYNTAX            | 4",
      "n.d.                  | SYNTAX            | 0",
      "[1958                 | SYNTAX            | 0",
  })
  void rejectsWithKindAndIndex(String text, Kind kind, int index) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> PartialDate.parse(text));

    assertThat(e).as(text).isNotNull();
    assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
    assertThat(e.errorIndex()).as(e.getMessage()).hasValue(index);
    assertThat(e.valueType()).isEqualTo("PartialDate");
    assertThat(e.input()).isEqualTo(text);
    assertThat(e.reason()).isNotBlank();
  }

  @Test
  void rejectsEveryNonAsciiDigit() {
    int checked = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Character.isDigit(c) && (c < '0' || c > '9')) {
        String text = "195" + c;
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> PartialDate.parse(text));
        assertThat(e).as(text).isNotNull();
        assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(e.errorIndex()).hasValue(3);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(300);
    assertThatThrownBy(() -> PartialDate.parse("\u0661\u0669\u0665\u0668"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.kind()).isEqualTo(Kind.SYNTAX));
    assertThatThrownBy(() -> PartialDate.parse("\uff11\uff19\uff15\uff18"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.kind()).isEqualTo(Kind.SYNTAX));
  }

  @Test
  void rejectsLongTextQuickly() {
    List<String> texts = Arrays.asList("1".repeat(200_000), "1958/".repeat(50_000), "[" + "1958, ".repeat(40_000) + "1959]",
        "1958-" + "0".repeat(100_000), "X".repeat(100_000), "?".repeat(100_000), "\ud83c\udfb5".repeat(50_000),
        "2020-05-01T10:30:00." + "1".repeat(100_000) + "Z");
    long started = System.nanoTime();
    for (String text : texts) {
      assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(InvalidValueException.class);
    }
    assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> PartialDate.parse(texts.get(2))).kind())
        .isEqualTo(Kind.UNSUPPORTED);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PartialDate.of(null)).isInstanceOf(NullPointerException.class);
    PartialDate year = PartialDate.ofYear(1958);
    assertThatThrownBy(() -> PartialDate.interval(year, (PartialDate) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PartialDate.interval((PartialDate) null, year)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PartialDate.interval(year, (IntervalEnd) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PartialDate.interval((IntervalEnd) null, year)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PartialDate.interval(IntervalEnd.OPEN, (IntervalEnd) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> year.isCertainlyBefore(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> year.isCertainlyAfter(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> year.contains(null)).isInstanceOf(NullPointerException.class);
  }

  // --- factories ---

  @Test
  void factoriesMakeTheSameValuesAsParse() {
    assertThat(PartialDate.ofYear(1958)).isEqualTo(PartialDate.parse("1958")).hasToString("1958");
    assertThat(PartialDate.ofYear(-44)).hasToString("-0044");
    assertThat(PartialDate.ofYear(0)).hasToString("0000");
    assertThat(PartialDate.ofYear(9999)).hasToString("9999");
    assertThat(PartialDate.ofYear(-9999)).hasToString("-9999");
    assertThat(PartialDate.ofYearMonth(2006, 4)).isEqualTo(PartialDate.parse("2006-04"));
    assertThat(PartialDate.of(1957, 12, 4)).isEqualTo(PartialDate.parse("1957-12-04"));
    assertThat(PartialDate.of(2020, 2, 29)).hasToString("2020-02-29");
    assertThat(PartialDate.of(LocalDate.of(1957, 12, 4))).isEqualTo(PartialDate.parse("1957-12-04"));
    assertThat(PartialDate.of(LocalDate.of(-44, 3, 15))).hasToString("-0044-03-15");
  }

  @ParameterizedTest(name = "{0}-{1}-{2} -> {3}")
  @CsvSource({
      "10000, 1, 1, OUT_OF_RANGE",
      "-10000, 1, 1, OUT_OF_RANGE",
      "2020, 13, 1, OUT_OF_RANGE",
      "2020, 0, 1, OUT_OF_RANGE",
      "2020, 21, 1, OUT_OF_RANGE",
      "2020, 1, 32, OUT_OF_RANGE",
      "2020, 1, 0, OUT_OF_RANGE",
      "2020, 1, -1, OUT_OF_RANGE",
      "2019, 2, 29, NO_SUCH_DATE",
      "2020, 4, 31, NO_SUCH_DATE",
      "-2147483648, 1, 1, OUT_OF_RANGE",
  })
  void factoriesRejectImpossibleDates(int year, int month, int day, Kind kind) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> PartialDate.of(year, month, day));

    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.errorIndex()).isEmpty();
    assertThat(e.input()).contains(Integer.toString(Math.abs(year)));
  }

  @Test
  void yearAndMonthFactoriesCheckTheirRanges() {
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> PartialDate.ofYear(10000)).kind())
        .isEqualTo(Kind.OUT_OF_RANGE);
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> PartialDate.ofYear(Integer.MIN_VALUE)).kind())
        .isEqualTo(Kind.OUT_OF_RANGE);
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> PartialDate.ofYearMonth(2020, 13)).kind())
        .isEqualTo(Kind.OUT_OF_RANGE);
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> PartialDate.ofYearMonth(-10000, 1)).kind())
        .isEqualTo(Kind.OUT_OF_RANGE);
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> PartialDate.of(LocalDate.of(10000, 1, 1))).kind())
        .isEqualTo(Kind.OUT_OF_RANGE);
  }

  @Test
  void intervalFactoriesCoverEveryKindOfEnd() {
    PartialDate start = PartialDate.parse("1957-12-04?");
    PartialDate end = PartialDate.of(1957, 12, 5);

    assertThat(PartialDate.interval(start, end)).hasToString("1957-12-04?/1957-12-05")
        .isEqualTo(PartialDate.parse("1957-12-04?/1957-12-05"));
    assertThat(PartialDate.interval(start, IntervalEnd.OPEN)).hasToString("1957-12-04?/..");
    assertThat(PartialDate.interval(start, IntervalEnd.UNKNOWN)).hasToString("1957-12-04?/");
    assertThat(PartialDate.interval(IntervalEnd.OPEN, end)).hasToString("../1957-12-05");
    assertThat(PartialDate.interval(IntervalEnd.UNKNOWN, end)).hasToString("/1957-12-05");
    assertThat(PartialDate.interval(IntervalEnd.OPEN, IntervalEnd.OPEN)).hasToString("../..");
    assertThat(PartialDate.interval(IntervalEnd.OPEN, IntervalEnd.UNKNOWN)).hasToString("../");
    assertThat(PartialDate.interval(IntervalEnd.UNKNOWN, IntervalEnd.OPEN)).hasToString("/..");
    assertThat(PartialDate.interval(PartialDate.ofYear(1958), PartialDate.ofYear(1958))).hasToString("1958/1958");
  }

  @Test
  void intervalFactoriesRejectWhatEdtfLevel1Cannot() {
    PartialDate year = PartialDate.ofYear(1958);
    for (String end : Arrays.asList("195X", "19XX", "XXXX", "1958-XX", "1958-04-XX", "1958-21", "1958/1959")) {
      PartialDate bad = PartialDate.parse(end);
      assertThat(catchThrowableOfType(InvalidValueException.class, () -> PartialDate.interval(year, bad)).kind())
          .as(end).isEqualTo(Kind.UNSUPPORTED);
      assertThat(catchThrowableOfType(InvalidValueException.class, () -> PartialDate.interval(bad, year)).kind())
          .as(end).isEqualTo(Kind.UNSUPPORTED);
      assertThat(catchThrowableOfType(InvalidValueException.class,
          () -> PartialDate.interval(bad, IntervalEnd.OPEN)).kind()).as(end).isEqualTo(Kind.UNSUPPORTED);
      assertThat(catchThrowableOfType(InvalidValueException.class,
          () -> PartialDate.interval(IntervalEnd.UNKNOWN, bad)).kind()).as(end).isEqualTo(Kind.UNSUPPORTED);
    }
    InvalidValueException reversed = catchThrowableOfType(InvalidValueException.class,
        () -> PartialDate.interval(PartialDate.ofYear(2021), PartialDate.ofYear(2020)));
    assertThat(reversed.kind()).isEqualTo(Kind.REVERSED_INTERVAL);
    assertThat(reversed.input()).isEqualTo("2021/2020");
    InvalidValueException nothing = catchThrowableOfType(InvalidValueException.class,
        () -> PartialDate.interval(IntervalEnd.UNKNOWN, IntervalEnd.UNKNOWN));
    assertThat(nothing.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(nothing.input()).isEqualTo("/");
  }

  // --- comparisons ---

  @Test
  void comparesOnlyWhenTheBoundsCannotOverlap() {
    PartialDate session = PartialDate.parse("1957-12-04/1957-12-05");
    PartialDate release = PartialDate.parse("1958");
    PartialDate decade = PartialDate.parse("195X");

    assertThat(session.isCertainlyBefore(release)).isTrue();
    assertThat(release.isCertainlyAfter(session)).isTrue();
    assertThat(release.isCertainlyBefore(session)).isFalse();
    assertThat(session.isCertainlyBefore(decade)).isFalse();
    assertThat(decade.isCertainlyBefore(session)).isFalse();
    assertThat(release.isCertainlyBefore(release)).isFalse();
    assertThat(PartialDate.parse("1957-12-31").isCertainlyBefore(release)).isTrue();
    assertThat(PartialDate.parse("1957-12-31~").isCertainlyBefore(PartialDate.parse("1958?"))).isTrue();
    assertThat(PartialDate.parse("1958-01-01").isCertainlyBefore(release)).isFalse();
    assertThat(PartialDate.parse("1950/..").isCertainlyBefore(PartialDate.parse("2020"))).isFalse();
    assertThat(PartialDate.parse("1950/").isCertainlyBefore(PartialDate.parse("2020"))).isFalse();
    assertThat(PartialDate.parse("2020").isCertainlyBefore(PartialDate.parse("../2021"))).isFalse();
    assertThat(PartialDate.parse("2020").isCertainlyBefore(PartialDate.parse("2021/.."))).isTrue();
    assertThat(PartialDate.parse("XXXX").isCertainlyBefore(PartialDate.parse("9999-12-31"))).isFalse();
  }

  @Test
  void containsDaysWithinTheBounds() {
    PartialDate season = PartialDate.parse("1958-22");

    assertThat(season.contains(LocalDate.of(1958, 4, 1))).isTrue();
    assertThat(season.contains(LocalDate.of(1958, 6, 30))).isTrue();
    assertThat(season.contains(LocalDate.of(1958, 3, 31))).isFalse();
    assertThat(season.contains(LocalDate.of(1958, 7, 1))).isFalse();
    assertThat(PartialDate.parse("1958/..").contains(LocalDate.of(3000, 1, 1))).isTrue();
    assertThat(PartialDate.parse("1958/..").contains(LocalDate.of(1957, 12, 31))).isFalse();
    assertThat(PartialDate.parse("/1958").contains(LocalDate.of(-5000, 1, 1))).isTrue();
    assertThat(PartialDate.parse("../..").contains(LocalDate.MIN)).isTrue();
  }

  @Test
  void equalityFollowsTheCanonicalText() {
    assertThat(PartialDate.parse("1958")).isEqualTo(PartialDate.ofYear(1958))
        .hasSameHashCodeAs(PartialDate.ofYear(1958))
        .isNotEqualTo(PartialDate.parse("1958?"))
        .isNotEqualTo(PartialDate.parse("1958-01"))
        .isNotEqualTo(PartialDate.parse("1958/1958"))
        .isNotEqualTo("1958");
    assertThat(PartialDate.parse("1958/")).isNotEqualTo(PartialDate.parse("1958/.."));
    assertThat(PartialDate.parse("-0000-XX")).isEqualTo(PartialDate.parse("0000-XX"))
        .hasSameHashCodeAs(PartialDate.parse("0000-XX"));
  }

  // --- properties ---

  @Test
  void everyValueReadsBackFromItsText() {
    qt().forAll(DateGenerators.partialDates()).checkAssert(date -> {
      PartialDate again = PartialDate.parse(date.toString());
      assertThat(again).isEqualTo(date).hasSameHashCodeAs(date).hasToString(date.toString());
      assertThat(again.earliest()).isEqualTo(date.earliest());
      assertThat(again.latest()).isEqualTo(date.latest());
      assertThat(again.precision()).isEqualTo(date.precision());
    });
  }

  @Test
  void factoriesAgreeWithParse() {
    qt().forAll(integers().between(-9999, 9999), integers().between(1, 12), integers().between(1, 31))
        .assuming((y, m, d) -> d <= java.time.YearMonth.of(y, m).lengthOfMonth())
        .checkAssert((y, m, d) -> {
          LocalDate day = LocalDate.of(y, m, d);
          assertThat(PartialDate.of(day)).isEqualTo(PartialDate.parse(day.toString()))
              .isEqualTo(PartialDate.of(y, m, d));
          assertThat(PartialDate.of(day).earliest()).hasValue(day);
          assertThat(PartialDate.ofYearMonth(y, m).contains(day)).isTrue();
          assertThat(PartialDate.ofYear(y).contains(day)).isTrue();
        });
  }

  @Test
  void boundsAreOrderedAndSingleDatesAlwaysHaveThem() {
    qt().forAll(DateGenerators.partialDates()).checkAssert(date -> {
      if (!date.isInterval()) {
        assertThat(date.earliest()).isPresent();
        assertThat(date.latest()).isPresent();
      }
      date.earliest().ifPresent(first -> {
        assertThat(date.contains(first)).isTrue();
        assertThat(date.contains(first.minusDays(1))).isFalse();
        date.latest().ifPresent(last -> assertThat(first).isBeforeOrEqualTo(last));
      });
      date.latest().ifPresent(last -> {
        assertThat(date.contains(last)).isTrue();
        assertThat(date.contains(last.plusDays(1))).isFalse();
      });
    });
  }

  @Test
  void certainOrderIsConsistentWithTheBounds() {
    qt().forAll(DateGenerators.partialDates(), DateGenerators.partialDates()).checkAssert((a, b) -> {
      boolean before = a.isCertainlyBefore(b);
      boolean expected = a.latest().isPresent() && b.earliest().isPresent()
          && a.latest().get().isBefore(b.earliest().get());
      assertThat(before).isEqualTo(expected);
      assertThat(b.isCertainlyAfter(a)).isEqualTo(before);
      if (before) {
        assertThat(b.isCertainlyBefore(a)).isFalse();
        assertThat(a.contains(b.earliest().get())).isFalse();
        assertThat(b.contains(a.latest().get())).isFalse();
      }
      assertThat(a.isCertainlyBefore(a)).isFalse();
      for (PartialDate x : Arrays.asList(a, b)) {
        x.earliest().ifPresent(day -> {
          if (a.contains(day) && b.contains(day)) {
            assertThat(a.isCertainlyBefore(b)).isFalse();
            assertThat(b.isCertainlyBefore(a)).isFalse();
          }
        });
      }
    });
  }

  @Test
  void openAndUnknownEndsAreNeverCertainlyOrdered() {
    Gen<PartialDate> unbounded = DateGenerators.plainDates().zip(Generate.enumValues(IntervalEnd.class),
        PartialDate::interval).mix(Generate.pick(Arrays.asList(PartialDate.parse("../.."), PartialDate.parse("/.."))), 20);
    qt().forAll(unbounded, DateGenerators.partialDates()).checkAssert((a, b) -> {
      assertThat(a.isCertainlyBefore(b)).isFalse();
      assertThat(b.isCertainlyAfter(a)).isFalse();
    });
  }

  @Test
  void qualifiersAreReportedPerEnd() {
    qt().forAll(DateGenerators.plainDates(), DateGenerators.plainDates()).checkAssert((a, b) -> {
      PartialDate span = PartialDate.isReversed(a, b) ? PartialDate.interval(b, a) : PartialDate.interval(a, b);
      assertThat(span.isUncertain()).isEqualTo(a.isUncertain() || b.isUncertain());
      assertThat(span.isApproximate()).isEqualTo(a.isApproximate() || b.isApproximate());
      String text = a.toString();
      assertThat(a.isUncertain()).isEqualTo(text.endsWith("?") || text.endsWith("%"));
      assertThat(a.isApproximate()).isEqualTo(text.endsWith("~") || text.endsWith("%"));
    });
  }

  // --- garbage ---

  private static final List<String> ALPHABET = Arrays.asList("0", "1", "2", "9", "X", "x", "-", "/", "..", ".", "?",
      "~", "%", "T", "Z", ":", "+", " ", "[", "]", "{", "}", ",", "Y", "E", "S", "\u0661", "\uff11", "\u2212",
      "\ud83c\udfb5", "\ud83c", "\u0000");

  private static void parsesOrFailsCleanly(String text) {
    try {
      PartialDate date = PartialDate.parse(text);
      assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
    } catch (InvalidValueException e) {
      assertThat(e.input()).isEqualTo(text);
      assertThat(e.valueType()).isEqualTo("PartialDate");
      assertThat(e.errorIndex()).isPresent();
      assertThat(e.errorIndex().getAsInt()).isBetween(0, text.length());
      assertThat(e.kind()).isNotNull();
      if (e.kind() == Kind.UNSUPPORTED) {
        assertThat(EdtfGrammar.unsupportedFeature(text)).isNotNull();
      }
      if (e.kind() == Kind.EMPTY) {
        assertThat(text).isBlank();
      }
    }
  }

  @Test
  void randomUnicodeParsesOrFailsCleanly() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(PartialDateTest::parsesOrFailsCleanly);
    qt().forAll(strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 16))
        .checkAssert(PartialDateTest::parsesOrFailsCleanly);
  }

  @Test
  void mutationsOfValidTextParseOrFailCleanly() {
    Gen<String> mutated = DateGenerators.partialDates().zip(integers().between(0, 1000), Generate.pick(ALPHABET),
        integers().between(0, 2), (date, where, inserted, operation) -> {
          StringBuilder text = new StringBuilder(date.toString());
          int at = where % (text.length() + 1);
          if (operation == 0) {
            text.insert(at, inserted);
          } else if (operation == 1 && at < text.length()) {
            text.deleteCharAt(at);
          } else if (at < text.length()) {
            text.replace(at, at + 1, inserted);
          }
          return text.toString();
        });
    qt().forAll(mutated).checkAssert(PartialDateTest::parsesOrFailsCleanly);
  }

  @Test
  void soupOfEdtfCharactersParsesOrFailsCleanly() {
    Gen<String> soup = Generate.intArrays(integers().between(0, 14), integers().between(0, ALPHABET.size() - 1))
        .map(indexes -> {
          StringBuilder text = new StringBuilder();
          for (int i : indexes) {
            text.append(ALPHABET.get(i));
          }
          return text.toString();
        });
    qt().forAll(soup).checkAssert(PartialDateTest::parsesOrFailsCleanly);
  }

  @Test
  void everyTruncationParsesOrFailsCleanly() {
    qt().withExamples(300).forAll(DateGenerators.partialDates()).checkAssert(date -> {
      String text = date.toString();
      List<String> pieces = new ArrayList<>();
      for (int i = 0; i <= text.length(); i++) {
        pieces.add(text.substring(0, i));
        pieces.add(text.substring(i));
      }
      pieces.forEach(PartialDateTest::parsesOrFailsCleanly);
    });
  }
}
