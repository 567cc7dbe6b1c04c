package io.github.linernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linernotes.Album;
import io.github.linernotes.ReferenceAlbums;
import io.github.linernotes.json.LinerNotesJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --threads}: validate, format and convert print the same on any number of threads. */
class ThreadsOptionTest {

  @TempDir
  Path dir;

  /** Hundreds of albums with consistency findings, broken lines among them, and one more at the end. */
  private String catalogue(boolean broken) throws IOException {
    Album reference = ReferenceAlbums.ascenseurPourLEchafaud();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Album album = reference.withTitle("Album " + i);
      lines.add(LinerNotesJson.write(i % 7 == 0 ? album.withReviews(List.of()) : album));
      if (broken && i % 37 == 5) {
        lines.add(i % 2 == 0 ? "{\"title\":5}" : "{\"title\":\"T\",\"artists\":[{\"name\":\"X\"}],\"bogus\":1}");
      }
    }
    Path file = dir.resolve(broken ? "broken.jsonl" : "good.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void validatePrintsTheSameOnAnyNumberOfThreads() throws IOException {
    String file = catalogue(true);
    Cli.Result one = Cli.run("validate", "--threads", "1", file);
    assertThat(one.status).isEqualTo(1);
    assertThat(one.outLines()).anySatisfy(line -> assertThat(line).endsWith("[wrong-type]"))
        .anySatisfy(line -> assertThat(line).contains(": warning: "));
    for (String threads : List.of("2", "3", "8")) {
      Cli.Result many = Cli.run("validate", "--threads", threads, file);
      assertThat(many.status).isEqualTo(one.status);
      assertThat(many.out).isEqualTo(one.out);
      assertThat(many.err).isEqualTo(one.err);
    }
    assertThat(Cli.run("validate", file).out).isEqualTo(one.out);
  }

  @Test
  void formatAndConvertPrintTheSameOnAnyNumberOfThreads() throws IOException {
    String good = catalogue(false);
    String broken = catalogue(true);
    for (List<String> command : List.of(List.of("format"), List.of("convert", "--to", "json"),
        List.of("convert", "--to", "jsonl"))) {
      for (String file : List.of(good, broken)) {
        Cli.Result one = run(command, "1", file);
        assertThat(one.status).isEqualTo(file.equals(good) ? 0 : 1);
        for (String threads : List.of("2", "3", "8")) {
          Cli.Result many = run(command, threads, file);
          assertThat(many.status).isEqualTo(one.status);
          assertThat(many.out).isEqualTo(one.out);
          assertThat(many.err).isEqualTo(one.err);
        }
      }
    }
  }

  private static Cli.Result run(List<String> command, String threads, String file) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--threads", threads, file));
    return Cli.run(args.toArray(String[]::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "format", "convert"})
  void fewerThanOneThreadIsAUsageError(String command) {
    Cli.Result result = command.equals("convert") ? Cli.run(command, "--to", "json", "--threads", "0", "x.jsonl")
        : Cli.run(command, "--threads", "0", "x.jsonl");
    assertThat(result.status).isEqualTo(2);
    assertThat(result.out).isEmpty();
    assertThat(result.err).contains("--threads must be at least 1, not 0");
  }
}
