package io.github.linernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An input that fails part-way is an input error (status 2), never a problem in the data. */
class ReadFailureTest {

  /** Gives a few bytes of an album, then fails. */
  private static InputStream failingAfterAFewBytes() {
    byte[] start = ("{\"format\":\"linernotes/catalogue\",\"version\":1,\"albums\":[{\"title\":\"x\"")
        .getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private int position;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (position == start.length) {
          throw new IOException("the disk went away");
        }
        int n = Math.min(length, start.length - position);
        System.arraycopy(start, position, buffer, offset, n);
        position += n;
        return n;
      }
    };
  }

  @ParameterizedTest
  @CsvSource({
      "validate, json", "validate, jsonl",
      "format, json", "format, jsonl"})
  void aFailingInputIsReportedAsUnreadable(String command, String kind) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = Main.run(new String[] {command, "--input", kind, "-"}, failingAfterAFewBytes(),
        new PrintStream(out, false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Cli.PIPE);

    assertThat(status).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("<stdin>: cannot read: the disk went away\n");
  }
}
