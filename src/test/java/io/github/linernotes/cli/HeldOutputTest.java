package io.github.linernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeldOutputTest {

  private final ByteArrayOutputStream target = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(target, false, StandardCharsets.UTF_8);

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void holdsEverythingUntilCommitted() throws IOException {
    HeldOutput held = new HeldOutput(out, 100);

    held.write(bytes("one\n"));
    held.flush();
    assertThat(target.size()).isZero();

    held.commit();
    assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("one\n");
  }

  @Test
  void writesNothingWhenAbandonedBeforeTheLimit() throws IOException {
    HeldOutput held = new HeldOutput(out, 100);

    held.write(bytes("half a result"));
    held.abandon();

    assertThat(target.size()).isZero();
  }

  @Test
  void streamsPastTheLimitAndKeepsWhatCameBeforeAFailure() throws IOException {
    HeldOutput held = new HeldOutput(out, 8);

    held.write(bytes("0123456789"));
    assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("0123456789");
    held.write('a');
    held.abandon();

    assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("0123456789a");
  }

  @Test
  void aTargetThatFailsIsReported() {
    PrintStream broken = new PrintStream(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("gone");
      }
    }, false, StandardCharsets.UTF_8);
    HeldOutput held = new HeldOutput(broken, 4);

    assertThatThrownBy(() -> held.write(bytes("too long"))).isInstanceOf(HeldOutput.WriteFailedException.class);
  }
}
