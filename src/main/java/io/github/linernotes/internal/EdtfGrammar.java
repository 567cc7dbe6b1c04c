package io.github.linernotes.internal;

import io.github.linernotes.value.InvalidValueException;
import io.github.linernotes.value.PartialDate;

/**
 * Recognises the whole EDTF grammar as the reference implementation edtf.js reads it (levels 0 to
 * 3, with times of day, centuries, {@code Y}-prefixed and exponential years, decades, sets and lists,
 * qualifiers on parts of a date, unspecified digits anywhere, and season intervals), so that text
 * {@link PartialDate} does not model can be reported as {@link InvalidValueException.Kind#UNSUPPORTED}
 * rather than as a syntax error. It checks the grammar only: it does not ask whether an interval is
 * in order.
 *
 * <p>Every method looks at the exact range [from, to) of the text and runs in time linear in its
 * length. Stateless and thread-safe.
 */
public final class EdtfGrammar {

  private static final int EMPTY = 1;
  private static final int OPEN = 2;
  private static final int DATE_TIME = 4;
  private static final int QUALIFIED_DATE = 8;
  private static final int PARTLY_QUALIFIED_DATE = 16;
  private static final int MASKED_DATE = 32;
  private static final int SEASON = 64;

  private static final int LEVEL_1_ENDS = EMPTY | OPEN | DATE_TIME | QUALIFIED_DATE;
  private static final int LEVEL_2_ENDS = EMPTY | OPEN | DATE_TIME | PARTLY_QUALIFIED_DATE | MASKED_DATE;

  private EdtfGrammar() {
  }

  /**
   * Tells whether the text is valid in the wider EDTF grammar.
   *
   * @return null if it is not, otherwise a reason naming the feature, for an UNSUPPORTED error
   */
  public static String unsupportedFeature(String s) {
    int n = s.length();
    if (n == 0) {
      return null;
    }
    int slash = s.indexOf('/');
    if (slash >= 0) {
      if (s.indexOf('/', slash + 1) >= 0) {
        return null;
      }
      int a = endKinds(s, 0, slash);
      int b = endKinds(s, slash + 1, n);
      if ((a & SEASON) != 0 && (b & SEASON) != 0) {
        return "intervals between seasons are EDTF level 3";
      }
      if ((a & LEVEL_1_ENDS) != 0 && (b & LEVEL_1_ENDS) != 0) {
        return hasTime(s, 0, n) ? "times of day are not supported" : "this interval is not supported";
      }
      if ((a & LEVEL_2_ENDS) != 0 && (b & LEVEL_2_ENDS) != 0) {
        return "interval ends with unspecified digits or qualified parts are EDTF level 2";
      }
      return null;
    }
    char first = s.charAt(0);
    if (first == '[' || first == '{') {
      return isSetOrList(s) ? "sets and lists of dates are EDTF level 2" : null;
    }
    return single(s, 0, n);
  }

  private static String single(String s, int from, int to) {
    if (hasTime(s, from, to) && isDateTime(s, from, to)) {
      return "times of day are not supported";
    }
    if (isCentury(s, from, to)) {
      return "centuries are not supported";
    }
    if (isCentury(s, from, to - 1) && isQualifier(s, to - 1)) {
      return "qualified centuries are EDTF level 2";
    }
    if (isLevel1Year(s, from, to)) {
      return "years written with a Y prefix are not supported";
    }
    if (isLevel2Year(s, from, to)) {
      return "exponential years and significant digits are EDTF level 2";
    }
    if (isDecade(s, from, to) || (isDecade(s, from, to - 1) && isQualifier(s, to - 1))) {
      return "decades are EDTF level 2";
    }
    if (isMaskedDate(s, from, to)) {
      return "unspecified digits (X) other than at the end of a date are EDTF level 2";
    }
    if (isPartlyQualifiedDate(s, from, to)) {
      return "qualifiers inside a date are EDTF level 2";
    }
    if (isSeason(s, from, to)) {
      return "seasons other than 21 to 24, and qualified seasons, are EDTF levels 2 and 3";
    }
    if (isDate(s, from, to) || isQualifiedDate(s, from, to)) {
      return "this date is EDTF level 0 or 1 but not supported";
    }
    return null;
  }

