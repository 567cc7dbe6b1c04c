package io.github.linernotes.imports;

import static io.github.linernotes.imports.MusicBrainzFixtures.album;
import static io.github.linernotes.imports.MusicBrainzFixtures.credit;
import static io.github.linernotes.imports.MusicBrainzFixtures.notes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.linernotes.Album;
import io.github.linernotes.AlbumKind;
import io.github.linernotes.CompanyCredit;
import io.github.linernotes.CompanyRole;
import io.github.linernotes.CreditRole;
import io.github.linernotes.MediumFormat;
import io.github.linernotes.Recording;
import io.github.linernotes.Release;
import io.github.linernotes.ReleaseEvent;
import io.github.linernotes.ReleaseStatus;
import io.github.linernotes.Session;
import io.github.linernotes.Venue;
import io.github.linernotes.id.DiscogsId;
import io.github.linernotes.id.Isrc;
import io.github.linernotes.id.Iswc;
import io.github.linernotes.id.WikidataId;
import io.github.linernotes.value.PartialDate;
import org.junit.jupiter.api.Test;

/** The mapping rules the shared documents do not reach, on small invented documents. */
class MusicBrainzImportMappingTest {

  private static final String ARTIST = """
      "artist-credit": [{"name": "The Quiet Trio", "joinphrase": "",
        "artist": {"id": "11111111-1111-4111-8111-111111111111", "name": "The Quiet Trio"}}]""";

  private static String id(int n) {
    return String.format("00000000-0000-4000-8000-%012d", n);
  }

  private static String performer(String type, String name, int artist, String begin, String end, String... attrs) {
    StringBuilder a = new StringBuilder();
    for (String attr : attrs) {
      a.append(a.length() == 0 ? "" : ", ").append('"').append(attr).append('"');
    }
    return """
        {"type": "%s", "target-type": "artist", "direction": "backward", "attributes": [%s],
         "begin": %s, "end": %s, "ended": true, "target-credit": "",
         "artist": {"id": "%s", "name": "%s"}}""".formatted(type, a, begin == null ? "null" : "\"" + begin + "\"",
        end == null ? "null" : "\"" + end + "\"", id(artist), name);
  }

  private static String recordedAt(String begin, String end) {
    return """
        {"type": "recorded at", "target-type": "place", "begin": "%s", "end": "%s",
         "place": {"id": "%s", "name": "Studio Nord", "area": {"id": "%s", "name": "Bremen"}}}"""
        .formatted(begin, end, id(900), id(901));
  }

  private static String track(int n, String recording) {
    return """
        {"number": "%d", "position": %d, "title": "Piece %d", "length": %d, "id": "%s", "recording": %s}"""
        .formatted(n, n, n, 100_000 + n, id(500 + n), recording);
  }

  private static String recording(int n, String relations) {
    return """
        {"id": "%s", "title": "Piece %d", "length": %d, "isrcs": ["USRC1760783%d", "bad"], "relations": [%s]}"""
        .formatted(id(100 + n), n, 99_000 + n, n, relations);
  }

