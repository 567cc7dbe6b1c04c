package io.github.linernotes.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.linernotes.Album;
import io.github.linernotes.DomainGenerators;
import io.github.linernotes.ReferenceAlbums;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes the files the Node checks under {@code .ci/export} read: the reference album's CSL-JSON and
 * JSON-LD, both exports of 50 generated albums (a fixed seed) and of every album imported from the shared real
 * documents, in {@code target/export/}.
 */
class ExportFilesTest {

  static final Path OUT = Path.of("target", "export");

  private static Path write(String name, String text) throws IOException {
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void writesTheReferenceAlbumsExports() throws IOException {
    Album album = ReferenceAlbums.ascenseurPourLEchafaud();
    assertThat(Files.readString(write("ascenseur.csl.json", CslJson.write(album)))).startsWith("[{\"id\":\"1\"");
    assertThat(Files.readString(write("ascenseur.jsonld", SchemaOrg.write(album)))).contains("\"MusicAlbum\"");
  }

  @Test
  void writesGeneratedAlbumsExports() throws IOException {
    List<Album> albums = new ArrayList<>();
    qt().withFixedSeed(20261202L).withExamples(50).forAll(DomainGenerators.albums()).checkAssert(albums::add);
    assertThat(albums).hasSize(50);
    assertThat(write("generated.csl.json", CslJson.write(albums))).isRegularFile();
    assertThat(Files.readString(write("generated.jsonld", SchemaOrg.write(albums)))).contains("\"@graph\"");
  }

  @Test
  void writesTheImportedAlbumsExports() throws IOException {
    List<Album> albums = new ArrayList<>(ExportFixtures.importedAlbums().values());
    assertThat(write("imported.csl.json", CslJson.write(albums))).isRegularFile();
    assertThat(Files.readString(write("imported.jsonld", SchemaOrg.write(albums)))).contains("\"@graph\"");
  }
}
