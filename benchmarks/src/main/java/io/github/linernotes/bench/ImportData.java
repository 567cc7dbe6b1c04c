package io.github.linernotes.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import inputs, held in memory: the Discogs dump sample (1,000 releases, decompressed) and a MusicBrainz
 * JSON Lines dump made of the shared ws/2 release documents, each on one line, repeated to
 * {@link #MUSICBRAINZ_LINES} lines. Both come from {@code ../shared/realdata} (the system property
 * {@code linernotes.shared} names another folder).
 */
@State(Scope.Benchmark)
public class ImportData {

  /** Lines in the MusicBrainz dump. */
  static final int MUSICBRAINZ_LINES = 7_000;

  byte[] discogsXml;
  byte[] musicBrainzLines;

  @Setup
  public void load() {
    Path realData = realData();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(
        realData.resolve("discogs-dump/discogs_20200806_releases.xml.gz")))) {
      discogsXml = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonMapper mapper = JsonMapper.builder().build();
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(realData.resolve("musicbrainz"))) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        if (file.getFileName().toString().contains(".release.")) {
          JsonNode tree = mapper.readTree(Files.readAllBytes(file));
          lines.add(mapper.writeValueAsString(tree));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < MUSICBRAINZ_LINES; i++) {
      out.writeBytes(lines.get(i % lines.size()).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
    musicBrainzLines = out.toByteArray();
  }

  static Path realData() {
    String given = System.getProperty("linernotes.shared");
    for (String candidate : given != null ? List.of(given) : List.of("../shared", "../../shared")) {
      Path dir = Path.of(candidate, "realdata");
      if (Files.isDirectory(dir)) {
        return dir;
      }
    }
    throw new IllegalStateException("the shared real data is not at ../shared/realdata or ../../shared/realdata;"
        + " name its folder with -Dlinernotes.shared=...");
  }
}
