package io.github.linernotes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.linernotes.Album;
import io.github.linernotes.DomainGenerators;
import io.github.linernotes.ReferenceAlbums;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * JSON Lines read on worker threads give exactly what the one-thread read gives — the same albums with the
 * same lines, the same lenient problems in the same order, the same strict failure at the same point — and
 * keep their bounds: few lines in flight, no worker left running after the stream.
 */
class ParallelLinesTest {

  private static final int[] PARALLELISMS = {2, 3, 8};
  private static final String A = "{\"title\":\"A\",\"artists\":[{\"name\":\"X\"}]}";
  private static final String HEAD = "{\"title\":\"T\",\"artists\":[{\"name\":\"X\"}]";
  /** Stands for a line whose bytes are not UTF-8: {@code "} then 0xC3 0x28. */
  private static final String NOT_UTF8 = "<not utf-8>";
  private static final List<String> BROKEN = List.of(
      "{\"title\":5}", "not json", "null", "[1,2]", "{\"title\":", "{\"title\":\r5}", "   ", "", "\t\r",
      "{\"title\":\"C\",\"artists\":[],\"x\":1}", "{\"title\":\"T\",\"artists\":[{\"name\":null}]}",
      HEAD + ",\"title\":\"U\"}", HEAD + ",\"reviews\":[{\"publication\":\"Mojo\",\"citation\":\"5\"}]}",
      HEAD + ",\"sessions\":[{\"id\":\"s\"},{\"id\":\"s\"}]}", HEAD + ",\"genres\":[\"\\uD800\"]}",
      HEAD + ",\"reviews\":[{\"publication\":\"P\",\"rating\":{\"type\":\"java.lang.ProcessBuilder\"}}]}",
      "\uFEFF" + A, NOT_UTF8, "{\"title\":\"" + "x".repeat(100_001) + "\"}");

  private static final Gen<String> LINES = Generate.frequency(
      Pair.of(6, DomainGenerators.albums().map(LinerNotesJson::write)),
      Pair.of(4, Generate.pick(BROKEN)));

