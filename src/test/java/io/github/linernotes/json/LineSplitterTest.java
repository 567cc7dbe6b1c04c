package io.github.linernotes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The byte splitter finds every line feed, wherever it falls in its eight-byte steps and its buffer, and
 * takes no other byte for one: bytes that differ from a line feed in one bit, or that are a line feed
 * with the top bit set, stay inside the line.
 */
class LineSplitterTest {

  /** Line feeds, their near neighbours and some ordinary bytes. */
  private static final Gen<Integer> BYTES = Generate.pick(List.of(
      0x0A, 0x8A, 0x0B, 0x08, 0x0E, 0x2A, 0x4A, 0x00, 0x01, 0x09, 0x0D, 0x7F, 0x80, 0xFF, 0xF5, (int) 'a', (int) '{', (int) '"'));

  /** What splitting on line feeds gives, byte by byte, with a carriage return before a line feed dropped. */
  private static List<String> expected(byte[] input) {
    List<String> lines = new ArrayList<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean any = false;
    for (byte b : input) {
      any = true;
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        lines.add(hex(bytes, length));
        line.reset();
        any = false;
      } else {
        line.write(b);
      }
    }
    if (any) {
      lines.add(hex(line.toByteArray(), line.size()));
    }
    return lines;
  }

  private static List<String> split(InputStream in) throws IOException, LineSplitter.LineTooLongException {
    LineSplitter.Bytes splitter = new LineSplitter.Bytes(in, Long.MAX_VALUE);
    List<String> lines = new ArrayList<>();
    while (splitter.next()) {
      byte[] bytes = new byte[splitter.length()];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) splitter.lineAt(i);
      }
      lines.add(hex(bytes, bytes.length));
    }
    return lines;
  }

  private static String hex(byte[] bytes, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(String.format("%02x", bytes[i] & 0xff));
    }
    return text.toString();
  }

  /** Hands out at most {@code step} bytes per read, so that lines cross the splitter's buffer at any point. */
  private static InputStream inSteps(byte[] bytes, int step) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, step));
      }
    };
  }

  @Test
  void everyLineFeedIsFoundAndNoOtherByte() {
    qt().withExamples(3_000).forAll(lists().of(BYTES).ofSizeBetween(0, 70), integers().between(1, 19))
        .checkAssert((values, step) -> {
          byte[] input = new byte[values.size()];
          for (int i = 0; i < input.length; i++) {
            input[i] = (byte) (int) values.get(i);
          }
          try {
            assertThat(split(new ByteArrayInputStream(input))).isEqualTo(expected(input));
            assertThat(split(inSteps(input, step))).isEqualTo(expected(input));
          } catch (IOException | LineSplitter.LineTooLongException e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void aLineFeedAtEachPlaceOfALongLineEndsItThere() throws Exception {
    for (int at = 0; at < 40; at++) {
      byte[] input = new byte[40];
      java.util.Arrays.fill(input, (byte) 0x8A);
      input[at] = '\n';
      assertThat(split(new ByteArrayInputStream(input))).as("line feed at %d", at).isEqualTo(expected(input));
    }
  }
}
