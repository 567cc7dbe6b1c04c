package io.github.linernotes.bench;

import io.github.linernotes.Album;
import io.github.linernotes.json.CatalogueReader;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The strict JSON Lines read of the generated catalogue ({@code readLibraryStrict} of
 * {@link CatalogueBenchmark}) on {@code threads} worker threads: 1 is the one-thread read, on the calling
 * thread alone; with more, the calling thread splits lines and delivers the albums in file order while the
 * workers parse, bind and validate. Scores are milliseconds per catalogue.
 *
 * <pre>java -jar target/benchmarks.jar ParallelReadBenchmark -p threads=1,2</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class ParallelReadBenchmark {

  /** Worker threads. */
  @Param({"1", "2"})
  public int threads;

  private CatalogueReader reader;

  /** The reader with the parallelism of this run. */
  @Setup
  public void setUp() {
    reader = CatalogueReader.strict().withParallelism(threads);
  }

  /** Every album of the catalogue, strictly read on {@link #threads} threads. */
  @Benchmark
  public long readLibraryStrictParallel(CatalogueData data, Blackhole bh) {
    long count = 0;
    try (Stream<Album> albums = reader.streamLines(new ByteArrayInputStream(data.jsonLines), "bench")) {
      for (Album album : (Iterable<Album>) albums::iterator) {
        bh.consume(album);
        count++;
      }
    }
    return count;
  }
}
