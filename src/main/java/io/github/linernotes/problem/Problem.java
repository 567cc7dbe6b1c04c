package io.github.linernotes.problem;

import io.github.linernotes.internal.Printable;
import io.github.linernotes.value.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing that is wrong, where, and why: a {@link ProblemCode}, the {@link ValuePath} of the offending value,
 * and a message in words. A record that breaks a rule, a JSON document that cannot be read and a
 * consistency finding all report their problems this way, and {@link #format(String, long, long)} writes
 * every one of them on one line in the same form:
 * {@code catalogue.json:3:57: /albums/1/bogus: unknown property "bogus" [unknown-property]}.
 *
 * <p>A problem caused by a value that its type rejected (a date that does not exist, a wrong check digit)
 * also tells the {@link InvalidValueException.Kind} of that rejection.
 *
 * <p>Immutable and thread-safe.
 */
public final class Problem {

  private final ProblemCode rule;
  private final ValuePath path;
  private final String message;
  private final InvalidValueException.Kind valueKind;

  private Problem(ProblemCode rule, ValuePath path, String message, InvalidValueException.Kind valueKind) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.path = Objects.requireNonNull(path, "path");
    // a message may quote the rejected input; keep it on one line whatever that input holds
    this.message = Printable.of(Objects.requireNonNull(message, "message"));
    this.valueKind = valueKind;
  }

  /**
   * Returns a problem.
   *
   * @param rule the code of the problem
   * @param path where it is, relative to the value that was checked or read
   * @param message what is wrong, in words; characters that would break the line (control characters,
   *     line separators, unpaired surrogates) are kept as {@code \}{@code uXXXX} escapes
   * @return the problem
   * @throws NullPointerException if an argument is null
   */
  public static Problem of(ProblemCode rule, ValuePath path, String message) {
    return new Problem(rule, path, message, null);
  }

  /**
   * Returns a problem caused by a value its type rejected.
   *
   * @param rule the code of the problem
   * @param path where it is
   * @param message what is wrong, in words, on one line
   * @param valueKind the kind of the rejection
   * @return the problem
   * @throws NullPointerException if an argument is null
   */
  public static Problem of(ProblemCode rule, ValuePath path, String message, InvalidValueException.Kind valueKind) {
    return new Problem(rule, path, message, Objects.requireNonNull(valueKind, "valueKind"));
  }

  /**
   * Returns the code of the problem, typed.
   *
   * @return the code
   */
  public ProblemCode rule() {
    return rule;
  }

  /**
   * Returns the code string, such as {@code required}; the same as {@code rule().code()}.
   *
   * @return the code string
   */
  public String code() {
    return rule.code();
  }

  /**
   * Returns where the problem is.
   *
   * @return the path, relative to the value that was checked or read
   */
  public ValuePath path() {
    return path;
  }

  /**
   * Returns where the problem is as a JSON Pointer, the same as {@code path().toPointer()}.
   *
   * @return the pointer; empty for the root
   */
  public String pointer() {
    return path.toPointer();
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
   * Returns the kind of rejection, when the problem is a value its type rejected.
   *
   * @return the kind, or empty
   */
  public Optional<InvalidValueException.Kind> valueKind() {
    return Optional.ofNullable(valueKind);
  }

  /**
   * Returns the same problem one level down: its path under {@code prefix}.
   *
   * @param prefix the path of the value that holds the one the problem was found in
   * @return the problem with the longer path
   * @throws NullPointerException if {@code prefix} is null
   */
  public Problem under(ValuePath prefix) {
    return prefix.isRoot() ? this : new Problem(rule, prefix.resolve(path), message, valueKind);
  }

  /**
   * Writes the problem on one line as {@code source:line:column: pointer: message [code]}, leaving out the
   * line and the column when they are 0 (unknown), and writing the root's pointer as {@code /}.
   *
   * @param source the name of the input, such as a file name
   * @param line the 1-based line, or 0
   * @param column the 1-based column, or 0
   * @return the line
   * @throws NullPointerException if {@code source} is null
   */
  public String format(String source, long line, long column) {
    StringBuilder sb = new StringBuilder(Objects.requireNonNull(source, "source"));
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").append(this).toString();
  }

  /**
   * Returns {@code pointer: message [code]}; the root's pointer is written {@code /}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String pointer = path.toPointer();
    return (pointer.isEmpty() ? "/" : Printable.of(pointer, Printable.QUOTED)) + ": " + message + " [" + rule.code()
        + "]";
  }

  /**
   * Tells whether another object is a problem with the same code, path, message and kind.
   *
   * @param other the object to compare with
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Problem)) {
      return false;
    }
    Problem p = (Problem) other;
    return rule.equals(p.rule) && path.equals(p.path) && message.equals(p.message)
        && Objects.equals(valueKind, p.valueKind);
  }

  /**
   * Returns a hash code computed from the code, path and message.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(rule, path, message);
  }
}
