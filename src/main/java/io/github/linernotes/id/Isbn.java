package io.github.linernotes.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.linernotes.internal.CheckDigits;
import io.github.linernotes.internal.Failures;
import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import java.util.Objects;

/**
 * An International Standard Book Number, ISBN-10 or ISBN-13, with a valid check digit, such as
 * {@code 978-88-904905-9-0}.
 *
 * <p><b>Text form.</b> The number is written as its digits, optionally split into parts by single
 * hyphens or single spaces, exactly as publishers print it ({@code 978-88-904905-9-0},
 * {@code 978 0 306 81067 1}, {@code 9780671635046}). {@link #toString()} returns the text as it was
 * given, so the hyphenation survives a round trip through JSON; the only change is that a lower-case
 * {@code x} check character is written {@code X}. Where the hyphens go is not checked against the ISBN
 * agency's range tables, but separators must stand between two digits (none at the start or end, never
 * two in a row), and there are at most five parts for an ISBN-13 and four for an ISBN-10. The prefix
 * {@code ISBN}, any other letter, any other punctuation, and digits from other scripts (Arabic-Indic,
 * full-width) are rejected.
 *
 * <p><b>ISBN-10</b> has ten characters: nine digits and a check character computed modulo 11 with
 * weights 10 down to 1, written {@code X} when it is 10. {@code X} may only be that last character.
 * <b>ISBN-13</b> has thirteen digits, starts with {@code 978} or {@code 979}, and ends with a GS1
 * check digit (weights 1 and 3 alternating). The ISBN-10 check catches every wrong digit and every swap
 * of two neighbouring digits. The ISBN-13 check catches every wrong digit but cannot see the swap of two
 * neighbouring digits that differ by 5 (such as {@code 0}&harr;{@code 5} or {@code 4}&harr;{@code 9}):
 * both orders give the same check digit, so such a typing error yields a different, valid ISBN.
 *
 * <p><b>Equality</b> compares the bare digits ({@link #digits()}), so {@code 978-88-904905-9-0} equals
 * {@code 9788890490590} even though they print differently. An ISBN-10 and the ISBN-13 it converts to
 * ({@link #toIsbn13()}) are different values: a citation that prints one should keep printing it.
 *
 * <p><b>JSON</b> is the string {@link #toString()} returns; a JSON number is not accepted.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Isbn {

  private static final String TYPE = "Isbn";

  private final String text;
  private final String digits;

  private Isbn(String text, String digits) {
    this.text = text;
    this.digits = digits;
  }

  /**
   * Reads an ISBN-10 or ISBN-13.
   *
   * @param text the number, with or without hyphens or single spaces between digits, such as
   *     {@code 978-88-904905-9-0}, {@code 0-19-512510-X} or {@code 9780306810671}
   * @return the ISBN, which prints back as {@code text} (with a lower-case {@code x} made upper case)
   * @throws InvalidValueException with {@link Kind#EMPTY} for empty or blank text; {@link Kind#LENGTH}
   *     when there are not 10 or 13 digits; {@link Kind#SYNTAX} for any character other than a digit, a
   *     hyphen, a space or a final {@code X} of an ISBN-10, for misplaced or too many separators, and for
   *     an ISBN-13 that does not start with {@code 978} or {@code 979}; {@link Kind#CHECK_DIGIT} when
   *     the check character does not match the other digits
   * @throws NullPointerException if {@code text} is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Isbn parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int len = s.length();
    if (CheckDigits.isBlank(s)) {
      throw Failures.atIndex(TYPE, s, 0, Kind.EMPTY, "an ISBN cannot be empty");
    }
    if (s.regionMatches(true, 0, "ISBN", 0, 4)) {
      throw Failures.atIndex(TYPE, s, 0, Kind.SYNTAX,
          "leave out the 'ISBN' prefix and give only the number");
    }
    char[] bare = new char[13];
    int[] at = new int[13];
    int count = 0;
    int separators = 0;
    int fourthSeparator = -1;
    int xAt = -1;
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (CheckDigits.isAsciiDigit(c) || c == 'X' || c == 'x') {
        if (count == 13) {
          throw Failures.atIndex(TYPE, s, i, Kind.LENGTH, "an ISBN has no more than 13 digits");
        }
        if (c == 'X' || c == 'x') {
          if (i != len - 1) {
            throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
                "X can only be the last character, as the check digit of an ISBN-10");
          }
          xAt = i;
          c = 'X';
        }
        at[count] = i;
        bare[count++] = c;
      } else if (c == '-' || c == ' ') {
        if (i == 0) {
          throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX, "an ISBN cannot start with a separator");
        }
        char before = s.charAt(i - 1);
        if (before == '-' || before == ' ') {
          throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX, "two separators in a row");
        }
        if (i == len - 1) {
          throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX, "an ISBN cannot end with a separator");
        }
        separators++;
        if (separators == 4) {
          fourthSeparator = i;
        } else if (separators == 5) {
          throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
              "too many separators: an ISBN has at most five parts");
        }
      } else {
        throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
            CheckDigits.describe(s, i) + " is not a digit, hyphen or space");
      }
    }
    if (count != 10 && count != 13) {
      throw Failures.atIndex(TYPE, s, len, Kind.LENGTH,
          "has " + count + " digits; an ISBN has 10 or 13");
    }
    if (count == 10) {
      if (separators == 4) {
        throw Failures.atIndex(TYPE, s, fourthSeparator, Kind.SYNTAX,
            "too many separators: an ISBN-10 has at most four parts");
      }
      int expected = CheckDigits.mod11(bare, 9);
      int actual = bare[9] == 'X' ? 10 : bare[9] - '0';
      if (expected != actual) {
        throw checkDigitError(s, bare[9], CheckDigits.mod11Char(expected));
      }
    } else {
      if (xAt >= 0) {
        throw Failures.atIndex(TYPE, s, xAt, Kind.SYNTAX,
            "an ISBN-13 ends with a digit; X is a check digit only in an ISBN-10");
      }
      int wrong = bare[0] != '9' ? 0 : bare[1] != '7' ? 1 : bare[2] != '8' && bare[2] != '9' ? 2 : -1;
      if (wrong >= 0) {
        throw Failures.atIndex(TYPE, s, at[wrong], Kind.SYNTAX,
            "an ISBN-13 starts with 978 or 979");
      }
      int expected = CheckDigits.gs1(bare, 12);
      if (expected != bare[12] - '0') {
        throw checkDigitError(s, bare[12], (char) ('0' + expected));
      }
    }
    String shown = xAt >= 0 && s.charAt(xAt) == 'x' ? s.substring(0, xAt) + 'X' : s;
    return new Isbn(shown, new String(bare, 0, count));
  }

  private static InvalidValueException checkDigitError(String s, char actual, char expected) {
    return Failures.atIndex(TYPE, s, s.length() - 1, Kind.CHECK_DIGIT,
        "the check digit is " + actual + " but the other digits give " + expected);
  }

  /**
   * Tells whether this is a 13-digit ISBN.
   *
   * @return {@code true} for an ISBN-13, {@code false} for an ISBN-10
   */
  public boolean isIsbn13() {
    return digits.length() == 13;
  }

  /**
   * Returns the number without separators: 13 digits for an ISBN-13, or 9 digits and a check
   * character ({@code 0}–{@code 9} or {@code X}) for an ISBN-10.
   *
   * @return the bare digits, such as {@code 9788890490590}
   */
  public String digits() {
    return digits;
  }

  /**
   * Returns the ISBN-13 of this number: this ISBN itself if it already has 13 digits; otherwise
   * {@code 978}, the first nine digits, and a newly computed check digit. If this ISBN-10 was written
   * with separators, the result keeps them and puts the same separator after {@code 978}
   * ({@code 0-19-512510-X} becomes {@code 978-0-19-512510-8}), since the parts of an ISBN-10 stay the
   * parts of its ISBN-13; otherwise the result is bare digits.
   *
   * @return the ISBN-13, never null; a value that does not equal this one when this is an ISBN-10
   */
  public Isbn toIsbn13() {
    if (isIsbn13()) {
      return this;
    }
    char[] bare = new char[13];
    bare[0] = '9';
    bare[1] = '7';
    bare[2] = '8';
    digits.getChars(0, 9, bare, 3);
    bare[12] = (char) ('0' + CheckDigits.gs1(bare, 12));
    String bareText = new String(bare);
    if (text.length() == 10) {
      return new Isbn(bareText, bareText);
    }
    char separator = text.charAt(firstSeparator());
    String shown = "978" + separator + text.substring(0, text.length() - 1) + bare[12];
    return new Isbn(shown, bareText);
  }

  private int firstSeparator() {
    int i = 0;
    while (CheckDigits.isAsciiDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Returns the ISBN as it was given, separators included, with an {@code X} check character in
   * upper case. {@link #parse(CharSequence)} reads it back to an equal value.
   *
   * @return the text form, such as {@code 978-88-904905-9-0}
   */
  @JsonValue
  @Override
  public String toString() {
    return text;
  }

  /**
   * Tells whether another object is an ISBN written exactly the same way, hyphens included, so that
   * equal ISBNs write the same JSON. Use {@link #isEqual(Isbn)} to compare the numbers alone.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an ISBN with the same text
   */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof Isbn && text.equals(((Isbn) other).text);
  }

  /**
   * Tells whether two ISBNs are the same number, however they are hyphenated: {@code 978-88-904905-9-0}
   * and {@code 9788890490590} are. An ISBN-10 is never the same number as an ISBN-13; compare
   * {@link #toIsbn13()} for that.
   *
   * @param other the ISBN to compare with
   * @return whether both have the same {@link #digits()}
   * @throws NullPointerException when {@code other} is null
   */
  public boolean isEqual(Isbn other) {
    return digits.equals(java.util.Objects.requireNonNull(other, "other").digits);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the text
   */
  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
