package io.github.linernotes.bench;

import io.github.linernotes.Album;
import io.github.linernotes.bench.CatalogueRecords.AlbumRecord;
import io.github.linernotes.consistency.ConsistencyCheck;
import io.github.linernotes.json.CatalogueReader;
import io.github.linernotes.json.CatalogueWriter;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.MappingIterator;

/**
 * The library against plain Jackson on the same bytes. Every operation processes the whole catalogue
 * ({@link CatalogueGenerator#ALBUMS} albums); scores are milliseconds per catalogue, and the report turns
 * them into MB/s, albums/s and bytes allocated per album.
 *
 * <p>Warm-up is 5 iterations of at least 3 s: on 2 cores the library's read path needs about 10 s of
 * compilation before it runs at its steady speed (the first passes over the catalogue take 2 to 6 s).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class CatalogueBenchmark {

  /** The day the consistency checks take as today, so that results never depend on the calendar. */
  static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  private static final ConsistencyCheck CHECK = ConsistencyCheck.asOf(TODAY);

  /**
   * (a) The library's strict JSON Lines reader: parse, bind, validate every album, on the calling thread
   * alone, as the records are read ({@link ParallelReadBenchmark} measures it on more threads).
   */
  @Benchmark
  public long readLibraryStrict(CatalogueData data, Blackhole bh) {
    long count = 0;
    try (Stream<Album> albums = CatalogueReader.strict().withParallelism(1).streamLines(new ByteArrayInputStream(data.jsonLines),
        "bench")) {
      for (Album album : (Iterable<Album>) albums::iterator) {
        bh.consume(album);
        count++;
      }
    }
    return count;
  }

  /** (b) Hand-written records with a plain mapper: split lines, one {@code readValue} per line. */
  @Benchmark
  public long readRecordsJackson(CatalogueData data, Blackhole bh) {
    byte[] bytes = data.jsonLines;
    long count = 0;
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        if (i > start) {
          AlbumRecord album = data.recordReader.readValue(bytes, start, i - start);
          bh.consume(album);
          count++;
        }
        start = i + 1;
      }
    }
    return count;
  }

  /** (b') The same records read the other natural way: one {@code MappingIterator} over the whole input. */
  @Benchmark
  public long readRecordsMappingIterator(CatalogueData data, Blackhole bh) {
    long count = 0;
    try (MappingIterator<AlbumRecord> albums = data.recordReader.readValues(data.jsonLines)) {
      while (albums.hasNextValue()) {
        bh.consume(albums.nextValue());
        count++;
      }
    }
    return count;
  }

  /** (c) The ceiling: jackson-core tokens over the whole input, touching each value as little as possible. */
  @Benchmark
  public long scanTokensRaw(CatalogueData data) {
    long sum = 0;
    try (JsonParser parser = data.plainMapper.createParser(data.jsonLines)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case VALUE_STRING -> sum += parser.getStringLength();
          case VALUE_NUMBER_INT -> sum += parser.getIntValue();
          case VALUE_NUMBER_FLOAT -> sum += (long) parser.getDoubleValue();
          case PROPERTY_NAME -> sum += parser.currentName().length();
          default -> sum++;
        }
      }
    }
    return sum;
  }

  /** (d) The library's JSON Lines writer, into a reused in-memory buffer. */
  @Benchmark
  public int writeLibrary(CatalogueData data) {
    data.out.reset();
    CatalogueWriter.writeLines(data.albums, data.out);
    return data.out.size();
  }

  /** (d') The records written with the plain mapper, one line each, into the same kind of buffer. */
  @Benchmark
  public int writeRecordsJackson(CatalogueData data) {
    data.out.reset();
    for (AlbumRecord album : data.records) {
      data.out.writeBytes(data.recordWriter.writeValueAsBytes(album));
      data.out.write('\n');
    }
    return data.out.size();
  }

  /** (e) Every consistency rule over every album. */
  @Benchmark
  public long consistencyChecks(CatalogueData data) {
    long findings = 0;
    for (Album album : data.albums) {
      findings += CHECK.check(album).size();
    }
    return findings;
  }
}
