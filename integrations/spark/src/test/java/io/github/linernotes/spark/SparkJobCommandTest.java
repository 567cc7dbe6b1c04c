package io.github.linernotes.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linernotes.ReferenceAlbums;
import io.github.linernotes.json.LinerNotesJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's command line, in a JVM of its own (surefire forks one per class): it starts and stops its session. */
class SparkJobCommandTest {

  @TempDir
  Path dir;

  @Test
  void theJobWritesItsTablesAndRefusesAWrongCommandLine() throws Exception {
    Path a = dir.resolve("job.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      lines.append(i % 20 == 1 ? "{\"title\": \"broken\"" : LinerNotesJson.write(ReferenceAlbums.ascenseurPourLEchafaud()
          .withTitle("Album " + i))).append('\n');
    }
    Files.writeString(a, lines);
    Path out = dir.resolve("out");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    java.io.PrintStream stream = new java.io.PrintStream(printed, true, StandardCharsets.UTF_8);
    // the job stops the session it uses, so it gets one of its own
    assertThat(LinerNotesSparkJob.run(new String[] {"validate", "--master", "local[2]", "--out", out.toString(),
        a.toString()}, stream, stream)).isZero();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("syntax error " + 3, "findings: ");
    assertThat(Files.list(out.resolve("findings")).anyMatch(f -> f.getFileName().toString().endsWith(".json")))
        .isTrue();
    assertThat(Files.exists(out.resolve("counts/_SUCCESS"))).isTrue();
    assertThat(Files.exists(out.resolve("shared-ids/_SUCCESS"))).isTrue();

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    java.io.PrintStream errors = new java.io.PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(LinerNotesSparkJob.run(new String[] {"validate"}, errors, errors)).isEqualTo(2);
    assertThat(LinerNotesSparkJob.run(new String[] {"import", a.toString()}, errors, errors)).isEqualTo(2);
    assertThat(LinerNotesSparkJob.run(new String[] {"validate", "--as-of", "soon", a.toString()}, errors, errors))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("give at least one PATH",
        "import needs --from musicbrainz", "--as-of is a day such as 2026-12-01, not soon", "usage: validate");
  }
}
