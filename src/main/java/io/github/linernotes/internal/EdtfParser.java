package io.github.linernotes.internal;

import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import io.github.linernotes.value.PartialDate.IntervalEnd;
import io.github.linernotes.value.PartialDate;

/**
 * Reads the EDTF subset that {@link PartialDate} models, in two passes: first the shape (digits,
 * separators, which parts may be {@code X}, ranges of months and days), then the calendar (days that
 * do not exist, reversed intervals). When the shape is wrong but the text is valid in the wider
 * EDTF grammar ({@link EdtfGrammar}), the error becomes {@link Kind#UNSUPPORTED}.
 *
 * <p>One instance reads one text; it is not shared between threads.
 */
public final class EdtfParser {

  /** A month or day given as {@code XX}. */
  public static final int MASKED = -1;
  /** The qualifier {@code ?}. */
  public static final int UNCERTAIN = 1;
  /** The qualifier {@code ~}; both together are {@code %}. */
  public static final int APPROXIMATE = 2;
  /** Why an interval cannot have two unknown ends. */
  public static final String BOTH_ENDS_UNKNOWN = "an interval needs at least one end that is a date or open (..)";

  /** What the parser needs from the date type it makes, whose own factories are not public. */
  public interface Dates {
    /**
     * Makes a single date.
     *
     * @param year the year
     * @param maskedYearDigits how many digits of the year, from the right, are {@code X}
     * @param month the month, 0 when absent or {@link #MASKED}
     * @param day the day, 0 when absent or {@link #MASKED}
     * @param qualifier {@link #UNCERTAIN}, {@link #APPROXIMATE}, both or 0
     * @return the date
     */
    PartialDate single(int year, int maskedYearDigits, int month, int day, int qualifier);

    /**
     * Makes an interval.
     *
     * @param start the start, or null for a marker
     * @param startMarker the marker of an open or unknown start, or null
     * @param end the end, or null for a marker
     * @param endMarker the marker of an open or unknown end, or null
     * @return the interval
     */
    PartialDate span(PartialDate start, PartialDate.IntervalEnd startMarker, PartialDate end,
        PartialDate.IntervalEnd endMarker);

    /**
     * Tells whether an interval's ends are in the wrong order.
     *
     * @param start the start
     * @param end the end
     * @return true when reversed
     */
    boolean isReversed(PartialDate start, PartialDate end);

    /**
     * Says why an interval is reversed.
     *
     * @param start the start
     * @param end the end
     * @return the reason
     */
    String reversedReason(PartialDate start, PartialDate end);

    /**
     * Says why a day does not exist, or returns null when it does.
     *
     * @param year the year
     * @param month the month
     * @param day the day
     * @return the reason, or null
     */
    String missingDay(int year, int month, int day);
  }

  private static final String TYPE = "PartialDate";

  /** One date as read from the text, with the positions needed for later error messages. */
  private static final class Piece {
    IntervalEnd marker;
    int year;
    int maskedYearDigits;
    int month;
    int day;
    int qualifier;
    int dayIndex;

    PartialDate toDate(Dates dates) {
      return dates.single(year, maskedYearDigits, month, day, qualifier);
    }
  }

  private final String text;
  private final Dates dates;

  private EdtfParser(String text, Dates dates) {
    this.text = text;
    this.dates = dates;
  }

