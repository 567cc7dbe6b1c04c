package io.github.linernotes.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.linernotes.Album;
import io.github.linernotes.ArtistCredit;
import io.github.linernotes.CompanyCredit;
import io.github.linernotes.CompanyRole;
import io.github.linernotes.CreditRole;
import io.github.linernotes.IdentifierType;
import io.github.linernotes.LabelInfo;
import io.github.linernotes.Medium;
import io.github.linernotes.MediumFormat;
import io.github.linernotes.MediumSection;
import io.github.linernotes.Personnel;
import io.github.linernotes.Recording;
import io.github.linernotes.Release;
import io.github.linernotes.ReleaseIdentifier;
import io.github.linernotes.Session;
import io.github.linernotes.Track;
import io.github.linernotes.Work;
import io.github.linernotes.id.DiscogsId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every shared real Discogs API document, imported, with the facts that matter asserted. */
class DiscogsImportReleasesTest {

  static Imported read(String name) throws IOException {
    try (InputStream in = Files.newInputStream(SharedData.file("discogs/" + name))) {
      Imported imported = DiscogsImport.read(in);
      assertThat(imported.albums()).hasSize(1);
      RoundTrip.check(imported.albums().get(0));
      Map<String, Long> counts = new TreeMap<>(imported.notes().stream()
          .collect(Collectors.groupingBy(n -> n.code().code(), Collectors.counting())));
      System.out.println(name + ": notes by code " + counts);
      return imported;
    }
  }

  static List<String> positions(Medium m) {
    return m.tracks().stream().map(Track::position).toList();
  }

  static List<String> at(Imported i, ImportCode code) {
    return i.notes().stream().filter(n -> n.code() == code).map(ImportNote::location).toList();
  }

