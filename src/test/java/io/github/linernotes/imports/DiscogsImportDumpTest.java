package io.github.linernotes.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.linernotes.Album;
import io.github.linernotes.ArtistCredit;
import io.github.linernotes.CompanyCredit;
import io.github.linernotes.CompanyRole;
import io.github.linernotes.IdentifierType;
import io.github.linernotes.MediumFormat;
import io.github.linernotes.Release;
import io.github.linernotes.ReleaseIdentifier;
import io.github.linernotes.Track;
import io.github.linernotes.id.DiscogsId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The Discogs XML dump: the shared real samples, streaming, line numbers, XPaths and broken input. */
class DiscogsImportDumpTest {

  /** What a dump delivered: each result with its line. */
  record Delivered(Imported imported, long line) {}

  static List<Delivered> readAll(InputStream in) {
    List<Delivered> out = new ArrayList<>();
    DiscogsImport.readDump(in, (i, line) -> out.add(new Delivered(i, line)));
    return out;
  }

  static InputStream text(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] gzip(String xml) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
      z.write(xml.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  static final String TWO = "<releases>\n"
      + "<release id=\"7\" status=\"Accepted\"><artists><artist><id>3</id><name>Invented Trio (2)</name><anv/>"
      + "<join>,</join><role/><tracks/></artist><artist><id>0</id><name>A Guest</name><anv>Guest</anv><join/>"
      + "<role/><tracks/></artist></artists><title>First Invented</title>"
      + "<labels><label name=\"Own Label\" catno=\"OWN 1\" id=\"12\"/></labels>"
      + "<formats><format name=\"Vinyl\" qty=\"1\" text=\"Clear\"><descriptions><description>7\"</description>"
      + "</descriptions></format></formats><country>UK</country><released>2000-00-00</released>"
      + "<master_id is_main_release=\"false\">99</master_id>"
      + "<tracklist><track><position>A</position><title>Side One</title><duration>3:05</duration></track>"
      + "<track><position>B</position><title>Side Two</title><duration>bad</duration></track></tracklist>"
      + "</release>\n\n"
      + "<release id=\"8\" status=\"Accepted\"><artists><artist><id>4</id><name>Somebody</name></artist></artists>"
      + "<title>Second Invented</title><formats><format name=\"Floppy Disk\" qty=\"2\" text=\"\"/></formats>"
      + "<country>UK &amp; Europe</country><released>1999</released></release>\n"
      + "<release id=\"9\"><title>No Artist</title></release>\n"
      + "</releases>\n";

  @Test
  void everyElementIsDeliveredWithTheLineWhereItStartsAndXPathNotes() {
    List<Delivered> got = readAll(text(TWO));
    assertThat(got).extracting(Delivered::line).containsExactly(2L, 4L, 5L);
    Imported first = got.get(0).imported();
    Album a = first.albums().get(0);
    RoundTrip.check(a);
    assertThat(a.title()).isEqualTo("First Invented");
    assertThat(a.artists()).extracting(ArtistCredit::name, c -> c.joinPhrase().orElse(""), c -> c.creditedAs().orElse(""))
        .containsExactly(tuple("Invented Trio", ", ", ""), tuple("A Guest", "", "Guest"));
    assertThat(a.artists().get(1).ids()).isEmpty();
    assertThat(a.ids().orElseThrow().discogs()).contains(DiscogsId.of(99));
    Release r = a.releases().get(0);
    assertThat(r.id()).isEqualTo("discogs-7");
    assertThat(r.media()).hasSize(1);
    assertThat(r.media().get(0).format()).contains(MediumFormat.VINYL_7_INCH);
    assertThat(r.media().get(0).descriptions()).containsExactly("7\"", "Clear");
    assertThat(r.media().get(0).tracks()).extracting(Track::position).containsExactly("A", "B");
    assertThat(r.media().get(0).tracks().get(1).length()).isEmpty();
    assertThat(r.events().get(0).date().orElseThrow()).hasToString("2000");
    assertThat(r.events().get(0).area()).contains("GB");
    assertThat(first.notes()).extracting(ImportNote::location, ImportNote::code).contains(
        tuple("/releases/release[1]/@status", ImportCode.NOT_IMPORTED),
        tuple("/releases/release[1]/artists/artist[1]/name", ImportCode.REINTERPRETED),
        tuple("/releases/release[1]/country", ImportCode.REINTERPRETED),
        tuple("/releases/release[1]/released", ImportCode.REINTERPRETED),
        tuple("/releases/release[1]/master_id/@is_main_release", ImportCode.NOT_IMPORTED),
        tuple("/releases/release[1]/tracklist/track[2]/duration", ImportCode.INVALID_VALUE));

    Imported second = got.get(1).imported();
    Release r2 = second.albums().get(0).releases().get(0);
    RoundTrip.check(second.albums().get(0));
    assertThat(r2.media()).hasSize(2).allSatisfy(m -> {
      assertThat(m.format()).contains(MediumFormat.OTHER);
      assertThat(m.descriptions()).containsExactly("Floppy Disk");
    });
    assertThat(r2.events().get(0).areaName()).contains("UK & Europe");
    assertThat(r2.events().get(0).area()).isEmpty();
    assertThat(r2.events().get(0).date().orElseThrow()).hasToString("1999");
    assertThat(second.notes()).extracting(ImportNote::location, ImportNote::code).contains(
        tuple("/releases/release[2]/formats/format[1]/@name", ImportCode.KEPT_AS_TEXT),
        tuple("/releases/release[2]/country", ImportCode.KEPT_AS_TEXT));

    Imported third = got.get(2).imported();
    assertThat(third.isUsable()).isFalse();
    assertThat(third.notes()).extracting(ImportNote::location, ImportNote::code)
        .containsExactly(tuple("/releases/release[3]/artists", ImportCode.UNUSABLE));
  }

  @Test
  void gzipIsRecognisedByItsMagicBytesAndConcatenatedMembersAreRead() throws IOException {
    int cut = TWO.indexOf("<release id=\"8\"");
    byte[] one = gzip(TWO.substring(0, cut));
    byte[] two = gzip(TWO.substring(cut));
    byte[] both = Arrays.copyOf(one, one.length + two.length);
    System.arraycopy(two, 0, both, one.length, two.length);
    InputStream in = new ByteArrayInputStream(both);
    assertThat(readAll(in)).extracting(d -> d.imported().isUsable()).containsExactly(true, true, false);
  }

  /** What reading a shared dump sample gave, every album round-tripped and every unusable element noted. */
  private record Sample(int elements, int albums, Map<String, Integer> byCode) {}

  private static Sample readSample(String name, String label, java.util.function.ObjLongConsumer<Imported> each)
      throws IOException {
    Map<String, Integer> byCode = new TreeMap<>();
    int[] count = {0, 0};
    try (InputStream in = Files.newInputStream(SharedData.file("discogs-dump/" + name))) {
      DiscogsImport.readDump(in, (i, line) -> {
        count[0]++;
        if (i.isUsable()) {
          count[1]++;
          RoundTrip.check(i.albums().get(0));
        } else {
          assertThat(i.notes()).anySatisfy(n -> assertThat(n.code()).isEqualTo(ImportCode.UNUSABLE));
        }
        i.notes().forEach(n -> byCode.merge(n.code().code(), 1, Integer::sum));
        each.accept(i, line);
      });
    }
    System.out.println(label + ": " + count[0] + " elements, " + count[1] + " albums, notes by code " + byCode);
    return new Sample(count[0], count[1], byCode);
  }

  @Test
  void theRealReleasesSampleGivesAThousandAlbums() throws IOException {
    List<Delivered> got = new ArrayList<>();
    Sample sample = readSample("discogs_20200806_releases.xml.gz", "discogs releases dump sample", (i, line) -> {
      if (got.size() < 3) {
        got.add(new Delivered(i, line));
      }
    });
    assertThat(sample.elements()).isEqualTo(1000);
    assertThat(sample.albums()).isEqualTo(1000);
    assertThat(sample.byCode()).doesNotContainKey("unusable").containsKeys("not-imported", "reinterpreted", "kept-as-text");
    assertThat(got.get(0).line()).isEqualTo(2);
    Album stockholm = got.get(0).imported().albums().get(0);
    assertThat(stockholm.title()).isEqualTo("Stockholm");
    assertThat(stockholm.artists()).extracting(ArtistCredit::name).containsExactly("The Persuader");
    assertThat(stockholm.ids().orElseThrow().discogs()).contains(DiscogsId.of(1660109));
    Release r = stockholm.releases().get(0);
    assertThat(r.id()).isEqualTo("discogs-1");
    assertThat(r.events().get(0).date().orElseThrow()).hasToString("1999-03");
    assertThat(r.events().get(0).area()).contains("SE");
    assertThat(r.media()).hasSize(2).allSatisfy(m -> {
      assertThat(m.format()).contains(MediumFormat.VINYL_12_INCH);
      assertThat(m.descriptions()).containsExactly("12\"", "33 ⅓ RPM");
    });
    assertThat(r.media().get(1).tracks()).extracting(Track::position).containsExactly("C1", "C2", "D");
    assertThat(r.companies()).extracting(CompanyCredit::role, CompanyCredit::name)
        .containsExactly(tuple(CompanyRole.RECORDED_AT, "The Globe Studios"), tuple(CompanyRole.PRESSED_BY, "MPO"));
    assertThat(stockholm.sessions()).hasSize(1);
    assertThat(r.identifiers()).hasSize(5).allSatisfy(x -> assertThat(x.type()).isEqualTo(IdentifierType.MATRIX_RUNOUT));
    assertThat(r.identifiers()).extracting(ReleaseIdentifier::value).first().isEqualTo("MPO SK 032 A1");
    assertThat(r.notes().get(0).text()).startsWith("The song titles are the names of six of Stockholm's 82 districts.");
    assertThat(got.get(0).imported().notes()).extracting(ImportNote::location).contains(
        "/releases/release[1]/@status", "/releases/release[1]/images", "/releases/release[1]/videos",
        "/releases/release[1]/data_quality", "/releases/release[1]/master_id/@is_main_release");

    Album second = got.get(1).imported().albums().get(0);
    assertThat(second.title()).isEqualTo("Knockin' Boots (Vol 2 Of 2)");
    assertThat(second.releases().get(0).labels()).extracting(l -> l.catalogueNumber().orElseThrow())
        .containsExactly("SK 026", "SK026");
    assertThat(got.get(2).imported().notes()).extracting(ImportNote::location)
        .contains("/releases/release[3]/tracklist/track[5]/artists/artist[1]/name");
  }

  @Test
  void theRealMastersSampleGivesAThousandAlbums() throws IOException {
    List<Album> firstTwo = new ArrayList<>();
    List<List<ImportNote>> firstNotes = new ArrayList<>();
    Sample sample = readSample("discogs_20200806_masters.xml.gz", "discogs masters dump sample", (i, line) -> {
      if (firstTwo.size() < 2) {
        firstTwo.add(i.albums().get(0));
        firstNotes.add(i.notes());
      }
    });
    assertThat(sample.elements()).isEqualTo(1000);
    assertThat(sample.albums()).isEqualTo(1000);
    Album moments = firstTwo.get(0);
    assertThat(moments.title()).isEqualTo("Moments In Time");
    assertThat(moments.artists()).extracting(ArtistCredit::name).containsExactly("Vince Watson");
    assertThat(moments.firstReleased().orElseThrow()).hasToString("2002");
    assertThat(moments.ids().orElseThrow().discogs()).contains(DiscogsId.of(113));
    assertThat(moments.styles()).containsExactly("Techno", "Tech House");
    assertThat(firstNotes.get(0)).extracting(ImportNote::location, ImportNote::code).contains(
        tuple("/masters/master[1]/main_release", ImportCode.NOT_IMPORTED),
        tuple("/masters/master[1]/videos", ImportCode.NOT_IMPORTED));
  }

  /** An endless dump: the root, then the same release again and again. */
  static InputStream endless() {
    byte[] head = "<releases>\n".getBytes(StandardCharsets.UTF_8);
    byte[] release = ("<release id=\"5\"><artists><artist><id>1</id><name>Loop</name></artist></artists>"
        + "<title>Again</title><tracklist><track><position>1</position><title>Once more</title>"
        + "<duration>1:00</duration></track></tracklist></release>\n").getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      long at;

      @Override
      public int read() {
        long i = at++;
        if (i < head.length) {
          return head[(int) i];
        }
        return release[(int) ((i - head.length) % release.length)];
      }
    };
  }