  /**
   * Reads a date.
   *
   * @param text the text
   * @param dates makes the date
   * @return the date
   * @throws InvalidValueException for text that is not a date of the modelled subset
   */
  public static PartialDate parse(String text, Dates dates) {
    if (isBlank(text)) {
      throw Failures.atIndex(TYPE, text, 0, Kind.EMPTY, "a date is required");
    }
    EdtfParser parser = new EdtfParser(text, dates);
    int slash = text.indexOf('/');
    Piece first;
    Piece second = null;
    try {
      if (slash < 0) {
        first = parser.date(0, text.length(), true);
      } else {
        int another = text.indexOf('/', slash + 1);
        if (another >= 0) {
          throw parser.error(another, Kind.SYNTAX, "an interval has only one '/'");
        }
        first = parser.intervalEnd(0, slash);
        second = parser.intervalEnd(slash + 1, text.length());
      }
    } catch (InvalidValueException e) {
      String feature = EdtfGrammar.unsupportedFeature(text);
      if (feature != null) {
        throw Failures.atIndex(TYPE, text, e.errorIndex().orElse(0), Kind.UNSUPPORTED, feature);
      }
      throw e;
    }
    parser.checkCalendar(first);
    if (second == null) {
      return first.toDate(dates);
    }
    parser.checkCalendar(second);
    if (first.marker == IntervalEnd.UNKNOWN && second.marker == IntervalEnd.UNKNOWN) {
      throw parser.error(0, Kind.SYNTAX, BOTH_ENDS_UNKNOWN);
    }
    PartialDate start = first.marker == null ? first.toDate(dates) : null;
    PartialDate end = second.marker == null ? second.toDate(dates) : null;
    if (start != null && end != null && dates.isReversed(start, end)) {
      throw parser.error(slash + 1, Kind.REVERSED_INTERVAL, dates.reversedReason(start, end));
    }
    return dates.span(start, first.marker, end, second.marker);
  }

  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private Piece intervalEnd(int from, int to) {
    if (from == to) {
      Piece piece = new Piece();
      piece.marker = IntervalEnd.UNKNOWN;
      return piece;
    }
    if (to - from == 2 && text.charAt(from) == '.' && text.charAt(from + 1) == '.') {
      Piece piece = new Piece();
      piece.marker = IntervalEnd.OPEN;
      return piece;
    }
    return date(from, to, false);
  }

  /** Reads one date filling exactly [from, to); {@code alone} is false for an interval end. */
  private Piece date(int from, int to, boolean alone) {
    Piece piece = new Piece();
    int p = from;
    boolean negative = false;
    if (p < to && text.charAt(p) == '-') {
      negative = true;
      p++;
    }

    int yearEnd = run(p, to);
    if (yearEnd - p != 4) {
      throw yearShapeError(p, yearEnd, to);
    }
    int value = 0;
    int masked = 0;
    for (int i = p; i < yearEnd; i++) {
      char c = text.charAt(i);
      if (c == 'X') {
        masked++;
        value *= 10;
      } else if (masked > 0) {
        throw error(i, Kind.SYNTAX, "only the last digits of a year may be X, as in 198X or 19XX");
      } else {
        value = value * 10 + (c - '0');
      }
    }
    if (masked == 3) {
      throw error(p, Kind.SYNTAX, "a year may end in one X (198X), two (19XX) or be XXXX, but not 1XXX");
    }
    if (masked == 4 && negative) {
      throw error(from, Kind.SYNTAX, "an unspecified year XXXX cannot be negative");
    }
    if (masked > 0 && !alone) {
      throw error(p, Kind.SYNTAX, "an interval end cannot have unspecified digits (X)");
    }
    piece.year = negative ? -value : value;
    piece.maskedYearDigits = masked;
    p = yearEnd;

    if (p < to && text.charAt(p) == '-') {
      p = month(piece, p + 1, to, alone);
      if (p < to && text.charAt(p) == '-') {
        if (piece.month > 12) {
          throw error(p, Kind.SYNTAX, "a season has no day");
        }
        p = day(piece, p + 1, to, alone);
      }
    }

    boolean hasX = masked > 0 || piece.month == MASKED || piece.day == MASKED;
    if (p < to) {
      char c = text.charAt(p);
      int qualifier = c == '?' ? UNCERTAIN
          : c == '~' ? APPROXIMATE
          : c == '%' ? UNCERTAIN | APPROXIMATE
          : 0;
      if (qualifier != 0) {
        if (hasX) {
          throw error(p, Kind.SYNTAX, "a date with unspecified digits (X) cannot be qualified");
        }
        if (piece.month > 12) {
          throw error(p, Kind.SYNTAX, "a season cannot be qualified");
        }
        piece.qualifier = qualifier;
        p++;
      }
    }
    if (p < to) {
      throw unexpected(p);
    }
    if (negative && value == 0 && !hasX) {
      throw error(from, Kind.SYNTAX, "year -0000 is written 0000");
    }
    return piece;
  }

