package io.github.linernotes.imports;

import io.github.linernotes.problem.ProblemCode;

/**
 * What an {@link ImportNote} reports: why a source value did not reach the album as it was.
 */
public enum ImportCode implements ProblemCode {
  /** The input, or one entity of a dump, cannot become an album at all; nothing of it was imported. */
  UNUSABLE("unusable"),
  /** The model has no place for this source value; it was left out. */
  NOT_IMPORTED("not-imported"),
  /** A source value breaks a rule of the model (a barcode with a wrong check digit, a date that does not
   * exist); it was left out. */
  INVALID_VALUE("invalid-value"),
  /** A source value was imported in another form than the source gives it (a {@code 1999-03-00} date as
   * {@code 1999-03}, a country name as its code, a year {@code 0} as unknown). */
  REINTERPRETED("reinterpreted"),
  /** A source value with no known counterpart was kept as its text (a region with no code, a role or format
   * no known one stands for). */
  KEPT_AS_TEXT("kept-as-text"),
  /** A source reference (a credit's track range, a relationship's target) names nothing the import has; the
   * reference was left out. */
  UNRESOLVED("unresolved");

  private final String code;

  ImportCode(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code, such as {@code not-imported}.
   *
   * @return the code
   */
  @Override
  public String code() {
    return code;
  }
}
