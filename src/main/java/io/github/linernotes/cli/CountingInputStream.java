package io.github.linernotes.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it, so that progress can be shown, and remembers the first read failure, so
 * that a failure a parser has turned into something else can still be recognised as one. Closing it closes
 * the wrapped stream.
 */
final class CountingInputStream extends FilterInputStream {

  private long count;
  private IOException failure;

  CountingInputStream(InputStream in) {
    super(in);
  }

  /** The number of bytes read or skipped so far. */
  long count() {
    return count;
  }

  /** The first exception a read or skip threw, or null. */
  IOException failure() {
    return failure;
  }

  @Override
  public int read() throws IOException {
    try {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    try {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public long skip(long n) throws IOException {
    try {
      long skipped = in.skip(n);
      count += Math.max(0, skipped);
      return skipped;
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private IOException failed(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
