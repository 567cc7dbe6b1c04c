package io.github.linernotes.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.min;

import io.github.linernotes.Album;
import io.github.linernotes.consistency.ConsistencyCheck;
import io.github.linernotes.consistency.Finding;
import io.github.linernotes.consistency.FindingCode;
import io.github.linernotes.consistency.SharedAlbumIds;
import io.github.linernotes.json.CatalogueEntry;
import io.github.linernotes.json.CatalogueReader;
import io.github.linernotes.json.InvalidJsonException;
import io.github.linernotes.problem.Problem;
import io.github.linernotes.problem.ValuePath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Validates JSON Lines catalogues on Spark as {@code linernotes validate --shared-ids} validates them on one
 * machine, with the same findings, line for line: every line is read with the library's strict reader
 * ({@link CatalogueReader#readLine}) and every album that reads gets the {@link ConsistencyCheck}; then the
 * catalogue-wide rule no album can check alone, {@link SharedAlbumIds}, runs as a group-by over all the
 * inputs. A bad line is a finding, never a failed job. The inputs are one catalogue, in the order given.
 *
 * <p>Readers and checks are made once per partition; what passes between stages is rows of text and numbers
 * (albums never leave the partition that read them).
 *
 * <p>{@link #findings()} has one row per problem or finding: {@code source} (the file), {@code file} (its
 * place among the inputs), {@code line}, {@code column} (0 when not known), {@code title} (of the album, when
 * it read), {@code code}, {@code severity} ({@code error} for every problem that keeps a line from being an
 * album), {@code pointer}, {@code message}, {@code seq} (the order of the rows of one line) and
 * {@code formatted}, the line {@code validate} prints for it.
 */
public final class CatalogueValidation {

  /** The columns of {@link #findings()}. */
  static final StructType FINDINGS = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("file", DataTypes.IntegerType, false)
      .add("line", DataTypes.LongType, false)
      .add("column", DataTypes.LongType, false)
      .add("title", DataTypes.StringType, true)
      .add("code", DataTypes.StringType, false)
      .add("severity", DataTypes.StringType, false)
      .add("pointer", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, false)
      .add("seq", DataTypes.IntegerType, false)
      .add("formatted", DataTypes.StringType, false);

  /** What one line gives: its findings, the keys of the catalogue-wide rule, and whether reading stops. */
  private static final StructType READ = FINDINGS
      .add("kind", DataTypes.StringType, false)
      .add("key", DataTypes.StringType, true)
      .add("ends", DataTypes.BooleanType, false);

  private static final String FINDING = "finding";
  private static final String KEY = "key";
  /** The shared-id findings of a line come after its own, in the order of its keys. */
  private static final int SHARED_SEQ = 1_000_000;

  private final Dataset<Row> findings;
  private final Dataset<Row> counts;
  private final Dataset<Row> sharedIds;

  private CatalogueValidation(Dataset<Row> findings, Dataset<Row> counts, Dataset<Row> sharedIds) {
    this.findings = findings;
    this.counts = counts;
    this.sharedIds = sharedIds;
  }

  /**
   * Validates the JSON Lines files the paths name (files, directories, globs, on any file system Hadoop
   * reads; gzip is read as such).
   *
   * @param spark the session
   * @param paths the inputs, in catalogue order
   * @param asOf the day the consistency checks take as today
   * @return the findings, their counts and the shared ids, computed when first used
   * @throws IllegalArgumentException when a path names no file
   * @throws NullPointerException if an argument is null
   */
  public static CatalogueValidation run(SparkSession spark, List<String> paths, LocalDate asOf) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(asOf, "asOf");
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> read = context.emptyRDD();
    for (InputLines.InputFile file : InputLines.files(context, paths)) {
      read = read.union(InputLines.numbered(context, file).mapPartitions(new ReadLines(file.source, file.index,
          asOf.toString())));
    }
    Dataset<Row> rows = spark.createDataFrame(read, READ);
    // a line too long to read ends the reading of its file there, as on one machine
    // (the end's own column names: a join of two columns both named after rows' "file" would match anything)
    Dataset<Row> ends = rows.filter(col("ends")).groupBy(col("file").as("end_file")).agg(min("line").as("end_line"));
    Dataset<Row> kept = rows.join(ends, col("file").equalTo(col("end_file")), "left_outer")
        .filter(col("end_line").isNull().or(col("line").leq(col("end_line"))))
        .drop("end_file", "end_line").persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> keys = kept.filter(col("kind").equalTo(KEY));
    JavaRDD<Row> shared = keys.select("key", "source", "file", "line", "title", "seq").javaRDD()
        .groupBy(row -> row.getString(0)).flatMap(new SharedFindings());
    Dataset<Row> all = kept.filter(col("kind").equalTo(FINDING)).select(FINDINGS.fieldNames()[0],
            java.util.Arrays.copyOfRange(FINDINGS.fieldNames(), 1, FINDINGS.fieldNames().length))
        .union(spark.createDataFrame(shared, FINDINGS))
        .orderBy("file", "line", "seq");
    Dataset<Row> counts = all.groupBy("code", "severity").agg(count("*").as("count")).orderBy("code", "severity");
    Dataset<Row> groups = keys.groupBy("key").agg(count("*").as("albums"), min("file").as("first_file"))
        .filter(col("albums").gt(1)).orderBy("key");
    return new CatalogueValidation(all, counts, groups);
  }

  /**
   * Returns every problem and finding, in input order (file, line, then as {@code validate} prints them).
   *
   * @return the findings
   */
  public Dataset<Row> findings() {
    return findings;
  }

  /**
   * Returns how many findings there are of each code and severity: {@code code}, {@code severity},
   * {@code count}.
   *
   * @return the counts, by code
   */
  public Dataset<Row> counts() {
    return counts;
  }

  /**
   * Returns the ids that more than one album names: {@code key} (as {@link SharedAlbumIds#keys} gives it),
   * {@code albums} (how many name it) and {@code first_file}.
   *
   * @return the shared ids, by key
   */
  public Dataset<Row> sharedIds() {
    return sharedIds;
  }

  /** Reads the lines of one partition with one reader and one check. */
  private static final class ReadLines implements FlatMapFunction<Iterator<Tuple2<byte[], Long>>, Row> {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int file;
    private final String asOf;

    ReadLines(String source, int file, String asOf) {
      this.source = source;
      this.file = file;
      this.asOf = asOf;
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<byte[], Long>> lines) {
      List<InvalidJsonException> problems = new ArrayList<>();
      CatalogueReader reader = CatalogueReader.strict().withParallelism(1).lenient(problems::add);
      ConsistencyCheck check = ConsistencyCheck.asOf(LocalDate.parse(asOf));
      long maxBytes = reader.limits().maxAlbumBytes();
      return new RowsPerLine(lines) {
        @Override
        void read(byte[] bytes, long number, List<Row> pending) {
          boolean ends = bytes.length > maxBytes;
          problems.clear();
          Optional<CatalogueEntry> entry = reader.readLine(bytes, source, number);
          int seq = 0;
          for (InvalidJsonException e : problems) {
            for (Problem p : e.problems()) {
              pending.add(RowFactory.create(source, file, e.line(), e.column(), null, p.code(), "error",
                  p.pointer(), p.message(), seq++, p.format(e.source(), e.line(), e.column()), FINDING,
                  null, ends));
            }
          }
          if (entry.isEmpty()) {
            return;
          }
          Album album = entry.get().album();
          for (Finding f : check.check(album)) {
            pending.add(findingRow(source, file, number, album.title(), f, seq++, entry.get().path()));
          }
          List<String> keys = SharedAlbumIds.keys(album);
          for (int k = 0; k < keys.size(); k++) {
            // a key row: only source, file, line, title, seq and key are read from it
            pending.add(RowFactory.create(source, file, number, 0L, album.title(), FindingCode.SHARED_ALBUM_ID.code(),
                "", "", "", SHARED_SEQ + k, "", KEY, keys.get(k), false));
          }
        }
      };
    }
  }

  /** A consistency finding as a row, and as {@code validate} prints it. */
  static Row findingRow(String source, int file, long line, String title, Finding f, int seq, ValuePath albumPath) {
    ValuePath path = albumPath.resolve(f.paths().get(0));
    String severity = f.severity().name().toLowerCase(Locale.ROOT);
    String formatted = Problem.of(f.code(), path, severity + ": " + f.message()).format(source, line, 0);
    return RowFactory.create(source, file, line, 0L, title, f.code().code(), severity, path.toPointer(), f.message(),
        seq, formatted);
  }

  /** The findings of one key's albums: every album but the first gets one. */
  private static final class SharedFindings implements FlatMapFunction<Tuple2<String, Iterable<Row>>, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Tuple2<String, Iterable<Row>> group) {
      List<Row> albums = new ArrayList<>();
      group._2().forEach(albums::add);
      if (albums.size() < 2) {
        return java.util.Collections.emptyIterator();
      }
      // key, source, file, line, title, seq
      albums.sort((a, b) -> a.getInt(2) != b.getInt(2) ? Integer.compare(a.getInt(2), b.getInt(2))
          : Long.compare(a.getLong(3), b.getLong(3)));
      Row first = albums.get(0);
      List<Row> rows = new ArrayList<>();
      for (Row album : albums.subList(1, albums.size())) {
        Finding f = SharedAlbumIds.finding(group._1(), first.getString(1), first.getLong(3));
        rows.add(findingRow(album.getString(1), album.getInt(2), album.getLong(3), album.getString(4), f,
            album.getInt(5), ValuePath.root()));
      }
      return rows.iterator();
    }
  }
}
