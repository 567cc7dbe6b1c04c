package io.github.linernotes.imports;

import io.github.linernotes.internal.InOrder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ObjLongConsumer;

/**
 * Reads a MusicBrainz JSON dump, one entity per line, in constant memory: a line is held only up to the
 * bound, and a longer line is skipped to its end without being kept. The calling thread splits the lines;
 * each line is decoded, parsed and mapped on one of {@code threads} worker threads ({@link InOrder}), and
 * {@code each} receives the results on the calling thread in line order. Not thread-safe: one instance reads
 * one stream.
 */
final class MusicBrainzDump {

  private final InputStream in;
  private final InOrder<Numbered> order;
  private final int maxLineBytes;
  private byte[] line = new byte[8192];
  private int length;
  private boolean tooLong;
  private long lineNumber;

  /** A line's result and its number. */
  private static final class Numbered {
    final Imported imported;
    final long line;

    Numbered(Imported imported, long line) {
      this.imported = imported;
      this.line = line;
    }
  }

  private MusicBrainzDump(InputStream in, ObjLongConsumer<Imported> each, int maxLineBytes, int threads) {
    this.in = in;
    this.order = new InOrder<>(threads, "linernotes-musicbrainz", n -> each.accept(n.imported, n.line));
    this.maxLineBytes = maxLineBytes;
  }

  static void read(InputStream in, ObjLongConsumer<Imported> each, int maxLineBytes, int threads) {
    MusicBrainzDump dump = new MusicBrainzDump(in, each, maxLineBytes, threads);
    try {
      dump.run();
    } finally {
      dump.order.close();
    }
  }

  private void run() {
    byte[] buf = new byte[65536];
    try {
      for (int n; (n = in.read(buf)) >= 0; ) {
        int start = 0;
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            append(buf, start, i - start);
            endLine();
            start = i + 1;
          }
        }
        append(buf, start, n - start);
      }
    } catch (IOException e) {
      order.finish(); // the lines before the failure are delivered first, as on one thread
      throw new UncheckedIOException(e);
    }
    if (length > 0 || tooLong) {
      endLine();
    }
    order.finish();
  }

  /** What one line becomes, on a worker thread. */
  private static Imported map(byte[] line) {
    try {
      return MusicBrainzMapper.map(ImportJson.parse(ImportInput.decode(line, 0, line.length)));
    } catch (ImportException e) {
      ImportNote n = e.note();
      String where = n.location().isEmpty() ? "" : " (at " + n.location() + ")";
      return Imported.of(List.of(), List.of(ImportNote.of(ImportCode.UNUSABLE, "", n.message() + where)));
    }
  }

  private void append(byte[] buf, int from, int count) {
    if (count == 0 || tooLong) {
      return;
    }
    if ((long) length + count > maxLineBytes) {
      tooLong = true;
      length = 0;
      if (line.length > 8192) {
        line = new byte[8192];
      }
      return;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max((long) line.length * 2, length + count)));
    }
    System.arraycopy(buf, from, line, length, count);
    length += count;
  }

  private void endLine() {
    lineNumber++;
    long number = lineNumber;
    try {
      if (tooLong) {
        Imported unusable = tooLong(maxLineBytes);
        order.submit(() -> new Numbered(unusable, number), 0);
        return;
      }
      byte[] copy = content(line, length, number);
      if (copy == null) {
        return;
      }
      order.submit(() -> new Numbered(map(copy), number), copy.length);
    } finally {
      length = 0;
      tooLong = false;
      if (line.length > 1 << 20) {
        line = new byte[8192];
      }
    }
  }

  /**
   * The entity text of line {@code number}, whose bytes are the first {@code length} of {@code line}: without
   * the carriage return that ends it and, on line 1, a byte-order mark; null for a blank line.
   */
  private static byte[] content(byte[] line, int length, long number) {
    int end = length;
    if (end > 0 && line[end - 1] == '\r') {
      end--;
    }
    int start = 0;
    if (number == 1 && end >= 3 && (line[0] & 0xff) == 0xef && (line[1] & 0xff) == 0xbb
        && (line[2] & 0xff) == 0xbf) {
      start = 3;
    }
    for (int i = start; i < end; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return Arrays.copyOfRange(line, start, end);
      }
    }
    return null;
  }

  /** What the dump reading makes of one line split elsewhere, by its number; empty for a blank line. */
  static Optional<Imported> line(byte[] line, long number, int maxLineBytes) {
    if (line.length > maxLineBytes) {
      return Optional.of(tooLong(maxLineBytes));
    }
    byte[] content = content(line, line.length, number);
    return content == null ? Optional.empty() : Optional.of(map(content));
  }

  private static Imported tooLong(int maxLineBytes) {
    return MusicBrainzMapper.unusable("", "the line is longer than " + maxLineBytes
        + " bytes, the most one entity may have; skipped");
  }
}
