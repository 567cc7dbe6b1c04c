package io.github.linernotes.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.linernotes.internal.CheckDigits;
import io.github.linernotes.internal.Failures;
import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import java.util.Objects;

/**
 * An International Standard Serial Number, the identifier of a journal, magazine or newspaper, such as
 * {@code 1478-8810}.
 *
 * <p>An ISSN is seven digits and a check character computed modulo 11 with weights 8 down to 1,
 * written {@code X} when it is 10. The check catches every wrong digit and every swap of two
 * neighbouring digits.
 *
 * <p><b>Text form.</b> The canonical form is {@code NNNN-NNNC}, with the hyphen and an upper-case
 * {@code X}. On input the hyphen may be left out ({@code 14788810}) and {@code x} may be lower case; no
 * other separator, no {@code ISSN} prefix, and no digits from other scripts are accepted. The value
 * keeps only the canonical form, so {@code 0035791x}, {@code 0035-791x} and {@code 0035-791X} are equal
 * and all print as {@code 0035-791X}.
 *
 * <p><b>JSON</b> is the canonical string.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Issn {

  private static final String TYPE = "Issn";

  private final String text;

  // Jackson 2 sees private constructors; only parse may read JSON.
  @JsonCreator(mode = JsonCreator.Mode.DISABLED)
  private Issn(String text) {
    this.text = text;
  }

  /**
   * Reads an ISSN.
   *
   * @param text the number as {@code NNNN-NNNC} or {@code NNNNNNNC}, where {@code C} is a digit or
   *     {@code X} (either case)
   * @return the ISSN
   * @throws InvalidValueException with {@link Kind#EMPTY} for empty or blank text; {@link Kind#LENGTH}
   *     when there are not 8 digits; {@link Kind#SYNTAX} for any character other than the digits, one
   *     hyphen between the fourth and fifth digits, and a final {@code X}; {@link Kind#CHECK_DIGIT} when
   *     the check character does not match the other digits
   * @throws NullPointerException if {@code text} is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Issn parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int len = s.length();
    if (CheckDigits.isBlank(s)) {
      throw Failures.atIndex(TYPE, s, 0, Kind.EMPTY, "an ISSN cannot be empty");
    }
    if (s.regionMatches(true, 0, "ISSN", 0, 4)) {
      throw Failures.atIndex(TYPE, s, 0, Kind.SYNTAX,
          "leave out the 'ISSN' prefix and give only the number");
    }
    char[] digits = new char[8];
    int count = 0;
    boolean hyphen = false;
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (CheckDigits.isAsciiDigit(c) || c == 'X' || c == 'x') {
        if (count == 8) {
          throw Failures.atIndex(TYPE, s, i, Kind.LENGTH, "an ISSN has 8 digits");
        }
        if (c == 'X' || c == 'x') {
          if (count != 7 || i != len - 1) {
            throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
                "X can only be the last character, as the check digit");
          }
          c = 'X';
        }
        digits[count++] = c;
      } else if (c == '-') {
        if (count != 4 || hyphen) {
          throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
              "the only hyphen goes between the fourth and fifth digits");
        }
        hyphen = true;
      } else {
        throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
            CheckDigits.describe(s, i) + " is not a digit or hyphen");
      }
    }
    if (count != 8) {
      throw Failures.atIndex(TYPE, s, len, Kind.LENGTH,
          "has " + count + " digits; an ISSN has 8");
    }
    char expected = CheckDigits.mod11Char(CheckDigits.mod11(digits, 7));
    if (digits[7] != expected) {
      throw Failures.atIndex(TYPE, s, len - 1, Kind.CHECK_DIGIT,
          "the check digit is " + digits[7] + " but the other digits give " + expected);
    }
    return new Issn(new String(digits, 0, 4) + '-' + new String(digits, 4, 4));
  }

  /**
   * Returns the canonical form {@code NNNN-NNNC}, with an upper-case {@code X}.
   *
   * @return the text form, such as {@code 1478-8810}
   */
  @JsonValue
  @Override
  public String toString() {
    return text;
  }

  /**
   * Compares the numbers.
   *
   * @param other the object to compare with
   * @return whether {@code other} is the same ISSN
   */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof Issn && text.equals(((Issn) other).text);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
