package io.github.linernotes.imports;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real MusicBrainz and Discogs documents the import tests read. They live outside the project, in
 * {@code ../shared/realdata} (the system property {@code linernotes.shared} names another folder), and are
 * never copied into it; a test that needs them is skipped, with that reason, where they are missing.
 */
final class SharedData {

  private SharedData() {}

  static Path realData() {
    Path shared = Path.of(System.getProperty("linernotes.shared", "../shared"));
    Path dir = shared.resolve("realdata");
    assumeTrue(Files.isDirectory(dir), "the shared real data is not at " + dir.toAbsolutePath());
    return dir;
  }

  static Path file(String relative) {
    Path p = realData().resolve(relative);
    assumeTrue(Files.isRegularFile(p), "missing shared file " + p);
    return p;
  }
}
