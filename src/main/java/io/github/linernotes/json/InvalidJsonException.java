package io.github.linernotes.json;

import io.github.linernotes.problem.Problem;
import io.github.linernotes.problem.ValuePath;
import java.util.List;

/**
 * Thrown when JSON cannot be read into the library's types: it is not well-formed, it has an unknown
 * property, a duplicate key, a null, a value of the wrong type, a value a type rejects, or a record that
 * breaks a rule. It says where — the source's name, the line and column, and the
 * <a href="https://www.rfc-editor.org/rfc/rfc6901">JSON Pointer</a> of the offending value — and which
 * rule was broken, as a stable {@link #code()}.
 *
 * <p>When one record breaks several rules, {@link #problems()} lists each with its own pointer; the
 * exception's own pointer, code and reason are those of the first.
 *
 * <p>Codes: {@code syntax} (not well-formed JSON), {@code unknown-property}, {@code duplicate-key},
 * {@code null-value}, {@code wrong-type}, {@code missing-type} and {@code unknown-type} (a rating
 * without or with an unknown {@code type}), {@code invalid-value} (a date, length, rating or identifier
 * that its type rejects), {@code limit} (a {@link CatalogueLimits} limit was exceeded),
 * {@code unknown-format} and {@code unsupported-version} (a catalogue document of another kind or a
 * later version), {@code required} (a catalogue document without its format, version or albums), and
 * every rule code of {@link io.github.linernotes.ValidationException}.
 *
 * <p>Immutable and thread-safe.
 */
public final class InvalidJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final long column;
  private final transient List<Problem> problems;

  InvalidJsonException(String source, long line, long column, List<Problem> problems, Throwable cause) {
    super(message(source, line, column, problems), cause);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("at least one problem is needed");
    }
    this.source = source;
    this.line = line;
    this.column = column;
    this.problems = List.copyOf(problems);
  }

  static InvalidJsonException of(String source, long line, long column, ValuePath path, JsonRule rule,
      String reason) {
    return new InvalidJsonException(source, line, column, List.of(Problem.of(rule, path, reason)),
        null);
  }

  private static String message(String source, long line, long column, List<Problem> problems) {
    StringBuilder sb = new StringBuilder(problems.get(0).format(source, line, column));
    for (int i = 1; i < problems.size(); i++) {
      sb.append("\n  ").append(problems.get(i));
    }
    return sb.toString();
  }

  /**
   * Returns the name of the input: a file name, or a name the caller gave, or {@code <string>}.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the 1-based line where the problem was found.
   *
   * @return the line, or 0 when not known
   */
  public long line() {
    return line;
  }

  /**
   * Returns the 1-based column where the problem was found.
   *
   * @return the column, or 0 when not known
   */
  public long column() {
    return column;
  }

  /**
   * Returns the JSON Pointer of the first offending value.
   *
   * @return the pointer; empty for the document root
   */
  public String pointer() {
    return problems.get(0).pointer();
  }

  /**
   * Returns the stable code of the first broken rule.
   *
   * @return the code, such as {@code unknown-property} or {@code unknown-citation}
   */
  public String code() {
    return problems.get(0).code();
  }

  /**
   * Returns the first reason, without the location that {@link #getMessage()} adds.
   *
   * @return the reason
   */
  public String reason() {
    return problems.get(0).message();
  }

  /**
   * Returns every problem found in the offending value, first one first.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }
}
