package io.github.linernotes.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The lines of JSON Lines inputs with their numbers, read by Hadoop's text input format, so that a file is
 * split across executors. Lines end at line feeds only (a carriage return stays in the line, as the
 * library's readers expect); each line's bytes are copied as they are, never decoded here, and gzip and
 * other Hadoop codecs are read as such. The numbers cost one more pass over each file: Spark counts the
 * lines of every split first ({@code zipWithIndex}).
 */
final class InputLines {

  /** Hadoop's key for the record delimiter of its text input format. */
  static final String DELIMITER = "textinputformat.record.delimiter";

  private InputLines() {}

  /** One input file: its place among the inputs, its name as findings give it, and its path. */
  static final class InputFile {
    final int index;
    final String source;
    final String path;

    InputFile(int index, String source, String path) {
      this.index = index;
      this.source = source;
      this.path = path;
    }
  }

  /**
   * The files the given paths name, in order: a file as given (its name is what findings show), and the
   * files of a directory or glob in name order, each by its full path. Hidden files ({@code _SUCCESS},
   * {@code .crc}) are left out of directories.
   *
   * @throws IllegalArgumentException when a path names nothing
   */
  static List<InputFile> files(JavaSparkContext context, List<String> paths) {
    List<InputFile> files = new ArrayList<>();
    Configuration conf = context.hadoopConfiguration();
    try {
      for (String given : paths) {
        Path path = new Path(given);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(path);
        if (matched == null || matched.length == 0) {
          throw new IllegalArgumentException(given + ": no such file");
        }
        if (matched.length == 1 && matched[0].isFile() && !hasGlob(given)) {
          files.add(new InputFile(files.size(), given, given));
          continue;
        }
        List<FileStatus> found = new ArrayList<>();
        for (FileStatus status : matched) {
          if (status.isDirectory()) {
            for (FileStatus child : fs.listStatus(status.getPath())) {
              String name = child.getPath().getName();
              if (child.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                found.add(child);
              }
            }
          } else {
            found.add(status);
          }
        }
        found.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
        for (FileStatus status : found) {
          String full = status.getPath().toString();
          files.add(new InputFile(files.size(), full, full));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the inputs: " + e.getMessage(), e);
    }
    return files;
  }

  private static boolean hasGlob(String path) {
    return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('[') >= 0 || path.indexOf('{') >= 0;
  }

  /** The lines of one file and their 0-based index: the line's number is the index plus one. */
  static JavaPairRDD<byte[], Long> numbered(JavaSparkContext context, InputFile file) {
    Configuration conf = new Configuration(context.hadoopConfiguration());
    conf.set(DELIMITER, "\n");
    JavaPairRDD<LongWritable, Text> records = context.newAPIHadoopFile(file.path, TextInputFormat.class,
        LongWritable.class, Text.class, conf);
    // Hadoop hands the same Text object to every record: copy the bytes out at once
    return records.map(record -> Arrays.copyOf(record._2().getBytes(), record._2().getLength())).zipWithIndex();
  }
}
