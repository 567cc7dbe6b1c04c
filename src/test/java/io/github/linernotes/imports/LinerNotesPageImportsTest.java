package io.github.linernotes.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linernotes.Album;
import io.github.linernotes.export.LinerNotesPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Every album imported from the shared real MusicBrainz and Discogs documents gets its liner-notes page. */
class LinerNotesPageImportsTest {

  private static List<Path> documents(String folder) throws IOException {
    try (Stream<Path> files = Files.list(SharedData.realData().resolve(folder))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  private static void assertPage(Album album, Path from) {
    String html = LinerNotesPage.write(album);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("h1")).as(from.toString()).hasSize(1);
    assertThat(doc.select("h1").text()).as(from.toString()).isEqualTo(album.title().strip().replaceAll("\\s+", " "));
    assertThat(doc.select("script")).as(from.toString()).hasSize(1);
    int tracks = album.releases().stream().flatMap(r -> r.media().stream()).mapToInt(m -> m.tracks().size()).sum();
    assertThat(doc.select("#tracks table:not(.credits) tbody tr")).as(from.toString()).hasSize(tracks);
    List<String> ids = doc.select("[id]").eachAttr("id");
    assertThat(ids).as(from.toString()).doesNotHaveDuplicates();
    for (String href : doc.select("a[href^=#]").eachAttr("href")) {
      assertThat(ids).as("%s: target of %s", from, href).contains(href.substring(1));
    }
  }

  @Test
  void everyMusicBrainzDocumentsAlbumsRender() throws IOException {
    List<Path> files = documents("musicbrainz");
    assertThat(files).isNotEmpty();
    int albums = 0;
    for (Path file : files) {
      for (Album album : MusicBrainzImport.read(Files.readString(file, StandardCharsets.UTF_8)).albums()) {
        assertPage(album, file);
        albums++;
      }
    }
    assertThat(albums).isPositive();
  }

  @Test
  void everyDiscogsDocumentsAlbumsRender() throws IOException {
    List<Path> files = documents("discogs");
    assertThat(files).isNotEmpty();
    int albums = 0;
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        for (Album album : DiscogsImport.read(in).albums()) {
          assertPage(album, file);
          albums++;
        }
      }
    }
    assertThat(albums).isPositive();
  }
}
