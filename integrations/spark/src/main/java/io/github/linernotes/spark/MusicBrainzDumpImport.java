package io.github.linernotes.spark;

import static org.apache.spark.sql.functions.col;

import io.github.linernotes.Album;
import io.github.linernotes.imports.ImportNote;
import io.github.linernotes.imports.Imported;
import io.github.linernotes.imports.MusicBrainzImport;
import io.github.linernotes.json.LinerNotesJson;
import java.util.Iterator;
import java.util.List;
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
 * Imports MusicBrainz JSON dumps (one release, release group or recording per line) on Spark as
 * {@code linernotes import --from musicbrainz --input jsonl --to jsonl} imports them on one machine: every
 * line goes through {@link MusicBrainzImport#readDumpLine}, and the albums come out as the same canonical
 * JSON Lines, the notes as the same lines. A line that cannot be imported is an {@code unusable} note, never
 * a failed job. Importers work once per partition; albums pass between stages only as their canonical JSON.
 *
 * <p>{@link #albums()}: {@code source}, {@code file}, {@code line}, {@code seq} (the album's place among the
 * line's), {@code title}, {@code json}. {@link #notes()}: {@code source}, {@code file}, {@code line},
 * {@code seq}, {@code code}, {@code location}, {@code message}, {@code formatted} (the line {@code import}
 * prints on standard error).
 */
public final class MusicBrainzDumpImport {

  private static final StructType READ = new StructType()
      .add("kind", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, false)
      .add("file", DataTypes.IntegerType, false)
      .add("line", DataTypes.LongType, false)
      .add("seq", DataTypes.IntegerType, false)
      .add("title", DataTypes.StringType, true)
      .add("json", DataTypes.StringType, true)
      .add("code", DataTypes.StringType, true)
      .add("location", DataTypes.StringType, true)
      .add("message", DataTypes.StringType, true)
      .add("formatted", DataTypes.StringType, true);

  private final Dataset<Row> albums;
  private final Dataset<Row> notes;

  private MusicBrainzDumpImport(Dataset<Row> albums, Dataset<Row> notes) {
    this.albums = albums;
    this.notes = notes;
  }

  /**
   * Imports the dumps the paths name (files, directories, globs, on any file system Hadoop reads; gzip is
   * read as such).
   *
   * @param spark the session
   * @param paths the dumps, in order
   * @return the albums and the notes, computed when first used
   * @throws IllegalArgumentException when a path names no file
   * @throws NullPointerException if an argument is null
   */
  public static MusicBrainzDumpImport run(SparkSession spark, List<String> paths) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(paths, "paths");
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> read = context.emptyRDD();
    for (InputLines.InputFile file : InputLines.files(context, paths)) {
      read = read.union(InputLines.numbered(context, file).mapPartitions(new ImportLines(file.source, file.index)));
    }
    Dataset<Row> rows = spark.createDataFrame(read, READ).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> albums = rows.filter(col("kind").equalTo("album"))
        .select("source", "file", "line", "seq", "title", "json").orderBy("file", "line", "seq");
    Dataset<Row> notes = rows.filter(col("kind").equalTo("note"))
        .select("source", "file", "line", "seq", "code", "location", "message", "formatted")
        .orderBy("file", "line", "seq");
    return new MusicBrainzDumpImport(albums, notes);
  }

  /**
   * Returns the imported albums in input order, each with its canonical JSON.
   *
   * @return the albums
   */
  public Dataset<Row> albums() {
    return albums;
  }

  /**
   * Returns the import notes in input order.
   *
   * @return the notes
   */
  public Dataset<Row> notes() {
    return notes;
  }

  /** Imports the lines of one partition. */
  private static final class ImportLines implements FlatMapFunction<Iterator<Tuple2<byte[], Long>>, Row> {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int file;

    ImportLines(String source, int file) {
      this.source = source;
      this.file = file;
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<byte[], Long>> lines) {
      return new RowsPerLine(lines) {
        @Override
        void read(byte[] bytes, long number, List<Row> pending) {
          Optional<Imported> read = MusicBrainzImport.readDumpLine(bytes, number);
          if (read.isEmpty()) {
            return;
          }
          Imported imported = read.get();
          int seq = 0;
          for (ImportNote note : imported.notes()) {
            pending.add(RowFactory.create("note", source, file, number, seq++, null, null, note.code().code(),
                note.location(), note.message(), note.format(source, number)));
          }
          for (Album album : imported.albums()) {
            pending.add(RowFactory.create("album", source, file, number, seq++, album.title(),
                LinerNotesJson.write(album), null, null, null, null));
          }
        }
      };
    }
  }
}
