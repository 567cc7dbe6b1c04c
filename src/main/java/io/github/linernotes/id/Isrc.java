package io.github.linernotes.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.linernotes.internal.CheckDigits;
import io.github.linernotes.internal.Failures;
import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import java.util.Objects;

/**
 * An International Standard Recording Code, the identifier of one sound recording (not of the song, which
 * is an {@link Iswc}), such as {@code USRC17607839}.
 *
 * <p>An ISRC is twelve characters in four parts: a two-letter prefix naming the country or agency that
 * allocated the registrant ({@code US}), a three-character registrant code of letters and digits
 * ({@code RC1}), the last two digits of the year the code was assigned ({@code 76}), and a five-digit
 * designation that the registrant gives the recording ({@code 07839}). It has no check digit, so a typing
 * error yields another well-formed code. The prefix is not checked against the list of allocated
 * prefixes.
 *
 * <p><b>Text form.</b> On input the letters may be upper or lower case (ASCII only), and the parts may be
 * separated by hyphens ({@code US-RC1-76-07839}): either all three hyphens or none. Any other separator,
 * an {@code ISRC} prefix, surrounding whitespace and digits from other scripts are rejected. The
 * canonical form, returned by {@link #toString()}, is the twelve characters in upper case without
 * hyphens, as MusicBrainz stores them; the value keeps only that form, so {@code US-RC1-76-07839},
 * {@code usrc17607839} and {@code USRC17607839} are equal and all print as {@code USRC17607839}.
 *
 * <p><b>JSON</b> is the canonical string; a JSON number is not accepted.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Isrc {

  private static final String TYPE = "Isrc";
  private static final String BARE = "LLAAADDDDDDD";
  private static final String HYPHENATED = "LL-AAA-DD-DDDDD";

  private final String text;

  // Jackson 2 sees private constructors; only parse may read JSON.
  @JsonCreator(mode = JsonCreator.Mode.DISABLED)
  private Isrc(String text) {
    this.text = text;
  }

  /**
   * Reads an ISRC.
   *
   * @param text the code as {@code CCXXXYYNNNNN} or {@code CC-XXX-YY-NNNNN}, such as {@code USRC17607839}
   *     or {@code us-rc1-76-07839}: letters {@code A}–{@code Z} in either case, digits {@code 0}–{@code 9}
   * @return the ISRC, which prints in upper case without hyphens
   * @throws InvalidValueException with {@link Kind#EMPTY} for empty or blank text; {@link Kind#SYNTAX}
   *     for a character that does not belong where it stands (a digit in the prefix, a letter in the year
   *     or designation, a hyphen in only some of the three places, any other character, a leading
   *     {@code ISRC}, whitespace); {@link Kind#LENGTH} when the parts are too short, or when more letters or
   *     digits follow the designation
   * @throws NullPointerException if {@code text} is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Isrc parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int len = s.length();
    if (CheckDigits.isBlank(s)) {
      throw Failures.atIndex(TYPE, s, 0, Kind.EMPTY, "an ISRC cannot be empty");
    }
    // "ISRC17607839" is a valid code with the prefix IS (Iceland); only "ISRC" before a separator is a label.
    if (len > 4 && s.regionMatches(true, 0, "ISRC", 0, 4) && !isAsciiLetterOrDigit(s.charAt(4))) {
      throw Failures.atIndex(TYPE, s, 0, Kind.SYNTAX, "leave out the 'ISRC' prefix and give only the code");
    }
    String layout = len > 2 && s.charAt(2) == '-' ? HYPHENATED : BARE;
    char[] canonical = new char[12];
    int count = 0;
    int end = Math.min(len, layout.length());
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      char expected = layout.charAt(i);
      if (expected == '-') {
        if (c != '-') {
          throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
              "expected a hyphen: a hyphenated ISRC is written CC-XXX-YY-NNNNN");
        }
        continue;
      }
      if (expected == 'L' && !isAsciiLetter(c)) {
        throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
            CheckDigits.describe(s, i) + " is not a letter: an ISRC starts with a two-letter prefix");
      }
      if (expected == 'A' && !isAsciiLetterOrDigit(c)) {
        throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
            CheckDigits.describe(s, i) + " is not a letter or digit of the three-character registrant code");
      }
      if (expected == 'D' && !CheckDigits.isAsciiDigit(c)) {
        throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX, CheckDigits.describe(s, i)
            + (count < 7 ? " is not a digit of the two-digit year" : " is not a digit of the five-digit designation"));
      }
      canonical[count++] = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
    }
    if (len < layout.length()) {
      throw Failures.atIndex(TYPE, s, len, Kind.LENGTH,
          "ends too early: an ISRC has 12 letters and digits, written CCXXXYYNNNNN or CC-XXX-YY-NNNNN");
    }
    if (len > layout.length()) {
      int i = layout.length();
      if (isAsciiLetterOrDigit(s.charAt(i))) {
        throw Failures.atIndex(TYPE, s, i, Kind.LENGTH, "too long: an ISRC has 12 letters and digits");
      }
      throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
          CheckDigits.describe(s, i) + " after the designation: nothing follows the last five digits");
    }
    return new Isrc(new String(canonical));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || CheckDigits.isAsciiDigit(c);
  }

  /**
   * Returns the two-letter prefix of the country or agency that allocated the registrant code. It is
   * usually an ISO 3166 country code, but agencies also hand out other prefixes, so it says where the code
   * was issued, not where the recording was made.
   *
   * @return two upper-case letters, such as {@code US}
   */
  public String country() {
    return text.substring(0, 2);
  }

  /**
   * Returns the registrant code, the three characters that name who issued this ISRC within its prefix.
   *
   * @return three upper-case letters or digits, such as {@code RC1}
   */
  public String registrant() {
    return text.substring(2, 5);
  }

  /**
   * Returns the year part as the two digits it is written with, leading zero kept ({@code 07} for 2007).
   * It is the year the code was assigned, which is not always the year of the recording, and it does not
   * say the century: {@code 76} may be 1976 or 2076.
   *
   * @return two digits, such as {@code 76}
   */
  public String year() {
    return text.substring(5, 7);
  }

  /**
   * Returns the designation code, the number the registrant gave the recording within its year.
   *
   * @return five digits, leading zeros kept, such as {@code 07839}
   */
  public String designation() {
    return text.substring(7, 12);
  }

  /**
   * Returns the canonical form: twelve characters, upper case, no hyphens. {@link #parse(CharSequence)}
   * reads it back to an equal value.
   *
   * @return the text form, such as {@code USRC17607839}
   */
  @JsonValue
  @Override
  public String toString() {
    return text;
  }

  /**
   * Compares the codes in canonical form, so letter case and hyphens in the text they were read from do
   * not matter.
   *
   * @param other the object to compare with
   * @return whether {@code other} is the same ISRC
   */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof Isrc && text.equals(((Isrc) other).text);
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
