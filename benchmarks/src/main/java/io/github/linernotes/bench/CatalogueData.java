package io.github.linernotes.bench;

import io.github.linernotes.Album;
import io.github.linernotes.bench.CatalogueRecords.AlbumRecord;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every benchmark works on, made once per fork: the generated catalogue as JSON Lines bytes held in
 * memory, the same catalogue as library albums and as plain records, and the plain Jackson 3 mapper the
 * records baseline uses (one instance, with one reader and one writer for the record type).
 */
@State(Scope.Benchmark)
public class CatalogueData {

  /** The catalogue as JSON Lines, written by the library. */
  public byte[] jsonLines;

  /** The catalogue as the library's albums, as the generator built them. */
  public List<Album> albums;

  /** The catalogue as plain records, read from {@link #jsonLines} with the plain mapper. */
  public List<AlbumRecord> records;

  /** A plain mapper: {@code JsonMapper.builder().build()}, nothing configured. */
  public JsonMapper plainMapper;

  /** The plain mapper's reader for {@link AlbumRecord}. */
  public ObjectReader recordReader;

  /** The plain mapper's writer for {@link AlbumRecord}. */
  public ObjectWriter recordWriter;

  /** A reusable output buffer for the write benchmarks, grown once to the catalogue's size. */
  public ByteArrayOutputStream out;

  @Setup(Level.Trial)
  public void setUp() {
    albums = CatalogueGenerator.benchmarkCatalogue();
    jsonLines = CatalogueGenerator.toJsonLines(albums);
    plainMapper = JsonMapper.builder().build();
    recordReader = plainMapper.readerFor(AlbumRecord.class);
    recordWriter = plainMapper.writerFor(AlbumRecord.class);
    records = new ArrayList<>(albums.size());
    int start = 0;
    for (int i = 0; i < jsonLines.length; i++) {
      if (jsonLines[i] == '\n') {
        records.add(recordReader.readValue(jsonLines, start, i - start));
        start = i + 1;
      }
    }
    if (records.size() != albums.size()) {
      throw new IllegalStateException("read " + records.size() + " records for " + albums.size() + " albums");
    }
    out = new ByteArrayOutputStream(jsonLines.length + (1 << 20));
  }
}