  @Test
  void performersWithOneDateAndPlaceShareASession() {
    String day1 = "1961-06-25";
    String json = """
        {"id": "%s", "title": "Sunday Sessions", %s, "status": "Official",
         "media": [{"format": "Wax Cylinder", "tracks": [%s, %s, %s]},
                   {"format": "Hybrid SACD", "tracks": []}]}""".formatted(id(1), ARTIST,
        track(1, recording(1, String.join(",", performer("instrument", "Ann Bass", 31, day1, day1, "double bass"),
            performer("vocal", "Bo Singer", 32, day1, day1, "lead vocals", "guest"), recordedAt(day1, day1),
            performer("engineer", "Cy Engineer", 33, "1961-07-01", "1961-07-01")))),
        track(2, recording(2, String.join(",", performer("instrument", "Ann Bass", 31, day1, day1, "double bass"),
            recordedAt(day1, day1), performer("misc", "Di Helper", 34, null, null)))),
        track(3, recording(3, String.join(",", performer("instrument", "Ann Bass", 31, "1961-07-02", "1961-07-03",
            "double bass", "additional")))));
    Imported result = MusicBrainzImport.read(json);
    Album album = album(result);

    assertThat(album.sessions()).containsExactly(
        Session.builder().id("1961-06-25").date(PartialDate.parse("1961-06-25"))
            .venue(Venue.builder().name("Studio Nord").city("Bremen").build()).build(),
        Session.builder().id("1961-07-02_1961-07-03").date(PartialDate.parse("1961-07-02/1961-07-03")).build());
    assertThat(album.recordings()).extracting(r -> r.session().orElse("")).containsExactly("1961-06-25",
        "1961-06-25", "1961-07-02_1961-07-03");
    Recording first = album.recordings().get(0);
    assertThat(credit(first, "Ann Bass").instruments()).containsExactly("double bass");
    assertThat(credit(first, "Bo Singer").instruments()).containsExactly("lead vocals");
    assertThat(credit(first, "Bo Singer").roles()).containsExactly(CreditRole.PERFORMER, CreditRole.VOCALS);
    assertThat(credit(first, "Bo Singer").creditedRoles()).containsExactly("vocal [lead vocals, guest]");
    assertThat(credit(album.recordings().get(2), "Ann Bass").creditedRoles())
        .containsExactly("instrument [double bass, additional]");
    assertThat(first.isrcs()).containsExactly(Isrc.parse("USRC17607831"));
    assertThat(notes(result, ImportCode.INVALID_VALUE, "/media/0/tracks/0/recording/isrcs/1")).hasSize(1);
    // the engineer worked on another day than the performers: the date is reported, not a session
    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/media/0/tracks/0/recording/relations/3/begin"))
        .singleElement().satisfies(n -> assertThat(n.message()).contains("1961-07-01"));
    assertThat(credit(first, "Cy Engineer").roles()).containsExactly(CreditRole.ENGINEER);
    // an unknown relationship type is kept as credited
    Recording second = album.recordings().get(1);
    assertThat(credit(second, "Di Helper").roles()).containsExactly(CreditRole.OTHER);
    assertThat(credit(second, "Di Helper").creditedRoles()).containsExactly("misc");
    assertThat(notes(result, ImportCode.KEPT_AS_TEXT, "/media/0/tracks/1/recording/relations/2/type")).hasSize(1);

    Release release = album.releases().get(0);
    assertThat(release.status()).contains(ReleaseStatus.OFFICIAL);
    assertThat(release.media().get(0).format()).contains(MediumFormat.OTHER);
    assertThat(release.media().get(0).descriptions()).containsExactly("Wax Cylinder");
    assertThat(notes(result, ImportCode.KEPT_AS_TEXT, "/media/0/format")).hasSize(1);
    assertThat(release.media().get(1).format()).contains(MediumFormat.SACD);
    assertThat(release.media().get(1).descriptions()).containsExactly("Hybrid SACD");
    assertThat(release.media().get(0).tracks().get(0).length()).hasValueSatisfying(l ->
        assertThat(l.toMillis()).isEqualTo(100_001));
    assertThat(first.length()).hasValueSatisfying(l -> assertThat(l.toMillis()).isEqualTo(99_001));
  }

  @Test
  void aReleaseGroupLookupGivesItsReleasesAndTheGroupsLinks() {
    String json = """
        {"id": "%s", "title": "Night Songs", %s, "primary-type": "Album",
         "secondary-types": ["Live", "Compilation", "Bootleg Mix"], "first-release-date": "1999-03",
         "genres": [{"name": "jazz", "count": 3}],
         "relations": [
           {"type": "discogs", "target-type": "url", "url": {"id": "%s", "resource": "https://www.discogs.com/master/4242"}},
           {"type": "wikidata", "target-type": "url", "url": {"id": "%s", "resource": "https://www.wikidata.org/wiki/Q202996"}},
           {"type": "allmusic", "target-type": "url", "url": {"id": "%s", "resource": "https://www.allmusic.com/album/x"}}],
         "releases": [
           {"id": "%s", "title": "Night Songs", "status": "Promotion", "date": "1999-03-01", "country": "DE",
            "barcode": "", "label-info": [{"catalog-number": "[none]", "label": {"id": "%s", "name": "Owl"}}],
            "relations": [{"type": "phonographic copyright", "target-type": "label", "begin": "1999", "end": "1999",
              "label": {"id": "%s", "name": "Owl Records"}},
              {"type": "discogs", "target-type": "url", "url": {"resource": "https://www.discogs.com/release/17"}}]},
           {"id": "%s", "title": "Night Songs (Deluxe)", "status": "Unheard-Of", "country": "Atlantis"}]}"""
        .formatted(id(2), ARTIST, id(3), id(4), id(5), id(6), id(7), id(8), id(9));
    Imported result = MusicBrainzImport.read(json);
    Album album = album(result);
    assertThat(album.title()).isEqualTo("Night Songs");
    assertThat(album.kinds()).containsExactly(AlbumKind.ALBUM, AlbumKind.LIVE, AlbumKind.COMPILATION);
    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/secondary-types/2")).hasSize(1);
    assertThat(album.firstReleased()).contains(PartialDate.parse("1999-03"));
    assertThat(album.genres()).containsExactly("jazz");
    assertThat(album.ids().orElseThrow().discogs()).contains(DiscogsId.parse("4242"));
    assertThat(album.ids().orElseThrow().wikidata()).contains(WikidataId.parse("Q202996"));
    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/relations/2")).hasSize(1);
    assertThat(album.releases()).hasSize(2);
    Release promo = album.releases().get(0);
    assertThat(promo.title()).isEmpty();
    assertThat(promo.status()).contains(ReleaseStatus.PROMOTION);
    assertThat(promo.events()).containsExactly(ReleaseEvent.builder().date(PartialDate.parse("1999-03-01"))
        .area("DE").build());
    assertThat(promo.labels().get(0).catalogueNumber()).isEmpty();
    assertThat(notes(result, ImportCode.REINTERPRETED, "/releases/0/label-info/0/catalog-number")).hasSize(1);
    assertThat(promo.companies()).containsExactly(CompanyCredit.builder().role(CompanyRole.PHONOGRAPHIC_COPYRIGHT)
        .creditedRole("phonographic copyright").name("Owl Records").date(PartialDate.parse("1999"))
        .ids(io.github.linernotes.ExternalIds.builder()
            .musicBrainz(io.github.linernotes.id.MusicBrainzId.parse(id(8))).build()).build());
    assertThat(promo.ids().orElseThrow().discogs()).contains(DiscogsId.parse("17"));
    Release deluxe = album.releases().get(1);
    assertThat(deluxe.title()).contains("Night Songs (Deluxe)");
    assertThat(deluxe.status()).isEmpty();
    assertThat(deluxe.events()).isEmpty();
    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/releases/1/status")).hasSize(1);
    assertThat(notes(result, ImportCode.INVALID_VALUE, "/releases/1/country")).hasSize(1);
  }