  static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void eachElementIsDeliveredBeforeTheStreamEnds() {
    List<Long> lines = new ArrayList<>();
    assertThatThrownBy(() -> DiscogsImport.readDump(endless(), (i, line) -> {
      assertThat(i.albums()).hasSize(1);
      lines.add(line);
      if (lines.size() == 2_000) {
        throw new Enough();
      }
    })).isInstanceOf(Enough.class);
    assertThat(lines).hasSize(2_000);
    assertThat(lines.get(0)).isEqualTo(2);
    assertThat(lines.get(1_999)).isEqualTo(2_001);
  }

  @Test
  void anElementOverTheBoundIsUnusableAndReadingGoesOn() {
    String big = "<releases>\n<release id=\"1\"><title>" + "x".repeat(5_000) + "</title></release>\n"
        + "<release id=\"2\"><artists><artist><name>Small</name></artist></artists><title>Fits</title></release>\n"
        + "</releases>";
    List<Delivered> got = new ArrayList<>();
    DiscogsDump.read(text(big), (i, line) -> got.add(new Delivered(i, line)), 1_000);
    assertThat(got).hasSize(2);
    assertThat(got.get(0).imported().isUsable()).isFalse();
    assertThat(got.get(0).imported().notes()).extracting(ImportNote::location, ImportNote::code)
        .containsExactly(tuple("/releases/release[1]", ImportCode.UNUSABLE));
    assertThat(got.get(1).imported().albums().get(0).title()).isEqualTo("Fits");
  }

