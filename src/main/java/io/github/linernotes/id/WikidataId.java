package io.github.linernotes.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.linernotes.internal.CheckDigits;
import io.github.linernotes.internal.Failures;
import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import java.util.Objects;

/**
 * The id of a Wikidata item: an upper-case {@code Q} followed by a positive number, such as
 * {@code Q202996} (Radiohead's <i>OK Computer</i>).
 *
 * <p>Only items are modelled. Wikidata's other entities have ids of the same shape with another
 * letter: properties ({@code P175}), lexemes ({@code L7}), media files ({@code M…}) and entity schemas
 * ({@code E…}); they are rejected with {@link Kind#UNSUPPORTED} and a reason that names what they are.
 *
 * <p><b>Text form.</b> {@code Q} and decimal ASCII digits, with no leading zero; a lower-case
 * {@code q}, a URL or a prefix such as {@code wd:} is rejected. Numbers run from 1 to
 * {@link Long#MAX_VALUE}. JSON is the same string.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WikidataId {

  private static final String TYPE = "WikidataId";

  private final long number;

  // Jackson 2 sees private constructors and would read JSON numbers here; only parse may read JSON.
  @JsonCreator(mode = JsonCreator.Mode.DISABLED)
  private WikidataId(long number) {
    this.number = number;
  }

  /**
   * Makes an item id from its number.
   *
   * @param number the number after the {@code Q}, at least 1
   * @return the id
   * @throws InvalidValueException with {@link Kind#OUT_OF_RANGE} if {@code number} is less than 1
   */
  public static WikidataId of(long number) {
    if (number < 1) {
      throw Failures.of(TYPE, "Q" + number, Kind.OUT_OF_RANGE,
          number + " is not a Wikidata item number; numbers start at 1");
    }
    return new WikidataId(number);
  }

  /**
   * Reads an item id.
   *
   * @param text {@code Q} and a number, such as {@code Q202996}
   * @return the id
   * @throws InvalidValueException with {@link Kind#EMPTY} for empty or blank text;
   *     {@link Kind#UNSUPPORTED} for the id of a property, lexeme, media file or entity schema;
   *     {@link Kind#SYNTAX} for anything else that does not start with {@code Q}, a missing number, a
   *     leading zero or a character that is not an ASCII digit; {@link Kind#OUT_OF_RANGE} for
   *     {@code Q0} or a number above {@link Long#MAX_VALUE}
   * @throws NullPointerException if {@code text} is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static WikidataId parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int len = s.length();
    if (CheckDigits.isBlank(s)) {
      throw Failures.atIndex(TYPE, s, 0, Kind.EMPTY, "a Wikidata id cannot be empty");
    }
    char first = s.charAt(0);
    if (first != 'Q') {
      String other = len > 1 && CheckDigits.isAsciiDigit(s.charAt(1)) ? otherEntity(first) : null;
      if (other != null) {
        throw Failures.atIndex(TYPE, s, 0, Kind.UNSUPPORTED,
            "ids starting with " + first + " name Wikidata " + other + ", not items; an item id starts with Q");
      }
      String reason = first == 'q'
          ? "an item id starts with an upper-case Q"
          : CheckDigits.describe(s, 0) + " is not Q; give the item id alone, such as Q202996";
      throw Failures.atIndex(TYPE, s, 0, Kind.SYNTAX, reason);
    }
    if (len == 1) {
      throw Failures.atIndex(TYPE, s, 1, Kind.SYNTAX, "Q must be followed by a number");
    }
    return new WikidataId(CheckDigits.positiveNumber(TYPE, s, 1));
  }

  private static String otherEntity(char letter) {
    switch (letter) {
      case 'P':
        return "properties";
      case 'L':
        return "lexemes";
      case 'M':
        return "media files";
      case 'E':
        return "entity schemas";
      default:
        return null;
    }
  }

  /**
   * Returns the number after the {@code Q}.
   *
   * @return the number, at least 1
   */
  public long number() {
    return number;
  }

  /**
   * Returns {@code Q} followed by the number.
   *
   * @return the text form, such as {@code Q202996}
   */
  @JsonValue
  @Override
  public String toString() {
    return "Q" + number;
  }

  /**
   * Compares the numbers.
   *
   * @param other the object to compare with
   * @return whether {@code other} is the same item id
   */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof WikidataId && number == ((WikidataId) other).number;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Long.hashCode(number);
  }
}
