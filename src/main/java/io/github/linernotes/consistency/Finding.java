package io.github.linernotes.consistency;

import java.util.List;
import java.util.Objects;

/**
 * One thing a consistency check found: its {@link FindingCode code} and severity, the paths of the values
 * involved (relative to the album, in the form of {@link io.github.linernotes.Violation#path()}), and a
 * message that states the facts ("tracks sum to 24:10, stated length 25:38").
 *
 * <p>Immutable and thread-safe.
 */
public final class Finding {

  private final FindingCode code;
  private final List<String> paths;
  private final String message;

  Finding(FindingCode code, List<String> paths, String message) {
    this.code = Objects.requireNonNull(code, "code");
    this.paths = List.copyOf(paths);
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
  public List<String> paths() {
    return paths;
  }

  /**
   * Returns the first of {@link #paths()} as a JSON Pointer, such as {@code /releases/0/statedLength}.
   *
   * @return the pointer
   */
  public String pointer() {
    String path = paths.get(0);
    StringBuilder sb = new StringBuilder();
    for (String part : path.split("[.\\[]")) {
      if (!part.isEmpty()) {
        sb.append('/').append(part.endsWith("]") ? part.substring(0, part.length() - 1) : part);
      }
    }
    return sb.toString();
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
