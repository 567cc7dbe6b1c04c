package io.github.linernotes.json;

import io.github.linernotes.Album;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;
import tools.jackson.databind.ObjectReader;

/**
 * Splits a JSON Lines input into lines without ever holding more than one line, which may not grow
 * past a limit. Holds its buffers between lines, so reading a file allocates little besides the albums.
 */
abstract class LineSplitter {

  /** Thrown when a line grows past the limit; the input cannot be read further. */
  static final class LineTooLongException extends Exception {
    private static final long serialVersionUID = 1L;

    LineTooLongException() {
      super(null, null, false, false);
    }
  }

  final long maxLength;
  int length;

  LineSplitter(long maxLength) {
    this.maxLength = maxLength;
  }

  /** Moves to the next line; false at the end of the input. */
  abstract boolean next() throws IOException, LineTooLongException;

  /** Whether the current line holds only spaces, tabs and carriage returns. */
  abstract boolean isBlank();

  /** Binds the current line to an album. */
  abstract Album parse(ObjectReader reader);

  static final class Bytes extends LineSplitter {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1 << 12];

    Bytes(InputStream in, long maxLength) {
      super(maxLength);
      this.in = in;
    }

    @Override
    boolean next() throws IOException, LineTooLongException {
      length = 0;
      boolean any = false;
      while (true) {
        if (position == limit) {
          limit = in.read(buffer, 0, buffer.length);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            return any;
          }
        }
        any = true;
        int start = position;
        while (position < limit && buffer[position] != '\n') {
          position++;
        }
        append(start, position - start);
        if (position < limit) {
          position++;
          if (length > 0 && line[length - 1] == '\r') {
            length--;
          }
          return true;
        }
      }
    }

    private void append(int start, int count) throws LineTooLongException {
      if (count == 0) {
        return;
      }
      if ((long) length + count > maxLength) {
        throw new LineTooLongException();
      }
      if (length + count > line.length) {
        line = Arrays.copyOf(line, (int) Math.min(Math.max(line.length * 2L, (long) length + count), Integer.MAX_VALUE - 8));
      }
      System.arraycopy(buffer, start, line, length, count);
      length += count;
    }

    @Override
    boolean isBlank() {
      for (int i = 0; i < length; i++) {
        byte b = line[i];
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }

    @Override
    Album parse(ObjectReader reader) {
      return reader.readValue(line, 0, length);
    }
  }

  static final class Chars extends LineSplitter {
    private final Reader in;
    private final char[] buffer = new char[1 << 14];
    private int position;
    private int limit;
    private char[] line = new char[1 << 12];

    Chars(Reader in, long maxLength) {
      super(maxLength);
      this.in = in;
    }

    @Override
    boolean next() throws IOException, LineTooLongException {
      length = 0;
      boolean any = false;
      while (true) {
        if (position == limit) {
          limit = in.read(buffer, 0, buffer.length);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            return any;
          }
        }
        any = true;
        int start = position;
        while (position < limit && buffer[position] != '\n') {
          position++;
        }
        append(start, position - start);
        if (position < limit) {
          position++;
          if (length > 0 && line[length - 1] == '\r') {
            length--;
          }
          return true;
        }
      }
    }

    private void append(int start, int count) throws LineTooLongException {
      if (count == 0) {
        return;
      }
      if ((long) length + count > maxLength) {
        throw new LineTooLongException();
      }
      if (length + count > line.length) {
        line = Arrays.copyOf(line, (int) Math.min(Math.max(line.length * 2L, (long) length + count), Integer.MAX_VALUE - 8));
      }
      System.arraycopy(buffer, start, line, length, count);
      length += count;
    }

    @Override
    boolean isBlank() {
      for (int i = 0; i < length; i++) {
        char c = line[i];
        if (c != ' ' && c != '\t' && c != '\r') {
          return false;
        }
      }
      return true;
    }

    @Override
    Album parse(ObjectReader reader) {
      return reader.readValue(new String(line, 0, length));
    }
  }
}
