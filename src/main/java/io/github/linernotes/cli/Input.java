package io.github.linernotes.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** One input named on the command line, opened: a file, or standard input for {@code -}. */
final class Input {

  /** The command-line name of standard input. */
  static final String STDIN_ARGUMENT = "-";

  /** The name used for standard input in messages. */
  static final String STDIN_NAME = "<stdin>";

  /** Thrown when an input cannot be opened; the message says why in a few words. */
  static final class CannotOpenException extends Exception {
    private static final long serialVersionUID = 1L;

    CannotOpenException(String reason) {
      super(reason, null, false, false);
    }
  }

  private final String name;
  private final CountingInputStream stream;
  private final long size;
  private final InputKind kind;

  private Input(String name, CountingInputStream stream, long size, InputKind kind) {
    this.name = name;
    this.stream = stream;
    this.size = size;
    this.kind = kind;
  }

  /**
   * Opens the input named by {@code argument}.
   *
   * @param argument a file name, or {@code -} for {@code stdin}
   * @param stdin standard input; never closed
   * @param kind how to read it, or null to go by the file name
   */
  static Input open(String argument, InputStream stdin, InputKind kind) throws CannotOpenException {
    if (STDIN_ARGUMENT.equals(argument)) {
      InputStream unclosable = new FilterInputStream(stdin) {
        @Override
        public void close() {
          // standard input belongs to the caller
        }
      };
      return new Input(STDIN_NAME, new CountingInputStream(unclosable), -1,
          kind == null ? InputKind.DOCUMENT : kind);
    }
    Path file;
    try {
      file = Path.of(argument);
    } catch (InvalidPathException e) {
      throw new CannotOpenException("not a valid file name");
    }
    if (Files.isDirectory(file)) {
      throw new CannotOpenException("it is a directory");
    }
    try {
      InputStream in = Files.newInputStream(file);
      long size = -1;
      try {
        size = Files.size(file);
      } catch (IOException e) {
        // a size is only needed for progress; a pipe or device has none worth showing
      }
      return new Input(argument, new CountingInputStream(in), size,
          kind == null ? InputKind.ofFileName(argument) : kind);
    } catch (NoSuchFileException e) {
      throw new CannotOpenException("no such file");
    } catch (AccessDeniedException e) {
      throw new CannotOpenException("permission denied");
    } catch (IOException | SecurityException e) {
      throw new CannotOpenException(reason(e));
    }
  }

  /** A short reason for an I/O failure, without the file name Java tends to repeat. */
  static String reason(Exception e) {
    String message = e.getMessage();
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** The name to use in messages: the argument as given, or {@code <stdin>}. */
  String name() {
    return name;
  }

  /** The bytes, counted as they are read. */
  CountingInputStream stream() {
    return stream;
  }

  /** The size in bytes, or -1 when not known (standard input). */
  long size() {
    return size;
  }

  /** How to read it. */
  InputKind kind() {
    return kind;
  }
}
