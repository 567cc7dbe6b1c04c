package io.github.linernotes.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Recognises what an import input holds from its first bytes: gzip compression, and XML rather than JSON. */
final class Compression {

  private static final int BUFFER = 1 << 16;

  private Compression() {}

  /** The input, decompressed when it starts with the gzip magic bytes; marking is supported. */
  static InputStream open(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    if (first == 0x1f && second == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
    }
    return in;
  }

  /**
   * Whether the first byte after a byte-order mark that opens the input, and white space, is {@code <}; the
   * stream is not moved.
   */
  static boolean startsWithMarkup(InputStream in) throws IOException {
    int look = 4096;
    in.mark(look);
    try {
      int b = in.read();
      int i = 1;
      if (b == 0xEF) {
        if (in.read() != 0xBB || in.read() != 0xBF) {
          return false;
        }
        b = in.read();
        i = 4;
      }
      for (; i < look && (b == ' ' || b == '\t' || b == '\n' || b == '\r'); i++) {
        b = in.read();
      }
      return b == '<';
    } finally {
      in.reset();
    }
  }
}
