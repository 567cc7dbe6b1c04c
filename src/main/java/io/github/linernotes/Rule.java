package io.github.linernotes;

import io.github.linernotes.problem.ProblemCode;

/**
 * The rules a record is checked against when it is built, each with the stable code that a
 * {@link ValidationException}'s problems carry. The README's table of rules lists the same codes.
 */
public enum Rule implements ProblemCode {
  /** A required value (title, name, position, id, an album's artists…) is missing or blank. */
  REQUIRED("required"),
  /** An optional text or a list entry is present but blank. */
  BLANK("blank"),
  /** A name over 1,000 characters, a text over 20,000, a position over 20. */
  TOO_LONG("too-long"),
  /** A control character (notes may contain line breaks and tabs). */
  CONTROL_CHARACTER("control-character"),
  /** Half of a UTF-16 surrogate pair without the other half. */
  UNPAIRED_SURROGATE("unpaired-surrogate"),
  /** A take below 1, a negative track count. */
  OUT_OF_RANGE("out-of-range"),
  /** Two sessions, releases or citations with one id. */
  DUPLICATE_ID("duplicate-id"),
  /** Two tracks of one medium with one position. */
  DUPLICATE_POSITION("duplicate-position"),
  /** A set-like list repeats a value. */
  DUPLICATE_VALUE("duplicate-value"),
  /** A local id with characters other than letters, digits, {@code -}, {@code _}, {@code .}, or too long. */
  INVALID_ID("invalid-id"),
  /** A track position with a space or control character. */
  INVALID_POSITION("invalid-position"),
  /** A country or release area that is not a known code. */
  INVALID_CODE("invalid-code"),
  /** An {@code ExternalIds} with no id in it. */
  EMPTY_IDS("empty-ids"),
  /** Values that cannot go together: a creator role without a creator, a track's credit naming positions. */
  CONFLICTING_VALUES("conflicting-values"),
  /** A reference to a citation the album does not have. */
  UNKNOWN_CITATION("unknown-citation"),
  /** A track or recording naming a session the album does not have. */
  UNKNOWN_SESSION("unknown-session"),
  /** A track or credit naming a recording the album does not have. */
  UNKNOWN_RECORDING("unknown-recording"),
  /** A recording naming a work the album does not have. */
  UNKNOWN_WORK("unknown-work"),
  /** A credit or section naming a track position no track has. */
  UNKNOWN_TRACK_POSITION("unknown-track-position");

  private final String code;

  Rule(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code, such as {@code required}.
   *
   * @return the code
   */
  @Override
  public String code() {
    return code;
  }
}
