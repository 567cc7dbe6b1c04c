package io.github.linernotes.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linernotes.Album;
import io.github.linernotes.imports.DiscogsImport;
import io.github.linernotes.imports.MusicBrainzImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the export tests read from {@code ../shared} (the system property {@code linernotes.shared} names
 * another folder): the albums imported from every real MusicBrainz and Discogs document, and CSL's
 * {@code csl-data.json} schema. A test that needs them is skipped, with the reason, where they are missing.
 */
final class ExportFixtures {

  private ExportFixtures() {}

  static Path shared() {
    return Path.of(System.getProperty("linernotes.shared", "../shared"));
  }

  /** CSL's own schema for CSL-JSON input, unchanged. */
  static String cslSchema() {
    Path p = shared().resolve("vectors/csl/csl-data.json");
    assumeTrue(Files.isRegularFile(p), "CSL's schema is not at " + p.toAbsolutePath());
    return text(p);
  }

  /** Every album imported from the shared real documents, by document name and position. */
  static Map<String, Album> importedAlbums() {
    Path dir = shared().resolve("realdata");
    assumeTrue(Files.isDirectory(dir), "the shared real data is not at " + dir.toAbsolutePath());
    Map<String, Album> albums = new LinkedHashMap<>();
    for (Path file : jsonFiles(dir.resolve("musicbrainz"))) {
      add(albums, file, MusicBrainzImport.read(text(file)).albums());
    }
    for (Path file : jsonFiles(dir.resolve("discogs"))) {
      add(albums, file, DiscogsImport.read(text(file)).albums());
    }
    assumeTrue(!albums.isEmpty(), "no album imported from " + dir.toAbsolutePath());
    return albums;
  }

  private static void add(Map<String, Album> albums, Path file, List<Album> imported) {
    for (int i = 0; i < imported.size(); i++) {
      albums.put(file.getFileName() + "#" + i, imported.get(i));
    }
  }

  private static List<Path> jsonFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return new ArrayList<>(files.filter(p -> p.toString().endsWith(".json")).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