  private static byte[] bytes(List<String> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String line : lines) {
      if (line.equals(NOT_UTF8)) {
        out.writeBytes(new byte[] {'"', (byte) 0xC3, 0x28});
      } else {
        out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
      }
      out.write('\n');
    }
    return out.toByteArray();
  }

  /** Everything a read hands out, in order: entries, problems, and what ended it. */
  private static List<Object> events(CatalogueReader strict, boolean lenient,
      Function<CatalogueReader, Stream<?>> read) {
    List<Object> events = new ArrayList<>();
    CatalogueReader reader = lenient ? strict.lenient(p -> events.add("problem " + describe(p))) : strict;
    try (Stream<?> stream = read.apply(reader)) {
      Iterator<?> iterator = stream.iterator();
      while (iterator.hasNext()) {
        Object next = iterator.next();
        events.add(next instanceof CatalogueEntry e ? List.of(e.index(), e.line(), e.pointer(), e.album()) : next);
      }
      events.add("end");
    } catch (InvalidJsonException e) {
      events.add("thrown " + describe(e));
    } catch (UncheckedIOException e) {
      events.add("failed " + e.getMessage());
    }
    return events;
  }

  /**
   * A problem as it is reported. Jackson's messages for a string or name over the length limit give the
   * length it had read when it noticed, which depends on the size of the buffers that thread has recycled
   * (two equal lines in one one-thread read give different figures), so that figure is left out.
   */
  private static String describe(InvalidJsonException e) {
    String message = e.code().equals("limit") ? e.getMessage().replaceAll("length \\(\\d+\\)", "length (…)")
        : e.getMessage();
    return e.source() + ":" + e.line() + ":" + e.column() + ": " + e.pointer() + " [" + e.code() + "] " + message;
  }

  /** Each way of reading JSON Lines, as a function of the reader, over the same lines. */
  private static List<Function<CatalogueReader, Stream<?>>> reads(List<String> lines) {
    byte[] bytes = bytes(lines);
    String text = String.join("\n", lines);
    return List.of(
        r -> r.streamLineEntries(new ByteArrayInputStream(bytes), "bytes"),
        r -> r.streamLineEntries(new ByteArrayInputStream(bytes), "bytes",
            e -> List.of("worked", e.index(), e.line(), e.pointer(), e.album())),
        r -> r.streamLines(new ByteArrayInputStream(bytes), "bytes"),
        r -> r.streamLines(new StringReader(text), "chars"),
        r -> r.readLines(text).stream());
  }

  private static void assertSameAsOneThread(List<String> lines) {
    for (Function<CatalogueReader, Stream<?>> read : reads(lines)) {
      for (boolean lenient : new boolean[] {false, true}) {
        List<Object> expected = events(CatalogueReader.strict().withParallelism(1), lenient, read);
        for (int threads : PARALLELISMS) {
          assertThat(events(CatalogueReader.strict().withParallelism(threads), lenient, read))
              .as("%d threads, lenient %s", threads, lenient).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void generatedCataloguesWithBrokenLinesReadTheSameOnEveryNumberOfThreads() {
    qt().withExamples(25).forAll(lists().of(LINES).ofSizeBetween(0, 160)).checkAssert(lines -> {
      assertSameAsOneThread(lines);
    });
  }

  private static byte[] referenceLines(int count) {
    Album reference = ReferenceAlbums.ascenseurPourLEchafaud();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(LinerNotesJson.write(reference.withTitle("Album " + i)));
    }
    return bytes(lines);
  }

  /**
   * Splits the bytes on line feeds as an engine that holds lines apart would, reads each with
   * {@code readLine}, and leaves out what follows a line over the limit, as its javadoc says.
   */
  private static Stream<Object> lineByLine(CatalogueReader reader, byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length && i == start) {
        break;
      }
      if (i == bytes.length || bytes[i] == '\n') {
        lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
        start = i + 1;
      }
    }
    long[] number = {0};
    boolean[] stopped = {false};
    // lazily, as a stream is read: a strict reader's problem comes after the albums before it
    return lines.stream().takeWhile(line -> !stopped[0]).flatMap(line -> {
      Stream<Object> entry = reader.readLine(line, "bytes", ++number[0]).stream()
          .map(e -> List.of(e.line(), e.pointer(), e.album()));
      stopped[0] = line.length > reader.limits().maxAlbumBytes();
      return entry;
    });
  }

  @Test
  void aLineReadAloneGivesWhatTheStreamGivesForIt() {
    CatalogueReader small = CatalogueReader.strict().withLimits(CatalogueLimits.defaults().withMaxAlbumBytes(3000));
    List<String> extra = List.of("\uFEFF" + A, A + "\r", " \r", "x".repeat(3001), A);
    qt().withExamples(40).forAll(lists().of(Generate.frequency(Pair.of(8, LINES), Pair.of(2, Generate.pick(extra))))
        .ofSizeBetween(0, 60)).checkAssert(lines -> {
          byte[] bytes = bytes(lines);
          for (CatalogueReader base : List.of(CatalogueReader.strict(), small)) {
            for (boolean lenient : new boolean[] {false, true}) {
              List<Object> streamed = events(base.withParallelism(1), lenient,
                  r -> r.streamLineEntries(new ByteArrayInputStream(bytes), "bytes")
                      .map(e -> List.of(e.line(), e.pointer(), e.album())));
              List<Object> alone = events(base, lenient, r -> lineByLine(r, bytes));
              assertThat(alone)
                  .as("lenient %s, limit %d", lenient, base.limits().maxAlbumBytes()).isEqualTo(streamed);
            }
          }
        });
  }

  @Test
  void aLineReadAloneIsRefusedWithoutANumber() {
    assertThatThrownBy(() -> CatalogueReader.strict().readLine(new byte[0], "x", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lineNumber must be at least 1, not 0");
    assertThatThrownBy(() -> CatalogueReader.strict().readLine(null, "x", 1))
        .isInstanceOf(NullPointerException.class).hasMessage("line");
    assertThat(CatalogueReader.strict().readLine(A.getBytes(StandardCharsets.UTF_8), "x", 9).orElseThrow().index())
        .isEqualTo(-1);
  }

  @Test
  void workIsDoneOnTheWorkerThreadsAndDeliveredInFileOrder() {
    byte[] bytes = referenceLines(300);
    Thread caller = Thread.currentThread();
    List<String> titles;
    List<Boolean> onCaller;
    try (Stream<List<Object>> worked = CatalogueReader.strict().withParallelism(2)
        .streamLineEntries(new ByteArrayInputStream(bytes), "bytes",
            e -> List.<Object>of(e.line() + " " + e.album().title(), Thread.currentThread() == caller))) {
      List<List<Object>> results = worked.toList();
      titles = results.stream().map(r -> (String) r.get(0)).toList();
      onCaller = results.stream().map(r -> (Boolean) r.get(1)).toList();
    }
    assertThat(titles).hasSize(300).first().isEqualTo("1 Album 0");
    assertThat(titles).last().isEqualTo("300 Album 299");
    assertThat(titles).isSortedAccordingTo((a, b) -> Integer.compare(
        Integer.parseInt(a.substring(0, a.indexOf(' '))), Integer.parseInt(b.substring(0, b.indexOf(' ')))));
    assertThat(onCaller).as("work done on the calling thread").containsOnly(false);

    try (Stream<Boolean> alone = CatalogueReader.strict().withParallelism(1)
        .streamLineEntries(new ByteArrayInputStream(bytes), "bytes", e -> Thread.currentThread() == caller)) {
      assertThat(alone.toList()).hasSize(300).containsOnly(true);
    }
  }

  @Test
  void whatTheWorkThrowsComesWhereItsAlbumWouldHaveAfterEveryResultBeforeIt() {
    byte[] bytes = referenceLines(400);
    for (int threads : new int[] {1, 2, 3}) {
      List<Long> seen = new ArrayList<>();
      IllegalStateException thrown = catchThrowableOfType(IllegalStateException.class, () -> {
        try (Stream<Long> worked = CatalogueReader.strict().withParallelism(threads)
            .streamLineEntries(new ByteArrayInputStream(bytes), "bytes", e -> {
              if (e.line() == 257) {
                throw new IllegalStateException("no good: " + e.album().title());
              }
              return e.line();
            })) {
          worked.forEachOrdered(seen::add);
        }
      });
      assertThat(thrown).as("%d threads", threads).hasMessage("no good: Album 256");
      assertThat(seen).as("%d threads", threads).hasSize(256).last().isEqualTo(256L);
    }
  }

  @Test
  void workThatReturnsNullIsRefusedAtItsLine() {
    byte[] bytes = referenceLines(100);
    for (int threads : new int[] {1, 2}) {
      assertThatThrownBy(() -> {
        try (Stream<Object> worked = CatalogueReader.strict().withParallelism(threads)
            .streamLineEntries(new ByteArrayInputStream(bytes), "bytes", e -> e.line() == 70 ? null : e.line())) {
          worked.forEachOrdered(x -> { });
        }
      }).as("%d threads", threads).isInstanceOf(NullPointerException.class)
          .hasMessage("work returned null for line 70");
    }
    assertThatThrownBy(() -> CatalogueReader.strict().streamLineEntries(new ByteArrayInputStream(bytes), "bytes", null))
        .isInstanceOf(NullPointerException.class).hasMessage("work");
  }

  @Test
  void aStrictFailureFarIntoTheInputComesAfterEveryAlbumBeforeIt() {
    Album reference = ReferenceAlbums.ascenseurPourLEchafaud();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      lines.add(LinerNotesJson.write(reference.withTitle("Album " + i)));
    }
    lines.add("{\"title\":\"T\",\"artists\":[{\"name\":null}]}");
    for (int i = 0; i < 500; i++) {
      lines.add(A);
    }
    List<Object> events = events(CatalogueReader.strict().withParallelism(3), false,
        r -> r.streamLineEntries(new ByteArrayInputStream(bytes(lines)), "x"));
    assertThat(events).hasSize(501);
    assertThat(events.get(499)).isEqualTo(List.of(499L, 500L, "", reference.withTitle("Album 499")));
    assertThat((String) events.get(500)).startsWith("thrown x:501:").contains("/artists/0/name [null-value]");
    assertSameAsOneThread(lines);
  }

  /** The inputs of {@code HostileJsonTest} and {@code CatalogueTest} for JSON Lines, far into a longer input. */
  @ParameterizedTest
  @ValueSource(strings = {
      "null", "{\"title\":\r5}", "\u0000\u0000\u0000{\u0000\u0000\u0000}", "\uFEFF" + A,
      "{\"title\":\"x\",\"artists\":[{\"name\":\"X\"}],\"reviews\":[{\"publication\":\"P\",\"rating\":"
          + "{\"type\":\"score\",\"value\":1e-100000000,\"best\":5}}]}",
      "{\"title\":\"T\",\"artists\":[{\"name\":\"X\"}],\"releases\":[{\"id\":\"r\",\"statedTrackCount\":"
          + "99999999999999999999999999999999999999999999999}]}",
      "{\"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\":1}",
      "deep", "long-title", "long-name", NOT_UTF8})
  void hostileLinesReadTheSameOnEveryNumberOfThreads(String hostile) {
    String line = switch (hostile) {
      case "deep" -> "{\"title\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
      case "long-title" -> "{\"title\":\"" + "x".repeat(200_000) + "\",\"artists\":[{\"name\":\"X\"}]}";
      case "long-name" -> "{\"" + "k".repeat(200_000) + "\":1}";
      default -> hostile;
    };
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      lines.add(A);
    }
    lines.add(line);
    lines.add(A);
    lines.add(line);
    for (int i = 0; i < 100; i++) {
      lines.add(A);
    }
    assertSameAsOneThread(lines);
    assertSameAsOneThread(List.of(line));
  }

  @Test
  void aLineOverTheLimitEndsTheReadingAtTheSamePoint() {
    CatalogueReader small = CatalogueReader.strict().withLimits(CatalogueLimits.defaults().withMaxAlbumBytes(1000));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      lines.add(i == 150 ? "{\"title\":\"" + "x".repeat(2000) + "\"}" : A);
    }
    for (Function<CatalogueReader, Stream<?>> read : reads(lines)) {
      for (boolean lenient : new boolean[] {false, true}) {
        List<Object> expected = events(small.withParallelism(1), lenient, read);
        assertThat(expected).anySatisfy(event -> assertThat(event).asString().contains(":151:0:  [limit]")
            .contains("line 151 is longer than the limit of 1000 bytes"));
        for (int threads : PARALLELISMS) {
          assertThat(events(small.withParallelism(threads), lenient, read)).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void anInputFailureIsThrownAfterTheAlbumsReadBeforeIt() {
    byte[] good = bytes(java.util.Collections.nCopies(300, A));
    for (int threads : new int[] {1, 2, 3, 8}) {
      InputStream failing = new java.io.SequenceInputStream(new ByteArrayInputStream(good), new InputStream() {
        @Override
        public int read() throws IOException {
          throw new IOException("disk on fire");
        }
      });
      List<Object> events = events(CatalogueReader.strict().withParallelism(threads), false,
          r -> r.streamLines(failing, "in"));
      assertThat(events).hasSize(301);
      assertThat(events.get(300)).asString().startsWith("failed cannot read in: disk on fire");
    }
  }

  /** An input that never ends: the same line again and again. */
  private static InputStream endless(String line) {
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long i;

      @Override
      public int read() {
        return bytes[(int) (i++ % bytes.length)];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        for (int k = 0; k < len; k++) {
          b[off + k] = bytes[(int) (i++ % bytes.length)];
        }
        return len;
      }
    };
  }

  @Test
  void closingEarlyStopsTheWorkers() throws InterruptedException {
    CatalogueReader.ParallelLines albums = CatalogueReader.strict().parallelLines(endless(A), "endless", 3);
    for (int i = 0; i < 1000; i++) {
      assertThat(albums.next().title()).isEqualTo("A");
    }
    assertThat(albums.workersTerminated()).as("the workers run while the stream is open").isFalse();
    albums.close();
    assertThat(albums.workersTerminated()).isTrue();
    for (Thread thread : albums.threads()) {
      thread.join();
    }
    assertThat(albums.hasNext()).isFalse();
  }

  @Test
  void aConsumerThatThrowsLeavesNoWorkerRunning() throws InterruptedException {
    InputStream in = endless(A);
    CatalogueReader.ParallelLines albums = CatalogueReader.strict().parallelLines(in, "endless", 3);
    int[] seen = {0};
    assertThatThrownBy(() -> {
      try (Stream<Album> stream = CatalogueReader.stream(albums, in)) {
        stream.forEach(album -> {
          if (++seen[0] == 700) {
            throw new IllegalStateException("the consumer fails");
          }
        });
      }
    }).isInstanceOf(IllegalStateException.class).hasMessage("the consumer fails");
    assertThat(albums.workersTerminated()).isTrue();
    assertThat(albums.threads()).isNotEmpty();
    for (Thread thread : albums.threads()) {
      thread.join();
    }
  }

  @Test
  void theWorkersStopWhenTheInputEnds() throws InterruptedException {
    byte[] input = bytes(java.util.Collections.nCopies(2000, A));
    CatalogueReader.ParallelLines albums = CatalogueReader.strict().parallelLines(new ByteArrayInputStream(input),
        "x", 2);
    long count = 0;
    while (albums.hasNext()) {
      albums.next();
      count++;
    }
    assertThat(count).isEqualTo(2000);
    assertThat(albums.threads()).isNotEmpty();
    for (Thread thread : albums.threads()) {
      thread.join(); // returns once the stream has let its workers go, without close
    }
  }

  @Test
  void aSmallInputIsReadWithoutStartingAThread() {
    CatalogueReader.ParallelLines albums = CatalogueReader.strict().parallelLines(
        new ByteArrayInputStream(bytes(List.of(A, A, A))), "x", 8);
    assertThat(albums.hasNext()).isTrue();
    assertThat(albums.threads()).isEmpty();
  }

  @Test
  void aMillionLinesGoThroughWithFewInFlight() {
    CatalogueReader.ParallelLines albums = CatalogueReader.strict().parallelLines(endless(A), "endless", 3);
    for (int i = 0; i < 1_000_000; i++) {
      albums.next();
    }
    albums.close();
    assertThat(albums.batches()).isGreaterThan(1_000_000 / CatalogueReader.BATCH_LINES);
    assertThat(albums.maxBatches()).isEqualTo(7);
    assertThat(albums.maxInFlightLines()).isGreaterThan(CatalogueReader.BATCH_LINES)
        .isLessThanOrEqualTo(7L * CatalogueReader.BATCH_LINES);
  }

  @Test
  void longLinesAreBoundedInBytesToo() {
    String note = "{\"text\":\"" + "n".repeat(19_000) + "\"}";
    String line = HEAD + ",\"notes\":[" + note + "," + note + "," + note + "]}";
    int length = line.getBytes(StandardCharsets.UTF_8).length;
    CatalogueReader.ParallelLines albums = CatalogueReader.strict().parallelLines(endless(line), "long", 32);
    for (int i = 0; i < 3000; i++) {
      assertThat(albums.next().notes()).hasSize(3);
    }
    albums.close();
    assertThat(albums.maxInFlightBytes()).isGreaterThan(CatalogueReader.MAX_IN_FLIGHT_BYTES / 2)
        .isLessThanOrEqualTo(CatalogueReader.MAX_IN_FLIGHT_BYTES + CatalogueReader.BATCH_BYTES + length);
  }

  @Test
  void theParallelismIsChosenAndChecked() {
    assertThat(CatalogueReader.strict().parallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(CatalogueReader.strict().withParallelism(5).parallelism()).isEqualTo(5);
    assertThat(CatalogueReader.strict().withParallelism(5).lenient(p -> { }).withLimits(CatalogueLimits.defaults())
        .parallelism()).isEqualTo(5);
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> CatalogueReader.strict().withParallelism(0))).hasMessageContaining("at least 1");
  }
}