  private static int endKinds(String s, int from, int to) {
    if (from == to) {
      return EMPTY;
    }
    if (to - from == 2 && s.charAt(from) == '.' && s.charAt(from + 1) == '.') {
      return OPEN;
    }
    int kinds = 0;
    if (isDate(s, from, to) || isDateTime(s, from, to)) {
      kinds |= DATE_TIME;
    }
    if (isQualifiedDate(s, from, to)) {
      kinds |= QUALIFIED_DATE;
    }
    if (isPartlyQualifiedDate(s, from, to)) {
      kinds |= PARTLY_QUALIFIED_DATE;
    }
    if (isMaskedDate(s, from, to)) {
      kinds |= MASKED_DATE;
    }
    if (isSeason(s, from, to)) {
      kinds |= SEASON;
    }
    return kinds;
  }

  private static boolean hasTime(String s, int from, int to) {
    int t = s.indexOf('T', from);
    return t >= 0 && t < to;
  }

  // --- level 0 ---

  /** Returns the end of a year ({@code 0000}, {@code 1958}, {@code -0044}) at p, or -1. */
  private static int year(String s, int p, int to) {
    boolean negative = p < to && s.charAt(p) == '-';
    int q = negative ? p + 1 : p;
    if (q + 4 > to) {
      return -1;
    }
    boolean allZero = true;
    for (int i = q; i < q + 4; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      allZero &= c == '0';
    }
    return negative && allZero ? -1 : q + 4;
  }

  private static boolean isYear(String s, int from, int to) {
    return year(s, from, to) == to;
  }

  private static boolean isYearMonth(String s, int from, int to) {
    int y = year(s, from, to);
    return y > 0 && to - y == 3 && s.charAt(y) == '-' && isMonth(s, y + 1);
  }

  private static boolean isYearMonthDay(String s, int from, int to) {
    int y = year(s, from, to);
    return y > 0 && to - y == 6 && s.charAt(y) == '-' && isMonthDay(s, y + 1);
  }

  private static boolean isDate(String s, int from, int to) {
    return isYear(s, from, to) || isYearMonth(s, from, to) || isYearMonthDay(s, from, to);
  }

  private static boolean isDateTime(String s, int from, int to) {
    if (isDate(s, from, to)) {
      return true;
    }
    int y = year(s, from, to);
    return y > 0 && y + 7 <= to && isYearMonthDay(s, from, y + 6) && s.charAt(y + 6) == 'T'
        && isTime(s, y + 7, to);
  }

  private static boolean isTime(String s, int p, int to) {
    if (p + 5 > to) {
      return false;
    }
    if (s.startsWith("24:00", p)) {
      int q = p + 5;
      if (s.startsWith(":00", q) && q + 3 <= to) {
        if (isZoneOrEnd(s, q + 3, to)) {
          return true;
        }
      }
      return isZoneOrEnd(s, q, to);
    }
    if (!inRange(s, p, 0, 23) || s.charAt(p + 2) != ':' || !inRange(s, p + 3, 0, 59)) {
      return false;
    }
    int q = p + 5;
    if (isZoneOrEnd(s, q, to)) {
      return true;
    }
    if (q + 3 > to || s.charAt(q) != ':' || !inRange(s, q + 1, 0, 59)) {
      return false;
    }
    q += 3;
    if (q < to && s.charAt(q) == '.') {
      int digits = q + 1;
      while (digits < to && isDigit(s.charAt(digits))) {
        digits++;
      }
      if (digits == q + 1) {
        return false;
      }
      q = digits;
    }
    return isZoneOrEnd(s, q, to);
  }

