package io.github.linernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linernotes.Album;
import io.github.linernotes.ReferenceAlbums;
import io.github.linernotes.export.CslJson;
import io.github.linernotes.export.LinerNotesPage;
import io.github.linernotes.export.SchemaOrg;
import io.github.linernotes.json.CatalogueWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} and the page the no-argument demo writes. */
class ExportCommandTest {

  @TempDir
  Path dir;

  private static final Album REFERENCE = ReferenceAlbums.ascenseurPourLEchafaud();

  private Path catalogue(List<Album> albums) throws IOException {
    Path file = dir.resolve("catalogue.jsonl");
    CatalogueWriter.writeLines(albums, file);
    return file;
  }

  @Test
  void citationsAndJsonLdOfAllAlbumsGoToStandardOutputAsOneDocument() throws IOException {
    Path file = catalogue(Cli.threeAlbums());
    Cli.Result csl = Cli.run("export", "--to", "csl", file.toString());
    assertThat(csl.status).as(csl.toString()).isZero();
    assertThat(csl.out).isEqualTo(CslJson.write(Cli.threeAlbums()) + "\n");
    Cli.Result jsonld = Cli.run("export", "--to", "jsonld", file.toString());
    assertThat(jsonld.status).as(jsonld.toString()).isZero();
    assertThat(jsonld.out).isEqualTo(SchemaOrg.write(Cli.threeAlbums()) + "\n");
  }

  @Test
  void onePageOnStandardOutputOrOneFilePerAlbumInADirectory() throws IOException {
    Cli.Result one = Cli.run("export", "--to", "html", catalogue(List.of(REFERENCE)).toString());
    assertThat(one.status).as(one.toString()).isZero();
    assertThat(one.out).startsWith(LinerNotesPage.write(REFERENCE));

    Path file = catalogue(Cli.threeAlbums());
    Cli.Result refused = Cli.run("export", "--to", "html", file.toString());
    assertThat(refused.status).isEqualTo(2);
    assertThat(refused.err).contains("for 3 albums give --out DIR");

    Path out = dir.resolve("pages");
    Cli.Result pages = Cli.run("export", "--to", "html", "--out", out.toString(), file.toString());
    assertThat(pages.status).as(pages.toString()).isZero();
    assertThat(pages.outLines()).containsExactly(out.resolve("ascenseur-pour-l-echafaud.html").toString(),
        out.resolve("ascenseur-second-copy.html").toString(), out.resolve("ascenseur-troisieme.html").toString());
    assertThat(Files.readString(out.resolve("ascenseur-troisieme.html")))
        .isEqualTo(LinerNotesPage.write(Cli.threeAlbums().get(2)));
  }

  @Test
  void documentsInADirectoryHaveFixedNames() throws IOException {
    Path file = catalogue(List.of(REFERENCE));
    Cli.Result r = Cli.run("export", "--to", "jsonld", "--out", dir.resolve("ld").toString(), file.toString());
    assertThat(r.status).as(r.toString()).isZero();
    assertThat(r.outLines()).containsExactly(dir.resolve("ld").resolve("albums.jsonld").toString());
    assertThat(Files.readString(dir.resolve("ld").resolve("albums.jsonld"))).isEqualTo(SchemaOrg.write(List.of(REFERENCE)) + "\n");
  }

  @Test
  void aBadCatalogueIsReportedAndNothingIsWritten() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"title\":5}");
    Cli.Result r = Cli.run("export", "--to", "csl", "--out", dir.resolve("x").toString(), bad.toString());
    assertThat(r.status).isEqualTo(1);
    assertThat(r.err).contains("bad.json:1:").contains("[wrong-type]");
    assertThat(dir.resolve("x")).doesNotExist();
    assertThat(Cli.run("export", "--to", "pdf", bad.toString()).status).isEqualTo(2);
    assertThat(Cli.run("export", "--to", "csl", dir.resolve("none.json").toString()).err).contains("no such file");
  }

  @Test
  void pageNamesAreFileSafeAndNumberedWhenTaken() {
    Set<String> taken = new HashSet<>();
    assertThat(Main.pageName("Ascenseur pour l'échafaud", taken)).isEqualTo("ascenseur-pour-l-echafaud.html");
    assertThat(Main.pageName("ASCENSEUR pour l’échafaud!", taken)).isEqualTo("ascenseur-pour-l-echafaud-2.html");
    assertThat(Main.pageName("../../etc/passwd", taken)).isEqualTo("etc-passwd.html");
    assertThat(Main.pageName("★★★", taken)).isEqualTo("album.html");
    assertThat(Main.pageName("x".repeat(200), taken)).hasSize(80 + ".html".length());
  }

  @Test
  void theDemoWritesTheReferenceAlbumsPage() throws IOException {
    Cli.Result r = Cli.run();
    assertThat(r.status).isZero();
    String last = r.outLines().get(r.outLines().size() - 1);
    assertThat(last).startsWith("Its liner notes as a web page: ");
    Path page = Path.of(last.substring("Its liner notes as a web page: ".length()));
    assertThat(Files.readString(page)).isEqualTo(LinerNotesPage.write(REFERENCE));
  }
}
