package io.github.linernotes.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * The rows of a partition's numbered lines, made a line at a time as Spark asks for them, so a partition is
 * never held whole: {@link #read} turns one line into its rows.
 */
abstract class RowsPerLine implements Iterator<Row> {

  private final Iterator<Tuple2<byte[], Long>> lines;
  private final List<Row> pending = new ArrayList<>();
  private int next;

  RowsPerLine(Iterator<Tuple2<byte[], Long>> lines) {
    this.lines = lines;
  }

  /** Adds to {@code rows} what the line with 1-based {@code number} gives. */
  abstract void read(byte[] bytes, long number, List<Row> rows);

  @Override
  public final boolean hasNext() {
    while (next == pending.size() && lines.hasNext()) {
      pending.clear();
      next = 0;
      Tuple2<byte[], Long> line = lines.next();
      read(line._1(), line._2() + 1, pending);
    }
    return next < pending.size();
  }

  @Override
  public final Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.get(next++);
  }
}
