package io.github.linernotes.imports;

import io.github.linernotes.internal.Printable;
import java.util.Objects;

/**
 * One source value that did not reach the album as it was: a {@link ImportCode}, where the value was in the
 * source, and what happened to it in words. The location is a JSON Pointer into the source document (for a
 * JSON Lines dump, into that line's entity) or, for XML, an XPath such as
 * {@code /releases/release[3]/tracklist/track[2]/position}.
 *
 * <p>A note is written on one line as {@code location: message [code]}, the form of every
 * {@link io.github.linernotes.problem.Problem}; {@link #format(String, long)} puts the input's name and line
 * in front.
 *
 * <p>Immutable and thread-safe.
 */
public final class ImportNote {

  private final ImportCode code;
  private final String location;
  private final String message;

  private ImportNote(ImportCode code, String location, String message) {
    this.code = Objects.requireNonNull(code, "code");
    this.location = Printable.of(Objects.requireNonNull(location, "location"));
    this.message = Printable.of(Objects.requireNonNull(message, "message"));
  }

  /**
   * Returns a note.
   *
   * @param code what happened to the value
   * @param location where it was in the source: a JSON Pointer or an XPath; empty for the whole document
   * @param message what happened, in words; characters that would break the line are kept as
   *     {@code \}{@code uXXXX} escapes
   * @return the note
   * @throws NullPointerException if an argument is null
   */
  public static ImportNote of(ImportCode code, String location, String message) {
    return new ImportNote(code, location, message);
  }

  /**
   * Returns what happened to the value.
   *
   * @return the code
   */
  public ImportCode code() {
    return code;
  }

  /**
   * Returns where the value was in the source.
   *
   * @return a JSON Pointer or an XPath; empty for the whole document
   */
  public String location() {
    return location;
  }

  /**
   * Returns what happened to the value, in words.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Writes the note on one line as {@code source:line: location: message [code]}, leaving out the line
   * when it is 0 (unknown or a one-document input).
   *
   * @param source the name of the input, such as a file name
   * @param line the 1-based line of a JSON Lines dump, or 0
   * @return the line
   * @throws NullPointerException if {@code source} is null
   */
  public String format(String source, long line) {
    StringBuilder sb = new StringBuilder(Objects.requireNonNull(source, "source"));
    if (line > 0) {
      sb.append(':').append(line);
    }
    return sb.append(": ").append(this).toString();
  }

  /**
   * Returns {@code location: message [code]}; the whole document's location is written {@code /}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return (location.isEmpty() ? "/" : location) + ": " + message + " [" + code.code() + "]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImportNote n
        && n.code == code && n.location.equals(location) && n.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, location, message);
  }
}
