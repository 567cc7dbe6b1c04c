package io.github.linernotes.bench;

import io.github.linernotes.imports.DiscogsImport;
import io.github.linernotes.imports.MusicBrainzImport;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import throughput: the library's importers against the least a hand-written importer must do with the
 * same bytes — one StAX pass over every event of the Discogs XML, one Jackson tree per MusicBrainz line —
 * without building or checking anything. Scores are milliseconds per input.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ImportBenchmark {

  private static final ObjectReader TREE = JsonMapper.builder().build().readerFor(JsonNode.class);

  /** The library: the Discogs dump sample to albums and notes. */
  @Benchmark
  public long discogsDumpLibrary(ImportData data, Blackhole bh) {
    long[] albums = {0};
    DiscogsImport.readDump(new ByteArrayInputStream(data.discogsXml), (imported, line) -> {
      bh.consume(imported);
      albums[0] += imported.albums().size();
    });
    return albums[0];
  }

  /** The floor: the JDK's StAX reader over every event of the same XML, text read, nothing built. */
  @Benchmark
  public long discogsDumpStaxPass(ImportData data, Blackhole bh) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(data.discogsXml));
    long releases = 0;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamReader.START_ELEMENT) {
        if (reader.getLocalName().equals("release")) {
          releases++;
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
          bh.consume(reader.getAttributeValue(i));
        }
      } else if (event == XMLStreamReader.CHARACTERS) {
        bh.consume(reader.getText());
      }
    }
    reader.close();
    return releases;
  }

  /** The library: the MusicBrainz JSON Lines dump to albums and notes. */
  @Benchmark
  public long musicBrainzDumpLibrary(ImportData data, Blackhole bh) {
    long[] albums = {0};
    MusicBrainzImport.readDump(new ByteArrayInputStream(data.musicBrainzLines), (imported, line) -> {
      bh.consume(imported);
      albums[0] += imported.albums().size();
    });
    return albums[0];
  }

  /** The floor: split the lines and parse each into a Jackson tree, nothing built. */
  @Benchmark
  public long musicBrainzDumpJacksonTrees(ImportData data, Blackhole bh) {
    byte[] bytes = data.musicBrainzLines;
    long count = 0;
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        if (i > start) {
          JsonNode tree = TREE.readValue(bytes, start, i - start);
          bh.consume(tree);
          count++;
        }
        start = i + 1;
      }
    }
    return count;
  }
}
