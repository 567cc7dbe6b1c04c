package io.github.linernotes.value;

import io.github.linernotes.internal.Failures;
import io.github.linernotes.internal.Printable;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown when text or numbers cannot become one of the library's value types: a date that does not
 * exist, an ISBN whose check digit is wrong, a rating above its scale, a length written as {@code 3:75}.
 *
 * <p>The exception names the type that was being made, the rejected input exactly as given, the
 * position in that input where the problem was found (when the input was text), a {@link Kind} that
 * callers can switch on, and a reason written for people. Tests and programs should look at
 * {@link #kind()}, not at the message text.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** What kind of problem was found; stable across releases, suitable for switching on. */
  public enum Kind {
    /** The input was empty or only whitespace. */
    EMPTY,
    /** The input does not have the shape the type expects (an unexpected character, a missing part). */
    SYNTAX,
    /** The input is well formed but has the wrong number of digits or characters. */
    LENGTH,
    /** A number is outside the range the type allows (month 13, a negative length, 6 of 5 stars). */
    OUT_OF_RANGE,
    /** A day that no calendar has, such as 2019-02-29 or 2020-04-31. */
    NO_SUCH_DATE,
    /** The two ends of an interval are in the wrong order. */
    REVERSED_INTERVAL,
    /** The check digit does not match the other digits. */
    CHECK_DIGIT,
    /**
     * The input is valid in a wider standard but outside what this library models, such as an EDTF
     * time of day or a level 2 date.
     */
    UNSUPPORTED
  }

  private final String valueType;
  private final String input;
  private final int errorIndex;
  private final Kind kind;
  private final String reason;

  private InvalidValueException(String valueType, String input, int errorIndex, Kind kind, String reason) {
    super(message(valueType, input, errorIndex, reason));
    this.valueType = valueType;
    this.input = input;
    this.errorIndex = errorIndex;
    this.kind = kind;
    this.reason = reason;
  }

  static {
    Failures.install(InvalidValueException::new);
  }

  private static String message(String valueType, String input, int errorIndex, String reason) {
    StringBuilder sb = new StringBuilder("Invalid ").append(valueType).append(' ');
    sb.append('"').append(Printable.of(input, Printable.QUOTED)).append('"');
    if (errorIndex >= 0) {
      sb.append(" at index ").append(errorIndex);
    }
    return sb.append(": ").append(reason).toString();
  }

  /**
   * Returns the simple name of the type that could not be made.
   *
   * @return the type name, such as {@code "Isbn"}
   */
  public String valueType() {
    return valueType;
  }

  /**
   * Returns the rejected input exactly as it was given.
   *
   * @return the input, never null
   */
  public String input() {
    return input;
  }

  /**
   * Returns the zero-based position in {@link #input()} where the problem was found.
   *
   * @return the index, or empty when the problem concerns the input as a whole
   */
  public OptionalInt errorIndex() {
    return errorIndex < 0 ? OptionalInt.empty() : OptionalInt.of(errorIndex);
  }

  /**
   * Returns the kind of problem.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the reason without the type, input and position that {@link #getMessage()} adds.
   *
   * @return the reason, never null
   */
  public String reason() {
    return reason;
  }

  static <T> T requireNonNull(T value, String parameterName) {
    return Objects.requireNonNull(value, parameterName);
  }
}
