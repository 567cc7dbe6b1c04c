package io.github.linernotes.value;

import io.github.linernotes.value.PartialDate.IntervalEnd;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid, varied {@link PartialDate} and {@link PublicationDate} values,
 * for property tests here and for generating whole albums later. Touches no Jackson class.
 */
public final class DateGenerators {

  private static final List<String> QUALIFIERS = Arrays.asList("", "", "", "?", "~", "%");

  private DateGenerators() {
  }

  /**
   * Years, mostly from the recorded-music era but covering the whole range -9999 to 9999.
   *
   * @return a generator of years
   */
  public static Gen<Integer> years() {
    return Generate.range(1890, 2030).mix(Generate.range(-9999, 9999), 35);
  }

  /**
   * Dates that may end an interval: a year, month or day, with or without a qualifier
   * ({@code 1958}, {@code 2006-04~}, {@code 1957-12-04?}).
   *
   * @return a generator of plain or qualified dates
   */
  public static Gen<PartialDate> plainDates() {
    return years().zip(Generate.range(1, 12), Generate.range(1, 31), Generate.range(0, 2),
        Generate.pick(QUALIFIERS), (year, month, day, shape, qualifier) -> {
          String text;
          if (shape == 0) {
            text = PartialDate.pad(year, 4);
          } else if (shape == 1) {
            text = PartialDate.pad(year, 4) + '-' + PartialDate.pad(month, 2);
          } else {
            int length = YearMonth.of(year, month).lengthOfMonth();
            text = PartialDate.pad(year, 4) + '-' + PartialDate.pad(month, 2) + '-'
                + PartialDate.pad(Math.min(day, length), 2);
          }
          return PartialDate.parse(text + qualifier);
        });
  }

  /**
   * Single dates of every shape: plain and qualified years, months and days; seasons; and
   * unspecified digits ({@code 198X}, {@code 19XX}, {@code XXXX}, {@code 1985-XX},
   * {@code 1985-04-XX}, {@code 1985-XX-XX}, {@code XXXX-XX}, {@code XXXX-XX-XX}), negative years
   * included.
   *
   * @return a generator of dates that are not intervals
   */
  public static Gen<PartialDate> simpleDates() {
    Gen<PartialDate> seasons = years().zip(Generate.range(21, 24),
        (year, season) -> PartialDate.parse(PartialDate.pad(year, 4) + '-' + season));
    Gen<PartialDate> unspecified = years().zip(Generate.range(1, 12), Generate.range(0, 7),
        (year, month, shape) -> PartialDate.parse(unspecifiedText(year, month, shape)));
    return Generate.frequency(
        Pair.of(6, plainDates()),
        Pair.of(1, seasons),
        Pair.of(2, unspecified));
  }

  private static String unspecifiedText(int year, int month, int shape) {
    String digits = PartialDate.pad(year, 4);
    switch (shape) {
      case 0:
        return digits.substring(0, digits.length() - 1) + "X";
      case 1:
        return digits.substring(0, digits.length() - 2) + "XX";
      case 2:
        return "XXXX";
      case 3:
        return digits + "-XX";
      case 4:
        return digits + '-' + PartialDate.pad(month, 2) + "-XX";
      case 5:
        return digits + "-XX-XX";
      case 6:
        return "XXXX-XX";
      default:
        return "XXXX-XX-XX";
    }
  }

  /**
   * Intervals between two plain or qualified dates, always in order.
   *
   * @return a generator of closed intervals
   */
  public static Gen<PartialDate> closedIntervals() {
    return plainDates().zip(plainDates(), (a, b) -> PartialDate.isReversed(a, b)
        ? PartialDate.interval(b, a)
        : PartialDate.interval(a, b));
  }

  /**
   * Every kind of value: single dates of every shape, closed intervals, and intervals with open
   * ({@code ..}) or unknown (empty) ends ({@code 1958/..}, {@code /1960}, {@code ../..}).
   *
   * @return a generator of partial dates
   */
  public static Gen<PartialDate> partialDates() {
    Gen<IntervalEnd> ends = Generate.enumValues(IntervalEnd.class);
    Gen<PartialDate> from = plainDates().zip(ends, PartialDate::interval);
    Gen<PartialDate> to = ends.zip(plainDates(), PartialDate::interval);
    Gen<PartialDate> neither = Generate.pick(Arrays.asList(
        PartialDate.interval(IntervalEnd.OPEN, IntervalEnd.OPEN),
        PartialDate.interval(IntervalEnd.OPEN, IntervalEnd.UNKNOWN),
        PartialDate.interval(IntervalEnd.UNKNOWN, IntervalEnd.OPEN)));
    return Generate.frequency(
        Pair.of(10, simpleDates()),
        Pair.of(5, closedIntervals()),
        Pair.of(2, from),
        Pair.of(2, to),
        Pair.of(1, neither));
  }

  /**
   * Publication dates: mostly dates of every kind, sometimes the explicit "no date".
   *
   * @return a generator of publication dates
   */
  public static Gen<PublicationDate> publicationDates() {
    return Generate.frequency(
        Pair.of(9, partialDates().map(PublicationDate::of)),
        Pair.of(1, Generate.constant(PublicationDate.noDate())));
  }
}