  private static boolean isZoneOrEnd(String s, int p, int to) {
    if (p == to) {
      return true;
    }
    char c = s.charAt(p);
    if (c == 'Z') {
      return p + 1 == to;
    }
    if (c == '-' || c == '\u2212') {
      return isOffset(s, p + 1, to, false);
    }
    return c == '+' && isOffset(s, p + 1, to, true);
  }

  private static boolean isOffset(String s, int p, int to, boolean positive) {
    if (p + 2 > to || !isDigit(s.charAt(p)) || !isDigit(s.charAt(p + 1))) {
      return false;
    }
    int hours = number(s, p);
    int q = p + 2;
    if (q == to) {
      return positive ? hours <= 14 : hours >= 1 && hours <= 12;
    }
    if (s.charAt(q) == ':') {
      q++;
    }
    if (to - q != 2 || !inRange(s, q, 0, 59)) {
      return false;
    }
    int minutes = number(s, q);
    boolean negativeForm = (hours >= 1 && hours <= 11) || (hours == 0 && minutes >= 1)
        || (hours == 12 && minutes == 0);
    if (!positive) {
      return negativeForm;
    }
    return negativeForm || (hours == 0 && minutes == 0) || hours == 12 || hours == 13
        || (hours == 14 && minutes == 0);
  }

  private static boolean isCentury(String s, int from, int to) {
    int p = from;
    boolean negative = p < to && s.charAt(p) == '-';
    if (negative) {
      p++;
    }
    if (to - p != 2 || !isDigit(s.charAt(p)) || !isDigit(s.charAt(p + 1))) {
      return false;
    }
    return !negative || s.charAt(p) != '0' || s.charAt(p + 1) != '0';
  }

  // --- level 1 ---

  private static boolean isQualifiedDate(String s, int from, int to) {
    return to - from > 1 && isQualifier(s, to - 1) && isDate(s, from, to - 1);
  }

