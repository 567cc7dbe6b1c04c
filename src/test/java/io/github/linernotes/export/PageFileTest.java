package io.github.linernotes.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linernotes.ReferenceAlbums;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes the reference album's page to {@code target/export/ascenseur.html}, the file the browser check
 * {@code .ci/page/check-page.mjs} validates and photographs.
 */
class PageFileTest {

  @Test
  void writesTheReferenceAlbumsPage() throws IOException {
    String html = LinerNotesPage.write(ReferenceAlbums.ascenseurPourLEchafaud());
    Path file = Path.of("target", "export", "ascenseur.html");
    Files.createDirectories(file.getParent());
    Files.writeString(file, html, StandardCharsets.UTF_8);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(html);
  }
}
