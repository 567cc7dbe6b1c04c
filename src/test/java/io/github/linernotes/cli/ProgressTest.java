package io.github.linernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linernotes.json.CatalogueWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
  private final AtomicLong now = new AtomicLong();

  private Progress progress(CountingInputStream bytes, long size) {
    return new Progress(new PrintStream(terminal, false, StandardCharsets.UTF_8), "big.jsonl", bytes, size, now::get);
  }

  private String drawn() {
    return terminal.toString(StandardCharsets.UTF_8);
  }

  @Test
  void redrawsAtMostFourTimesASecondAndEndsTheLine() throws IOException {
    CountingInputStream bytes = new CountingInputStream(new ByteArrayInputStream(new byte[200]));
    Progress progress = progress(bytes, 200);

    bytes.readNBytes(50);
    progress.album();
    now.addAndGet(100_000_000L);
    bytes.readNBytes(50);
    progress.album();
    now.addAndGet(200_000_000L);
    progress.album();
    bytes.readNBytes(100);
    progress.finish();

    assertThat(drawn()).isEqualTo("\rbig.jsonl: 25% (1 album)"
        + "\rbig.jsonl: 50% (3 albums)"
        + "\rbig.jsonl: 100% (3 albums)\n");
  }

  @Test
  void clearingBlanksTheLineForOtherText() {
    CountingInputStream bytes = new CountingInputStream(new ByteArrayInputStream(new byte[0]));
    Progress progress = progress(bytes, 10);

    progress.album();
    progress.clear();

    assertThat(drawn()).isEqualTo("\rbig.jsonl: 0% (1 album)\r" + " ".repeat(23) + "\r");
  }

  @Test
  void theInactiveProgressDrawsNothing() {
    Progress.NONE.album();
    Progress.NONE.clear();
    Progress.NONE.finish();

    assertThat(drawn()).isEmpty();
  }

  @Test
  void largeFilesGetProgressOnAnInteractiveTerminalOnly() throws IOException {
    Path file = dir.resolve("albums.jsonl");
    Files.writeString(file, CatalogueWriter.linesToString(Cli.threeAlbums()), StandardCharsets.UTF_8);
    Terminal interactive = new Terminal(true, now::get, 1000, HeldOutput.DEFAULT_HOLD_LIMIT);
    Terminal smallFilesOnly = new Terminal(true, now::get, Files.size(file), HeldOutput.DEFAULT_HOLD_LIMIT);

    Cli.Result shown = Cli.run(interactive, new byte[0], "validate", file.toString());
    Cli.Result small = Cli.run(smallFilesOnly, new byte[0], "validate", file.toString());
    Cli.Result piped = Cli.run(Cli.PIPE, new byte[0], "validate", file.toString());

    assertThat(shown.err).startsWith("\r" + file + ": ").contains("\r" + file + ": 100% (3 albums)\n")
        .endsWith(file + ": 3 albums, 0 problems\n");
    assertThat(small.err).isEqualTo(file + ": 3 albums, 0 problems\n");
    assertThat(piped.err).isEqualTo(file + ": 3 albums, 0 problems\n");
  }

  @Test
  void standardInputHasNoSizeAndSoNoProgress() {
    Terminal interactive = new Terminal(true, now::get, 0, HeldOutput.DEFAULT_HOLD_LIMIT);

    Cli.Result result = Cli.run(interactive, CatalogueWriter.linesToString(Cli.threeAlbums())
        .getBytes(StandardCharsets.UTF_8), "format", "--input", "jsonl", "-");

    assertThat(result.status).isZero();
    assertThat(result.err).isEmpty();
  }
}
