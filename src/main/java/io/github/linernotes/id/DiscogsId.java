package io.github.linernotes.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.linernotes.internal.CheckDigits;
import io.github.linernotes.internal.Failures;
import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import java.util.Objects;

/**
 * A Discogs database id: a positive whole number such as {@code 6606263}.
 *
 * <p>Discogs numbers its releases, masters, artists and labels separately, so the id does not say which
 * of them it names; the field that holds it does. Ids run from 1 to {@link Long#MAX_VALUE}, far beyond
 * the numbers Discogs has issued, so the type will not need to change as the database grows.
 *
 * <p><b>Text form.</b> Decimal ASCII digits, with no sign, no leading zero, no prefix (such as the
 * {@code r} in {@code [r6606263]}) and no surrounding whitespace. {@link #toString()} writes the
 * number back the same way.
 *
 * <p><b>JSON</b> is a string, like every identifier in this library ({@code "6606263"}), even though the
 * Discogs API itself uses JSON numbers. A JSON number is rejected on input, by Jackson 3 and Jackson 2
 * alike, so that a catalogue has one spelling.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DiscogsId {

  private static final String TYPE = "DiscogsId";

  private final long value;

  // Jackson 2 sees private constructors and would read JSON numbers here; only parse may read JSON.
  @JsonCreator(mode = JsonCreator.Mode.DISABLED)
  private DiscogsId(long value) {
    this.value = value;
  }

  /**
   * Makes an id from its number.
   *
   * @param value the id, at least 1
   * @return the id
   * @throws InvalidValueException with {@link Kind#OUT_OF_RANGE} if {@code value} is less than 1
   */
  public static DiscogsId of(long value) {
    if (value < 1) {
      throw Failures.of(TYPE, Long.toString(value), Kind.OUT_OF_RANGE,
          value + " is not a Discogs id; ids start at 1");
    }
    return new DiscogsId(value);
  }

  /**
   * Reads an id written as a decimal number.
   *
   * @param text the number, such as {@code 6606263}
   * @return the id
   * @throws InvalidValueException with {@link Kind#EMPTY} for empty or blank text; {@link Kind#SYNTAX}
   *     for a sign, a prefix, a leading zero or any character that is not an ASCII digit;
   *     {@link Kind#OUT_OF_RANGE} for 0 or a number above {@link Long#MAX_VALUE}
   * @throws NullPointerException if {@code text} is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DiscogsId parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    if (CheckDigits.isBlank(s)) {
      throw Failures.atIndex(TYPE, s, 0, Kind.EMPTY, "a Discogs id cannot be empty");
    }
    if (!CheckDigits.isAsciiDigit(s.charAt(0))) {
      throw Failures.atIndex(TYPE, s, 0, Kind.SYNTAX,
          CheckDigits.describe(s, 0) + " is not a digit; a Discogs id is a plain number, without sign or prefix");
    }
    return new DiscogsId(CheckDigits.positiveNumber(TYPE, s, 0));
  }

  /**
   * Returns the number.
   *
   * @return the id, at least 1
   */
  public long value() {
    return value;
  }

  /**
   * Returns the number in decimal.
   *
   * @return the text form, such as {@code 6606263}
   */
  @JsonValue
  @Override
  public String toString() {
    return Long.toString(value);
  }

  /**
   * Compares the numbers.
   *
   * @param other the object to compare with
   * @return whether {@code other} is the same Discogs id
   */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof DiscogsId && value == ((DiscogsId) other).value;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }
}
