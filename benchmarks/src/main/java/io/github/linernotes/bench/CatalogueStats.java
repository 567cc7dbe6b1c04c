package io.github.linernotes.bench;

import io.github.linernotes.Album;
import io.github.linernotes.Medium;
import io.github.linernotes.Release;
import io.github.linernotes.Review;
import io.github.linernotes.Session;
import io.github.linernotes.Track;
import io.github.linernotes.bench.CatalogueRecords.AlbumRecord;
import io.github.linernotes.consistency.ConsistencyCheck;
import io.github.linernotes.consistency.Finding;
import io.github.linernotes.json.CatalogueReader;
import io.github.linernotes.value.Letter;
import io.github.linernotes.value.Rating;
import io.github.linernotes.value.Score;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the benchmark catalogue before anyone measures it, and describes it: the library reads its own
 * bytes back into equal albums, the plain records read every line and write the very same bytes back,
 * and the shape of the data (tracks, citations, ratings, findings) is printed.
 *
 * <p>Run: {@code java -cp target/benchmarks.jar io.github.linernotes.bench.CatalogueStats}
 */
public final class CatalogueStats {

  private CatalogueStats() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    List<Album> albums = CatalogueGenerator.benchmarkCatalogue();
    long t1 = System.nanoTime();
    byte[] bytes = CatalogueGenerator.toJsonLines(albums);
    byte[] again = CatalogueGenerator.toJsonLines(CatalogueGenerator.benchmarkCatalogue());
    check(Arrays.equals(bytes, again), "the generator is not deterministic");

    List<Album> read;
    try (var stream = CatalogueReader.strict().streamLines(new ByteArrayInputStream(bytes), "bench")) {
      read = stream.toList();
    }
    check(read.equals(albums), "the library does not read its own bytes back into equal albums");

    JsonMapper plain = JsonMapper.builder().build();
    ObjectReader reader = plain.readerFor(AlbumRecord.class);
    ObjectWriter writer = plain.writerFor(AlbumRecord.class);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    int start = 0;
    int records = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        AlbumRecord record = reader.readValue(bytes, start, i - start);
        out.writeBytes(writer.writeValueAsBytes(record));
        out.write('\n');
        records++;
        start = i + 1;
      }
    }
    check(records == albums.size(), "records read: " + records);
    check(Arrays.equals(out.toByteArray(), bytes), "the records do not write the library's bytes back");

    int releases = 0;
    int media = 0;
    int tracks = 0;
    int withLength = 0;
    int trackCredits = 0;
    int sessions = 0;
    int lineUp = 0;
    int reviews = 0;
    int citations = 0;
    int nonAscii = 0;
    Map<String, Integer> ratings = new TreeMap<>();
    for (Album album : albums) {
      sessions += album.sessions().size();
      for (Session s : album.sessions()) {
        lineUp += s.lineUp().size();
      }
      releases += album.releases().size();
      for (Release release : album.releases()) {
        media += release.media().size();
        for (Medium medium : release.media()) {
          for (Track track : medium.tracks()) {
            tracks++;
            withLength += track.length().isPresent() ? 1 : 0;
            trackCredits += track.credits().isEmpty() ? 0 : 1;
          }
        }
      }
      reviews += album.reviews().size();
      for (Review review : album.reviews()) {
        String shape = review.rating().map(CatalogueStats::shapeOf).orElse("none");
        ratings.merge(shape, 1, Integer::sum);
      }
      citations += album.citations().size();
      nonAscii += album.title().chars().anyMatch(c -> c > 127) ? 1 : 0;
    }
    List<Finding> findings = ConsistencyCheck.asOf(CatalogueBenchmark.TODAY).checkCatalogue(albums);
    Map<String, Long> byCode = findings.stream()
        .collect(Collectors.groupingBy(f -> f.code().toString(), TreeMap::new, Collectors.counting()));

    int n = albums.size();
    System.out.printf("albums                 %d (generated in %.1f s)%n", n, (t1 - t0) / 1e9);
    System.out.printf("JSON Lines             %,d bytes, %.0f bytes per album%n", bytes.length, (double) bytes.length / n);
    System.out.printf("per album              %.2f releases, %.2f media, %.1f tracks (%.0f%% with a length, %.0f%% with own"
        + " credits), %.2f sessions, %.1f musicians per session, %.2f reviews, %.2f citations%n",
        (double) releases / n, (double) media / n, (double) tracks / n, 100.0 * withLength / tracks,
        100.0 * trackCredits / tracks, (double) sessions / n, (double) lineUp / sessions, (double) reviews / n,
        (double) citations / n);
    System.out.printf("non-ASCII titles       %.0f%%%n", 100.0 * nonAscii / n);
    System.out.println("rating shapes          " + ratings);
    System.out.println("findings (asOf " + CatalogueBenchmark.TODAY + ")  " + findings.size() + " " + byCode);
    System.out.println("checks passed: deterministic, library round trip equal, records write identical bytes");
  }

  private static String shapeOf(Rating rating) {
    if (rating instanceof Score score) {
      return score.step().isPresent() ? "score-with-step" : "score";
    }
    return rating instanceof Letter ? "letter" : "verdict";
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }
}