  private static boolean isLevel1Year(String s, int from, int to) {
    int p = from;
    if (p >= to || s.charAt(p) != 'Y') {
      return false;
    }
    p++;
    if (p < to && s.charAt(p) == '-') {
      p++;
    }
    if (to - p < 5 || s.charAt(p) == '0') {
      return false;
    }
    for (int i = p; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Seasons 21 to 41 at every level: plain, qualified anywhere (level 3) or with X (level 3). */
  private static boolean isSeason(String s, int from, int to) {
    if (to - from >= 5 && s.charAt(to - 3) == '-' && isMaskedYear(s, from, to - 3)
        && inRange(s, to - 2, 21, 41)) {
      return true;
    }
    int[] q = {0};
    int p = skipQualifier(s, from, to, q);
    int y = year(s, p, to);
    if (y < 0) {
      return false;
    }
    p = skipQualifier(s, y, to, q);
    if (p >= to || s.charAt(p) != '-') {
      return false;
    }
    p = skipQualifier(s, p + 1, to, q);
    if (p + 2 > to || !inRange(s, p, 21, 41)) {
      return false;
    }
    p = skipQualifier(s, p + 2, to, q);
    return p == to;
  }

  // --- level 2 ---

  private static boolean isLevel2Year(String s, int from, int to) {
    if (to - from >= 3 && s.charAt(to - 2) == 'S' && inRange1(s.charAt(to - 1))) {
      int base = to - 2;
      if (isExponentialYear(s, from, base) || isLevel1Year(s, from, base) || isYear(s, from, base)) {
        return true;
      }
    }
    return isExponentialYear(s, from, to);
  }

  private static boolean inRange1(char c) {
    return c >= '1' && c <= '9';
  }

  private static boolean isExponentialYear(String s, int from, int to) {
    int p = from;
    if (p >= to || s.charAt(p) != 'Y') {
      return false;
    }
    p++;
    if (p < to && s.charAt(p) == '-') {
      p++;
    }
    int digits = p;
    while (digits < to && isDigit(s.charAt(digits))) {
      digits++;
    }
    if (digits == p || digits >= to || s.charAt(digits) != 'E') {
      return false;
    }
    int exponent = digits + 1;
    if (exponent == to) {
      return false;
    }
    for (int i = exponent; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDecade(String s, int from, int to) {
    int p = from;
    boolean negative = p < to && s.charAt(p) == '-';
    if (negative) {
      p++;
    }
    if (to - p != 3) {
      return false;
    }
    for (int i = p; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return !negative || !s.startsWith("000", p);
  }

  /** A year of four digits or X, optionally negative, as edtf.js' {@code dx4}. */
  private static boolean isMaskedYear(String s, int from, int to) {
    int p = from < to && s.charAt(from) == '-' ? from + 1 : from;
    if (to - p != 4) {
      return false;
    }
    boolean hasX = false;
    for (int i = p; i < to; i++) {
      char c = s.charAt(i);
      if (c == 'X') {
        hasX = true;
      } else if (!isDigit(c)) {
        return false;
      }
    }
    return hasX;
  }

  /** A date with X in any digit (year, month or day), as edtf.js' level 2 masked dates. */
  private static boolean isMaskedDate(String s, int from, int to) {
    int p = from < to && s.charAt(from) == '-' ? from + 1 : from;
    int yearEnd = p + 4;
    if (yearEnd > to) {
      return false;
    }
    for (int i = p; i < yearEnd; i++) {
      if (!isDigitOrX(s.charAt(i))) {
        return false;
      }
    }
    boolean valid;
    if (yearEnd == to) {
      valid = true;
    } else if (s.charAt(yearEnd) != '-') {
      valid = false;
    } else if (to - yearEnd == 3) {
      valid = isMaskedMonth(s.charAt(yearEnd + 1), s.charAt(yearEnd + 2));
    } else if (to - yearEnd == 6 && s.charAt(yearEnd + 3) == '-') {
      valid = isMaskedMonthDay(s.charAt(yearEnd + 1), s.charAt(yearEnd + 2), s.charAt(yearEnd + 4),
          s.charAt(yearEnd + 5));
    } else {
      valid = false;
    }
    return valid && s.indexOf('X', from) >= 0 && s.indexOf('X', from) < to;
  }

  private static boolean isMaskedMonth(char a, char b) {
    return (a == '0' && (inRange1(b) || b == 'X')) || ((a == '1' || a == 'X') && (b == '0' || b == '1' || b == '2' || b == 'X'));
  }

  private static boolean isMaskedMonthDay(char m0, char m1, char d0, char d1) {
    boolean day29 = (d0 == '0' && (inRange1(d1) || d1 == 'X'))
        || ((d0 == '1' || d0 == '2' || d0 == 'X') && isDigitOrX(d1));
    boolean day30 = day29 || (d0 == '3' && d1 == '0');
    boolean day31 = day30 || (d0 == '3' && (d1 == '1' || d1 == 'X'));
    boolean month31 = ((m0 == '0' || m0 == 'X') && (m1 == '1' || m1 == '3' || m1 == '5' || m1 == '7' || m1 == '8' || m1 == 'X'))
        || ((m0 == '1' || m0 == 'X') && (m1 == '0' || m1 == '2'))
        || (m0 == '1' && m1 == 'X');
    boolean month30 = ((m0 == '0' || m0 == 'X') && (m1 == '4' || m1 == '6' || m1 == '9'))
        || (m0 == '1' && m1 == '1');
    return (month31 && day31) || (month30 && day30) || (m0 == '0' && m1 == '2' && day29);
  }

  /** A date with qualifiers before or after its parts, at least one of them (level 2). */
  private static boolean isPartlyQualifiedDate(String s, int from, int to) {
    if (from < to && isQualifier(s, from) && isYear(s, from + 1, to)) {
      return true;
    }
    int[] q = {0};
    int p = skipQualifier(s, from, to, q);
    int y = year(s, p, to);
    if (y < 0) {
      return false;
    }
    p = skipQualifier(s, y, to, q);
    if (p >= to || s.charAt(p) != '-') {
      return false;
    }
    p = skipQualifier(s, p + 1, to, q);
    if (p + 2 > to || !isMonth(s, p)) {
      return false;
    }
    int monthAt = p;
    p = skipQualifier(s, p + 2, to, q);
    if (p == to) {
      return q[0] > 0;
    }
    if (s.charAt(p) != '-') {
      return false;
    }
    p = skipQualifier(s, p + 1, to, q);
    if (p + 2 > to || !isDayOf(s, monthAt, p)) {
      return false;
    }
    p = skipQualifier(s, p + 2, to, q);
    return p == to && q[0] > 0;
  }

  private static int skipQualifier(String s, int p, int to, int[] count) {
    if (p < to && isQualifier(s, p)) {
      count[0]++;
      return p + 1;
    }
    return p;
  }

  private static boolean isSetOrList(String s) {
    int n = s.length();
    char close = s.charAt(0) == '[' ? ']' : '}';
    if (n < 3 || s.charAt(n - 1) != close) {
      return false;
    }
    int from = 1;
    int to = n - 1;
    if (s.startsWith("..", from)) {
      from += 2;
    }
    if (to - 2 >= from && s.startsWith("..", to - 2)) {
      to -= 2;
    }
    if (from >= to) {
      return false;
    }
    int itemStart = from;
    boolean firstItem = true;
    while (true) {
      int comma = s.indexOf(',', itemStart);
      boolean lastItem = comma < 0 || comma >= to;
      int itemEnd = lastItem ? to : comma;
      int a = itemStart;
      int b = itemEnd;
      if (!firstItem) {
        while (a < b && s.charAt(a) == ' ') {
          a++;
        }
      }
      if (!lastItem) {
        while (b > a && s.charAt(b - 1) == ' ') {
          b--;
        }
      }
      if (!isListItem(s, a, b)) {
        return false;
      }
      if (lastItem) {
        return true;
      }
      firstItem = false;
      itemStart = comma + 1;
    }
  }

  private static boolean isListItem(String s, int from, int to) {
    if (isDate(s, from, to) || isPartlyQualifiedDate(s, from, to) || isMaskedDate(s, from, to)) {
      return true;
    }
    int dots = s.indexOf("..", from);
    if (dots < 0 || dots + 2 > to) {
      return false;
    }
    int next = dots + 2;
    return (isYear(s, from, dots) && isYear(s, next, to))
        || (isYearMonth(s, from, dots) && isYearMonth(s, next, to))
        || (isYearMonthDay(s, from, dots) && isYearMonthDay(s, next, to));
  }

  // --- characters ---

  private static boolean isQualifier(String s, int p) {
    if (p < 0 || p >= s.length()) {
      return false;
    }
    char c = s.charAt(p);
    return c == '?' || c == '~' || c == '%';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDigitOrX(char c) {
    return isDigit(c) || c == 'X';
  }

  private static int number(String s, int p) {
    return (s.charAt(p) - '0') * 10 + (s.charAt(p + 1) - '0');
  }

  /** Two ASCII digits at p forming a number from low to high. */
  private static boolean inRange(String s, int p, int low, int high) {
    if (p < 0 || p + 2 > s.length() || !isDigit(s.charAt(p)) || !isDigit(s.charAt(p + 1))) {
      return false;
    }
    int value = number(s, p);
    return value >= low && value <= high;
  }

  private static boolean isMonth(String s, int p) {
    return inRange(s, p, 1, 12);
  }

  private static boolean isMonthDay(String s, int p) {
    return isMonth(s, p) && s.charAt(p + 2) == '-' && isDayOf(s, p, p + 3);
  }

  /** The two digits at dayAt are a day the month at monthAt may have (29 for February). */
  private static boolean isDayOf(String s, int monthAt, int dayAt) {
    int month = number(s, monthAt);
    int limit = month == 2 ? 29 : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    return inRange(s, dayAt, 1, limit);
  }
}
