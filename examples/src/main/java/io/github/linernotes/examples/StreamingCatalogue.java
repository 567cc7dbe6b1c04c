package io.github.linernotes.examples;

import io.github.linernotes.Album;
import io.github.linernotes.ReferenceAlbums;
import io.github.linernotes.json.CatalogueReader;
import io.github.linernotes.json.CatalogueWriter;
import io.github.linernotes.json.InvalidJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Writes a JSON Lines catalogue, streams it back one album at a time, then reads a damaged copy leniently. */
public final class StreamingCatalogue {

  private StreamingCatalogue() {}

  public static void main(String[] args) {
    try {
      Path dir = Files.createTempDirectory("linernotes-example");
      Path file = dir.resolve("catalogue.jsonl");
      Album reference = ReferenceAlbums.ascenseurPourLEchafaud();
      Stream<Album> generated = IntStream.rangeClosed(1, 1000).mapToObj(i -> reference.withTitle("Copy " + i));
      CatalogueWriter.writeLines(generated::iterator, file);

      long tracks;
      try (Stream<Album> albums = CatalogueReader.strict().streamLines(file)) {
        tracks = albums.flatMap(a -> a.releases().stream()).flatMap(r -> r.media().stream())
            .mapToLong(m -> m.tracks().size()).sum();
      }
      System.out.println("Streamed 1000 albums holding " + tracks + " tracks from " + Files.size(file) + " bytes");

      List<String> lines = new ArrayList<>(Files.readAllLines(file));
      lines.set(2, lines.get(2).replace("\"title\":\"Copy 3\"", "\"title\":\"Copy 3\",\"colour\":\"blue\""));
      lines.set(6, "{\"title\": ");
      Path damaged = dir.resolve("damaged.jsonl");
      Files.write(damaged, lines);
      List<InvalidJsonException> problems = new ArrayList<>();
      long read;
      try (Stream<Album> albums = CatalogueReader.strict().lenient(problems::add).streamLines(damaged)) {
        read = albums.count();
      }
      System.out.println("Lenient reading kept " + read + " albums and reported:");
      problems.forEach(p -> System.out.println("  " + p.getMessage().replace(dir.toString(), "<tmp>")));

      Files.delete(file);
      Files.delete(damaged);
      Files.delete(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
