package io.github.linernotes;

import java.util.Objects;

/**
 * One broken rule in a record: where (a path relative to the record being built, such as
 * {@code releases[0].media[0].tracks[3].position}), which rule (a stable {@link #code()}), and a
 * message for people.
 *
 * <p>Immutable and thread-safe.
 */
public final class Violation {

  private final String path;
  private final String code;
  private final String message;

  private Violation(String path, String code, String message) {
    this.path = path;
    this.code = code;
    this.message = message;
  }

  /**
   * Makes a violation.
   *
   * @param path where the rule was broken, relative to the record; empty for the record itself
   * @param code the stable rule code, one of the codes listed in {@link ValidationException}
   * @param message what is wrong, for people
   * @return the violation
   * @throws NullPointerException if an argument is null
   */
  public static Violation of(String path, String code, String message) {
    return new Violation(Objects.requireNonNull(path, "path"), Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(message, "message"));
  }

  /**
   * Returns where the rule was broken, relative to the record that was being built.
   *
   * @return a path such as {@code media[0].tracks[3].position}; empty for the record as a whole
   */
  public String path() {
    return path;
  }

  /**
   * Returns the stable code of the broken rule.
   *
   * @return the code, such as {@code "required"} or {@code "unknown-citation"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns what is wrong, in words.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns this violation with {@code prefix} put in front of its path, for reporting a violation of
   * a nested record relative to the record that holds it.
   *
   * @param prefix the path of the nested record, such as {@code releases[1]}
   * @return the violation with the longer path
   */
  public Violation under(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isEmpty()) {
      return this;
    }
    String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
    return new Violation(joined, code, message);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation
        && path.equals(((Violation) other).path)
        && code.equals(((Violation) other).code)
        && message.equals(((Violation) other).message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, code, message);
  }

  /** Returns {@code path: message [code]}. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "(record)" : path) + ": " + message + " [" + code + "]";
  }
}
