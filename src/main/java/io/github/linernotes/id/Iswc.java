package io.github.linernotes.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.linernotes.internal.CheckDigits;
import io.github.linernotes.internal.Failures;
import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import java.util.Objects;

/**
 * An International Standard Musical Work Code, the identifier of a composition (the song or piece, not a
 * recording of it, which is an {@link Isrc}), such as {@code T-034.524.680-1}.
 *
 * <p>An ISWC is the letter {@code T}, nine digits that number the work, and a check digit: one plus the
 * sum of each of the nine digits times its position (1 to 9 from the left), and the check digit is what
 * makes that a multiple of 10.
 *
 * <p><b>What the check digit cannot see.</b> It catches every wrong check digit, every wrong digit in
 * positions 1, 3, 7 and 9, and every swap of two different neighbouring digits among the nine. Because
 * the weights 2, 4, 5, 6 and 8 share a factor with 10, it misses a digit in position 2, 4, 6 or 8
 * changed by 5 (such as {@code 3}&harr;{@code 8}), a digit in position 5 changed by an even amount (such
 * as {@code 2}&harr;{@code 4}), and the swap of the ninth digit with the check digit when the two differ
 * by 5. Each of these typing errors turns one valid ISWC into another, so it cannot be rejected.
 *
 * <p><b>Text form.</b> The canonical form is {@code T-NNN.NNN.NNN-C}, the way MusicBrainz shows ISWCs.
 * On input the {@code T} may be lower case, and the code may also be written {@code T-NNNNNNNNN-C}
 * (hyphens, no dots) or {@code TNNNNNNNNNC} (no separators); other mixes of separators, spaces, an
 * {@code ISWC} prefix, surrounding whitespace and digits from other scripts are rejected. The value
 * keeps only the digits, so {@code T0345246801}, {@code t-034524680-1} and {@code T-034.524.680-1} are
 * equal and all print as {@code T-034.524.680-1}.
 *
 * <p><b>JSON</b> is the canonical string; a JSON number is not accepted.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Iswc {

  private static final String TYPE = "Iswc";
  private static final String CANONICAL = "T-DDD.DDD.DDD-D";
  private static final String HYPHENATED = "T-DDDDDDDDD-D";
  private static final String BARE = "TDDDDDDDDDD";

  private final String digits;
  private final String text;

  // Jackson 2 sees private constructors; only parse may read JSON.
  @JsonCreator(mode = JsonCreator.Mode.DISABLED)
  private Iswc(String digits) {
    this.digits = digits;
    this.text = "T-" + digits.substring(0, 3) + '.' + digits.substring(3, 6) + '.' + digits.substring(6, 9) + '-'
        + digits.charAt(9);
  }

  /**
   * Reads an ISWC.
   *
   * @param text the code as {@code T-NNN.NNN.NNN-C}, {@code T-NNNNNNNNN-C} or {@code TNNNNNNNNNC}, with
   *     {@code T} in either case, such as {@code T-034.524.680-1} or {@code t0345246801}
   * @return the ISWC, which prints as {@code T-NNN.NNN.NNN-C}
   * @throws InvalidValueException with {@link Kind#EMPTY} for empty or blank text; {@link Kind#SYNTAX}
   *     when the text does not start with {@code T}, for a separator that does not fit one of the three
   *     layouts, and for any other character where a digit belongs; {@link Kind#LENGTH} when there are
   *     fewer than ten digits or more follow the check digit; {@link Kind#CHECK_DIGIT} when the last
   *     digit does not match the nine before it
   * @throws NullPointerException if {@code text} is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Iswc parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int len = s.length();
    if (CheckDigits.isBlank(s)) {
      throw Failures.atIndex(TYPE, s, 0, Kind.EMPTY, "an ISWC cannot be empty");
    }
    if (s.regionMatches(true, 0, "ISWC", 0, 4)) {
      throw Failures.atIndex(TYPE, s, 0, Kind.SYNTAX, "leave out the 'ISWC' prefix and give only the code");
    }
    if (s.charAt(0) != 'T' && s.charAt(0) != 't') {
      throw Failures.atIndex(TYPE, s, 0, Kind.SYNTAX,
          CheckDigits.describe(s, 0) + " is not T: an ISWC starts with T, as in T-034.524.680-1");
    }
    String layout = len < 2 || s.charAt(1) != '-' ? BARE : len > 5 && s.charAt(5) == '.' ? CANONICAL : HYPHENATED;
    char[] found = new char[10];
    int count = 0;
    int end = Math.min(len, layout.length());
    for (int i = 1; i < end; i++) {
      char c = s.charAt(i);
      char expected = layout.charAt(i);
      if (expected != 'D') {
        if (c != expected) {
          throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX, "expected '" + expected + "': an ISWC is written "
              + "T-NNN.NNN.NNN-C, T-NNNNNNNNN-C or TNNNNNNNNNC");
        }
      } else if (CheckDigits.isAsciiDigit(c)) {
        found[count++] = c;
      } else {
        throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX, CheckDigits.describe(s, i) + " is not a digit");
      }
    }
    if (len < layout.length()) {
      throw Failures.atIndex(TYPE, s, len, Kind.LENGTH,
          "has " + count + " digits; an ISWC has 10, the last a check digit");
    }
    if (len > layout.length()) {
      int i = layout.length();
      if (CheckDigits.isAsciiDigit(s.charAt(i))) {
        throw Failures.atIndex(TYPE, s, i, Kind.LENGTH, "too many digits: an ISWC has nine and a check digit");
      }
      throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
          CheckDigits.describe(s, i) + " after the check digit: nothing follows it");
    }
    int expected = CheckDigits.iswc(found);
    if (found[9] - '0' != expected) {
      throw Failures.atIndex(TYPE, s, len - 1, Kind.CHECK_DIGIT,
          "the check digit is " + found[9] + " but the other digits give " + expected);
    }
    return new Iswc(new String(found));
  }

  /**
   * Returns the ten digits without the {@code T} and separators: the nine of the work number and the
   * check digit.
   *
   * @return ten digits, such as {@code 0345246801}
   */
  public String digits() {
    return digits;
  }

  /**
   * Returns the canonical form {@code T-NNN.NNN.NNN-C}. {@link #parse(CharSequence)} reads it back to an
   * equal value.
   *
   * @return the text form, such as {@code T-034.524.680-1}
   */
  @JsonValue
  @Override
  public String toString() {
    return text;
  }

  /**
   * Compares the digits, so the layout and the case of {@code T} in the text they were read from do not
   * matter.
   *
   * @param other the object to compare with
   * @return whether {@code other} is the same ISWC
   */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof Iswc && digits.equals(((Iswc) other).digits);
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
