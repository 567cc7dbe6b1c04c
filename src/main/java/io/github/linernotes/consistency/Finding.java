package io.github.linernotes.consistency;

import io.github.linernotes.problem.Problem;
import io.github.linernotes.problem.ValuePath;
import java.util.List;
import java.util.Objects;

/**
 * One thing a consistency check found: its {@link FindingCode code} and severity, the paths of the values
 * involved (relative to the album, as {@link io.github.linernotes.problem.ValuePath}s), and a
 * message that states the facts ("tracks sum to 24:10, stated length 25:38").
 *
 * <p>Immutable and thread-safe.
 */
public final class Finding {

  private final FindingCode code;
  private final List<ValuePath> paths;
  private final String message;

  Finding(FindingCode code, List<String> paths, String message) {
    this.code = Objects.requireNonNull(code, "code");
    List<ValuePath> parsed = new java.util.ArrayList<>(paths.size());
    for (String path : paths) {
      parsed.add(ValuePath.parse(path));
    }
    this.paths = List.copyOf(parsed);
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Returns what kind of finding this is.
   *
   * @return the code
   */
  public FindingCode code() {
    return code;
  }

  /**
   * Returns how serious it is; the same as {@code code().severity()}.
   *
   * @return the severity
   */
  public Severity severity() {
    return code.severity();
  }

  /**
   * Returns the paths of the values involved, the main one first, such as
   * {@code releases[0].statedLength}.
   *
   * @return the paths, never empty
   */
  public List<ValuePath> paths() {
    return paths;
  }

  /**
   * Returns the first of {@link #paths()} as a JSON Pointer, such as {@code /releases/0/statedLength}.
   *
   * @return the pointer
   */
  public String pointer() {
    return paths.get(0).toPointer();
  }

  /**
   * Returns the finding as a problem: its code, its first path and its message.
   *
   * @return the problem
   */
  public Problem problem() {
    return Problem.of(code, paths.get(0), message);
  }

  /**
   * Returns the facts, in words.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Finding && code == ((Finding) other).code && paths.equals(((Finding) other).paths)
        && message.equals(((Finding) other).message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, paths, message);
  }

  /** Returns {@code path: severity: message [code]}. */
  @Override
  public String toString() {
    return paths.get(0) + ": " + severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + message + " [" + code
        + "]";
  }
}
