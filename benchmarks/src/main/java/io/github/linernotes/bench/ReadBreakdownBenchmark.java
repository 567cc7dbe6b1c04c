package io.github.linernotes.bench;

import io.github.linernotes.Album;
import io.github.linernotes.bench.CatalogueRecords.AlbumRecord;
import io.github.linernotes.bench.CatalogueRecords.CitationRecord;
import io.github.linernotes.bench.CatalogueRecords.MediumRecord;
import io.github.linernotes.bench.CatalogueRecords.ReleaseEventRecord;
import io.github.linernotes.bench.CatalogueRecords.ReleaseRecord;
import io.github.linernotes.bench.CatalogueRecords.SessionRecord;
import io.github.linernotes.bench.CatalogueRecords.TrackRecord;
import io.github.linernotes.id.Barcode;
import io.github.linernotes.id.Isbn;
import io.github.linernotes.id.Issn;
import io.github.linernotes.id.WebAddress;
import io.github.linernotes.json.LinerNotesJson;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.PublicationDate;
import io.github.linernotes.value.RunningTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Steps between the records baseline (b) and the library's reader (a), to see where the difference goes.
 * Not part of the main table; run with {@code bash benchmarks/run.sh ReadBreakdown}. Each operation is the
 * whole catalogue, lines split the same way as in (b).
 *
 * <ul>
 *   <li>{@code albumsStrictMapper}: the library's types through the library's strict mapper, one
 *       {@code ObjectReader.readValue} per line: (a) without {@code CatalogueReader}'s own work (line
 *       copy, stream, per-line {@code mapper.readValue});
 *   <li>{@code albumsPlainMapper}: the library's types through a plain mapper: the strict settings
 *       (duplicate detection, coercion and null rules, trailing-token check) taken away too;
 *   <li>{@code recordsStrictSettings}: the plain records through a mapper with the library's strict
 *       stream and coercion settings (duplicate-key detection, trailing-token check, no scalar coercion, no
 *       text from numbers or booleans): what those settings cost on their own. The library's null rule is
 *       left out: it also refuses the nulls a record gets for absent properties;
 *   <li>{@code parseValueStrings}: only the value types' parsers, over every date, length, ISBN, ISSN,
 *       barcode and address string in the catalogue.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class ReadBreakdownBenchmark {

  /** Readers and the value strings, made once per fork. */
  @State(Scope.Benchmark)
  public static class Readers {
    ObjectReader albumsStrict;
    ObjectReader albumsPlain;
    ObjectReader recordsStrict;
    String[] dates;
    String[] publicationDates;
    String[] lengths;
    String[] isbns;
    String[] issns;
    String[] barcodes;
    String[] addresses;

    @Setup(Level.Trial)
    public void setUp(CatalogueData data) {
      albumsStrict = LinerNotesJson.mapper().readerFor(Album.class);
      albumsPlain = data.plainMapper.readerFor(Album.class);
      recordsStrict = JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .withCoercionConfig(LogicalType.Textual, c -> c
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .build()
          .readerFor(AlbumRecord.class);
      List<String> d = new ArrayList<>();
      List<String> p = new ArrayList<>();
      List<String> l = new ArrayList<>();
      List<String> i = new ArrayList<>();
      List<String> s = new ArrayList<>();
      List<String> b = new ArrayList<>();
      List<String> a = new ArrayList<>();
      for (AlbumRecord album : data.records) {
        add(d, album.firstReleased());
        for (SessionRecord session : list(album.sessions())) {
          add(d, session.date());
        }
        for (ReleaseRecord release : list(album.releases())) {
          for (ReleaseEventRecord event : list(release.events())) {
            add(d, event.date());
          }
          add(l, release.statedLength());
          add(b, release.barcode());
          for (MediumRecord medium : list(release.media())) {
            for (TrackRecord track : list(medium.tracks())) {
              add(l, track.length());
            }
          }
        }
        for (CitationRecord c : list(album.citations())) {
          add(p, c.issued());
          add(d, c.accessed());
          add(d, c.archived());
          add(i, c.isbn());
          add(s, c.issn());
          add(a, c.url());
          add(a, c.archiveUrl());
        }
      }
      dates = d.toArray(String[]::new);
      publicationDates = p.toArray(String[]::new);
      lengths = l.toArray(String[]::new);
      isbns = i.toArray(String[]::new);
      issns = s.toArray(String[]::new);
      barcodes = b.toArray(String[]::new);
      addresses = a.toArray(String[]::new);
    }

    private static <T> List<T> list(List<T> values) {
      return values == null ? List.of() : values;
    }

    private static void add(List<String> values, String value) {
      if (value != null) {
        values.add(value);
      }
    }
  }

  @Benchmark
  public long albumsStrictMapper(CatalogueData data, Readers readers, Blackhole bh) {
    return perLine(data.jsonLines, readers.albumsStrict, bh);
  }

  @Benchmark
  public long albumsPlainMapper(CatalogueData data, Readers readers, Blackhole bh) {
    return perLine(data.jsonLines, readers.albumsPlain, bh);
  }

  @Benchmark
  public long recordsStrictSettings(CatalogueData data, Readers readers, Blackhole bh) {
    return perLine(data.jsonLines, readers.recordsStrict, bh);
  }

  @Benchmark
  public void parseValueStrings(Readers readers, Blackhole bh) {
    for (String s : readers.dates) {
      bh.consume(PartialDate.parse(s));
    }
    for (String s : readers.publicationDates) {
      bh.consume(PublicationDate.parse(s));
    }
    for (String s : readers.lengths) {
      bh.consume(RunningTime.parse(s));
    }
    for (String s : readers.isbns) {
      bh.consume(Isbn.parse(s));
    }
    for (String s : readers.issns) {
      bh.consume(Issn.parse(s));
    }
    for (String s : readers.barcodes) {
      bh.consume(Barcode.parse(s));
    }
    for (String s : readers.addresses) {
      bh.consume(WebAddress.parse(s));
    }
  }

  private static long perLine(byte[] bytes, ObjectReader reader, Blackhole bh) {
    long count = 0;
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        if (i > start) {
          bh.consume((Object) reader.readValue(bytes, start, i - start));
          count++;
        }
        start = i + 1;
      }
    }
    return count;
  }
}
