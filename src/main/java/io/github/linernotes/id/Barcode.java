package io.github.linernotes.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.linernotes.internal.CheckDigits;
import io.github.linernotes.internal.Failures;
import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import java.util.Objects;

/**
 * The product barcode of a release: an EAN-13 (13 digits) or a UPC-A (12 digits), each ending in a
 * GS1 check digit, such as {@code 5099749522428} or {@code 074646493526}.
 *
 * <p><b>Text form.</b> Sleeves and databases print barcodes in groups ({@code 0 42283 63052 9},
 * {@code 5 099745 029013}, {@code 0 7863-68045-1 4}), so on input single spaces and single hyphens
 * may stand between digits, mixed as they come; none at the start or end, never two in a row. The
 * canonical form, returned by {@link #toString()} and written to JSON, is the bare digits. Letters,
 * other punctuation, and digits from other scripts are rejected; so are 8-digit EAN-8 and 14-digit
 * GTIN-14 codes, which this type does not model.
 *
 * <p><b>Check digit.</b> The last digit makes the sum of the digits, weighted 3 and 1 alternating from
 * the right, a multiple of 10. It catches every wrong digit, but not the swap of two neighbouring digits
 * that differ by 5 (such as {@code 2}&harr;{@code 7}): both orders give the same check digit, so such a
 * typing error yields a different, valid barcode.
 *
 * <p><b>Equality</b> compares the digits. A UPC-A and the EAN-13 made from it by a leading zero
 * ({@link #toEan13()}) identify the same product in the GS1 system, but they are different values here,
 * because a catalogue should print the code the way the sleeve does.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Barcode {

  private static final String TYPE = "Barcode";

  private final String digits;

  // Jackson 2 sees private constructors; only parse may read JSON.
  @JsonCreator(mode = JsonCreator.Mode.DISABLED)
  private Barcode(String digits) {
    this.digits = digits;
  }

  /**
   * Reads an EAN-13 or UPC-A barcode.
   *
   * @param text 13 or 12 digits, with single spaces or hyphens between digits allowed
   * @return the barcode, whose {@link #toString()} is the digits without separators
   * @throws InvalidValueException with {@link Kind#EMPTY} for empty or blank text; {@link Kind#LENGTH}
   *     when there are not 12 or 13 digits; {@link Kind#SYNTAX} for any character other than a digit,
   *     hyphen or space, and for misplaced separators; {@link Kind#CHECK_DIGIT} when the last digit does
   *     not match the others
   * @throws NullPointerException if {@code text} is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Barcode parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int len = s.length();
    if (CheckDigits.isBlank(s)) {
      throw Failures.atIndex(TYPE, s, 0, Kind.EMPTY, "a barcode cannot be empty");
    }
    char[] digits = new char[13];
    int count = 0;
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (CheckDigits.isAsciiDigit(c)) {
        if (count == 13) {
          throw Failures.atIndex(TYPE, s, i, Kind.LENGTH, "a barcode has no more than 13 digits");
        }
        digits[count++] = c;
      } else if (c == '-' || c == ' ') {
        if (i == 0) {
          throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX, "a barcode cannot start with a separator");
        }
        char before = s.charAt(i - 1);
        if (before == '-' || before == ' ') {
          throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX, "two separators in a row");
        }
        if (i == len - 1) {
          throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX, "a barcode cannot end with a separator");
        }
      } else {
        throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
            CheckDigits.describe(s, i) + " is not a digit, hyphen or space");
      }
    }
    if (count != 12 && count != 13) {
      throw Failures.atIndex(TYPE, s, len, Kind.LENGTH,
          "has " + count + " digits; an EAN-13 has 13 and a UPC-A 12");
    }
    int expected = CheckDigits.gs1(digits, count - 1);
    if (expected != digits[count - 1] - '0') {
      throw Failures.atIndex(TYPE, s, len - 1, Kind.CHECK_DIGIT,
          "the check digit is " + digits[count - 1] + " but the other digits give " + expected);
    }
    return new Barcode(new String(digits, 0, count));
  }

  /**
   * Tells whether this is a 12-digit UPC-A rather than a 13-digit EAN-13.
   *
   * @return {@code true} for a UPC-A
   */
  public boolean isUpcA() {
    return digits.length() == 12;
  }

  /**
   * Returns the EAN-13 form of this barcode: this barcode itself if it is an EAN-13, otherwise the
   * UPC-A with a leading {@code 0} (the check digit stays the same).
   *
   * @return the EAN-13, never null; a value that does not equal this one when this is a UPC-A
   */
  public Barcode toEan13() {
    return isUpcA() ? new Barcode('0' + digits) : this;
  }

  /**
   * Returns the digits, without separators.
   *
   * @return the canonical text form, such as {@code 042283630529}
   */
  @JsonValue
  @Override
  public String toString() {
    return digits;
  }

  /**
   * Compares the digits; a UPC-A never equals an EAN-13.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a barcode with the same digits
   */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof Barcode && digits.equals(((Barcode) other).digits);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return digits.hashCode();
  }
}
