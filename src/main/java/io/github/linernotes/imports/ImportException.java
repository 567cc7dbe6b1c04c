package io.github.linernotes.imports;

import java.util.Objects;

/**
 * Thrown when an input cannot be read at all: it is not well-formed JSON or XML, not UTF-8, or it ends in the
 * middle. The note says where (a JSON Pointer, or a line and column) and why. An input that is well-formed
 * but cannot become an album is not thrown; it is an {@link Imported} without albums.
 */
public final class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ImportNote note;

  /**
   * Returns an exception for one unreadable input.
   *
   * @param note where and why, with the code {@link ImportCode#UNUSABLE}
   * @param cause the parser's own exception, or {@code null}
   * @throws NullPointerException if {@code note} is null
   */
  public ImportException(ImportNote note, Throwable cause) {
    super(Objects.requireNonNull(note, "note").toString(), cause);
    this.note = note;
  }

  /**
   * Returns where the input stopped being readable and why.
   *
   * @return the note
   */
  public ImportNote note() {
    return note;
  }
}
