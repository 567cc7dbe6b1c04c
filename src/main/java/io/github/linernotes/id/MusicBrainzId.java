package io.github.linernotes.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.linernotes.internal.CheckDigits;
import io.github.linernotes.internal.Failures;
import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import java.util.Objects;
import java.util.UUID;

/**
 * A MusicBrainz identifier (MBID): a UUID written as 32 hexadecimal digits in groups of 8-4-4-4-12,
 * such as {@code b1392450-e666-3926-a536-22c65f834433} (the release group of Radiohead's
 * <i>OK Computer</i>).
 *
 * <p>The id says nothing about what kind of entity it names (artist, release group, release,
 * recording); the field that holds it does. The UUID version and variant bits are not checked, since
 * MusicBrainz has issued ids of more than one version.
 *
 * <p><b>Text form.</b> Exactly 36 characters: hexadecimal digits in either case, and hyphens at
 * positions 8, 13, 18 and 23. Braces, a {@code urn:uuid:} prefix, missing hyphens, the shortened forms
 * that {@link UUID#fromString(String)} tolerates, and surrounding whitespace are all rejected. The
 * canonical form, returned by {@link #toString()} and written to JSON, uses lower-case digits, so an id
 * given in upper case equals the same id in lower case.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MusicBrainzId {

  private static final String TYPE = "MusicBrainzId";
  private static final int LENGTH = 36;

  private final UUID uuid;
  private final String text;

  // Jackson 2 sees private constructors; only parse may read JSON.
  @JsonCreator(mode = JsonCreator.Mode.DISABLED)
  private MusicBrainzId(UUID uuid) {
    this.uuid = uuid;
    this.text = uuid.toString();
  }

  /**
   * Makes an id from a UUID.
   *
   * @param uuid any UUID
   * @return the id
   * @throws NullPointerException if {@code uuid} is null
   */
  public static MusicBrainzId of(UUID uuid) {
    return new MusicBrainzId(Objects.requireNonNull(uuid, "uuid"));
  }

  /**
   * Reads an id in the 8-4-4-4-12 form.
   *
   * @param text 36 characters such as {@code b1392450-e666-3926-a536-22c65f834433}; hexadecimal digits
   *     may be upper or lower case
   * @return the id
   * @throws InvalidValueException with {@link Kind#EMPTY} for empty or blank text; {@link Kind#SYNTAX}
   *     for a character that is not a hexadecimal digit where one belongs, or not a hyphen where one
   *     belongs (including braces); {@link Kind#LENGTH} when the text is shorter or longer than 36
   *     characters
   * @throws NullPointerException if {@code text} is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static MusicBrainzId parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int len = s.length();
    if (CheckDigits.isBlank(s)) {
      throw Failures.atIndex(TYPE, s, 0, Kind.EMPTY, "a MusicBrainz id cannot be empty");
    }
    if (s.charAt(0) == '{') {
      throw Failures.atIndex(TYPE, s, 0, Kind.SYNTAX,
          "leave out the braces: a MusicBrainz id is written as 8-4-4-4-12 hexadecimal digits");
    }
    long high = 0;
    long low = 0;
    int end = Math.min(len, LENGTH);
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        if (c != '-') {
          throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
              "expected a hyphen: a MusicBrainz id is written as 8-4-4-4-12 hexadecimal digits");
        }
      } else if (CheckDigits.isHexDigit(c)) {
        int value = Character.digit(c, 16);
        if (i < 18) {
          high = high << 4 | value;
        } else {
          low = low << 4 | value;
        }
      } else {
        throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
            CheckDigits.describe(s, i) + " is not a hexadecimal digit");
      }
    }
    if (len != LENGTH) {
      throw Failures.atIndex(TYPE, s, end, Kind.LENGTH,
          "has " + len + " characters; a MusicBrainz id has 36");
    }
    return new MusicBrainzId(new UUID(high, low));
  }

  /**
   * Returns the id as a UUID.
   *
   * @return the UUID, never null
   */
  public UUID toUuid() {
    return uuid;
  }

  /**
   * Returns the id in lower case, 8-4-4-4-12.
   *
   * @return the canonical text form, such as {@code b1392450-e666-3926-a536-22c65f834433}
   */
  @JsonValue
  @Override
  public String toString() {
    return text;
  }

  /**
   * Compares the UUIDs; letter case in the text they came from does not matter.
   *
   * @param other the object to compare with
   * @return whether {@code other} is the same MusicBrainz id
   */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof MusicBrainzId && uuid.equals(((MusicBrainzId) other).uuid);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return uuid.hashCode();
  }
}
