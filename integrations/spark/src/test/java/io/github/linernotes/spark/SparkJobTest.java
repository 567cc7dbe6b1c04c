package io.github.linernotes.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linernotes.Album;
import io.github.linernotes.ExternalIds;
import io.github.linernotes.ReferenceAlbums;
import io.github.linernotes.id.DiscogsId;
import io.github.linernotes.id.MusicBrainzId;
import io.github.linernotes.json.LinerNotesJson;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode on two cores gives what the command line gives for the same files: the same
 * findings, line for line, the same imported catalogue and the same notes. The inputs are split into many
 * partitions (64 KiB splits), so line numbers cross partition boundaries.
 */
class SparkJobTest {

  private static final LocalDate TODAY = LocalDate.now();
  private static final String GROUP = "1a2b3c4d-0000-4000-8000-00000000000a";
  private static SparkSession spark;

  @TempDir
  static Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("linernotes-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.hadoop.mapreduce.input.fileinputformat.split.maxsize", String.valueOf(64 * 1024))
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** What the command-line jar prints for these arguments: standard output and standard error, by line. */
  private static List<List<String>> cli(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-jar", System.getProperty("linernotes.cli")));
    command.addAll(List.of(args));
    File out = dir.resolve("cli.out").toFile();
    File err = dir.resolve("cli.err").toFile();
    Process process = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return List.of(Files.readAllLines(out.toPath()), Files.readAllLines(err.toPath()));
  }

  private static Album album(int i) {
    Album album = ReferenceAlbums.ascenseurPourLEchafaud().withTitle("Album " + i);
    if (i % 40 == 7) {  // a shared release group
      return album.withIds(ExternalIds.builder().musicBrainz(MusicBrainzId.parse(GROUP)).build());
    }
    if (i % 55 == 3) {  // a shared master, and the release group for every other one
      ExternalIds.Builder ids = ExternalIds.builder().discogs(DiscogsId.parse("4242"));
      if (i % 2 == 0) {
        ids.musicBrainz(MusicBrainzId.parse(GROUP));
      }
      return album.withIds(ids.build());
    }
    if (i % 9 == 0) {  // an id of its own
      return album.withIds(ExternalIds.builder().discogs(DiscogsId.parse(String.valueOf(100_000 + i))).build());
    }
    return album;
  }

  /** Albums, with problems of every kind planted among them, and a line each for what it plants. */
  private static byte[] catalogue(int from, int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String reference = LinerNotesJson.write(ReferenceAlbums.ascenseurPourLEchafaud());
    for (int i = from; i < from + count; i++) {
      String line = LinerNotesJson.write(album(i));
      switch (i % 23) {
        case 1 -> line = "{\"title\": \"broken\", \"artists\": [";                       // syntax
        case 2 -> line = line.replaceFirst("\\{", "{\"bogus\":1,");                      // unknown property
        case 4 -> line = "null";
        case 5 -> line = "   \t";                                                        // blank
        case 6 -> line = "\uFEFF" + line;                                                // a mark inside the file
        case 8 -> line = line + "\r";                                                   // a CRLF line end
        case 10 -> line = reference.replaceFirst("\"1957-12-04\"", "\"2999-12-04\"");    // consistency findings
        case 12 -> line = line.replaceFirst("\"artists\":\\[", "\"artists\":[{\"name\":\"\"},");  // a rule
        default -> { }
      }
      out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
      if (i % 23 == 13) {
        out.writeBytes(new byte[] {'\n', '{', '"', (byte) 0xC3, 0x28, '"', '}'});     // not UTF-8
      }
      out.write('\n');
    }
    return out.toByteArray();
  }