  private int month(Piece piece, int p, int to, boolean alone) {
    int end = run(p, to);
    if (end - p != 2) {
      throw partShapeError(p, end, to, "month");
    }
    char c0 = text.charAt(p);
    char c1 = text.charAt(p + 1);
    if (c0 == 'X' && c1 == 'X') {
      if (piece.maskedYearDigits != 0 && piece.maskedYearDigits != 4) {
        throw error(p, Kind.SYNTAX, "a year with unspecified digits cannot be followed by a month");
      }
      if (!alone) {
        throw error(p, Kind.SYNTAX, "an interval end cannot have unspecified digits (X)");
      }
      piece.month = MASKED;
      return end;
    }
    if (c0 == 'X' || c1 == 'X') {
      throw error(c0 == 'X' ? p : p + 1, Kind.SYNTAX, "a month is two digits or XX");
    }
    if (piece.maskedYearDigits != 0) {
      throw error(p, Kind.SYNTAX, "a year with unspecified digits cannot be followed by a known month");
    }
    int month = (c0 - '0') * 10 + (c1 - '0');
    if (month >= 21 && month <= 24) {
      if (!alone) {
        throw error(p, Kind.SYNTAX, "an interval end cannot be a season");
      }
    } else if (month < 1 || month > 12) {
      throw error(p, Kind.OUT_OF_RANGE,
          "month " + c0 + c1 + " is not between 01 and 12 (nor a season from 21 to 24)");
    }
    piece.month = month;
    return end;
  }

  private int day(Piece piece, int p, int to, boolean alone) {
    int end = run(p, to);
    if (end - p != 2) {
      throw partShapeError(p, end, to, "day");
    }
    char c0 = text.charAt(p);
    char c1 = text.charAt(p + 1);
    if (c0 == 'X' && c1 == 'X') {
      if (!alone) {
        throw error(p, Kind.SYNTAX, "an interval end cannot have unspecified digits (X)");
      }
      piece.day = MASKED;
      return end;
    }
    if (c0 == 'X' || c1 == 'X') {
      throw error(c0 == 'X' ? p : p + 1, Kind.SYNTAX, "a day is two digits or XX");
    }
    if (piece.month == MASKED) {
      throw error(p, Kind.SYNTAX, "an unspecified month (XX) cannot be followed by a known day");
    }
    int day = (c0 - '0') * 10 + (c1 - '0');
    if (day < 1 || day > 31) {
      throw error(p, Kind.OUT_OF_RANGE, "day " + c0 + c1 + " is not between 01 and 31");
    }
    piece.day = day;
    piece.dayIndex = p;
    return end;
  }

  private void checkCalendar(Piece piece) {
    if (piece.marker == null && piece.day > 0) {
      String missing = dates.missingDay(piece.year, piece.month, piece.day);
      if (missing != null) {
        throw error(piece.dayIndex, Kind.NO_SUCH_DATE, missing);
      }
    }
  }

  /**
   * Returns the end of the run of ASCII digits and X starting at p; a lower-case x or another
   * script's digit inside the run is an error at its own position.
   */
  private int run(int p, int to) {
    int i = p;
    while (i < to) {
      char c = text.charAt(i);
      if (c == 'x') {
        throw error(i, Kind.SYNTAX, "unspecified digits are written with a capital X");
      }
      if ((c < '0' || c > '9') && c != 'X') {
        if (Character.isDigit(c)) {
          throw unexpected(i);
        }
        break;
      }
      i++;
    }
    return i;
  }

  private InvalidValueException yearShapeError(int p, int end, int to) {
    if (end == p) {
      if (p < to && text.charAt(p) == '.') {
        return error(p, Kind.SYNTAX, "an open end '..' is only allowed in an interval");
      }
      return p < to ? unexpected(p) : error(p, Kind.SYNTAX, "a four-digit year is missing");
    }
    return error(p, Kind.LENGTH, "a year has exactly four digits, not " + (end - p));
  }

  private InvalidValueException partShapeError(int p, int end, int to, String part) {
    if (end == p) {
      return p < to ? unexpected(p) : error(p, Kind.SYNTAX, "a two-digit " + part + " is missing after '-'");
    }
    return error(p, Kind.LENGTH, "a " + part + " has exactly two digits, not " + (end - p));
  }

  private InvalidValueException unexpected(int p) {
    int codePoint = text.codePointAt(p);
    String shown = codePoint > 0x20 && codePoint < 0x7f
        ? "'" + (char) codePoint + "'"
        : String.format("U+%04X", codePoint);
    if (codePoint == 'T') {
      return error(p, Kind.SYNTAX, "a time of day is not supported, and this one is not valid EDTF either");
    }
    if (Character.isDigit(codePoint)) {
      return error(p, Kind.SYNTAX, "only the ASCII digits 0 to 9 are allowed, not " + shown);
    }
    return error(p, Kind.SYNTAX, "unexpected character " + shown);
  }

  private InvalidValueException error(int index, Kind kind, String reason) {
    return Failures.atIndex(TYPE, text, index, kind, reason);
  }
}
