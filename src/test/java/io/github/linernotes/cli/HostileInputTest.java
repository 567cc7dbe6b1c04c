package io.github.linernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input built to exhaust the stack or the heap ends in a reported problem, not a crash. */
class HostileInputTest {

  private static final int DEPTH = 100_000;
  private static final String HEAD = "{\"format\":\"linernotes/catalogue\",\"version\":1,\"albums\":";

  @TempDir
  Path dir;

  private String write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file.toString();
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  @Test
  void aDeeplyNestedDocumentIsRejected() throws IOException {
    String file = write("deep.json", nested(DEPTH));

    Cli.Result validate = Cli.run("validate", file);
    Cli.Result format = Cli.run("format", file);

    assertThat(validate.status).isEqualTo(1);
    assertThat(validate.outLines()).containsExactly(file + ":1:1: /: a catalogue document is a JSON object [wrong-type]");
    assertThat(format.status).isEqualTo(1);
    assertThat(format.out).isEmpty();
  }

  @Test
  void deepNestingInsideTheAlbumsArrayHitsTheDepthLimit() throws IOException {
    String file = write("deep-albums.json", HEAD + nested(DEPTH) + "}");

    Cli.Result validate = Cli.run("validate", file);
    Cli.Result convert = Cli.run("convert", "--to", "jsonl", file);

    assertThat(validate.status).isEqualTo(1);
    assertThat(validate.outLines()).anySatisfy(line -> assertThat(line).startsWith(file + ": /albums: ")
        .contains("nesting depth").endsWith("[limit]"));
    assertThat(convert.status).isEqualTo(1);
    assertThat(convert.out).isEmpty();
    assertThat(convert.errLines()).singleElement().asString().startsWith(file + ":1:56: /albums/0: ");
  }

  @Test
  void aDeeplyNestedJsonLinesFileIsRejectedLineByLine() throws IOException {
    String file = write("deep.jsonl", nested(DEPTH) + "\n" + "{\"title\":".repeat(DEPTH) + "\n");

    Cli.Result result = Cli.run("validate", file);

    assertThat(result.status).isEqualTo(1);
    assertThat(result.outLines()).hasSize(2);
    assertThat(result.outLines().get(0)).startsWith(file + ":1:1: /: ").endsWith("[wrong-type]");
    assertThat(result.outLines().get(1)).startsWith(file + ":2:10: /title: ").endsWith("[wrong-type]");
  }

  @Test
  void aHugeStringHitsTheStringLimit() throws IOException {
    String huge = "x".repeat(5_000_000);
    String file = write("huge.jsonl", "{\"title\":\"" + huge + "\",\"artists\":[{\"name\":\"A\"}]}\n"
        + "{\"title\":\"ok\",\"artists\":[{\"name\":\"A\"}]}\n");

    Cli.Result validate = Cli.run("validate", file);
    Cli.Result format = Cli.run("format", file);

    assertThat(validate.status).isEqualTo(1);
    assertThat(validate.outLines()).singleElement().asString()
        .startsWith(file).contains(": /title: String value length").endsWith("[limit]");
    assertThat(validate.errLines()).containsExactly(file + ": 1 album, 1 problem");
    assertThat(format.status).isEqualTo(1);
    assertThat(format.out).isEmpty();
  }

  @Test
  void aHugeStringInADocumentHitsTheStringLimit() throws IOException {
    String file = write("huge.json", HEAD + "[{\"title\":\"" + "x".repeat(5_000_000) + "\",\"artists\":[{\"name\":\"A\"}]}]}");

    Cli.Result result = Cli.run("format", file);

    assertThat(result.status).isEqualTo(1);
    assertThat(result.out).isEmpty();
    assertThat(result.errLines()).singleElement().asString()
        .startsWith(file).contains(": /albums/0/title: String value length").endsWith("[limit]");
  }
}