  @Test
  void aRecordingLookupKeepsItsReleasesWithoutTracksAndItsWorksIswc() {
    String json = """
        {"id": "%s", "title": "Blue Hour", %s, "length": 200000, "video": true, "disambiguation": "take 2",
         "relations": [{"type": "performance", "target-type": "work", "attributes": ["live"],
           "begin": "1960-01-10", "end": "1960-01-10",
           "work": {"id": "%s", "title": "Blue Hour", "iswcs": ["T-034.524.680-1", "T-034.524.680-2"],
             "relations": [{"type": "writer", "target-type": "artist", "target-credit": "E. Penn",
               "artist": {"id": "%s", "name": "Edna Penn"}},
               {"type": "arranger", "target-type": "artist", "artist": {"id": "%s", "name": "Al Range"}}]}}],
         "releases": [{"id": "%s", "title": "Blue Hour and Other Songs", "status": "Official",
           "media": [{"position": 1, "track-offset": 3, "tracks": [{"number": "4", "title": "Blue Hour"}]}],
           "release-group": {"id": "%s", "title": "Blue Hour and Other Songs"}}]}"""
        .formatted(id(20), ARTIST, id(21), id(22), id(23), id(24), id(25));
    Imported result = MusicBrainzImport.read(json);
    Album album = album(result);
    assertThat(album.title()).isEqualTo("Blue Hour");
    Recording rec = album.recordings().get(0);
    assertThat(rec.notes()).extracting(n -> n.text()).containsExactly(
        "MusicBrainz marks this recording as a video.", "MusicBrainz disambiguation: take 2");
    assertThat(rec.session()).contains("1960-01-10");
    assertThat(album.works()).singleElement().satisfies(w -> {
      assertThat(w.iswc()).contains(Iswc.parse("T-034.524.680-1"));
      assertThat(w.composers()).extracting(c -> c.name(), c -> c.creditedAs().orElse(""))
          .containsExactly(org.assertj.core.groups.Tuple.tuple("Edna Penn", "E. Penn"));
      assertThat(w.lyricists()).isEqualTo(w.composers());
      assertThat(w.arrangers()).extracting(c -> c.name()).containsExactly("Al Range");
    });
    assertThat(notes(result, ImportCode.INVALID_VALUE, "/relations/0/work/iswcs/1")).hasSize(1);
    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/relations/0/attributes")).hasSize(1);
    assertThat(album.releases()).singleElement().satisfies(r -> {
      assertThat(r.title()).contains("Blue Hour and Other Songs");
      assertThat(r.media()).isEmpty();
    });
    assertThat(notes(result, ImportCode.REINTERPRETED, "/releases")).hasSize(1);
    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/releases/0/media")).hasSize(1);
    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/releases/0/release-group")).hasSize(1);
  }

  @Test
  void performersOnDifferentDatesGiveNoSession() {
    String json = """
        {"id": "%s", "title": "Split", %s, "length": 1000,
         "relations": [%s, %s]}""".formatted(id(40), ARTIST,
        performer("instrument", "Ann Bass", 31, "1970-01-01", "1970-01-01", "double bass"),
        performer("instrument", "Ed Drums", 35, "1970-02-01", null, "drums"));
    Imported result = MusicBrainzImport.read(json);
    Album album = album(result);
    assertThat(album.sessions()).isEmpty();
    assertThat(album.recordings().get(0).session()).isEmpty();
    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/relations/0/begin")).hasSize(1);
    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/relations/1/begin")).singleElement()
        .satisfies(n -> assertThat(n.message()).contains("1970-02-01/"));
  }
}
