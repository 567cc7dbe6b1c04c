package io.github.linernotes;

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

  /**
   * Reports text that could not be parsed.
   *
   * @param valueType simple name of the type being parsed, such as {@code "PartialDate"}
   * @param input the text exactly as given
   * @param errorIndex zero-based index in {@code input} where the problem was found
   * @param kind the kind of problem
   * @param reason a short explanation for people
   * @return the exception, for the caller to throw
   */
  static InvalidValueException atIndex(String valueType, String input, int errorIndex, Kind kind, String reason) {
    if (errorIndex < 0) {
      throw new IllegalArgumentException("errorIndex must not be negative: " + errorIndex);
    }
    return new InvalidValueException(valueType, input, Math.min(errorIndex, input.length()), kind, reason);
  }

  /**
   * Reports values that were not text, or a problem that belongs to the whole input rather than to
   * one position.
   *
   * @param valueType simple name of the type being made
   * @param input the rejected input as people would write it
   * @param kind the kind of problem
   * @param reason a short explanation for people
   * @return the exception, for the caller to throw
   */
  static InvalidValueException of(String valueType, String input, Kind kind, String reason) {
    return new InvalidValueException(valueType, input, -1, kind, reason);
  }

  private static String message(String valueType, String input, int errorIndex, String reason) {
    StringBuilder sb = new StringBuilder("Invalid ").append(valueType).append(' ');
    sb.append('"');
    appendPrintable(sb, input);
    sb.append('"');
    if (errorIndex >= 0) {
      sb.append(" at index ").append(errorIndex);
    }
    return sb.append(": ").append(reason).toString();
  }

  /** Longest part of a rejected input that a message quotes. */
  private static final int QUOTED = 200;

  /**
   * Quotes hostile input so that the message stays one readable line: control characters, line and
   * paragraph separators and unpaired surrogates as a backslash-u escape, and at most {@value #QUOTED} chars.
   */
  private static void appendPrintable(StringBuilder sb, String input) {
    int end = Math.min(input.length(), QUOTED);
    for (int i = 0; i < end; i++) {
      char c = input.charAt(i);
      boolean paired = Character.isHighSurrogate(c) ? i + 1 < input.length()
          && Character.isLowSurrogate(input.charAt(i + 1))
          : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(input.charAt(i - 1));
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
          || Character.isSurrogate(c) && !paired) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (end < input.length()) {
      sb.append("\u2026 (").append(input.length() - end).append(" more)");
    }
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
