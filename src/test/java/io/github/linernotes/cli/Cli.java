package io.github.linernotes.cli;

import io.github.linernotes.Album;
import io.github.linernotes.ReferenceAlbums;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the tool in-process and keeps what it printed. */
final class Cli {

  /** What one run printed and returned. */
  static final class Result {
    final int status;
    final String out;
    final String err;

    Result(int status, String out, String err) {
      this.status = status;
      this.out = out;
      this.err = err;
    }

    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }

    @Override
    public String toString() {
      return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /** A non-interactive terminal with the real limits. */
  static final Terminal PIPE = new Terminal(false, () -> 0L, Progress.THRESHOLD_BYTES, HeldOutput.DEFAULT_HOLD_LIMIT);

  private Cli() {}

  static Result run(String... args) {
    return run(PIPE, new byte[0], args);
  }

  static Result runWithStdin(String stdin, String... args) {
    return run(PIPE, stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static Result run(Terminal terminal, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    InputStream in = new ByteArrayInputStream(stdin);
    int status = Main.run(args, in, new PrintStream(out, false, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Three valid albums: the reference album and two retitled copies. */
  static List<Album> threeAlbums() {
    Album reference = ReferenceAlbums.ascenseurPourLEchafaud();
    return List.of(reference, reference.withTitle("Ascenseur (second copy)"),
        Album.builder().from(reference).title("Ascenseur — troisième").build());
  }
}
