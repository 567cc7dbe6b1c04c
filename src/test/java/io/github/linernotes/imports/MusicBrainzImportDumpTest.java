package io.github.linernotes.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** MusicBrainz JSON dumps: one entity a line, read as a stream, each line on its own. */
class MusicBrainzImportDumpTest {

  private record Line(long number, Imported result) {}

  private static String oneLine(String name) {
    JsonMapper mapper = JsonMapper.builder().build();
    return mapper.writeValueAsString(mapper.readTree(MusicBrainzFixtures.text(name)));
  }

  private static List<Line> dump(InputStream in) {
    List<Line> lines = new ArrayList<>();
    MusicBrainzImport.readDump(in, (r, n) -> lines.add(new Line(n, r)));
    return lines;
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everySharedDocumentOnItsOwnLineImportsAsItDoesAlone() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> names = MusicBrainzFixtures.ALL;
    out.write(oneLine(names.get(0)).getBytes(StandardCharsets.UTF_8));
    out.write("\n   \n".getBytes(StandardCharsets.UTF_8));                    // line 2 is blank
    out.write("{\"title\": \"broken\", \"media\": [\n".getBytes(StandardCharsets.UTF_8));  // line 3 is broken
    out.write(new byte[] {'"', (byte) 0xff, '"', '\n'});                      // line 4 is not UTF-8
    for (int i = 1; i < names.size(); i++) {
      out.write(oneLine(names.get(i)).getBytes(StandardCharsets.UTF_8));
      out.write(i % 2 == 0 ? "\r\n".getBytes(StandardCharsets.UTF_8) : "\n".getBytes(StandardCharsets.UTF_8));
    }
    List<Line> lines = dump(new ByteArrayInputStream(out.toByteArray()));

    assertThat(lines).extracting(Line::number).containsExactly(1L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
    assertThat(lines.get(0).result()).isEqualTo(MusicBrainzFixtures.read(names.get(0)));
    for (Line broken : List.of(lines.get(1), lines.get(2))) {
      assertThat(broken.result().albums()).isEmpty();
      assertThat(broken.result().notes()).singleElement().satisfies(n -> {
        assertThat(n.code()).isEqualTo(ImportCode.UNUSABLE);
        assertThat(n.location()).isEmpty();
      });
    }
    assertThat(lines.get(1).result().notes().get(0).message()).contains("not well-formed JSON");
    assertThat(lines.get(2).result().notes().get(0).message()).contains("not UTF-8");
    for (int i = 1; i < names.size(); i++) {
      Imported alone = MusicBrainzFixtures.read(names.get(i));
      assertThat(lines.get(i + 2).result()).as(names.get(i)).isEqualTo(alone);
      alone.albums().forEach(RoundTrip::check);
    }
  }

  @Test
  void aDumpImportsTheSameOnEveryNumberOfThreads() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> names = MusicBrainzFixtures.ALL;
    for (int round = 0; round < 30; round++) {
      for (int i = 0; i < names.size(); i++) {
        out.write(oneLine(names.get(i)).getBytes(StandardCharsets.UTF_8));
        out.write(switch ((round + i) % 5) {
          case 0 -> "\n   \n".getBytes(StandardCharsets.UTF_8);
          case 1 -> "\n{\"title\": \"broken\"\n".getBytes(StandardCharsets.UTF_8);
          case 2 -> new byte[] {'\n', '"', (byte) 0xff, '"', '\n'};
          case 3 -> "\r\n".getBytes(StandardCharsets.UTF_8);
          default -> "\n".getBytes(StandardCharsets.UTF_8);
        });
      }
    }
    byte[] dump = out.toByteArray();
    List<Line> one = new ArrayList<>();
    MusicBrainzImport.readDump(new ByteArrayInputStream(dump), 1, (r, n) -> one.add(new Line(n, r)));
    assertThat(one).hasSizeGreaterThan(30 * names.size());
    for (int threads : new int[] {2, 3, 8}) {
      List<Line> many = new ArrayList<>();
      MusicBrainzImport.readDump(new ByteArrayInputStream(dump), threads, (r, n) -> many.add(new Line(n, r)));
      assertThat(many).as("%d threads", threads).isEqualTo(one);
      int[] seen = {0};
      assertThatThrownBy(() -> MusicBrainzImport.readDump(new ByteArrayInputStream(dump), threads, (r, n) -> {
        if (++seen[0] == 50) {
          throw new IllegalStateException("stop");
        }
      })).hasMessage("stop");
      assertThat(seen[0]).isEqualTo(50);
    }
    assertThatThrownBy(() -> MusicBrainzImport.readDump(bytes(""), 0, (r, n) -> { }))
        .isInstanceOf(IllegalArgumentException.class);

    // each line split apart and imported on its own gives the same, line for line
    byte[] withBom = new byte[dump.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(dump, 0, withBom, 3, dump.length);
    for (byte[] input : List.of(dump, withBom)) {
      List<Line> streamed = new ArrayList<>();
      MusicBrainzImport.readDump(new ByteArrayInputStream(input), 1, (r, n) -> streamed.add(new Line(n, r)));
      List<Line> alone = new ArrayList<>();
      long number = 0;
      for (int start = 0, i = 0; i <= input.length; i++) {
        if (i == input.length || input[i] == '\n') {
          if (i > start || i < input.length) {
            long n = ++number;
            MusicBrainzImport.readDumpLine(java.util.Arrays.copyOfRange(input, start, i), n)
                .ifPresent(r -> alone.add(new Line(n, r)));
          }
          start = i + 1;
        }
      }
      assertThat(alone).isEqualTo(streamed);
    }
    assertThatThrownBy(() -> MusicBrainzImport.readDumpLine(new byte[0], 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(MusicBrainzImport.readDumpLine(" \t\r".getBytes(StandardCharsets.UTF_8), 3)).isEmpty();
  }

  @Test
  void aLastLineWithoutLineBreakIsRead() {
    List<Line> lines = dump(bytes("\uFEFF" + oneLine(MusicBrainzFixtures.JEFF_MILLS) + "\n"
        + oneLine(MusicBrainzFixtures.ABBA)));
    assertThat(lines).extracting(Line::number).containsExactly(1L, 2L);
    assertThat(lines).allSatisfy(l -> assertThat(l.result().isUsable()).isTrue());
    assertThat(lines.get(1).result().albums().get(0).title()).isEqualTo("Knowing Me, Knowing You");
  }

  @Test
  void aLineOverTheBoundIsUnusableAndTheNextLineStillImports() {
    String jeff = oneLine(MusicBrainzFixtures.JEFF_MILLS);
    String bach = oneLine(MusicBrainzFixtures.BACH);
    List<Line> lines = new ArrayList<>();
    MusicBrainzImport.readDump(bytes(bach + "\n" + jeff + "\n"), (r, n) -> lines.add(new Line(n, r)), 64 * 1024);
    assertThat(lines).extracting(Line::number).containsExactly(1L, 2L);
    assertThat(lines.get(0).result().albums()).isEmpty();
    assertThat(lines.get(0).result().notes()).singleElement().satisfies(n -> {
      assertThat(n.code()).isEqualTo(ImportCode.UNUSABLE);
      assertThat(n.location()).isEmpty();
      assertThat(n.message()).contains("longer than 65536 bytes");
    });
    assertThat(lines.get(1).result().albums()).singleElement()
        .satisfies(a -> assertThat(a.title()).isEqualTo("Kat Moda EP"));
  }

  /** A line of 2.2 GB cannot be held in one array at all: only a reader that skips it gets past it. */
  @Test
  void aHugeLineWithoutBreaksIsSkippedWithoutHoldingIt() {
    long size = 2_200_000_000L;
    InputStream huge = new InputStream() {
      private long left = size;

      @Override
      public int read() {
        if (left <= 0) {
          return -1;
        }
        left--;
        return '[';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        Arrays.fill(b, off, off + n, (byte) '[');
        left -= n;
        return n;
      }
    };
    InputStream in = new SequenceInputStream(huge, bytes("\n" + oneLine(MusicBrainzFixtures.ABBA) + "\n"));
    List<Line> lines = dump(in);
    assertThat(lines).extracting(Line::number).containsExactly(1L, 2L);
    assertThat(lines.get(0).result().notes()).singleElement()
        .satisfies(n -> assertThat(n.code()).isEqualTo(ImportCode.UNUSABLE));
    assertThat(lines.get(1).result().isUsable()).isTrue();
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> MusicBrainzImport.readDump(null, (r, n) -> {})).isInstanceOf(NullPointerException.class)
        .hasMessage("jsonLines");
    assertThatThrownBy(() -> MusicBrainzImport.readDump(bytes(""), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("each");
  }
}
