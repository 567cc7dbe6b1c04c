package io.github.linernotes.json;

import io.github.linernotes.Album;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import tools.jackson.databind.ObjectReader;

/**
 * Splits a JSON Lines input into lines without ever holding more than one line, which may not grow
 * past a limit. Holds its buffers between lines, so reading a file allocates little besides the albums.
 * The splitting is shared; the two subclasses only keep bytes or characters.
 */
abstract class LineSplitter {

  /** Thrown when a line grows past the limit; the input cannot be read further. */
  static final class LineTooLongException extends Exception {
    private static final long serialVersionUID = 1L;

    LineTooLongException() {
      super(null, null, false, false);
    }
  }

  private final long maxLength;
  /** Read but not yet consumed: {@code [position, limit)} of the input buffer. */
  int position;
  int limit;
  /** The current line's length. */
  int length;
  /** Where the current line's text starts: after a byte-order mark that was skipped, else 0. */
  int start;

  LineSplitter(long maxLength) {
    this.maxLength = maxLength;
  }

  /** Refills the input buffer from the start; returns how many units were read, or -1 at the end. */
  abstract int fill() throws IOException;

  /** Moves {@link #position} to the next line feed in the buffer, or to {@link #limit}. */
  abstract void skipToLineFeed();

  /** Appends {@code count} units of the input buffer from {@code start} to the line, growing it. */
  abstract void copyToLine(int start, int count, int newLength);

  /** The unit at {@code index} of the line, as a char. */
  abstract char lineAt(int index);

  /** Binds the current line, from {@link #start}, to an album; null for a line that is {@code null}. */
  abstract Album parse(ObjectReader reader);

  /** Whether the current line starts with a byte-order mark. */
  abstract boolean startsWithBom();

  /** Skips the byte-order mark the current line starts with. */
  abstract void skipBom();

  /** Says why the current line is not UTF-8, or returns null. */
  abstract String encodingProblem();

  /** A copy of the current line that outlives the next call of {@link #next()}, to be parsed elsewhere. */
  abstract Line detach();

  /** The current line itself, not copied: good until the next call of {@link #next()}. */
  final Line current() {
    return current;
  }

  private final Line current = new Line() {
    @Override
    Album parse(ObjectReader reader) {
      return LineSplitter.this.parse(reader);
    }

    @Override
    String encodingProblem() {
      return LineSplitter.this.encodingProblem();
    }
  };

  /** The current line's length in units, its byte-order mark included. */
  final int length() {
    return length;
  }

  /**
   * A line taken out of the splitter, parsed later and possibly on another thread: the same calls as the
   * splitter's own {@link LineSplitter#parse} and {@link LineSplitter#encodingProblem}, on a copy.
   */
  abstract static class Line {
    abstract Album parse(ObjectReader reader);

    abstract String encodingProblem();
  }

  /** Moves to the next line; false at the end of the input. */
  final boolean next() throws IOException, LineTooLongException {
    length = 0;
    start = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        int read = fill();
        position = 0;
        limit = Math.max(read, 0);
        if (read <= 0) {
          return any;
        }
      }
      any = true;
      int start = position;
      skipToLineFeed();
      int count = position - start;
      if (count > 0) {
        if ((long) length + count > maxLength) {
          throw new LineTooLongException();
        }
        copyToLine(start, count, length + count);
        length += count;
      }
      if (position < limit) {
        position++;
        if (length > 0 && lineAt(length - 1) == '\r') {
          length--;
        }
        return true;
      }
    }
  }

  /** Whether the current line holds only spaces, tabs and carriage returns. */
  final boolean isBlank() {
    for (int i = start; i < length; i++) {
      char c = lineAt(i);
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  static int grownCapacity(int current, int needed) {
    return (int) Math.min(Math.max(current * 2L, needed), Integer.MAX_VALUE - 8);
  }

  static final class Bytes extends LineSplitter {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LINE_FEEDS = 0x0A0A_0A0A_0A0A_0A0AL;
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private byte[] line = new byte[1 << 12];

    Bytes(InputStream in, long maxLength) {
      super(maxLength);
      this.in = in;
    }

    @Override
    int fill() throws IOException {
      return in.read(buffer, 0, buffer.length);
    }

    @Override
    void skipToLineFeed() {
      // eight bytes at a time: x has a zero byte where a line feed was, and the lowest byte of t with its
      // top bit set is the first of them (a borrow can only mark bytes above a real zero)
      byte[] bytes = buffer;
      int p = position;
      int end = limit;
      while (p + Long.BYTES <= end) {
        long x = (long) LONGS.get(bytes, p) ^ LINE_FEEDS;
        long t = (x - ONES) & ~x & HIGH_BITS;
        if (t != 0) {
          position = p + (Long.numberOfTrailingZeros(t) >>> 3);
          return;
        }
        p += Long.BYTES;
      }
      while (p < end && bytes[p] != '\n') {
        p++;
      }
      position = p;
    }

    @Override
    void copyToLine(int start, int count, int newLength) {
      if (newLength > line.length) {
        line = Arrays.copyOf(line, grownCapacity(line.length, newLength));
      }
      System.arraycopy(buffer, start, line, length, count);
    }

    @Override
    char lineAt(int index) {
      return (char) (line[index] & 0xff);
    }

    @Override
    Album parse(ObjectReader reader) {
      return reader.readValue(line, start, length - start);
    }

    @Override
    boolean startsWithBom() {
      return Utf8Input.startsWithBom(line, 0, length);
    }

    @Override
    void skipBom() {
      start = 3;
    }

    @Override
    String encodingProblem() {
      return Utf8Input.problem(line, start, length - start);
    }

    @Override
    Line detach() {
      return lineOf(Arrays.copyOf(line, length), start, length);
    }

    /** The bytes from {@code from} to {@code to} as a line, which must not change afterwards. */
    static Line lineOf(byte[] bytes, int from, int to) {
      return new Line() {
        @Override
        Album parse(ObjectReader reader) {
          return reader.readValue(bytes, from, to - from);
        }

        @Override
        String encodingProblem() {
          return Utf8Input.problem(bytes, from, to - from);
        }
      };
    }
  }

  static final class Chars extends LineSplitter {
    private final Reader in;
    private final char[] buffer = new char[1 << 14];
    private char[] line = new char[1 << 12];

    Chars(Reader in, long maxLength) {
      super(maxLength);
      this.in = in;
    }

    @Override
    int fill() throws IOException {
      return in.read(buffer, 0, buffer.length);
    }

    @Override
    void skipToLineFeed() {
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
    }

    @Override
    void copyToLine(int start, int count, int newLength) {
      if (newLength > line.length) {
        line = Arrays.copyOf(line, grownCapacity(line.length, newLength));
      }
      System.arraycopy(buffer, start, line, length, count);
    }

    @Override
    char lineAt(int index) {
      return line[index];
    }

    @Override
    Album parse(ObjectReader reader) {
      return reader.readValue(new String(line, start, length - start));
    }

    @Override
    boolean startsWithBom() {
      return length > 0 && line[0] == Utf8Input.BOM;
    }

    @Override
    void skipBom() {
      start = 1;
    }

    @Override
    String encodingProblem() {
      return null;
    }

    @Override
    Line detach() {
      String text = new String(line, start, length - start);
      return new Line() {
        @Override
        Album parse(ObjectReader reader) {
          return reader.readValue(text);
        }

        @Override
        String encodingProblem() {
          return null;
        }
      };
    }
  }
}
