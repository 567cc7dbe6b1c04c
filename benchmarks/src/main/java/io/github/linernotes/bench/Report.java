package io.github.linernotes.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the benchmarks with the GC profiler, writes JMH's JSON results, and prints them as a Markdown table
 * with throughput in MB/s and albums/s, bytes allocated per album, and the ratios that matter.
 *
 * <pre>
 * java -cp target/benchmarks.jar io.github.linernotes.bench.Report [JMH options] [benchmark regex]
 * java -cp target/benchmarks.jar io.github.linernotes.bench.Report --report-only target/jmh.json
 * </pre>
 *
 * <p>Without a regex it runs {@code CatalogueBenchmark}. JMH options are passed on as they are (for
 * instance {@code -wi 1 -i 1} for a quick look, {@code -prof stack} for a profile, {@code -jvmArgsAppend
 * ...}); results go to {@code -rff} or {@code target/jmh.json}, always as JSON, and {@code -prof gc} is
 * always on.
 */
public final class Report {

  private static final String DEFAULT_RESULT = "target/jmh.json";

  private Report() {}

  public static void main(String[] args) throws Exception {
    Path result;
    if (args.length >= 1 && args[0].equals("--report-only")) {
      result = Path.of(args.length > 1 ? args[1] : DEFAULT_RESULT);
    } else {
      CommandLineOptions cli = new CommandLineOptions(args);
      result = Path.of(cli.getResult().orElse(DEFAULT_RESULT));
      if (result.getParent() != null) {
        Files.createDirectories(result.getParent());
      }
      ChainedOptionsBuilder options = new OptionsBuilder().parent(cli)
          .resultFormat(ResultFormatType.JSON)
          .result(result.toString());
      boolean gc = cli.getProfilers().stream().anyMatch(p -> p.getKlass().equals(GCProfiler.class.getName())
          || p.getKlass().equals("gc"));
      if (!gc) {
        options.addProfiler(GCProfiler.class);
      }
      if (cli.getIncludes().isEmpty()) {
        options.include(CatalogueBenchmark.class.getSimpleName());
      }
      new Runner(options.build()).run();
    }
    print(result);
  }

  /** One benchmark's numbers: time per catalogue and allocation per catalogue, each with its error. */
  private record Row(String name, double ms, double msError, double allocPerOp, double allocError) {}

  private static void print(Path result) throws Exception {
    JsonNode root = JsonMapper.builder().build().readTree(result.toFile());
    Map<String, Row> rows = new LinkedHashMap<>();
    for (JsonNode run : root) {
      String full = run.path("benchmark").asString();
      String name = full.substring(full.lastIndexOf('.') + 1);
      JsonNode primary = run.path("primaryMetric");
      double factor = toMillis(primary.path("scoreUnit").asString());
      double alloc = Double.NaN;
      double allocError = Double.NaN;
      for (Map.Entry<String, JsonNode> metric : run.path("secondaryMetrics").properties()) {
        if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
          alloc = number(metric.getValue().path("score"));
          allocError = number(metric.getValue().path("scoreError"));
        }
      }
      rows.put(name, new Row(name, number(primary.path("score")) * factor,
          finite(number(primary.path("scoreError"))) * factor, alloc, finite(allocError)));
    }

    System.out.println("Generating the catalogue again to know its size...");
    long bytes = CatalogueGenerator.toJsonLines(CatalogueGenerator.benchmarkCatalogue()).length;
    int albums = CatalogueGenerator.ALBUMS;
    System.out.printf(Locale.ROOT, "%nCatalogue: %,d albums, %,d bytes of JSON Lines (%.0f bytes per album).%n",
        albums, bytes, (double) bytes / albums);
    System.out.println("Each operation is the whole catalogue; errors are JMH's 99.9% confidence intervals;"
        + " MB = 10^6 bytes of the catalogue's JSON (for the checks, the JSON the albums came from).\n");

