package io.github.linernotes.spark;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job: {@code validate} and {@code import}, for {@code spark-submit --class
 * io.github.linernotes.spark.LinerNotesSparkJob linernotes-spark-job.jar …} and, in local mode, for
 * {@code mvn exec:java -Dexec.args="…"}.
 *
 * <pre>
 * validate [--out DIR] [--format jsonl|parquet] [--as-of YYYY-MM-DD] [--master URL] PATH...
 * import --from musicbrainz [--out DIR] [--master URL] PATH...
 * </pre>
 *
 * <p>{@code validate} with {@code --out} writes {@code DIR/findings} (JSON Lines or Parquet, in input order),
 * {@code DIR/counts} and {@code DIR/shared-ids} (JSON Lines) and prints the counts; without it, it prints
 * every finding as {@code linernotes validate --shared-ids} does, which suits small inputs only.
 * {@code import} with {@code --out} writes {@code DIR/albums} (the catalogue as JSON Lines, in input order)
 * and {@code DIR/notes}; without it, the catalogue goes to standard output and the notes to standard error.
 * The master is the one {@code spark-submit} sets, else {@code --master}, else {@code local[*]}. Bad input
 * lines are findings or notes; the exit status is 0 when the job ran, 2 for a usage error.
 */
public final class LinerNotesSparkJob {

  private static final String USAGE = String.join("\n",
      "usage: validate [--out DIR] [--format jsonl|parquet] [--as-of YYYY-MM-DD] [--master URL] PATH...",
      "       import --from musicbrainz [--out DIR] [--master URL] PATH...");

  private LinerNotesSparkJob() {}

  /**
   * Runs the job.
   *
   * @param args the command and its options, as above
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The job without exiting: 0 when it ran, 2 for a usage error. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("linernotes-spark: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    SparkConf conf = new SparkConf().setAppName("linernotes " + options.command);
    if (options.master != null) {
      conf.setMaster(options.master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      if (options.command.equals("validate")) {
        validate(spark, options, out);
      } else {
        importDumps(spark, options, out, err);
      }
    } catch (IllegalArgumentException e) {
      err.println("linernotes-spark: " + e.getMessage());
      return 2;
    } finally {
      spark.stop();
    }
    return 0;
  }

  private static void validate(SparkSession spark, Options options, PrintStream out) {
    CatalogueValidation result = CatalogueValidation.run(spark, options.paths, options.asOf);
    if (options.out == null) {
      for (Row row : result.findings().select("formatted").collectAsList()) {
        out.println(row.getString(0));
      }
      return;
    }
    Dataset<Row> findings = result.findings().drop("seq");
    if (options.format.equals("parquet")) {
      findings.write().mode(SaveMode.ErrorIfExists).parquet(options.out + "/findings");
    } else {
      findings.write().mode(SaveMode.ErrorIfExists).json(options.out + "/findings");
    }
    result.counts().coalesce(1).write().mode(SaveMode.ErrorIfExists).json(options.out + "/counts");
    result.sharedIds().coalesce(1).write().mode(SaveMode.ErrorIfExists).json(options.out + "/shared-ids");
    long total = 0;
    for (Row row : result.counts().collectAsList()) {
      out.println(row.getString(0) + " " + row.getString(1) + " " + row.getLong(2));
      total += row.getLong(2);
    }
    out.println("findings: " + total + ", written to " + options.out);
  }

  private static void importDumps(SparkSession spark, Options options, PrintStream out, PrintStream err) {
    MusicBrainzDumpImport result = MusicBrainzDumpImport.run(spark, options.paths);
    if (options.out == null) {
      for (Row row : result.notes().select("formatted").collectAsList()) {
        err.println(row.getString(0));
      }
      for (Row row : result.albums().select("json").collectAsList()) {
        out.println(row.getString(0));
      }
      return;
    }
    result.albums().select("json").write().mode(SaveMode.ErrorIfExists).text(options.out + "/albums");
    result.notes().drop("seq").write().mode(SaveMode.ErrorIfExists).json(options.out + "/notes");
    out.println("albums: " + result.albums().count() + ", notes: " + result.notes().count() + ", written to "
        + options.out);
  }

  /** The command line, checked. */
  static final class Options {
    String command;
    String out;
    String format = "jsonl";
    String master;
    LocalDate asOf = LocalDate.now();
    final List<String> paths = new ArrayList<>();

    static Options parse(String[] args) {
      Options o = new Options();
      if (args.length == 0 || !(args[0].equals("validate") || args[0].equals("import"))) {
        throw new IllegalArgumentException("give a command: validate or import");
      }
      o.command = args[0];
      String from = null;
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--out" -> o.out = value(args, ++i, arg);
          case "--master" -> o.master = value(args, ++i, arg);
          case "--format" -> {
            o.format = value(args, ++i, arg);
            if (!o.format.equals("jsonl") && !o.format.equals("parquet")) {
              throw new IllegalArgumentException("--format is jsonl or parquet, not " + o.format);
            }
          }
          case "--as-of" -> {
            String day = value(args, ++i, arg);
            try {
              o.asOf = LocalDate.parse(day);
            } catch (DateTimeParseException e) {
              throw new IllegalArgumentException("--as-of is a day such as 2026-12-01, not " + day);
            }
          }
          case "--from" -> from = value(args, ++i, arg);
          default -> {
            if (arg.startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + arg);
            }
            o.paths.add(arg);
          }
        }
      }
      if (o.paths.isEmpty()) {
        throw new IllegalArgumentException("give at least one PATH");
      }
      if (o.command.equals("import") && !"musicbrainz".equals(from)) {
        throw new IllegalArgumentException("import needs --from musicbrainz");
      }
      if (o.command.equals("validate") && from != null) {
        throw new IllegalArgumentException("--from belongs to import");
      }
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}