  static Personnel credit(Release r, String name) {
    return r.credits().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  static Recording recording(Album a, String id) {
    return a.recordings().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  static Work work(Album a, String id) {
    return a.works().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
  }

  static DiscogsId id(Object o) {
    return DiscogsId.parse(o.toString());
  }

  @Test
  void persuaderStockholmIsTwoTwelveInchRecordsWithSidesSplitByMedium() throws IOException {
    Imported i = read("persuader-stockholm-2x12in.release-1.json");
    Album a = i.albums().get(0);
    assertThat(a.title()).isEqualTo("Stockholm");
    assertThat(a.artists()).extracting(ArtistCredit::name).containsExactly("Persuader, The");
    assertThat(a.artists().get(0).ids().orElseThrow().discogs()).contains(id(1));
    assertThat(a.ids().orElseThrow().discogs()).contains(id(5427));
    assertThat(a.genres()).containsExactly("Electronic");
    assertThat(a.styles()).containsExactly("Deep House");
    Release r = a.releases().get(0);
    assertThat(r.id()).isEqualTo("discogs-1");
    assertThat(r.ids().orElseThrow().discogs()).contains(id(1));
    assertThat(r.status()).isEmpty();
    assertThat(r.media()).hasSize(2);
    assertThat(r.media()).extracting(m -> m.format().orElseThrow()).containsOnly(MediumFormat.VINYL_12_INCH);
    assertThat(r.media().get(0).descriptions()).containsExactly("12\"");
    assertThat(positions(r.media().get(0))).containsExactly("A", "B1", "B2");
    assertThat(positions(r.media().get(1))).containsExactly("C1", "C2", "D");
    Track a1 = r.media().get(0).tracks().get(0);
    assertThat(a1.title()).isEqualTo("Östermalm");
    assertThat(a1.length().orElseThrow().toDuration().toMillis()).isEqualTo(285_000);
    assertThat(a1.recording()).contains("rec-A");
    assertThat(r.media().get(1).tracks().get(2).length().orElseThrow().toDuration().toMillis()).isEqualTo(316_000);
    assertThat(r.events()).hasSize(1);
    assertThat(r.events().get(0).date().orElseThrow()).hasToString("1999-03");
    assertThat(r.events().get(0).area()).contains("SE");
    assertThat(r.labels()).extracting(LabelInfo::name, l -> l.catalogueNumber().orElseThrow())
        .containsExactly(tuple("Svek", "SK032"));
    assertThat(r.companies()).extracting(CompanyCredit::role, CompanyCredit::name, c -> c.creditedRole().orElseThrow())
        .containsExactly(tuple(CompanyRole.RECORDED_AT, "The Globe Studios", "Recorded At"));
    assertThat(r.companies().get(0).ids().orElseThrow().discogs()).contains(id(271046));
    assertThat(a.sessions()).extracting(Session::id, s -> s.venue().orElseThrow().name().orElseThrow())
        .containsExactly(tuple("recorded-at-1", "The Globe Studios"));
    assertThat(a.recordings()).hasSize(6).allSatisfy(rec -> assertThat(rec.session()).contains("recorded-at-1"));
    // "Recorded at the Globe studio in Stockholm." gives no date
    assertThat(a.sessions().get(0).date()).isEmpty();
    assertThat(a.recordings()).extracting(Recording::id)
        .containsExactly("rec-A", "rec-B1", "rec-B2", "rec-C1", "rec-C2", "rec-D");
    Personnel jesper = credit(r, "Jesper Dahlbäck");
    assertThat(jesper.roles()).containsExactly(CreditRole.COMPOSER);
    assertThat(jesper.creditedRoles()).containsExactly("Music By [All Tracks By]");
    assertThat(jesper.recordings()).isEmpty();
    assertThat(jesper.ids().orElseThrow().discogs()).contains(id(239));
    assertThat(r.notes().get(0).text())
        .isEqualTo("Recorded at the Globe studio in Stockholm. \r\nThe titles are the names of Stockholm's districts.\r\n");
    assertThat(at(i, ImportCode.REINTERPRETED)).containsExactly("/released", "/country");
    assertThat(at(i, ImportCode.NOT_IMPORTED)).contains("/status", "/videos", "/images", "/thumb",
        "/data_quality", "/resource_url", "/released_formatted", "/master_url", "/artists/0/resource_url");
    assertThat(at(i, ImportCode.UNUSABLE)).isEmpty();
    assertThat(at(i, ImportCode.INVALID_VALUE)).isEmpty();
  }

  @Test
  void clockworkOrangeIsVariousArtistsInEuropeWithoutAYear() throws IOException {
    Imported i = read("clockwork-orange-soundtrack-various.release-16004480.json");
    Album a = i.albums().get(0);
    assertThat(a.title()).isEqualTo("Stanley Kubrick's A Clockwork Orange (Music From The Soundtrack)");
    assertThat(a.artists()).extracting(ArtistCredit::name).containsExactly("Various");
    assertThat(a.artists().get(0).ids().orElseThrow().discogs()).contains(id(194));
    Release r = a.releases().get(0);
    assertThat(r.events()).hasSize(1);
    assertThat(r.events().get(0).area()).contains("XE");
    assertThat(r.events().get(0).date()).isEmpty();
    assertThat(i.notes()).anySatisfy(n -> {
      assertThat(n.location()).isEqualTo("/year");
      assertThat(n.code()).isEqualTo(ImportCode.REINTERPRETED);
      assertThat(n.message()).contains("year 0");
    });
    assertThat(r.barcode().orElseThrow().toString().replace(" ", "")).isEqualTo("075992725620");
    assertThat(r.identifiers()).extracting(ReleaseIdentifier::type, ReleaseIdentifier::value)
        .contains(tuple(IdentifierType.LABEL_CODE, "LC 0392"), tuple(IdentifierType.PRICE_CODE, "WE 851"),
            tuple(IdentifierType.RIGHTS_SOCIETY, "GEMA / BIEM"), tuple(IdentifierType.MATRIX_RUNOUT, "927256-2 SRC-01"));
    assertThat(r.identifiers()).filteredOn(x -> x.type() == IdentifierType.PRICE_CODE)
        .extracting(x -> x.description().orElseThrow()).containsExactly("France");
    assertThat(r.media()).hasSize(1);
    Medium cd = r.media().get(0);
    assertThat(cd.format()).contains(MediumFormat.CD);
    assertThat(cd.descriptions()).containsExactly("Reissue", "Repress");
    assertThat(positions(cd)).hasSize(15).startsWith("1", "2", "3").endsWith("15");
    assertThat(cd.tracks().get(0).artists()).extracting(ArtistCredit::name).containsExactly("Walter Carlos");
    ArtistCredit rossini = cd.tracks().get(1).artists().get(0);
    assertThat(rossini.name()).isEqualTo("Gioacchino Rossini");
    assertThat(rossini.creditedAs()).contains("Rossini");
    assertThat(cd.tracks().get(0).length().orElseThrow().toDuration().toMillis()).isEqualTo(146_000);
    assertThat(credit(r, "Rachel Elkind").recordings())
        .containsExactly("rec-1", "rec-3", "rec-5", "rec-6", "rec-9", "rec-13");
    assertThat(credit(r, "Rachel Elkind").creditedRoles()).containsExactly("Producer [Selections Produced By]");
    assertThat(credit(r, "Joe Boyd").roles()).containsExactly(CreditRole.OTHER);
    Work march = work(a, "work-5");
    assertThat(march.composers()).extracting(ArtistCredit::name).containsExactly("Ludwig van Beethoven");
    assertThat(march.arrangers()).extracting(ArtistCredit::name).containsExactly("Walter Carlos");
    assertThat(recording(a, "rec-5").works()).containsExactly("work-5");
    assertThat(recording(a, "rec-5").credits()).extracting(Personnel::name)
        .containsExactly("Walter Carlos", "Ludwig van Beethoven", "Rachel Elkind");
    assertThat(r.companies()).extracting(CompanyCredit::role, CompanyCredit::name)
        .contains(tuple(CompanyRole.OTHER, "Warner Communications"),
            tuple(CompanyRole.PHONOGRAPHIC_COPYRIGHT, "Warner Bros. Records Inc."),
            tuple(CompanyRole.COPYRIGHT, "WEA International Inc."), tuple(CompanyRole.PUBLISHED_BY, "Mills Music"),
            tuple(CompanyRole.MANUFACTURED_BY, "TELDEC Record Service GmbH"));
    assertThat(r.companies().get(0).creditedRole()).contains("Record Company");
    assertThat(at(i, ImportCode.KEPT_AS_TEXT)).contains("/companies/0/entity_type_name", "/extraartists/5/role");
    assertThat(at(i, ImportCode.REINTERPRETED)).containsExactly("/year", "/country");
  }

  @Test
  void ummagummaHasHeadingsIndexTracksRangesAndTwoRecordingPlaces() throws IOException {
    Imported i = read("pink-floyd-ummagumma-2016-2lp.release-8604223.json");
    Album a = i.albums().get(0);
    assertThat(a.title()).isEqualTo("Ummagumma");
    Release r = a.releases().get(0);
    assertThat(r.events().get(0).area()).contains("XW");
    assertThat(r.events().get(0).date().orElseThrow()).hasToString("2016-06-03");
    assertThat(r.media()).hasSize(2);
    for (Medium m : r.media()) {
      assertThat(m.format()).contains(MediumFormat.VINYL_12_INCH);
      assertThat(m.descriptions()).containsExactly("LP", "Album", "Reissue", "Remastered", "Stereo", "Gatefold", "180 Gram");
    }
    assertThat(positions(r.media().get(0))).containsExactly("A1", "A2", "B1", "B2");
    assertThat(positions(r.media().get(1))).containsExactly("C1.1", "C1.2", "C1.3", "C1.4", "C2", "C3",
        "D1.1", "D1.2", "D1.3", "D2.1", "D2.2", "D2.3");
    assertThat(r.media().get(0).sections()).extracting(MediumSection::description,
        s -> s.firstPosition().orElseThrow(), s -> s.lastPosition().orElseThrow())
        .containsExactly(tuple("Live Album", "A1", "B2"));
    assertThat(r.media().get(1).sections()).extracting(MediumSection::description,
        s -> s.firstPosition().orElseThrow(), s -> s.lastPosition().orElseThrow())
        .containsExactly(tuple("Studio Album", "C1.1", "D2.3"), tuple("Sysyphus", "C1.1", "C1.4"),
            tuple("The Narrow Way", "D1.1", "D1.3"), tuple("The Grand Vizier's Garden Party", "D2.1", "D2.3"));
    Track part1 = r.media().get(1).tracks().get(0);
    assertThat(part1.title()).isEqualTo("Part 1");
    assertThat(part1.artists()).extracting(ArtistCredit::name).containsExactly("Richard Wright");
    assertThat(part1.recording()).contains("rec-C1.1");
    assertThat(credit(r, "Brian Humphries").recordings()).containsExactly("rec-A1", "rec-A2", "rec-B1", "rec-B2");
    assertThat(credit(r, "Brian Humphries").roles()).containsExactly(CreditRole.ENGINEER);
    assertThat(credit(r, "Peter Mew").recordings()).hasSize(12).startsWith("rec-C1.1").endsWith("rec-D2.3");
    assertThat(credit(r, "Norman Smith").creditedRoles()).containsExactly("Producer [Produced By]");
    // Bernie Grundman is credited twice: as "BG" for the lacquer cut, under his own name for the mastering
    Personnel bg = r.credits().stream().filter(p -> p.creditedAs().equals(java.util.Optional.of("BG"))).findFirst()
        .orElseThrow();
    assertThat(bg.name()).isEqualTo("Bernie Grundman");
    assertThat(bg.roles()).containsExactly(CreditRole.LACQUER_CUT);
    assertThat(bg.ids().orElseThrow().discogs()).contains(id(307942));
    Personnel waters = credit(r, "Roger Waters");
    assertThat(waters.instruments()).containsExactly("Bass Guitar", "Vocals");
    assertThat(waters.roles()).containsExactly(CreditRole.PERFORMER, CreditRole.VOCALS);
    assertThat(credit(r, "Richard Wright").instruments()).containsExactly("Organ", "Keyboards", "Vocals");
    Personnel hipgnosis = credit(r, "Hipgnosis");
    assertThat(hipgnosis.roles()).containsExactly(CreditRole.DESIGN, CreditRole.PHOTOGRAPHY);
    assertThat(hipgnosis.creditedRoles()).containsExactly("Sleeve [Sleeve Design]", "Design [Sleeve Design]",
        "Photography By [Photographs By]");
    assertThat(r.credits()).filteredOn(p -> p.name().equals("Bernie Grundman") && p.creditedAs().isEmpty())
        .singleElement().satisfies(p -> assertThat(p.roles()).containsExactly(CreditRole.MASTERING));
    assertThat(a.sessions()).extracting(s -> s.venue().orElseThrow().name().orElseThrow())
        .containsExactly("Mothers Club, Birmingham", "Manchester College Of Commerce");
    // "Recorded at MOTHERS Birmingham & Manchester College of Commerce, June 1969." names both places
    assertThat(a.sessions()).allSatisfy(s -> assertThat(s.date().orElseThrow()).hasToString("1969-06"));
    assertThat(i.notes()).anySatisfy(n -> {
      assertThat(n.location()).isEqualTo("/notes");
      assertThat(n.code()).isEqualTo(ImportCode.REINTERPRETED);
    });
    // two places and no tracks named: the recordings are not given a session
    assertThat(a.recordings()).allSatisfy(rec -> assertThat(rec.session()).isEmpty());
    assertThat(r.companies()).filteredOn(c -> c.role() == CompanyRole.RECORDED_AT).hasSize(2);
    assertThat(r.companies()).extracting(CompanyCredit::role, c -> c.catalogueNumber().orElse(""))
        .contains(tuple(CompanyRole.PRESSED_BY, "BF15703"));
    assertThat(r.barcode().orElseThrow().toString().replace(" ", "")).isEqualTo("0825646493166");
    assertThat(r.identifiers()).first().satisfies(x -> {
      assertThat(x.type()).isEqualTo(IdentifierType.OTHER);
      assertThat(x.value()).isEqualTo("0825646493166");
      assertThat(x.description()).contains("Barcode: Scanned from hype sticker");
    });
    assertThat(r.identifiers()).filteredOn(x -> x.type() == IdentifierType.MATRIX_RUNOUT).hasSize(28);
    Work astronomy = work(a, "work-A1");
    assertThat(astronomy.title()).isEqualTo("Astronomy Domine");
    assertThat(astronomy.composers()).extracting(ArtistCredit::name, c -> c.creditedAs().orElseThrow())
        .containsExactly(tuple("Syd Barrett", "Barrett"));
    assertThat(work(a, "work-A2").composers()).hasSize(4);
    assertThat(recording(a, "rec-A1").credits()).extracting(Personnel::name, p -> p.creditedAs().orElseThrow())
        .containsExactly(tuple("Syd Barrett", "Barrett"));
    assertThat(r.notes().get(0).text()).contains("Recorded at MOTHERS Birmingham & Manchester College of Commerce, June 1969.");
    assertThat(at(i, ImportCode.REINTERPRETED)).contains("/extraartists/12/name", "/country")
        .doesNotContain("/extraartists/3/anv", "/tracklist/1/extraartists/0/anv");
    assertThat(at(i, ImportCode.UNRESOLVED)).isEmpty();
  }

  @Test
  void earlyYearsBoxHasThirtyThreeMediaOfFourFormatsAndOnwardsRanges() throws IOException {
    Imported i = read("pink-floyd-early-years-box.release-9218307.json");
    Album a = i.albums().get(0);
    Release r = a.releases().get(0);
    assertThat(r.packaging()).contains("Box Set");
    assertThat(r.media()).hasSize(33);
    Map<MediumFormat, Long> formats = r.media().stream()
        .collect(Collectors.groupingBy(m -> m.format().orElseThrow(), Collectors.counting()));
    assertThat(formats).containsExactlyInAnyOrderEntriesOf(Map.of(MediumFormat.CD, 11L, MediumFormat.DVD_VIDEO, 9L,
        MediumFormat.BLU_RAY, 8L, MediumFormat.VINYL_7_INCH, 5L));
    assertThat(positions(r.media().get(0))).hasSize(16).startsWith("CD1-1").endsWith("CD1-16");
    assertThat(r.media().get(0).descriptions()).containsExactly("Stereo", "Mono");
    assertThat(positions(r.media().get(2))).first().isEqualTo("DVD1-1");
    assertThat(positions(r.media().get(3))).first().isEqualTo("BR1-1");
    assertThat(positions(r.media().get(5))).contains("DVD2-1", "DVD2-23");
    assertThat(positions(r.media().get(32))).first().isEqualTo("CD11-1");
    assertThat(r.media().subList(27, 32)).allSatisfy(m -> assertThat(m.format()).contains(MediumFormat.VINYL_7_INCH));
    assertThat(positions(r.media().get(27))).containsExactly("A", "B");
    assertThat(positions(r.media().get(31))).containsExactly("I", "J");
    assertThat(r.media().stream().filter(m -> positions(m).contains("BR7-7")).toList()).hasSize(1);
    assertThat(r.media().get(25).format()).contains(MediumFormat.BLU_RAY);
    assertThat(positions(r.media().get(25))).contains("BR7-1", "BR7-7");
    // Discogs lists DVD2-23 twice (two parts of one programme): the second is renamed, with a note
    assertThat(i.notes()).anySatisfy(n -> {
      assertThat(n.location()).isEqualTo("/tracklist/98/sub_tracks/1/position");
      assertThat(n.code()).isEqualTo(ImportCode.REINTERPRETED);
    });
    assertThat(credit(r, "Rado Klose").recordings())
        .containsExactly("rec-CD1-1", "rec-CD1-2", "rec-CD1-3", "rec-CD1-4", "rec-CD1-5", "rec-CD1-6");
    List<String> gilmour = credit(r, "David Gilmour").recordings();
    assertThat(gilmour).contains("rec-CD3-1", "rec-CD11-10", "rec-DVD2-1", "rec-BR2-1")
        .doesNotContain("rec-CD1-1", "rec-CD2-1", "rec-DVD1-1", "rec-BR1-1", "rec-A");
    List<String> syd = credit(r, "Syd Barrett").recordings();
    assertThat(syd).contains("rec-CD1-1", "rec-CD1-16", "rec-CD2-17", "rec-CD10-1", "rec-CD10-10", "rec-DVD1-1",
        "rec-BR1-1", "rec-DVD8-1", "rec-BR7-7").doesNotContain("rec-CD10-11", "rec-CD3-1");
    assertThat(credit(r, "Juliette Gale").recordings()).containsExactly("rec-CD1-4");
    assertThat(credit(r, "Roger Waters").recordings()).isEmpty();
    assertThat(r.events().get(0).date().orElseThrow()).hasToString("2016-11-11");
    assertThat(r.events().get(0).area()).contains("XE");
    assertThat(r.identifiers()).extracting(ReleaseIdentifier::type)
        .contains(IdentifierType.MASTERING_SID, IdentifierType.MOULD_SID, IdentifierType.MATRIX_RUNOUT);
    assertThat(r.companies()).extracting(CompanyCredit::role)
        .contains(CompanyRole.LICENSED_TO, CompanyRole.MASTERED_AT, CompanyRole.MANUFACTURED_BY);
    assertThat(at(i, ImportCode.NOT_IMPORTED)).contains("/formats/0/descriptions", "/format_quantity");
    assertThat(at(i, ImportCode.UNRESOLVED)).isEmpty();
  }

  @Test
  void enidBlytonIsThirteenCdsReadByKateWinsletOnNoLabel() throws IOException {
    Imported i = read("enid-blyton-faraway-tree-audiobook.release-11578434.json");
    Album a = i.albums().get(0);
    assertThat(a.artists()).extracting(ArtistCredit::name, c -> c.joinPhrase().orElse(""))
        .containsExactly(tuple("Enid Blyton", " Read By "), tuple("Kate Winslet", ""));
    assertThat(a.artistCredit()).isEqualTo("Enid Blyton Read By Kate Winslet");
    Release r = a.releases().get(0);
    assertThat(r.labels()).hasSize(1);
    assertThat(r.labels().get(0).name()).isEqualTo("Not On Label");
    assertThat(r.labels().get(0).catalogueNumber()).isEmpty();
    assertThat(at(i, ImportCode.REINTERPRETED)).containsExactly("/labels/0/catno");
    assertThat(r.media()).hasSize(13).allSatisfy(m -> assertThat(m.format()).contains(MediumFormat.CD));
    assertThat(positions(r.media().get(0))).containsExactly("1-1", "1-2", "1-3", "1-4", "1-5", "1-6", "1-7");
    assertThat(positions(r.media().get(12))).containsExactly("13-1", "13-2", "13-3", "13-4", "13-5");
    assertThat(r.media()).flatMap(Medium::tracks).hasSize(76)
        .allSatisfy(t -> assertThat(t.length()).isEmpty());
    assertThat(r.media().get(0).sections()).extracting(MediumSection::description, s -> s.lastPosition().orElseThrow())
        .containsExactly(tuple("The Enchanted Wood", "1-7"));
    assertThat(r.media().get(3).sections()).extracting(MediumSection::description).containsExactly("The Enchanted Wood");
    assertThat(r.media().get(4).sections()).extracting(MediumSection::description)
        .containsExactly("The Magic Faraway Tree");
    assertThat(r.events()).hasSize(1);
    assertThat(r.events().get(0).date().orElseThrow()).hasToString("2011");
    assertThat(r.events().get(0).area()).isEmpty();
    assertThat(r.barcode().orElseThrow().toString().replace(" ", "")).isEqualTo("9338684000223");
    assertThat(credit(r, "Kate Winslet").roles()).containsExactly(CreditRole.PERFORMER);
    assertThat(credit(r, "Kate Winslet").creditedRoles()).containsExactly("Read By");
    assertThat(r.companies()).extracting(CompanyCredit::role, CompanyCredit::name)
        .containsExactly(tuple(CompanyRole.COPYRIGHT, "Chorion Rights Limited"));
    assertThat(a.ids()).isEmpty();
  }

  @Test
  void cityOfIslandsMasterIsAnAlbumWithRecordingsAndNoRelease() throws IOException {
    Imported i = read("persuader-city-of-islands.master-4242.json");
    Album a = i.albums().get(0);
    assertThat(a.title()).isEqualTo("City Of Islands");
    assertThat(a.artists()).extracting(ArtistCredit::name).containsExactly("Persuader, The");
    assertThat(a.firstReleased().orElseThrow()).hasToString("1998");
    assertThat(a.ids().orElseThrow().discogs()).contains(id(4242));
    assertThat(a.genres()).containsExactly("Electronic");
    assertThat(a.styles()).containsExactly("Deep House", "Tech House");
    assertThat(a.releases()).isEmpty();
    assertThat(a.recordings()).extracting(Recording::id, Recording::title, rec -> rec.length().orElseThrow().toString())
        .containsExactly(tuple("rec-A1", "Djurgårdsbron", "5:12"), tuple("rec-A2", "Centralbron", "4:20"),
            tuple("rec-B1", "Strömsbron", "4:47"), tuple("rec-B2", "Kungsbron", "4:42"));
    assertThat(i.notes()).anySatisfy(n -> {
      assertThat(n.location()).isEqualTo("/main_release");
      assertThat(n.code()).isEqualTo(ImportCode.NOT_IMPORTED);
      assertThat(n.message()).contains("79");
    });
    assertThat(at(i, ImportCode.NOT_IMPORTED)).contains("/videos", "/images", "/versions_url", "/data_quality");
  }
}
