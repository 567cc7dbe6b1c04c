package io.github.linernotes.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.ObjLongConsumer;

/**
 * Reads a MusicBrainz JSON dump, one entity per line, in constant memory: a line is held only up to the
 * bound, and a longer line is skipped to its end without being kept. Not thread-safe: one instance reads one
 * stream.
 */
final class MusicBrainzDump {

  private final InputStream in;
  private final ObjLongConsumer<Imported> each;
  private final int maxLineBytes;
  private byte[] line = new byte[8192];
  private int length;
  private boolean tooLong;
  private long lineNumber;

  private MusicBrainzDump(InputStream in, ObjLongConsumer<Imported> each, int maxLineBytes) {
    this.in = in;
    this.each = each;
    this.maxLineBytes = maxLineBytes;
  }

  static void read(InputStream in, ObjLongConsumer<Imported> each, int maxLineBytes) {
    new MusicBrainzDump(in, each, maxLineBytes).run();
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
      throw new UncheckedIOException(e);
    }
    if (length > 0 || tooLong) {
      endLine();
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
    try {
      if (tooLong) {
        each.accept(MusicBrainzMapper.unusable("", "the line is longer than " + maxLineBytes + " bytes, the most"
            + " one entity may have; skipped"), lineNumber);
        return;
      }
      int end = length;
      if (end > 0 && line[end - 1] == '\r') {
        end--;
      }
      int start = 0;
      if (lineNumber == 1 && end >= 3 && (line[0] & 0xff) == 0xef && (line[1] & 0xff) == 0xbb
          && (line[2] & 0xff) == 0xbf) {
        start = 3;
      }
      if (isBlank(start, end)) {
        return;
      }
      Imported result;
      try {
        result = MusicBrainzMapper.map(MusicBrainzJson.parse(MusicBrainzJson.decode(line, start, end - start)));
      } catch (ImportException e) {
        ImportNote n = e.note();
        String where = n.location().isEmpty() ? "" : " (at " + n.location() + ")";
        result = Imported.of(List.of(), List.of(ImportNote.of(ImportCode.UNUSABLE, "", n.message() + where)));
      }
      each.accept(result, lineNumber);
    } finally {
      length = 0;
      tooLong = false;
      if (line.length > 1 << 20) {
        line = new byte[8192];
      }
    }
  }

  private boolean isBlank(int start, int end) {
    for (int i = start; i < end; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
