package io.github.linernotes.value;

import static io.github.linernotes.value.LengthAndRatingGenerators.MAX_MILLIS;
import static io.github.linernotes.value.LengthAndRatingGenerators.hoursText;
import static io.github.linernotes.value.LengthAndRatingGenerators.minutesText;
import static io.github.linernotes.value.LengthAndRatingGenerators.runningTimes;
import static io.github.linernotes.value.LengthAndRatingGenerators.trackLengths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.linernotes.json.LinerNotesJson;
import io.github.linernotes.value.InvalidValueException.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RunningTimeTest {

  @ParameterizedTest(name = "{0} is {1} ms and prints {2}")
  @CsvSource(delimiter = '|', textBlock = """
      3:50          | 230000     | 3:50
      0:00          | 0          | 0:00
      0:07          | 7000       | 0:07
      71:18         | 4278000    | 71:18
      1:11:18       | 4278000    | 1:11:18
      0:03:50       | 230000     | 0:03:50
      03:50         | 230000     | 3:50
      01:02:03      | 3723000    | 1:02:03
      3:50.600      | 230600     | 3:50.600
      3:50.6        | 230600     | 3:50.600
      3:50.06       | 230060     | 3:50.060
      3:50.006      | 230006     | 3:50.006
      3:50.000      | 230000     | 3:50
      3:50.0        | 230000     | 3:50
      1:02:03.5     | 3723500    | 1:02:03.500
      59999:59.999  | 3599999999 | 59999:59.999
      999:59:59.999 | 3599999999 | 999:59:59.999
      PT2M45S       | 165000     | 2:45
      PT1H2M3.5S    | 3723500    | 1:02:03.500
      PT1H2M3,5S    | 3723500    | 1:02:03.500
      PT90M         | 5400000    | 1:30:00
      PT150S        | 150000     | 2:30
      PT0S          | 0          | 0:00
      PT0.5S        | 500        | 0:00.500
      PT3599.999S   | 3599999    | 59:59.999
      PT1H          | 3600000    | 1:00:00
      PT999H59M59.999S | 3599999999 | 999:59:59.999
      PT0059M       | 3540000    | 59:00
      """)
  void parsesSleeveAndIsoText(String text, long millis, String printed) {
    RunningTime time = RunningTime.parse(text);
    assertThat(time.toMillis()).isEqualTo(millis);
    assertThat(time.toDuration()).isEqualTo(Duration.ofMillis(millis));
    assertThat(time).hasToString(printed);
    assertThat(RunningTime.parse(printed)).isEqualTo(time).hasToString(printed);
  }

  @ParameterizedTest(name = "{0} is rejected as {1} at {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      ''             | EMPTY        | 0
      '   '          | EMPTY        | 0
      '\u00a0'       | EMPTY        | 0
      ' 3:50'        | SYNTAX       | 0
      '3:50 '        | SYNTAX       | 4
      3              | SYNTAX       | 1
      3:             | SYNTAX       | 2
      :50            | SYNTAX       | 0
      3:5            | LENGTH       | 2
      3:505          | LENGTH       | 2
      3:60           | OUT_OF_RANGE | 2
      3:99           | OUT_OF_RANGE | 2
      1:60:00        | OUT_OF_RANGE | 2
      1:00:60        | OUT_OF_RANGE | 5
      1:5:00         | LENGTH       | 2
      1:05:0         | LENGTH       | 5
      1:00:00:00     | SYNTAX       | 7
      3.50           | SYNTAX       | 1
      3m50           | SYNTAX       | 1
      -3:50          | OUT_OF_RANGE | 0
      −3:50          | OUT_OF_RANGE | 0
      +3:50          | SYNTAX       | 0
      3:50.          | SYNTAX       | 5
      3:50.1234      | LENGTH       | 5
      3:50,600       | SYNTAX       | 4
      3:50.6x        | SYNTAX       | 6
      ３:５０          | SYNTAX       | 0
      ٣:٥٠           | SYNTAX       | 0
      3:٥٠           | SYNTAX       | 2
      1000:00:00     | OUT_OF_RANGE | 0
      60000:00       | OUT_OF_RANGE | 0
      3h50m          | SYNTAX       | 1
      P              | SYNTAX       | 1
      PT             | SYNTAX       | 2
      P1D            | UNSUPPORTED  | 1
      P1DT2H         | UNSUPPORTED  | 1
      P2W            | UNSUPPORTED  | 1
      P1Y            | UNSUPPORTED  | 1
      P3M            | UNSUPPORTED  | 1
      -PT1M          | OUT_OF_RANGE | 0
      PT-1M          | OUT_OF_RANGE | 2
      PT1H-5M        | OUT_OF_RANGE | 4
      PT+1M          | SYNTAX       | 2
      pt1m           | SYNTAX       | 0
      PT1m           | SYNTAX       | 3
      PT1            | SYNTAX       | 3
      PT1X           | SYNTAX       | 3
      PTM            | SYNTAX       | 2
      PT1.5M         | SYNTAX       | 5
      PT1.S          | SYNTAX       | 4
      PT0.0001S      | LENGTH       | 4
      PT1S2M         | SYNTAX       | 4
      PT1M1H         | SYNTAX       | 5
      PT1H1H         | SYNTAX       | 5
      PT1S1S         | SYNTAX       | 4
      PT1000H        | OUT_OF_RANGE | 2
      PT60000M       | OUT_OF_RANGE | 2
      PT3600000S     | OUT_OF_RANGE | 2
      PT999H60M      | OUT_OF_RANGE | 0
      PT99999999999999999999999H | OUT_OF_RANGE | 2
      99999999999999999999999:00 | OUT_OF_RANGE | 0
      """)
  void rejectsWithKindAndPosition(String text, Kind kind, int index) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> RunningTime.parse(text));
    assertThat(e).as(text).isNotNull();
    assertThat(e.kind()).as(text).isEqualTo(kind);
    assertThat(e.errorIndex()).as(text).hasValue(index);
    assertThat(e.input()).isEqualTo(text);
    assertThat(e.valueType()).isEqualTo("RunningTime");
  }

  @Test
  void veryLongTextIsRejectedWithoutOverflow() {
    String digits = "9".repeat(100_000);
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> RunningTime.parse(digits + ":00")).kind())
        .isEqualTo(Kind.OUT_OF_RANGE);
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> RunningTime.parse("PT" + digits + "S")).kind())
        .isEqualTo(Kind.OUT_OF_RANGE);
    assertThat(RunningTime.parse("0".repeat(100_000) + "3:50")).hasToString("3:50");
  }

  @Test
  void keepsStyleAndComparesLengthWithIsEqual() {
    RunningTime minutes = RunningTime.parse("71:18");
    RunningTime hours = RunningTime.parse("1:11:18");
    assertThat(minutes).hasToString("71:18");
    assertThat(hours).hasToString("1:11:18");
    assertThat(minutes).as("written differently, so not equal").isNotEqualTo(hours);
    assertThat(minutes.isEqual(hours)).isTrue();
    assertThat(minutes.compareTo(hours)).isZero();
    assertThat(RunningTime.parse("0:03:50").isEqual(RunningTime.parse("3:50"))).isTrue();
    assertThat(RunningTime.parse("3:50")).isEqualTo(RunningTime.parse("3:50.000")).hasSameHashCodeAs(RunningTime.parse("3:50.000"));
    assertThat(RunningTime.parse("3:50").isEqual(RunningTime.parse("3:50.001"))).isFalse();
    assertThat(RunningTime.parse("3:50")).isNotEqualTo(RunningTime.parse("3:50.001"));
  }

  @Test
  void madeFromNumbersChoosesStyleByLength() {
    assertThat(RunningTime.of(Duration.ofMinutes(71).plusSeconds(18))).hasToString("1:11:18");
    assertThat(RunningTime.of(Duration.ofMinutes(59).plusSeconds(59).plusMillis(999))).hasToString("59:59.999");
    assertThat(RunningTime.of(Duration.ofHours(1))).hasToString("1:00:00");
    assertThat(RunningTime.of(Duration.ZERO)).isSameAs(RunningTime.ZERO).hasToString("0:00");
    assertThat(RunningTime.ofSeconds(230)).hasToString("3:50");
    assertThat(RunningTime.ofSeconds(3_600)).hasToString("1:00:00");
    assertThat(RunningTime.ofMillis(230_600)).hasToString("3:50.600");
    assertThat(RunningTime.ofMillis(MAX_MILLIS)).hasToString("999:59:59.999");
    assertThat(RunningTime.ofSeconds(MAX_MILLIS / 1000)).hasToString("999:59:59");
  }

  @Test
  void rejectsNumbersOutOfRange() {
    List<Runnable> bad = List.of(
        () -> RunningTime.ofMillis(-1),
        () -> RunningTime.ofMillis(MAX_MILLIS + 1),
        () -> RunningTime.ofMillis(Long.MIN_VALUE),
        () -> RunningTime.ofMillis(Long.MAX_VALUE),
        () -> RunningTime.ofSeconds(-1),
        () -> RunningTime.ofSeconds(MAX_MILLIS / 1000 + 1),
        () -> RunningTime.ofSeconds(Long.MAX_VALUE),
        () -> RunningTime.ofSeconds(Long.MAX_VALUE / 1000 + 1),
        () -> RunningTime.of(Duration.ofMillis(-1)),
        () -> RunningTime.of(Duration.ofNanos(-1)),
        () -> RunningTime.of(Duration.ofNanos(1)),
        () -> RunningTime.of(Duration.ofSeconds(3, 500_000_001)),
        () -> RunningTime.of(Duration.ofHours(1000)),
        () -> RunningTime.of(Duration.ofMillis(MAX_MILLIS + 1)),
        () -> RunningTime.of(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)));
    for (Runnable r : bad) {
      InvalidValueException e = catchThrowableOfType(InvalidValueException.class, r::run);
      assertThat(e).isNotNull();
      assertThat(e.kind()).isEqualTo(Kind.OUT_OF_RANGE);
      assertThat(e.errorIndex()).isEmpty();
    }
    assertThat(RunningTime.of(Duration.ofMillis(MAX_MILLIS)).toMillis()).isEqualTo(MAX_MILLIS);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> RunningTime.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RunningTime.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RunningTime.ZERO.plus(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RunningTime.sum(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RunningTime.sum(Collections.singletonList(null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RunningTime.ZERO.compareTo(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void sumsLikeASleeve() {
    List<RunningTime> ascenseur = new ArrayList<>();
    for (String s : new String[] {"2:45", "2:50", "2:08", "2:04", "2:53", "2:21", "2:13", "1:57", "1:01", "2:57"}) {
      ascenseur.add(RunningTime.parse(s));
    }
    assertThat(RunningTime.sum(ascenseur)).hasToString("23:09");
    List<RunningTime> cd = List.of(RunningTime.parse("40:00"), RunningTime.parse("31:18"));
    assertThat(RunningTime.sum(cd)).hasToString("71:18");
    assertThat(RunningTime.parse("40:00").plus(RunningTime.parse("31:18"))).hasToString("71:18");
    assertThat(RunningTime.parse("40:00").plus(RunningTime.parse("0:31:18"))).hasToString("1:11:18");
    assertThat(RunningTime.parse("0:40:00").plus(RunningTime.parse("1:00"))).hasToString("0:41:00");
    assertThat(RunningTime.ofSeconds(3_000).plus(RunningTime.ofSeconds(3_000))).hasToString("100:00");
    assertThat(RunningTime.ofSeconds(3_000).plus(RunningTime.ofSeconds(3_600))).hasToString("1:50:00");
    assertThat(RunningTime.sum(List.of())).isSameAs(RunningTime.ZERO);
    assertThat(RunningTime.sum(List.of(RunningTime.parse("3:50.5"), RunningTime.parse("0:00.5"))))
        .hasToString("3:51");
  }

  @Test
  void sumRefusesToReachOneThousandHours() {
    RunningTime big = RunningTime.parse("500:00:00");
    assertThat(big.plus(RunningTime.parse("499:59:59.999"))).hasToString("999:59:59.999");
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> big.plus(RunningTime.parse("500:00:00")));
    assertThat(e.kind()).isEqualTo(Kind.OUT_OF_RANGE);
    InvalidValueException s = catchThrowableOfType(InvalidValueException.class,
        () -> RunningTime.sum(Collections.nCopies(10_000, RunningTime.parse("59999:59.999"))));
    assertThat(s.kind()).isEqualTo(Kind.OUT_OF_RANGE);
    InvalidValueException m = catchThrowableOfType(InvalidValueException.class,
        () -> RunningTime.sum(List.of(RunningTime.ofMillis(MAX_MILLIS), RunningTime.ofMillis(1))));
    assertThat(m.kind()).isEqualTo(Kind.OUT_OF_RANGE);
  }

  @Test
  void sumStopsAsSoonAsTheTotalIsTooLong() {
    // A million of the longest running times: the sum must throw at the second, not run on and wrap.
    int[] consumed = {0};
    Iterable<RunningTime> many = () -> new java.util.Iterator<>() {
      @Override
      public boolean hasNext() {
        return consumed[0] < 1_000_000;
      }

      @Override
      public RunningTime next() {
        consumed[0]++;
        return RunningTime.ofMillis(MAX_MILLIS);
      }
    };
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> RunningTime.sum(many)).kind())
        .isEqualTo(Kind.OUT_OF_RANGE);
    assertThat(consumed[0]).isEqualTo(2);
  }

  @Test
  void roundTripsThroughText() {
    qt().forAll(runningTimes()).checkAssert(t -> {
      RunningTime back = RunningTime.parse(t.toString());
      assertThat(back).isEqualTo(t);
      assertThat(back).hasToString(t.toString());
      assertThat(RunningTime.of(t.toDuration()).isEqual(t)).isTrue();
      assertThat(RunningTime.ofMillis(t.toMillis()).isEqual(t)).isTrue();
      assertThat(LinerNotesJson.write(back)).isEqualTo(LinerNotesJson.write(t));
    });
  }

  @Test
  void sleeveTextMeansWhatItSays() {
    qt().forAll(longs().between(0, MAX_MILLIS)).checkAssert(ms -> {
      RunningTime hours = RunningTime.parse(hoursText(ms));
      assertThat(hours.toMillis()).isEqualTo(ms);
      assertThat(hours).hasToString(hoursText(ms));
      RunningTime minutes = RunningTime.parse(minutesText(ms));
      assertThat(minutes.toMillis()).isEqualTo(ms);
      assertThat(minutes).hasToString(minutesText(ms));
    });
  }

  @Test
  void readsWhatJavaTimeWritesAndAgreesWithIt() {
    qt().forAll(longs().between(0, MAX_MILLIS)).checkAssert(ms -> {
      Duration d = Duration.ofMillis(ms);
      RunningTime t = RunningTime.parse(d.toString());
      assertThat(t.toDuration()).isEqualTo(d);
      assertThat(t.toString()).isEqualTo(ms < 3_600_000 ? minutesText(ms) : hoursText(ms));
    });
  }

  @Test
  void acceptedIsoTextMeansWhatJavaTimeSays() {
    Gen<String> isoish = lists().of(Generate.pick(List.of("P", "T", "1", "0", "5", "9", "H", "M", "S", ".", ",", "-", "D")))
        .ofSizeBetween(1, 10).map(parts -> "PT" + String.join("", parts));
    qt().forAll(isoish).checkAssert(text -> {
      try {
        RunningTime t = RunningTime.parse(text);
        assertThat(t.toDuration()).as(text).isEqualTo(Duration.parse(text));
      } catch (InvalidValueException e) {
        assertThat(e.errorIndex()).isPresent();
      }
    });
  }

  @Test
  void compareToOrdersByLength() {
    qt().forAll(runningTimes(), runningTimes()).checkAssert((a, b) -> {
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.toDuration().compareTo(b.toDuration())));
      assertThat(a.isEqual(b)).isEqualTo(a.compareTo(b) == 0);
      if (a.equals(b)) {
        assertThat(a.compareTo(b)).isZero();
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
  }

  @Test
  void sumEqualsTheSumOfDurations() {
    qt().forAll(lists().of(trackLengths()).ofSizeBetween(0, 40)).checkAssert(tracks -> {
      RunningTime total = RunningTime.sum(tracks);
      Duration expected = tracks.stream().map(RunningTime::toDuration).reduce(Duration.ZERO, Duration::plus);
      assertThat(total.toDuration()).isEqualTo(expected);
      // all parts are in minutes style, so the total is too, as a CD sleeve prints it
      assertThat(total).hasToString(minutesText(expected.toMillis()));
      RunningTime folded = tracks.stream().reduce(RunningTime.ZERO, RunningTime::plus);
      assertThat(folded).isEqualTo(total).hasToString(total.toString());
    });
  }

  @Test
  void sumNeverOverflowsSilently() {
    qt().forAll(lists().of(runningTimes()).ofSizeBetween(0, 30)).checkAssert(parts -> {
      long exact = parts.stream().mapToLong(RunningTime::toMillis).sum();
      if (exact > MAX_MILLIS) {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> RunningTime.sum(parts));
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(Kind.OUT_OF_RANGE);
      } else {
        RunningTime total = RunningTime.sum(parts);
        assertThat(total.toMillis()).isEqualTo(exact);
        boolean allMinutes = parts.stream().allMatch(p -> p.toString().indexOf(':') == p.toString().lastIndexOf(':'));
        assertThat(total.toString().indexOf(':') == total.toString().lastIndexOf(':')).isEqualTo(allMinutes);
      }
    });
  }

  @Test
  void garbageIsRejectedOnlyWithInvalidValueException() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(RunningTimeTest::parseOrReject);
    qt().forAll(strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 14)).checkAssert(RunningTimeTest::parseOrReject);
  }

  @Test
  void mutationsAndTruncationsOfValidTextAreParsedOrRejected() {
    Gen<String> alphabet = Generate.pick(List.of("0", "5", "9", ":", ".", "P", "T", "H", "M", "S", "-", " ", "٣", "\uD83C", "\uDFB5"));
    qt().forAll(runningTimes(), integers().between(0, 30), alphabet, integers().between(0, 2))
        .checkAssert((t, at, ch, op) -> {
          String text = t.toString();
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
      RunningTime t = RunningTime.parse(text);
      assertThat(RunningTime.parse(t.toString())).isEqualTo(t);
      assertThat(t.toMillis()).isBetween(0L, MAX_MILLIS);
    } catch (InvalidValueException e) {
      assertThat(e.kind()).isNotNull();
      assertThat(e.input()).isEqualTo(text);
      assertThat(e.errorIndex()).isPresent();
      assertThat(e.errorIndex().getAsInt()).isBetween(0, text.length());
    }
  }
}
