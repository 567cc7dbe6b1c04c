package io.github.linernotes.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.linernotes.internal.EdtfParser;
import io.github.linernotes.internal.Failures;
import io.github.linernotes.value.InvalidValueException.Kind;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date known only as precisely as the sources allow, written in the Extended Date/Time Format
 * (EDTF, ISO 8601-2, as published by the Library of Congress) at levels 0 and 1, without times of
 * day: a recording session on {@code 1957-12-04}, an album first released in {@code 1958} or in
 * {@code 2006-04}, a reissue from {@code 198X}, a date that is uncertain ({@code 1988?}) or
 * approximate ({@code 1988~}), or a span such as {@code 1957-12-04/1957-12-05}.
 *
 * <h2>What is read</h2>
 *
 * <ul>
 *   <li>Years are exactly four digits, optionally negative: {@code 1958}, {@code 0000}, {@code -0044}
 *       (so -9999 to 9999; year 0000 is 1 BCE, as in {@link LocalDate}). A month and a day may
 *       follow: {@code 2006-04}, {@code 1957-12-04}.
 *   <li>One qualifier may end a date that has no unspecified digits: {@code ?} uncertain, {@code ~}
 *       approximate, {@code %} both.
 *   <li>Unspecified digits ({@code X}, upper case only) from the right: {@code 198X}, {@code 19XX},
 *       {@code XXXX}, {@code 1985-XX}, {@code 1985-04-XX}, {@code 1985-XX-XX}, {@code XXXX-XX},
 *       {@code XXXX-XX-XX}; a year with digits may be negative ({@code -198X}, meaning -1989 to
 *       -1980). Such dates take no qualifier.
 *   <li>Seasons {@code 21} to {@code 24} in place of the month, read as quarters of the year:
 *       {@code 2020-21} is January to March, 22 April to June, 23 July to September, 24 October to
 *       December. Seasons take no qualifier.
 *   <li>Intervals {@code start/end}, where each end is a year, month or day with its own optional
 *       qualifier, {@code ..} for an open end (no limit) or nothing for an unknown end:
 *       {@code 1957-12-04/1957-12-05}, {@code 1958?/1960}, {@code 1958/..}, {@code /1960},
 *       {@code ../..}. A lone {@code /} (two unknown ends) says nothing and is rejected.
 * </ul>
 *
 * <p>This is the level 0 and level 1 grammar of the reference implementation edtf.js, minus times
 * of day, two-digit centuries and {@code Y}-prefixed years, with these differences: a day that does
 * not exist ({@code 2019-02-29}, {@code 2020-04-31}) is rejected where edtf.js would roll it over
 * into the next month; year 0000 is a leap year, as in {@link LocalDate}; a lone {@code /} is
 * rejected; and an interval is rejected as reversed only when its start certainly comes after its
 * end (see {@link #interval(PartialDate, PartialDate)}), where edtf.js also rejects
 * {@code 2020/2020}.
 *
 * <h2>What is rejected</h2>
 *
 * <p>Parsing throws {@link InvalidValueException} with a {@link Kind}: {@code EMPTY} for empty or
 * blank text; {@code NO_SUCH_DATE} for a day the calendar does not have; {@code OUT_OF_RANGE} for
 * month 13 or day 32; {@code LENGTH} for a year, month or day with the wrong number of digits;
 * {@code REVERSED_INTERVAL} for an interval that certainly ends before it starts; {@code UNSUPPORTED}
 * for text that is valid in the wider EDTF grammar (as edtf.js reads it, up to level 3) but outside
 * what this class models, such as times of day ({@code 2020-05-01T10:30Z}), centuries
 * ({@code 19}), {@code Y}-prefixed years ({@code Y10000}), decades ({@code 195}), sets and lists
 * ({@code [1958, 1959]}), qualifiers inside a date ({@code 2004-06-~11}, {@code ?2004}), unspecified
 * digits elsewhere than at the end ({@code 156X-12-25}, {@code XXXX-12}) and interval ends that are
 * seasons or have unspecified digits; and {@code SYNTAX} for everything else, including lower-case
 * {@code x}, surrounding spaces and digits other than ASCII {@code 0}-{@code 9}.
 *
 * <h2>Bounds and comparisons</h2>
 *
 * <p>{@link #earliest()} and {@link #latest()} give the first and last day the value may mean:
 * {@code 1958} runs from 1958-01-01 to 1958-12-31, {@code 198X} from 1980-01-01 to 1989-12-31,
 * and {@code XXXX} from 0000-01-01 to 9999-12-31. Qualifiers do not widen the bounds. An interval's
 * bounds are its start's earliest day and its end's latest day; an open or unknown end has none.
 * {@link #isCertainlyBefore(PartialDate)} is true only when the bounds cannot overlap.
 *
 * <h2>Text and JSON</h2>
 *
 * <p>{@link #toString()} gives the canonical EDTF text, which is the text that was parsed except
 * that a minus sign before a year whose known digits are all zero ({@code -00XX}, {@code -0000-XX})
 * is dropped, as edtf.js does. {@code parse(x.toString())} equals {@code x} for every value. Two
 * values are equal when their canonical texts are equal. In JSON a value is that text as a string.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PartialDate {

  /**
   * An interval end that is not a date: either {@link #OPEN} or {@link #UNKNOWN}.
   *
   * @see PartialDate#interval(PartialDate, IntervalEnd)
   */
  public enum IntervalEnd {
    /** No limit on this side, written {@code ..}: {@code 1958/..} means 1958 and ever after. */
    OPEN,
    /** There is a limit on this side but it is not known, written as nothing: {@code 1958/}. */
    UNKNOWN
  }

  static final String TYPE = "PartialDate";
  static final int MIN_YEAR = -9999;
  static final int MAX_YEAR = 9999;
  /** Marks a month or day written {@code XX}. */
  static final int MASKED = EdtfParser.MASKED;
  static final int UNCERTAIN = EdtfParser.UNCERTAIN;
  static final int APPROXIMATE = EdtfParser.APPROXIMATE;

  /** How the parser makes dates, through the factories that only this class may call. */
  private static final EdtfParser.Dates DATES = new EdtfParser.Dates() {
    @Override
    public PartialDate single(int year, int maskedYearDigits, int month, int day, int qualifier) {
      return PartialDate.single(year, maskedYearDigits, month, day, qualifier);
    }

    @Override
    public PartialDate span(PartialDate start, IntervalEnd startMarker, PartialDate end, IntervalEnd endMarker) {
      return PartialDate.span(start, startMarker, end, endMarker);
    }

    @Override
    public boolean isReversed(PartialDate start, PartialDate end) {
      return PartialDate.isReversed(start, end);
    }

    @Override
    public String reversedReason(PartialDate start, PartialDate end) {
      return PartialDate.reversedReason(start, end);
    }

    @Override
    public String missingDay(int year, int month, int day) {
      return PartialDate.missingDay(year, month, day);
    }
  };

  private static final LocalDate FIRST_UNSPECIFIED = LocalDate.of(0, 1, 1);
  private static final LocalDate LAST_UNSPECIFIED = LocalDate.of(9999, 12, 31);

  // A single date; unused (zero) for an interval.
  private final int year;
  private final int maskedYearDigits;
  private final int month;
  private final int day;
  private final int qualifier;

  // An interval: each end is a date or a marker, never both; all null for a single date.
  private final PartialDate start;
  private final IntervalEnd startMarker;
  private final PartialDate end;
  private final IntervalEnd endMarker;

  private final String text;
  private final LocalDate earliest;
  private final LocalDate latest;

  private PartialDate(int year, int maskedYearDigits, int month, int day, int qualifier) {
    this.year = year;
    this.maskedYearDigits = maskedYearDigits;
    this.month = month;
    this.day = day;
    this.qualifier = qualifier;
    this.start = null;
    this.startMarker = null;
    this.end = null;
    this.endMarker = null;
    this.text = format(year, maskedYearDigits, month, day, qualifier);
    if (maskedYearDigits == 4) {
      this.earliest = FIRST_UNSPECIFIED;
      this.latest = LAST_UNSPECIFIED;
    } else {
      int span = maskedYearDigits == 0 ? 0 : maskedYearDigits == 1 ? 9 : 99;
      int firstYear = year >= 0 ? year : year - span;
      int lastYear = year >= 0 ? year + span : year;
      if (month == 0 || month == MASKED) {
        this.earliest = LocalDate.of(firstYear, 1, 1);
        this.latest = LocalDate.of(lastYear, 12, 31);
      } else if (month > 12) {
        int firstMonth = (month - 21) * 3 + 1;
        this.earliest = LocalDate.of(year, firstMonth, 1);
        this.latest = LocalDate.of(year, firstMonth + 2, lengthOfMonth(year, firstMonth + 2));
      } else if (day == 0 || day == MASKED) {
        this.earliest = LocalDate.of(year, month, 1);
        this.latest = LocalDate.of(year, month, lengthOfMonth(year, month));
      } else {
        this.earliest = LocalDate.of(year, month, day);
        this.latest = this.earliest;
      }
    }
  }

  private PartialDate(PartialDate start, IntervalEnd startMarker, PartialDate end, IntervalEnd endMarker) {
    this.year = 0;
    this.maskedYearDigits = 0;
    this.month = 0;
    this.day = 0;
    this.qualifier = 0;
    this.start = start;
    this.startMarker = startMarker;
    this.end = end;
    this.endMarker = endMarker;
    this.text = endText(start, startMarker) + '/' + endText(end, endMarker);
    this.earliest = start == null ? null : start.earliest;
    this.latest = end == null ? null : end.latest;
  }

  /**
   * Makes a single date without checking it; the caller has checked every part.
   *
   * @param year the year, with unspecified digits as zeros ({@code 198X} is 1980, {@code -198X} is
   *     -1980)
   * @param maskedYearDigits how many trailing year digits are {@code X}: 0, 1, 2 or 4
   * @param month 0 for none, {@link #MASKED}, 1 to 12, or a season 21 to 24
   * @param day 0 for none, {@link #MASKED}, or 1 to the length of the month
   * @param qualifier a combination of {@link #UNCERTAIN} and {@link #APPROXIMATE}
   */
  static PartialDate single(int year, int maskedYearDigits, int month, int day, int qualifier) {
    return new PartialDate(year, maskedYearDigits, month, day, qualifier);
  }

  /** Makes an interval without checking it; exactly one of each date/marker pair is non-null. */
  static PartialDate span(PartialDate start, IntervalEnd startMarker, PartialDate end, IntervalEnd endMarker) {
    return new PartialDate(start, startMarker, end, endMarker);
  }

  /**
   * Reads an EDTF date or interval, as described in the class documentation.
   *
   * @param text the EDTF text, such as {@code 1957-12-04}, {@code 198X}, {@code 1988?} or
   *     {@code 1957-12-04/1957-12-05}
   * @return the date
   * @throws InvalidValueException if the text is empty ({@code EMPTY}), malformed ({@code SYNTAX},
   *     {@code LENGTH}), names month 13 or day 32 ({@code OUT_OF_RANGE}), a day the calendar does
   *     not have ({@code NO_SUCH_DATE}), an interval that certainly ends before it starts
   *     ({@code REVERSED_INTERVAL}), or is valid EDTF outside levels 0 and 1 or with a time of day
   *     ({@code UNSUPPORTED}); the exception gives the index of the problem
   * @throws NullPointerException if {@code text} is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return EdtfParser.parse(text.toString(), DATES);
  }

  /**
   * Makes a date known to the year.
   *
   * @param year the year, -9999 to 9999 (0 is 1 BCE)
   * @return the date, such as {@code 1958}
   * @throws InvalidValueException with {@code OUT_OF_RANGE} if the year is outside -9999 to 9999
   */
  public static PartialDate ofYear(int year) {
    checkYear(year, pad(year, 4));
    return new PartialDate(year, 0, 0, 0, 0);
  }

  /**
   * Makes a date known to the month.
   *
   * @param year the year, -9999 to 9999
   * @param month the month, 1 to 12
   * @return the date, such as {@code 2006-04}
   * @throws InvalidValueException with {@code OUT_OF_RANGE} if the year or month is out of range
   */
  public static PartialDate ofYearMonth(int year, int month) {
    String input = pad(year, 4) + '-' + pad(month, 2);
    checkYear(year, input);
    checkMonth(month, input);
    return new PartialDate(year, 0, month, 0, 0);
  }

  /**
   * Makes a date known to the day.
   *
   * @param year the year, -9999 to 9999
   * @param month the month, 1 to 12
   * @param day the day of the month, 1 to 31 and no more than the month has
   * @return the date, such as {@code 1957-12-04}
   * @throws InvalidValueException with {@code OUT_OF_RANGE} if the year, month or day is out of
   *     range, or {@code NO_SUCH_DATE} if the month does not have that day (2019-02-29, 2020-04-31)
   */
  public static PartialDate of(int year, int month, int day) {
    String input = pad(year, 4) + '-' + pad(month, 2) + '-' + pad(day, 2);
    checkYear(year, input);
    checkMonth(month, input);
    if (day < 1 || day > 31) {
      throw Failures.of(TYPE, input, Kind.OUT_OF_RANGE,
          "day " + pad(day, 2) + " is not between 01 and 31");
    }
    String missing = missingDay(year, month, day);
    if (missing != null) {
      throw Failures.of(TYPE, input, Kind.NO_SUCH_DATE, missing);
    }
    return new PartialDate(year, 0, month, day, 0);
  }

  /**
   * Makes a date known to the day from a {@link LocalDate}.
   *
   * @param date the day
   * @return the date, such as {@code 1957-12-04}
   * @throws InvalidValueException with {@code OUT_OF_RANGE} if the year is outside -9999 to 9999
   * @throws NullPointerException if {@code date} is null
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Makes an interval between two dates, such as {@code 1957-12-04/1957-12-05}.
   *
   * <p>Each end must be a year, month or day, optionally qualified ({@code 1958?}); an end that is
   * itself an interval, a season or has unspecified digits is EDTF level 2 or 3 and is rejected.
   * The interval is rejected as reversed only when the start certainly comes after the end, that is
   * when the start's earliest day is after the end's latest day: {@code 2021/2020} is rejected, but
   * {@code 1958/1958} and {@code 1958-06/1958} are accepted because they can describe a real span
   * (they have the bounds 1958-01-01 to 1958-12-31 and 1958-06-01 to 1958-12-31).
   *
   * @param start the first end
   * @param end the last end
   * @return the interval
   * @throws InvalidValueException with {@code UNSUPPORTED} if an end is not a plain or qualified
   *     year, month or day, or {@code REVERSED_INTERVAL} if the start certainly comes after the end
   * @throws NullPointerException if an argument is null
   */
  public static PartialDate interval(PartialDate start, PartialDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    String input = start.text + '/' + end.text;
    checkIntervalEnd(start, input);
    checkIntervalEnd(end, input);
    if (isReversed(start, end)) {
      throw Failures.of(TYPE, input, Kind.REVERSED_INTERVAL, reversedReason(start, end));
    }
    return new PartialDate(start, null, end, null);
  }

  /**
   * Makes an interval from a date to an open or unknown end, such as {@code 1958/..} or
   * {@code 1958/}.
   *
   * @param start the first end, a plain or qualified year, month or day
   * @param end how the last end is written
   * @return the interval
   * @throws InvalidValueException with {@code UNSUPPORTED} if {@code start} is not a plain or
   *     qualified year, month or day
   * @throws NullPointerException if an argument is null
   */
  public static PartialDate interval(PartialDate start, IntervalEnd end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    checkIntervalEnd(start, start.text + '/' + endText(null, end));
    return new PartialDate(start, null, null, end);
  }

  /**
   * Makes an interval from an open or unknown start to a date, such as {@code ../1960} or
   * {@code /1960}.
   *
   * @param start how the first end is written
   * @param end the last end, a plain or qualified year, month or day
   * @return the interval
   * @throws InvalidValueException with {@code UNSUPPORTED} if {@code end} is not a plain or
   *     qualified year, month or day
   * @throws NullPointerException if an argument is null
   */
  public static PartialDate interval(IntervalEnd start, PartialDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    checkIntervalEnd(end, endText(null, start) + '/' + end.text);
    return new PartialDate(null, start, end, null);
  }

  /**
   * Makes an interval neither of whose ends is a date: {@code ../..}, {@code ../} or {@code /..}.
   *
   * @param start how the first end is written
   * @param end how the last end is written
   * @return the interval
   * @throws InvalidValueException with {@code SYNTAX} if both ends are {@link IntervalEnd#UNKNOWN}
   *     (the text {@code /}, which says nothing)
   * @throws NullPointerException if an argument is null
   */
  public static PartialDate interval(IntervalEnd start, IntervalEnd end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start == IntervalEnd.UNKNOWN && end == IntervalEnd.UNKNOWN) {
      throw Failures.of(TYPE, "/", Kind.SYNTAX, BOTH_ENDS_UNKNOWN);
    }
    return new PartialDate(null, start, null, end);
  }

  static final String BOTH_ENDS_UNKNOWN = EdtfParser.BOTH_ENDS_UNKNOWN;

  /**
   * Returns the first day this value may mean.
   *
   * @return the earliest day; empty for an interval whose start is open or unknown
   */
  public Optional<LocalDate> earliest() {
    return Optional.ofNullable(earliest);
  }

  /**
   * Returns the last day this value may mean.
   *
   * @return the latest day; empty for an interval whose end is open or unknown
   */
  public Optional<LocalDate> latest() {
    return Optional.ofNullable(latest);
  }

  /**
   * Returns how narrowly this value pins down a date.
   *
   * @return {@link DatePrecision#INTERVAL} for an interval; for a single date the unit its known
   *     digits name, such as {@link DatePrecision#MONTH} for {@code 1985-04-XX} and
   *     {@link DatePrecision#UNSPECIFIED} for {@code XXXX}
   */
  public DatePrecision precision() {
    if (isInterval()) {
      return DatePrecision.INTERVAL;
    }
    switch (maskedYearDigits) {
      case 1:
        return DatePrecision.DECADE;
      case 2:
        return DatePrecision.CENTURY;
      case 4:
        return DatePrecision.UNSPECIFIED;
      default:
        break;
    }
    if (month == 0 || month == MASKED) {
      return DatePrecision.YEAR;
    }
    if (month > 12) {
      return DatePrecision.SEASON;
    }
    return day == 0 || day == MASKED ? DatePrecision.MONTH : DatePrecision.DAY;
  }

  /**
   * Tells whether the source doubts this date ({@code ?} or {@code %}).
   *
   * @return true if this date is marked uncertain, or for an interval if either end is
   */
  public boolean isUncertain() {
    return hasQualifier(UNCERTAIN);
  }

  /**
   * Tells whether the source gives this date as approximate ({@code ~} or {@code %}).
   *
   * @return true if this date is marked approximate, or for an interval if either end is
   */
  public boolean isApproximate() {
    return hasQualifier(APPROXIMATE);
  }

  private boolean hasQualifier(int flag) {
    if (isInterval()) {
      return (start != null && (start.qualifier & flag) != 0) || (end != null && (end.qualifier & flag) != 0);
    }
    return (qualifier & flag) != 0;
  }

  /**
   * Tells whether this value is an interval ({@code start/end}) rather than a single date.
   *
   * @return true for an interval
   */
  public boolean isInterval() {
    return start != null || startMarker != null;
  }

  /**
   * Tells whether this value certainly lies before another: this value's latest day is before the
   * other's earliest day, so no day can belong to both. Qualifiers do not widen the bounds.
   *
   * @param other the value to compare with
   * @return true only if both bounds are known (neither is an open or unknown interval end) and
   *     they do not overlap
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isCertainlyBefore(PartialDate other) {
    Objects.requireNonNull(other, "other");
    return latest != null && other.earliest != null && latest.isBefore(other.earliest);
  }

  /**
   * Tells whether this value certainly lies after another: this value's earliest day is after the
   * other's latest day.
   *
   * @param other the value to compare with
   * @return true only if both bounds are known and they do not overlap
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isCertainlyAfter(PartialDate other) {
    Objects.requireNonNull(other, "other");
    return other.isCertainlyBefore(this);
  }

  /**
   * Tells whether a day lies within this value's bounds, from {@link #earliest()} to
   * {@link #latest()} inclusive; an open or unknown interval end sets no limit on its side.
   *
   * @param date the day
   * @return true if the day is not outside the bounds
   * @throws NullPointerException if {@code date} is null
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return (earliest == null || !date.isBefore(earliest)) && (latest == null || !date.isAfter(latest));
  }

  /**
   * Compares the canonical EDTF texts.
   *
   * @param obj the object to compare with
   * @return true if {@code obj} is a {@code PartialDate} with the same canonical text
   */
  @Override
  public boolean equals(Object obj) {
    return obj == this || (obj instanceof PartialDate && ((PartialDate) obj).text.equals(text));
  }

  /**
   * Returns a hash of the canonical EDTF text.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the canonical EDTF text, which {@link #parse(CharSequence)} reads back to an equal value
   * and which is also the JSON form.
   *
   * @return the text, such as {@code 1957-12-04}, {@code 198X}, {@code 1988~} or {@code 1958/..}
   */
  @JsonValue
  @Override
  public String toString() {
    return text;
  }

  // --- package-private helpers shared with the parser ---

  int maskedYearDigits() {
    return maskedYearDigits;
  }

  int monthField() {
    return month;
  }

  int dayField() {
    return day;
  }

  static boolean isLeapYear(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeapYear(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Returns why a day 1 to 31 does not exist in the month, or null if it does. */
  static String missingDay(int year, int month, int day) {
    int length = lengthOfMonth(year, month);
    if (day <= length) {
      return null;
    }
    return pad(year, 4) + '-' + pad(month, 2) + " has only " + length + " days, so day " + pad(day, 2)
        + " does not exist";
  }

  /** Returns why an existing value cannot be an interval end, or null if it can. */
  static String intervalEndProblem(PartialDate date) {
    if (date.isInterval()) {
      return "an interval cannot be an end of another interval";
    }
    if (date.maskedYearDigits != 0 || date.month == MASKED || date.day == MASKED) {
      return "an interval end with unspecified digits (X) is EDTF level 2";
    }
    if (date.month > 12) {
      return "an interval end that is a season is EDTF level 3";
    }
    return null;
  }

  static boolean isReversed(PartialDate start, PartialDate end) {
    return start.earliest.isAfter(end.latest);
  }

  static String reversedReason(PartialDate start, PartialDate end) {
    return "the interval starts at " + start.text + ", after it has already ended at " + end.text;
  }

  static String pad(long value, int width) {
    StringBuilder sb = new StringBuilder(width + 1);
    String digits = Long.toString(Math.abs(value));
    if (value < 0) {
      sb.append('-');
    }
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(digits).toString();
  }

  private static void checkYear(int year, String input) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw Failures.of(TYPE, input, Kind.OUT_OF_RANGE,
          "year " + year + " is not between -9999 and 9999");
    }
  }

  private static void checkMonth(int month, String input) {
    if (month < 1 || month > 12) {
      throw Failures.of(TYPE, input, Kind.OUT_OF_RANGE,
          "month " + pad(month, 2) + " is not between 01 and 12");
    }
  }

  private static void checkIntervalEnd(PartialDate date, String input) {
    String problem = intervalEndProblem(date);
    if (problem != null) {
      throw Failures.of(TYPE, input, Kind.UNSUPPORTED, problem);
    }
  }

  private static String endText(PartialDate date, IntervalEnd marker) {
    if (date != null) {
      return date.text;
    }
    return marker == IntervalEnd.OPEN ? ".." : "";
  }

  private static String format(int year, int maskedYearDigits, int month, int day, int qualifier) {
    StringBuilder sb = new StringBuilder(14);
    if (year < 0) {
      sb.append('-');
    }
    String digits = pad(Math.abs(year), 4);
    sb.append(digits, 0, 4 - maskedYearDigits);
    for (int i = 0; i < maskedYearDigits; i++) {
      sb.append('X');
    }
    appendPart(sb, month);
    appendPart(sb, day);
    if (qualifier == (UNCERTAIN | APPROXIMATE)) {
      sb.append('%');
    } else if (qualifier == UNCERTAIN) {
      sb.append('?');
    } else if (qualifier == APPROXIMATE) {
      sb.append('~');
    }
    return sb.toString();
  }

  private static void appendPart(StringBuilder sb, int value) {
    if (value == MASKED) {
      sb.append("-XX");
    } else if (value != 0) {
      sb.append('-');
      if (value < 10) {
        sb.append('0');
      }
      sb.append(value);
    }
  }
}
