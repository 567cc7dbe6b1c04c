package io.github.linernotes.internal;

import io.github.linernotes.value.InvalidValueException;

/**
 * Check-digit arithmetic and the few character tests that the identifier parsers share.
 *
 * <p>Every method works on ASCII digits only; callers have already rejected anything else. Stateless,
 * so thread-safe.
 */
public final class CheckDigits {

  private CheckDigits() {}

  /**
   * Tells whether {@code c} is one of the ASCII digits {@code 0}–{@code 9}. Unlike
   * {@link Character#isDigit(char)} this rejects Arabic-Indic, full-width and every other digit.
   */
  public static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Tells whether {@code c} is {@code 0}–{@code 9}, {@code a}–{@code f} or {@code A}–{@code F}. */
  public static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Tells whether the text is empty or made only of whitespace, the case {@code Kind.EMPTY} covers. */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Names the character at {@code index} for an error message: printable ASCII in quotes, anything
   * else (controls, non-ASCII letters and digits, halves of surrogate pairs) as {@code U+XXXX}.
   */
  public static String describe(String text, int index) {
    char c = text.charAt(index);
    if (c > ' ' && c < 0x7F) {
      return "'" + c + "'";
    }
    int codePoint = text.codePointAt(index);
    return String.format("U+%04X", codePoint);
  }

  /**
   * Reads the positive decimal number that runs from {@code from} to the end of {@code text}: ASCII
   * digits only, no sign, no leading zero, between 1 and {@link Long#MAX_VALUE}.
   *
   * @param type the value type, for the exception
   * @param text the whole input; {@code from} must be less than its length
   * @param from where the number starts
   * @return the number
   * @throws InvalidValueException SYNTAX for a non-digit or a leading zero, OUT_OF_RANGE for zero or a
   *     number above {@link Long#MAX_VALUE}
   */
  public static long positiveNumber(String type, String text, int from) {
    int len = text.length();
    for (int i = from; i < len; i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        throw Failures.atIndex(type, text, i, InvalidValueException.Kind.SYNTAX,
            describe(text, i) + " is not a digit");
      }
    }
    if (text.charAt(from) == '0') {
      if (len - from == 1) {
        throw Failures.atIndex(type, text, from, InvalidValueException.Kind.OUT_OF_RANGE,
            "0 is not an id; numbers start at 1");
      }
      throw Failures.atIndex(type, text, from, InvalidValueException.Kind.SYNTAX,
          "a number has no leading zeros");
    }
    long value = 0;
    for (int i = from; i < len; i++) {
      int digit = text.charAt(i) - '0';
      if (value > (Long.MAX_VALUE - digit) / 10) {
        throw Failures.atIndex(type, text, from, InvalidValueException.Kind.OUT_OF_RANGE,
            "the number is larger than " + Long.MAX_VALUE);
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /**
   * Computes the GS1 check digit (EAN-13, UPC-A, ISBN-13) of the first {@code count} digits. Weights
   * are 3 and 1 alternating from the right, so the digit next to the check digit weighs 3; a leading
   * zero therefore changes nothing, which is why a UPC-A and its EAN-13 share their check digit.
   *
   * @param digits ASCII digits; only the first {@code count} are read
   * @param count how many digits come before the check digit
   * @return the check digit, 0 to 9
   */
  public static int gs1(char[] digits, int count) {
    int sum = 0;
    int weight = 3;
    for (int i = count - 1; i >= 0; i--) {
      sum += (digits[i] - '0') * weight;
      weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * Computes the modulus-11 check value used by ISBN-10 (weights 10 down to 2) and ISSN (weights 8
   * down to 2) for the first {@code count} digits: the value that makes the weighted sum, with the
   * check value weighted 1, a multiple of 11.
   *
   * @param digits ASCII digits; only the first {@code count} are read
   * @param count how many digits come before the check character
   * @return the check value, 0 to 10, where 10 is written {@code X}
   */
  public static int mod11(char[] digits, int count) {
    int sum = 0;
    for (int i = 0; i < count; i++) {
      sum += (digits[i] - '0') * (count + 1 - i);
    }
    return (11 - sum % 11) % 11;
  }

  /**
   * Computes the ISWC check digit of the nine digits of a work code: one plus the sum of each digit times
   * its position (1 to 9, from the left), and the check digit is what brings that sum up to a multiple of
   * 10. Since the weights are not all prime to 10, the check does not see a change of 5 in positions 2,
   * 4, 6 or 8, a change by an even amount in position 5, or the swap of the ninth digit and the check
   * digit when they differ by 5; it sees every other single change and every other neighbour swap.
   *
   * @param digits ASCII digits; only the first nine are read
   * @return the check digit, 0 to 9
   */
  public static int iswc(char[] digits) {
    int sum = 1;
    for (int i = 0; i < 9; i++) {
      sum += (digits[i] - '0') * (i + 1);
    }
    return (10 - sum % 10) % 10;
  }

  /** Writes a modulus-11 check value as its character: a digit, or {@code X} for 10. */
  public static char mod11Char(int value) {
    return value == 10 ? 'X' : (char) ('0' + value);
  }
}
