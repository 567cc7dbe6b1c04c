package io.github.linernotes.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.linernotes.internal.Failures;
import java.time.Duration;
import java.util.Objects;

/**
 * The running time of a track, a side or a whole release, as printed on a sleeve: {@code 3:50},
 * {@code 71:18}, {@code 1:11:18}, or measured from the audio to the millisecond: {@code 3:50.600}.
 *
 * <h2>Text</h2>
 * {@link #parse(CharSequence)} reads two families of text:
 * <ul>
 *   <li><b>Sleeve style</b>: {@code m:ss} (minutes style; the minutes may exceed 59, as CDs print a
 *       total of {@code 71:18}) or {@code h:mm:ss} (hours style). Seconds, and the minutes of the
 *       hours style, are always exactly two digits from {@code 00} to {@code 59}. The leading number
 *       may have leading zeros ({@code 03:50}). Milliseconds may follow after a dot with one to three
 *       digits ({@code 3:50.6} is {@code 3:50.600}).</li>
 *   <li><b>ISO 8601 durations</b> with a time part only, in upper case: {@code PT2M45S},
 *       {@code PT1H2M3.5S}, {@code PT90M}. Hours, minutes and seconds appear at most once and in that
 *       order; only the seconds may have a fraction (after {@code .} or {@code ,}), of at most three
 *       digits. Day, week, month and year parts ({@code P1D}) are rejected as
 *       {@link InvalidValueException.Kind#UNSUPPORTED}.</li>
 * </ul>
 * A minus sign, in either family, is rejected as {@link InvalidValueException.Kind#OUT_OF_RANGE}.
 * Nothing else is accepted: no surrounding whitespace, no plus sign, no digits other than ASCII
 * {@code 0}–{@code 9}. A running time is never negative and always shorter than 1000 hours, so the
 * longest is {@code 999:59:59.999}; it never has a precision finer than one millisecond.
 *
 * <h2>Style</h2>
 * Every running time remembers whether it is written in minutes style ({@code m:ss}) or hours style
 * ({@code h:mm:ss}), and {@link #toString()} keeps that style: {@code parse("71:18")} prints
 * {@code 71:18} and {@code parse("1:11:18")} prints {@code 1:11:18}. Running times made from ISO
 * text, from a {@link Duration}, from seconds or from milliseconds take minutes style below one hour
 * and hours style from one hour on. A {@link #plus(RunningTime) sum} is in minutes style when every
 * part is, so the track lengths of a CD add up to a sleeve total such as {@code 71:18}; otherwise it is
 * in hours style. {@link #toString()} prints milliseconds, always three digits, only when they are not
 * zero, and never prints leading zeros in its first number ({@code 03:50} prints as {@code 3:50}).
 *
 * <h2>Equality</h2>
 * Like an ISBN that keeps its hyphens for display but is compared without them, the style is only a
 * matter of display: {@link #equals(Object)}, {@link #hashCode()} and {@link #compareTo(RunningTime)}
 * look at the length alone, so {@code parse("71:18")} equals {@code parse("1:11:18")} although they
 * print differently.
 *
 * <h2>JSON</h2>
 * A JSON string holding {@link #toString()}; reading accepts everything {@link #parse(CharSequence)}
 * accepts.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RunningTime implements Comparable<RunningTime> {

  private static final long MILLIS_PER_SECOND = 1_000;
  private static final long MILLIS_PER_MINUTE = 60_000;
  private static final long MILLIS_PER_HOUR = 3_600_000;
  /** 999:59:59.999, the longest running time. */
  private static final long MAX_MILLIS = 1_000 * MILLIS_PER_HOUR - 1;

  /** A running time of no length at all, {@code 0:00}, in minutes style. */
  public static final RunningTime ZERO = new RunningTime(0, false);

  /**
   * The longest running time there is, {@code 999:59:59.999}: a sum that would pass it is rejected
   * by {@link #plus(RunningTime)} and {@link #sum(Iterable)}.
   */
  public static final RunningTime MAX = new RunningTime(MAX_MILLIS, true);

  private static final String TYPE = "RunningTime";
  /** Numbers are no longer accumulated above this, which is far above any valid field. */
  private static final long CAP = 1_000_000_000_000L;

  private final long millis;
  private final boolean hoursStyle;

  /** The text, made on first use; a benign race at worst makes it twice, as String.hashCode does. */
  private String text;

  private RunningTime(long millis, boolean hoursStyle) {
    this.millis = millis;
    this.hoursStyle = hoursStyle;
  }

  private static RunningTime ofValidMillis(long millis) {
    return millis == 0 ? ZERO : new RunningTime(millis, millis >= MILLIS_PER_HOUR);
  }

  /**
   * Returns the running time of a duration, in minutes style below one hour and hours style from one
   * hour on.
   *
   * @param duration the length; not negative, shorter than 1000 hours, and a whole number of
   *     milliseconds
   * @return the running time
   * @throws InvalidValueException of kind {@link InvalidValueException.Kind#OUT_OF_RANGE} when the
   *     duration is negative, 1000 hours or longer, or has a fraction of a millisecond
   * @throws NullPointerException when {@code duration} is null
   */
  public static RunningTime of(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw Failures.of(TYPE, duration.toString(), InvalidValueException.Kind.OUT_OF_RANGE,
          "a running time cannot be negative");
    }
    if (duration.getSeconds() > MAX_MILLIS / MILLIS_PER_SECOND) {
      throw Failures.of(TYPE, duration.toString(), InvalidValueException.Kind.OUT_OF_RANGE,
          "a running time must be shorter than 1000 hours");
    }
    if (duration.getNano() % 1_000_000 != 0) {
      throw Failures.of(TYPE, duration.toString(), InvalidValueException.Kind.OUT_OF_RANGE,
          "a running time has no precision finer than a millisecond");
    }
    return ofValidMillis(duration.getSeconds() * MILLIS_PER_SECOND + duration.getNano() / 1_000_000);
  }

  /**
   * Returns a running time of whole seconds, in minutes style below one hour and hours style from
   * one hour on.
   *
   * @param seconds the length in seconds, from 0 to 3,599,999 (999:59:59)
   * @return the running time
   * @throws InvalidValueException of kind {@link InvalidValueException.Kind#OUT_OF_RANGE} when
   *     {@code seconds} is negative or 1000 hours or more
   */
  public static RunningTime ofSeconds(long seconds) {
    if (seconds < 0 || seconds > MAX_MILLIS / MILLIS_PER_SECOND) {
      throw Failures.of(TYPE, seconds + " s", InvalidValueException.Kind.OUT_OF_RANGE,
          seconds < 0 ? "a running time cannot be negative" : "a running time must be shorter than 1000 hours");
    }
    return ofValidMillis(seconds * MILLIS_PER_SECOND);
  }

  /**
   * Returns a running time of whole milliseconds, in minutes style below one hour and hours style
   * from one hour on.
   *
   * @param millis the length in milliseconds, from 0 to 3,599,999,999 (999:59:59.999)
   * @return the running time
   * @throws InvalidValueException of kind {@link InvalidValueException.Kind#OUT_OF_RANGE} when
   *     {@code millis} is negative or 1000 hours or more
   */
  public static RunningTime ofMillis(long millis) {
    if (millis < 0 || millis > MAX_MILLIS) {
      throw Failures.of(TYPE, millis + " ms", InvalidValueException.Kind.OUT_OF_RANGE,
          millis < 0 ? "a running time cannot be negative" : "a running time must be shorter than 1000 hours");
    }
    return ofValidMillis(millis);
  }

  /**
   * Reads a running time in sleeve style ({@code m:ss}, {@code h:mm:ss}, each with optional
   * milliseconds) or as an ISO 8601 duration ({@code PT2M45S}), as described in the
   * {@linkplain RunningTime class documentation}. Sleeve text keeps its style.
   *
   * @param text the text, exactly, without surrounding whitespace
   * @return the running time
   * @throws InvalidValueException when the text is empty or blank ({@code EMPTY}), is not shaped like
   *     a running time ({@code SYNTAX}), has a field with the wrong number of digits, such as
   *     {@code 3:5} or four fraction digits ({@code LENGTH}), has seconds or minutes above 59, a sign,
   *     or a length of 1000 hours or more ({@code OUT_OF_RANGE}), or is an ISO duration with days,
   *     weeks, months or years ({@code UNSUPPORTED}); the exception gives the position of the problem
   * @throws NullPointerException when {@code text} is null
   */
  public static RunningTime parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String input = text.toString();
    int length = input.length();
    if (isBlank(input)) {
      throw Failures.atIndex(TYPE, input, 0, InvalidValueException.Kind.EMPTY,
          "a running time cannot be empty");
    }
    char first = input.charAt(0);
    if (first == 'P') {
      return parseIso(input);
    }
    if (first == '-' || first == '\u2212') {
      throw Failures.atIndex(TYPE, input, 0, InvalidValueException.Kind.OUT_OF_RANGE,
          "a running time is never negative");
    }
    int leadingEnd = digitsEnd(input, 0);
    if (leadingEnd == 0) {
      throw Failures.atIndex(TYPE, input, 0, InvalidValueException.Kind.SYNTAX,
          "a running time starts with a digit 0-9");
    }
    long leading = number(input, 0, leadingEnd);
    expectColon(input, leadingEnd);
    int secondStart = leadingEnd + 1;
    int secondEnd = twoDigits(input, secondStart, "seconds or minutes");
    int second = (int) number(input, secondStart, secondEnd);
    boolean hours = secondEnd < length && input.charAt(secondEnd) == ':';
    long total;
    int pos;
    if (hours) {
      if (second > 59) {
        throw Failures.atIndex(TYPE, input, secondStart, InvalidValueException.Kind.OUT_OF_RANGE,
            "minutes " + input.substring(secondStart, secondEnd) + " are not between 00 and 59");
      }
      int thirdStart = secondEnd + 1;
      int thirdEnd = twoDigits(input, thirdStart, "seconds");
      int third = (int) number(input, thirdStart, thirdEnd);
      checkSeconds(input, thirdStart, thirdEnd, third);
      if (leading > 999) {
        throw Failures.atIndex(TYPE, input, 0, InvalidValueException.Kind.OUT_OF_RANGE,
            "a running time must be shorter than 1000 hours");
      }
      total = leading * MILLIS_PER_HOUR + second * MILLIS_PER_MINUTE + third * MILLIS_PER_SECOND;
      pos = thirdEnd;
    } else {
      checkSeconds(input, secondStart, secondEnd, second);
      if (leading > MAX_MILLIS / MILLIS_PER_MINUTE) {
        throw Failures.atIndex(TYPE, input, 0, InvalidValueException.Kind.OUT_OF_RANGE,
            "a running time must be shorter than 1000 hours (59999:59.999)");
      }
      total = leading * MILLIS_PER_MINUTE + second * MILLIS_PER_SECOND;
      pos = secondEnd;
    }
    if (pos < length && input.charAt(pos) == '.') {
      int fractionStart = pos + 1;
      int fractionEnd = digitsEnd(input, fractionStart);
      total += fractionMillis(input, fractionStart, fractionEnd);
      pos = fractionEnd;
    }
    if (pos < length) {
      throw Failures.atIndex(TYPE, input, pos, InvalidValueException.Kind.SYNTAX,
          "unexpected character after the running time");
    }
    return new RunningTime(total, hours);
  }

  private static RunningTime parseIso(String input) {
    int length = input.length();
    if (length < 2 || input.charAt(1) != 'T') {
      int end = digitsEnd(input, 1);
      if (end > 1 && end < length && "YMWD".indexOf(input.charAt(end)) >= 0) {
        throw Failures.atIndex(TYPE, input, 1, InvalidValueException.Kind.UNSUPPORTED,
            "only the time part of an ISO duration (PT...) is supported, not years, months, weeks or days");
      }
      throw Failures.atIndex(TYPE, input, 1, InvalidValueException.Kind.SYNTAX,
          "an ISO duration starts with PT");
    }
    int pos = 2;
    if (pos == length) {
      throw Failures.atIndex(TYPE, input, pos, InvalidValueException.Kind.SYNTAX,
          "an ISO duration needs hours (H), minutes (M) or seconds (S) after PT");
    }
    long total = 0;
    int nextUnit = 0; // 0: H, M or S may follow; 1: M or S; 2: S only; 3: nothing
    while (pos < length) {
      int start = pos;
      char c = input.charAt(pos);
      if (c == '-') {
        throw Failures.atIndex(TYPE, input, pos, InvalidValueException.Kind.OUT_OF_RANGE,
            "a running time is never negative");
      }
      if (nextUnit == 3) {
        throw Failures.atIndex(TYPE, input, pos, InvalidValueException.Kind.SYNTAX,
            "nothing may follow the seconds of an ISO duration");
      }
      int end = digitsEnd(input, pos);
      if (end == pos) {
        throw Failures.atIndex(TYPE, input, pos, InvalidValueException.Kind.SYNTAX,
            "a digit 0-9 is expected");
      }
      long amount = number(input, pos, end);
      int fraction = -1;
      pos = end;
      if (pos < length && (input.charAt(pos) == '.' || input.charAt(pos) == ',')) {
        int fractionStart = pos + 1;
        int fractionEnd = digitsEnd(input, fractionStart);
        fraction = fractionMillis(input, fractionStart, fractionEnd);
        pos = fractionEnd;
      }
      if (pos == length) {
        throw Failures.atIndex(TYPE, input, pos, InvalidValueException.Kind.SYNTAX,
            "H, M or S is expected after a number");
      }
      char unit = input.charAt(pos);
      int unitRank = unit == 'H' ? 0 : unit == 'M' ? 1 : unit == 'S' ? 2 : -1;
      if (unitRank < 0) {
        throw Failures.atIndex(TYPE, input, pos, InvalidValueException.Kind.SYNTAX,
            "H, M or S is expected after a number");
      }
      if (unitRank < nextUnit) {
        throw Failures.atIndex(TYPE, input, pos, InvalidValueException.Kind.SYNTAX,
            "hours, minutes and seconds must each appear at most once and in that order");
      }
      if (fraction >= 0 && unit != 'S') {
        throw Failures.atIndex(TYPE, input, pos, InvalidValueException.Kind.SYNTAX,
            "only seconds may have a fraction");
      }
      long unitMillis = unit == 'H' ? MILLIS_PER_HOUR : unit == 'M' ? MILLIS_PER_MINUTE : MILLIS_PER_SECOND;
      if (amount > MAX_MILLIS / unitMillis) {
        throw Failures.atIndex(TYPE, input, start, InvalidValueException.Kind.OUT_OF_RANGE,
            "a running time must be shorter than 1000 hours");
      }
      total += amount * unitMillis + Math.max(fraction, 0);
      nextUnit = unitRank + 1;
      pos++;
    }
    if (total > MAX_MILLIS) {
      throw Failures.atIndex(TYPE, input, 0, InvalidValueException.Kind.OUT_OF_RANGE,
          "a running time must be shorter than 1000 hours");
    }
    return ofValidMillis(total);
  }

  private static boolean isBlank(String input) {
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Returns the index just after the run of ASCII digits that starts at {@code from}. */
  private static int digitsEnd(String input, int from) {
    int i = from;
    while (i < input.length() && isAsciiDigit(input.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The value of a run of ASCII digits, saturating at {@link #CAP} so that it never overflows. */
  private static long number(String input, int from, int to) {
    long value = 0;
    for (int i = from; i < to; i++) {
      value = Math.min(CAP, value * 10 + (input.charAt(i) - '0'));
    }
    return value;
  }

  private static void expectColon(String input, int pos) {
    if (pos >= input.length() || input.charAt(pos) != ':') {
      throw Failures.atIndex(TYPE, input, pos, InvalidValueException.Kind.SYNTAX,
          "':' is expected after the first number");
    }
  }

  private static int twoDigits(String input, int start, String what) {
    int end = digitsEnd(input, start);
    if (end == start) {
      throw Failures.atIndex(TYPE, input, start, InvalidValueException.Kind.SYNTAX,
          "two digits of " + what + " are expected");
    }
    if (end - start != 2) {
      throw Failures.atIndex(TYPE, input, start, InvalidValueException.Kind.LENGTH,
          what + " must have exactly two digits");
    }
    return end;
  }

  private static void checkSeconds(String input, int start, int end, int seconds) {
    if (seconds > 59) {
      throw Failures.atIndex(TYPE, input, start, InvalidValueException.Kind.OUT_OF_RANGE,
          "seconds " + input.substring(start, end) + " are not between 00 and 59");
    }
  }

  private static int fractionMillis(String input, int start, int end) {
    if (end == start) {
      throw Failures.atIndex(TYPE, input, start, InvalidValueException.Kind.SYNTAX,
          "digits of milliseconds are expected after the decimal point");
    }
    if (end - start > 3) {
      throw Failures.atIndex(TYPE, input, start, InvalidValueException.Kind.LENGTH,
          "a running time has at most three fraction digits (milliseconds)");
    }
    int value = 0;
    for (int i = start; i < start + 3; i++) {
      value = value * 10 + (i < end ? input.charAt(i) - '0' : 0);
    }
    return value;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static RunningTime fromJson(String text) {
    return parse(text);
  }

  /**
   * Returns this running time as a duration.
   *
   * @return the duration, never negative, with millisecond precision
   */
  public Duration toDuration() {
    return Duration.ofMillis(millis);
  }

  /**
   * Returns this running time in milliseconds.
   *
   * @return the number of milliseconds, from 0 to 3,599,999,999
   */
  public long toMillis() {
    return millis;
  }

  /**
   * Returns the sum of this running time and another. The sum is in minutes style when both are,
   * otherwise in hours style.
   *
   * @param other the running time to add
   * @return the sum
   * @throws InvalidValueException of kind {@link InvalidValueException.Kind#OUT_OF_RANGE} when the sum
   *     is 1000 hours or more
   * @throws NullPointerException when {@code other} is null
   */
  public RunningTime plus(RunningTime other) {
    Objects.requireNonNull(other, "other");
    return add(this, other);
  }

  private static RunningTime add(RunningTime a, RunningTime b) {
    long total = a.millis + b.millis;
    if (total > MAX_MILLIS) {
      throw Failures.of(TYPE, a + " + " + b, InvalidValueException.Kind.OUT_OF_RANGE,
          "the sum is 1000 hours or more");
    }
    boolean hours = a.hoursStyle || b.hoursStyle;
    if (total == a.millis && hours == a.hoursStyle) {
      return a;
    }
    return new RunningTime(total, hours);
  }

  /**
   * Returns the total of some running times, such as the tracks of a side. The total is in minutes
   * style when every part is, otherwise in hours style; the total of nothing is {@link #ZERO}.
   *
   * @param parts the running times to add, none of them null
   * @return the total
   * @throws InvalidValueException of kind {@link InvalidValueException.Kind#OUT_OF_RANGE} as soon as
   *     the running total reaches 1000 hours
   * @throws NullPointerException when {@code parts} is or contains null
   */
  public static RunningTime sum(Iterable<RunningTime> parts) {
    Objects.requireNonNull(parts, "parts");
    RunningTime total = ZERO;
    for (RunningTime part : parts) {
      total = add(total, Objects.requireNonNull(part, "parts must not contain null"));
    }
    return total;
  }

  /**
   * Compares the lengths of two running times; the style plays no part, so this ordering is not
   * consistent with {@link #equals(Object)} (as with {@code BigDecimal}): it orders as
   * {@link #isEqual(RunningTime)} compares.
   *
   * @param other the running time to compare with
   * @return a negative number, zero or a positive number as this running time is shorter than, as
   *     long as, or longer than {@code other}
   * @throws NullPointerException when {@code other} is null
   */
  @Override
  public int compareTo(RunningTime other) {
    return Long.compare(millis, other.millis);
  }

  /**
   * Tells whether another object is a running time of the same length printed in the same style:
   * {@code 71:18} and {@code 1:11:18} are not equal, because they are written differently. Use
   * {@link #isEqual(RunningTime)} to compare lengths alone.
   *
   * @param obj the object to compare with
   * @return true when {@code obj} is a running time of the same length and style
   */
  @Override
  public boolean equals(Object obj) {
    return this == obj || obj instanceof RunningTime && ((RunningTime) obj).millis == millis
        && ((RunningTime) obj).hoursStyle == hoursStyle;
  }

  /**
   * Tells whether two running times are as long as each other, whatever their style: {@code 71:18} is
   * equal in length to {@code 1:11:18}, and {@code 2:45} to {@code 2:45.000}.
   *
   * @param other the running time to compare with
   * @return true when both last the same number of milliseconds
   * @throws NullPointerException when {@code other} is null
   */
  public boolean isEqual(RunningTime other) {
    return millis == Objects.requireNonNull(other, "other").millis;
  }

  /**
   * Returns a hash code computed from the length and the style.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Long.hashCode(millis) * 2 + (hoursStyle ? 1 : 0);
  }

  /**
   * Returns the running time as printed on a sleeve, in its own style: {@code 3:50}, {@code 71:18},
   * {@code 1:11:18}, with three digits of milliseconds when they are not zero ({@code 3:50.600}).
   * {@link #parse(CharSequence)} reads it back.
   *
   * @return the text, which is also the JSON form
   */
  @JsonValue
  @Override
  public String toString() {
    String cached = text;
    if (cached == null) {
      cached = format();
      text = cached;
    }
    return cached;
  }

  private String format() {
    StringBuilder sb = new StringBuilder(16);
    long seconds = millis / MILLIS_PER_SECOND;
    if (hoursStyle) {
      sb.append(seconds / 3600).append(':');
      twoDigits(sb, (int) (seconds / 60 % 60));
    } else {
      sb.append(seconds / 60);
    }
    sb.append(':');
    twoDigits(sb, (int) (seconds % 60));
    int fraction = (int) (millis % MILLIS_PER_SECOND);
    if (fraction != 0) {
      sb.append('.');
      sb.append((char) ('0' + fraction / 100));
      twoDigits(sb, fraction % 100);
    }
    return sb.toString();
  }

  private static void twoDigits(StringBuilder sb, int value) {
    sb.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }
}
