package io.github.linernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linernotes.Album;
import io.github.linernotes.json.CatalogueReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import}: real MusicBrainz and Discogs files in, one catalogue out, notes and counts on stderr. */
class ImportCommandTest {

  @TempDir
  Path dir;

  private static Path shared(String relative) {
    Path p = Path.of(System.getProperty("linernotes.shared", "../shared")).resolve("realdata").resolve(relative);
    assumeTrue(Files.isRegularFile(p), "missing shared file " + p);
    return p;
  }

  private static final String JEFF_MILLS = "musicbrainz/jeff-mills-kat-moda-digital.release.e47d04a4.json";
  private static final String ALAN_VEGA = "musicbrainz/alan-vega-deuce-avenue-cd.release.71d6f1d1.json";
  private static final String PERSUADER = "discogs/persuader-stockholm-2x12in.release-1.json";
  private static final String DUMP = "discogs-dump/discogs_20200806_releases.xml.gz";

  private static List<Album> document(String out) {
    return CatalogueReader.strict().readDocument(out);
  }

  @Test
  void aMusicBrainzReleaseBecomesACatalogueDocument() {
    Cli.Result r = Cli.run("import", "--from", "musicbrainz", shared(JEFF_MILLS).toString());
    assertThat(r.status).as(r.toString()).isZero();
    assertThat(document(r.out)).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("Kat Moda EP"));
    assertThat(r.errLines().get(r.errLines().size() - 1)).startsWith(shared(JEFF_MILLS) + ": 1 album, ");
    // every other line of stderr is a note: FILE: LOCATION: NOTE [CODE]
    assertThat(r.errLines().subList(0, r.errLines().size() - 1))
        .allSatisfy(line -> assertThat(line).startsWith(shared(JEFF_MILLS) + ": /").matches(".* \\[[a-z-]+\\]$"));
  }

  @Test
  void severalFilesOfOneServiceMakeOneCatalogue() {
    Cli.Result r = Cli.run("import", "--from", "musicbrainz", "--to", "jsonl",
        shared(JEFF_MILLS).toString(), shared(ALAN_VEGA).toString());
    assertThat(r.status).as(r.toString()).isZero();
    assertThat(r.outLines()).hasSize(2);
    assertThat(CatalogueReader.strict().readLines(r.out)).extracting(Album::title)
        .containsExactly("Kat Moda EP", "Deuce Avenue");
  }

  @Test
  void aMusicBrainzDumpIsReadLineByLineAndABrokenLineIsUnusable() throws IOException {
    Path dump = dir.resolve("release");
    String one = Files.readString(shared(JEFF_MILLS)).replaceAll("\\s*\\n\\s*", " ");
    String two = Files.readString(shared(ALAN_VEGA)).replaceAll("\\s*\\n\\s*", " ");
    Files.writeString(dump, one + "\n" + two + "\n{\"title\": \n");
    Cli.Result r = Cli.run("import", "--from", "musicbrainz", "--notes", "summary", dump.toString());
    assertThat(r.status).as(r.toString()).isEqualTo(1);
    assertThat(document(r.out)).extracting(Album::title).containsExactly("Kat Moda EP", "Deuce Avenue");
    assertThat(r.errLines()).last().asString()
        .startsWith(dump + ": 2 albums, 1 unusable, ").contains("unusable 1");
  }

  @Test
  void everyNoteOfADumpLineNamesTheLine() throws IOException {
    Path dump = dir.resolve("release.jsonl");
    Files.writeString(dump, "\n" + Files.readString(shared(JEFF_MILLS)).replaceAll("\\s*\\n\\s*", " ") + "\nnot json\n");
    Cli.Result r = Cli.run("import", "--from", "musicbrainz", dump.toString());
    assertThat(r.status).isEqualTo(1);
    List<String> notes = r.errLines().subList(0, r.errLines().size() - 1);
    assertThat(notes).isNotEmpty();
    assertThat(notes.subList(0, notes.size() - 1)).allSatisfy(l -> assertThat(l).startsWith(dump + ":2: "));
    assertThat(notes).last().asString().startsWith(dump + ":3: ").endsWith("[unusable]");
  }

  @Test
  void aDiscogsReleaseFromStandardInput() throws IOException {
    byte[] json = Files.readAllBytes(shared(PERSUADER));
    Cli.Result r = Cli.run(Cli.PIPE, json, "import", "--from", "discogs", "-");
    assertThat(r.status).as(r.toString()).isZero();
    assertThat(document(r.out)).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("Stockholm"));
    assertThat(r.errLines()).last().asString().startsWith("<stdin>: 1 album, ");
  }

  @Test
  void theDiscogsDumpSampleImportsAsJsonLines() {
    Cli.Result r = Cli.run("import", "--from", "discogs", "--to", "jsonl", "--notes", "summary", shared(DUMP).toString());
    assertThat(r.errLines()).as(r.err).hasSize(1);
    String summary = r.errLines().get(0);
    int albums = Integer.parseInt(summary.replaceFirst("^.*?: (\\d+) albums?,.*$", "$1"));
    assertThat(r.outLines()).hasSize(albums);
    assertThat(albums).isGreaterThan(900);
    assertThat(r.status).isEqualTo(summary.contains(" unusable,") ? 1 : 0);
    assertThat(CatalogueReader.strict().readLines(r.out)).hasSize(albums);
  }

  @Test
  void unreadableJsonIsUnusableAndTheCatalogueStaysWhole() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"id\": \"1\", \"title\": ");
    Cli.Result r = Cli.run("import", "--from", "discogs", broken.toString());
    assertThat(r.status).isEqualTo(1);
    assertThat(document(r.out)).isEmpty();
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith(broken + ": ").endsWith("[unusable]"));
  }

  @Test
  void aMissingFileIsTroubleButTheOthersAreImported() {
    Cli.Result r = Cli.run("import", "--from", "musicbrainz", dir.resolve("nothing.json").toString(),
        shared(JEFF_MILLS).toString());
    assertThat(r.status).isEqualTo(2);
    assertThat(r.err).contains("nothing.json: cannot read: no such file");
    assertThat(document(r.out)).hasSize(1);
  }

  @Test
  void usageMistakes() {
    assertThat(Cli.run("import", "--from", "spotify", "x.json").status).isEqualTo(2);
    assertThat(Cli.run("import", "x.json").status).isEqualTo(2);
    Cli.Result input = Cli.run("import", "--from", "discogs", "--input", "jsonl", "x.json");
    assertThat(input.status).isEqualTo(2);
    assertThat(input.err).contains("--input applies to --from musicbrainz only");
    assertThat(Cli.run("import", "--from", "discogs", "--notes", "some", "x.json").err)
        .contains("--notes must be all or summary");
  }

  @Test
  void gzipCompressedMusicBrainzDocument() throws IOException {
    Path gz = dir.resolve("release.json.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(shared(JEFF_MILLS)));
    }
    Cli.Result r = Cli.run("import", "--from", "musicbrainz", gz.toString());
    assertThat(r.status).as(r.toString()).isZero();
    assertThat(document(r.out)).hasSize(1);
  }
}