  @Test
  void malformedXmlThrowsAfterTheElementsBeforeIt() {
    String xml = "<releases>\n<release id=\"1\"><artists><artist><name>Fine</name></artist></artists>"
        + "<title>Good</title></release>\n<release id=\"2\"><title>Bad</titel></release></releases>";
    List<Delivered> got = new ArrayList<>();
    assertThatThrownBy(() -> DiscogsImport.readDump(text(xml), (i, line) -> got.add(new Delivered(i, line))))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.note().code()).isEqualTo(ImportCode.UNUSABLE);
          assertThat(e.note().location()).startsWith("3:");
        });
    assertThat(got).hasSize(1);
    assertThat(got.get(0).imported().albums().get(0).title()).isEqualTo("Good");
  }

  @Test
  void aTruncatedDumpThrowsImportException() throws IOException {
    byte[] all = Files.readAllBytes(SharedData.file("discogs-dump/discogs_20200806_releases.xml.gz"));
    List<Delivered> got = new ArrayList<>();
    assertThatThrownBy(() -> DiscogsImport.readDump(new ByteArrayInputStream(Arrays.copyOf(all, all.length / 3)),
        (i, line) -> got.add(new Delivered(i, line)))).isInstanceOf(ImportException.class);
    assertThat(got).hasSizeBetween(100, 999);
    assertThatThrownBy(() -> readAll(text(TWO.substring(0, TWO.length() / 2)))).isInstanceOf(ImportException.class);
    assertThatThrownBy(() -> readAll(text(""))).isInstanceOf(ImportException.class);
  }

  @Test
  void anExternalEntityIsNeverFetched() {
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE releases [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        + "<releases><release id=\"1\"><artists><artist><name>&xxe;</name></artist></artists>"
        + "<title>T</title></release></releases>";
    List<Delivered> got = new ArrayList<>();
    assertThatThrownBy(() -> DiscogsImport.readDump(text(xxe), (i, line) -> got.add(new Delivered(i, line))))
        .isInstanceOf(ImportException.class);
    assertThat(got).isEmpty();
  }

  @Test
  void billionLaughsAreNeverExpanded() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE releases [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">");
    }
    dtd.append("]>");
    String xml = dtd + "<releases><release id=\"1\"><artists><artist><name>&lol9;</name></artist></artists>"
        + "<title>T</title></release></releases>";
    List<Delivered> got = new ArrayList<>();
    assertThatThrownBy(() -> DiscogsImport.readDump(text(xml), (i, line) -> got.add(new Delivered(i, line))))
        .isInstanceOf(ImportException.class);
    assertThat(got).isEmpty();
  }

  @Test
  void theCallersStreamIsNotClosed() {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(TWO.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    readAll(in);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void aDeeplyNestedElementIsUnusableWithoutOverflowingTheStack() {
    String xml = "<releases><release id=\"1\">" + "<a>".repeat(5_000) + "</a>".repeat(5_000)
        + "<title>T</title></release></releases>";
    List<Delivered> got = readAll(text(xml));
    assertThat(got).hasSize(1);
    assertThat(got.get(0).imported().notes()).extracting(ImportNote::code).containsExactly(ImportCode.UNUSABLE);
  }
}