  @Test
  void aLineTooLongToReadEndsItsFileThereAsOnOneMachine() throws Exception {
    Path a = dir.resolve("long-a.jsonl");
    Path b = dir.resolve("long-b.jsonl");
    Path c = dir.resolve("long-c.jsonl");
    byte[] huge = ("{\"title\":\"" + "x".repeat(17 << 20) + "\"}\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    first.writeBytes(catalogue(0, 30));
    first.writeBytes(huge);
    first.writeBytes(catalogue(30, 30));   // never read: the reading of the file stops at the long line
    first.writeBytes(huge);
    Files.write(a, first.toByteArray());
    Files.write(b, catalogue(60, 40));
    ByteArrayOutputStream third = new ByteArrayOutputStream();
    third.writeBytes(catalogue(100, 5));
    third.writeBytes(huge);
    Files.write(c, third.toByteArray());

    List<Row> findings = CatalogueValidation.run(spark, List.of(a.toString(), b.toString(), c.toString()), TODAY)
        .findings().collectAsList();
    List<List<String>> cli = cli("validate", "--shared-ids", a.toString(), b.toString(), c.toString());

    assertThat(column(findings, "formatted")).isEqualTo(cli.get(0));
    assertThat(column(findings, "code").stream().filter("limit"::equals)).hasSize(2);
  }

  /** How many of the 350 albums have the planted case {@code k}. */
  private static long planted(int k) {
    return Stream.iterate(0, i -> i + 1).limit(350).filter(i -> i % 23 == k).count();
  }

  private static List<String> column(List<Row> rows, String name) {
    return rows.stream().map(r -> r.<String>getAs(name)).collect(Collectors.toList());
  }

  @Test
  void validateFindsWhatTheCommandLineFindsLineForLine() throws Exception {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    Files.write(a, catalogue(0, 230));
    Files.write(b, catalogue(230, 120));

    CatalogueValidation result = CatalogueValidation.run(spark, List.of(a.toString(), b.toString()), TODAY);
    List<Row> findings = result.findings().collectAsList();
    List<List<String>> cli = cli("validate", "--shared-ids", a.toString(), b.toString());

    assertThat(column(findings, "formatted")).isEqualTo(cli.get(0));
    assertThat(cli.get(0)).hasSizeGreaterThan(100);

    Map<String, Long> counts = new LinkedHashMap<>();
    for (Row row : result.counts().collectAsList()) {
      counts.put(row.getString(0) + " " + row.getString(1), row.getLong(2));
    }
    List<Integer> readable = Stream.iterate(0, i -> i + 1).limit(350)
        .filter(i -> !List.of(1, 2, 4, 5, 6, 10, 12).contains(i % 23)).collect(Collectors.toList());
    long groups = readable.stream().filter(i -> i % 40 == 7 || (i % 55 == 3 && i % 2 == 0)).count();
    long masters = readable.stream().filter(i -> i % 55 == 3).count();
    assertThat(groups).isGreaterThan(2);
    assertThat(masters).isGreaterThan(2);
    assertThat(counts.get("shared-album-id warning")).isEqualTo(groups - 1 + masters - 1);
    assertThat(counts.get("syntax error")).isEqualTo(planted(1));
    assertThat(counts.get("unknown-property error")).isEqualTo(planted(2));
    assertThat(counts.get("null-value error")).isEqualTo(planted(4));
    assertThat(counts.get("encoding error")).isEqualTo(planted(6) + planted(13));   // marks and bad bytes
    assertThat(counts.get("required error")).isEqualTo(planted(12));
    assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(findings.size());
    assertThat(column(result.sharedIds().collectAsList(), "key"))
        .containsExactly("discogs:4242", "musicBrainz:" + GROUP);
  }

  /** The shared MusicBrainz documents, or null when {@code ../shared} is not beside the project. */
  private static List<Path> musicBrainzDocuments() throws IOException {
    Path shared = Path.of(System.getProperty("linernotes.shared", "../../../shared"), "realdata", "musicbrainz");
    if (!Files.isDirectory(shared)) {
      return null;
    }
    try (Stream<Path> files = Files.list(shared)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void importGivesTheCommandLinesCatalogueAndNotes() throws Exception {
    List<Path> documents = musicBrainzDocuments();
    assumeTrue(documents != null, "../shared/realdata is not there");
    ByteArrayOutputStream dump = new ByteArrayOutputStream();
    tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
    for (int round = 0; round < 6; round++) {
      for (Path document : documents) {
        dump.writeBytes(mapper.writeValueAsBytes(mapper.readTree(document.toFile())));
        dump.writeBytes((round % 2 == 0 ? "\n" : "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      dump.writeBytes("\n{\"title\": \"broken\"\n   \n".getBytes(StandardCharsets.UTF_8));
      dump.writeBytes(new byte[] {'"', (byte) 0xff, '"', '\n'});
    }
    Path file = dir.resolve("dump.jsonl");
    Files.write(file, dump.toByteArray());

    MusicBrainzDumpImport result = MusicBrainzDumpImport.run(spark, List.of(file.toString()));
    List<List<String>> cli = cli("import", "--from", "musicbrainz", "--input", "jsonl", "--to", "jsonl",
        file.toString());

    assertThat(column(result.albums().collectAsList(), "json")).isEqualTo(cli.get(0)).hasSizeGreaterThan(40);
    List<String> notes = cli.get(1).stream().filter(l -> !l.startsWith(file + ": ")).collect(Collectors.toList());
    assertThat(column(result.notes().collectAsList(), "formatted")).isEqualTo(notes);
    assertThat(result.notes().filter("code = 'unusable'").count()).isEqualTo(6 * 2 + 6);  // broken, bad bytes, Complete Me
  }
}