    System.out.println("| benchmark | ms per catalogue | MB/s | albums/s | allocated per album |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (Row row : rows.values()) {
      double seconds = row.ms() / 1000;
      double relative = row.msError() / row.ms();
      double mbPerSecond = bytes / 1e6 / seconds;
      double albumsPerSecond = albums / seconds;
      String alloc = Double.isNaN(row.allocPerOp()) ? "n/a" : String.format(Locale.ROOT, "%,.0f ± %,.0f B",
          row.allocPerOp() / albums, row.allocError() / albums);
      if (row.allocPerOp() < albums) {
        alloc = String.format(Locale.ROOT, "< 1 B (%,.0f B per catalogue)", row.allocPerOp());
      }
      if (row.msError() == 0) { // one iteration: JMH gives no error
        System.out.printf(Locale.ROOT, "| %s | %,.1f (no error: one iteration) | %,.1f | %,.0f | %s |%n", row.name(),
            row.ms(), mbPerSecond, albumsPerSecond, alloc);
        continue;
      }
      System.out.printf(Locale.ROOT, "| %s | %,.1f ± %,.1f | %,.1f ± %,.1f | %,.0f ± %,.0f | %s |%n", row.name(),
          row.ms(), row.msError(), mbPerSecond, mbPerSecond * relative, albumsPerSecond, albumsPerSecond * relative,
          alloc);
    }

    List<String[]> ratios = new ArrayList<>(Arrays.asList(
        new String[] {"readLibraryStrict", "readRecordsJackson", "a/b: library read vs records read"},
        new String[] {"readLibraryStrict", "scanTokensRaw", "a/c: library read vs raw token scan"},
        new String[] {"readRecordsJackson", "scanTokensRaw", "b/c: records read vs raw token scan"},
        new String[] {"readRecordsJackson", "readRecordsMappingIterator", "b/b': records per line vs MappingIterator"},
        new String[] {"writeLibrary", "writeRecordsJackson", "write: library vs records"},
        new String[] {"readLibraryStrict", "albumsStrictMapper", "CatalogueReader vs strict mapper per line"},
        new String[] {"albumsStrictMapper", "albumsPlainMapper", "library types: strict vs plain mapper"},
        new String[] {"recordsStrictSettings", "readRecordsJackson", "records: strict settings vs plain mapper"},
        new String[] {"albumsPlainMapper", "readRecordsJackson", "plain mapper: library types vs records"}));
    boolean header = false;
    for (String[] ratio : ratios) {
      Row a = rows.get(ratio[0]);
      Row b = rows.get(ratio[1]);
      if (a == null || b == null) {
        continue;
      }
      if (!header) {
        System.out.println("\n| ratio | time | allocation |");
        System.out.println("|---|---:|---:|");
        header = true;
      }
      double time = a.ms() / b.ms();
      double timeError = time * Math.hypot(a.msError() / a.ms(), b.msError() / b.ms());
      double alloc = a.allocPerOp() / b.allocPerOp();
      // A ratio to (almost) nothing says nothing: the raw scan allocates a few bytes per catalogue.
      String allocText = Double.isNaN(alloc) || b.allocPerOp() < 100.0 * albums ? "n/a"
          : String.format(Locale.ROOT, "%.2f×", alloc);
      System.out.printf(Locale.ROOT, "| %s | %.2f× ± %.2f | %s |%n", ratio[2], time, timeError, allocText);
    }
  }

  /** JMH writes "NaN" as a string when there is no error (a single iteration). */
  private static double number(JsonNode node) {
    return node.isNumber() ? node.doubleValue() : Double.NaN;
  }

  private static double finite(double value) {
    return Double.isFinite(value) ? value : 0;
  }

  private static double toMillis(String unit) {
    return switch (unit) {
      case "s/op" -> 1000;
      case "ms/op" -> 1;
      case "us/op" -> 1e-3;
      case "ns/op" -> 1e-6;
      default -> throw new IllegalArgumentException("use -bm avgt: unsupported unit " + unit);
    };
  }
}
