package io.github.linernotes.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Output that is held back until the input has been read without a problem, as long as it stays small.
 *
 * <p>Up to {@code holdLimit} bytes are kept in memory; if the reading then fails, nothing has been written
 * and the caller just drops this object. Past that size the held bytes are written out and the rest follows
 * in chunks, so memory stays bounded for inputs of any size; a failure then leaves a truncated output behind
 * (see {@link #abandon()}; a document lacks its closing {@code ]}}), which the exit status and the message on
 * standard error report. {@link #flush()} does nothing so that writers cannot push held bytes out early; call
 * {@link #commit()} once everything has been written.
 */
final class HeldOutput extends OutputStream {

  /** How much {@code format} and {@code convert} hold back before they start writing. */
  static final int DEFAULT_HOLD_LIMIT = 4 << 20;

  private static final int CHUNK = 1 << 16;

  /** Thrown when the target refuses bytes, so that callers can tell a write failure from a read failure. */
  static final class WriteFailedException extends IOException {
    private static final long serialVersionUID = 1L;

    WriteFailedException() {
      super("cannot write to standard output");
    }
  }

  private final PrintStream target;
  private final ByteArrayOutputStream buffer;
  private int limit;
  private boolean released;

  HeldOutput(PrintStream target, int holdLimit) {
    this.target = target;
    this.limit = holdLimit;
    this.buffer = new ByteArrayOutputStream(Math.min(holdLimit, CHUNK));
  }

  @Override
  public void write(int b) throws IOException {
    buffer.write(b);
    if (buffer.size() >= limit) {
      release();
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    buffer.write(bytes, offset, length);
    if (buffer.size() >= limit) {
      release();
    }
  }

  /** Does nothing: held bytes leave only through {@link #commit()} or by outgrowing the limit. */
  @Override
  public void flush() {
    // deliberately empty
  }

  /** Writes out everything still held and flushes the target. */
  void commit() throws IOException {
    release();
    target.flush();
    if (target.checkError()) {
      throw new WriteFailedException();
    }
  }

  /**
   * Ends the output after a failure: if it has started already, what is still held follows it, so that the
   * output holds everything before the failure; otherwise nothing is ever written.
   */
  void abandon() {
    if (released) {
      try {
        release();
      } catch (IOException e) {
        // the failure being reported matters more than this one
      }
      target.flush();
    }
    buffer.reset();
  }

  private void release() throws IOException {
    if (buffer.size() == 0) {
      return;
    }
    buffer.writeTo(target);
    buffer.reset();
    released = true;
    limit = CHUNK;
    if (target.checkError()) {
      throw new WriteFailedException();
    }
  }
}
