package io.github.linernotes.json;

import io.github.linernotes.problem.ProblemCode;

/**
 * The codes of problems that the JSON readers find themselves; a record that breaks a rule is reported
 * with that rule's own code ({@link io.github.linernotes.Rule}).
 */
public enum JsonRule implements ProblemCode {
  /** Not well-formed JSON. */
  SYNTAX("syntax"),
  /** Not UTF-8, or a byte-order mark where only the start of the input may have one. */
  ENCODING("encoding"),
  /** A property the type does not have. */
  UNKNOWN_PROPERTY("unknown-property"),
  /** A key given twice in one object. */
  DUPLICATE_KEY("duplicate-key"),
  /** A {@code null}; leave the property out instead. */
  NULL_VALUE("null-value"),
  /** A value of the wrong JSON type, such as a number where text belongs. */
  WRONG_TYPE("wrong-type"),
  /** A rating without its {@code type}. */
  MISSING_TYPE("missing-type"),
  /** A rating with an unknown {@code type}. */
  UNKNOWN_TYPE("unknown-type"),
  /** A date, length, rating, identifier or name that its type rejects; the problem tells the kind. */
  INVALID_VALUE("invalid-value"),
  /** A {@link CatalogueLimits} limit was exceeded. */
  LIMIT("limit"),
  /** A catalogue document of another format. */
  UNKNOWN_FORMAT("unknown-format"),
  /** A catalogue document of a version this library does not read. */
  UNSUPPORTED_VERSION("unsupported-version"),
  /** A catalogue document without its format marker, version or albums. */
  REQUIRED("required");

  private final String code;

  JsonRule(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code, such as {@code unknown-property}.
   *
   * @return the code
   */
  @Override
  public String code() {
    return code;
  }
}
