package io.github.linernotes;

import io.github.linernotes.problem.Problem;
import java.util.List;
import java.util.Objects;

/**
 * Thrown by {@code build()} (and so by JSON reading) when a record breaks one or more rules. It lists
 * every violation of the record at once, each with a path relative to the record, a stable code and a
 * message. No record is built when this is thrown.
 *
 * <p>The codes are stable across releases:
 * <ul>
 *   <li>{@code required} – a required value is missing or blank;</li>
 *   <li>{@code blank} – an optional text or a list entry is present but blank;</li>
 *   <li>{@code too-long} – a text is longer than the library accepts;</li>
 *   <li>{@code control-character} – a text contains a control character other than a line break;</li>
 *   <li>{@code out-of-range} – a number is outside its range (a take number below 1);</li>
 *   <li>{@code duplicate-id} – two entries of one list have the same id;</li>
 *   <li>{@code duplicate-position} – two tracks of one medium have the same position;</li>
 *   <li>{@code duplicate-value} – a list that is a set holds the same value twice;</li>
 *   <li>{@code empty-ids} – an external-ids object names no id at all;</li>
 *   <li>{@code unknown-citation} – a reference to a citation id that the album does not have;</li>
 *   <li>{@code unknown-session} – a track names a session id that the album does not have;</li>
 *   <li>{@code unknown-track-position} – a credit names a track position that does not exist;</li>
 *   <li>{@code conflicting-values} – two values exclude each other;</li>
 *   <li>{@code invalid-id} – a local id has characters other than letters, digits, {@code -}, {@code _}, {@code .}, or is longer than 64;</li>
 *   <li>{@code invalid-position} – a track position has a space or control character;</li>
 *   <li>{@code invalid-code} – a country or area code is not a known code.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String recordType;
  private final transient List<Problem> violations;

  /**
   * Makes the exception.
   *
   * @param recordType simple name of the record that could not be built, such as {@code "Album"}
   * @param violations every violation found, at least one
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  ValidationException(String recordType, List<Problem> violations) {
    super(message(Objects.requireNonNull(recordType, "recordType"),
        List.copyOf(Objects.requireNonNull(violations, "violations"))));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one violation");
    }
    this.recordType = recordType;
    this.violations = List.copyOf(violations);
  }

  private static String message(String recordType, List<Problem> violations) {
    StringBuilder sb = new StringBuilder("Invalid ").append(recordType).append(": ")
        .append(violations.size()).append(violations.size() == 1 ? " violation" : " violations");
    for (Problem v : violations) {
      sb.append("\n  ").append(v.path().isRoot() ? "(record)" : v.path()).append(": ").append(v.message())
          .append(" [").append(v.code()).append(']');
    }
    return sb.toString();
  }

  /**
   * Returns the simple name of the record type that could not be built.
   *
   * @return the type name, such as {@code "Track"}
   */
  public String recordType() {
    return recordType;
  }

  /**
   * Returns every violation found, in the order the record's fields are declared.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Problem> violations() {
    return violations;
  }
}
