package io.github.linernotes.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.linernotes.Album;
import io.github.linernotes.CompanyCredit;
import io.github.linernotes.CompanyRole;
import io.github.linernotes.CreditRole;
import io.github.linernotes.IdentifierType;
import io.github.linernotes.Medium;
import io.github.linernotes.MediumFormat;
import io.github.linernotes.MediumSection;
import io.github.linernotes.Personnel;
import io.github.linernotes.Release;
import io.github.linernotes.ReleaseIdentifier;
import io.github.linernotes.Track;
import io.github.linernotes.Work;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapping rules on invented documents: track ranges, media by position, positions the model refuses. */
class DiscogsImportMappingTest {

  static final String BOX = """
      {"id": 900001, "title": "Invented Box", "status": "Accepted",
       "artists": [{"name": "Imaginary Band (4)", "id": 77, "anv": "The Imaginaries", "join": "&"},
                   {"name": "Guest", "id": 78, "join": ""}],
       "labels": [{"name": "Own (3)", "catno": "none", "id": 5}],
       "companies": [{"name": "℗ 1999 Invented Records", "entity_type_name": "Phonographic Copyright (p)", "id": 9},
                     {"name": "Shed Studio", "entity_type_name": "Recorded At", "id": 10}],
       "identifiers": [{"type": "Barcode", "value": "123"}, {"type": "SPARS Code", "value": "AAD"},
                       {"type": "Other", "value": "X-1", "description": "Stamped"}],
       "country": "UK & Europe", "released": "2000-00-00", "genres": "Rock",
       "notes": "Recorded at Shed Studio on November and December 1999.",
       "formats": [{"name": "Box Set", "qty": "1"}, {"name": "CD", "qty": "2"}, {"name": "Blu-ray", "qty": "1"},
                   {"name": "Vinyl", "qty": "1", "descriptions": ["LP"], "text": "Blue"}],
       "tracklist": [
         {"type_": "heading", "title": "Disc One", "position": "", "duration": ""},
         {"type_": "track", "position": "CD1-1", "title": "One", "duration": "1:02:03"},
         {"type_": "track", "position": "CD1-2", "title": "Two", "duration": "2:00"},
         {"type_": "index", "title": "Suite", "position": "", "duration": "9:00",
          "extraartists": [{"name": "Index Writer", "role": "Composed By", "id": 40}],
          "sub_tracks": [{"type_": "track", "position": "CD2-1", "title": "Part I", "duration": "4:00"},
                         {"type_": "track", "position": "CD2-2", "title": "Part II", "duration": "5:00"}]},
         {"type_": "track", "position": "BR1-7a", "title": "Film A", "duration": ""},
         {"type_": "track", "position": "BR1-7b", "title": "Film B", "duration": ""},
         {"type_": "track", "position": "A1", "title": "Side A One", "duration": "3:00"},
         {"type_": "track", "position": "A2", "title": "Side A Two", "duration": "3:00"},
         {"type_": "track", "position": "A 3", "title": "Side A Three", "duration": "3:00"},
         {"type_": "track", "position": "B1", "title": "Side B One", "duration": "3:00"},
         {"type_": "track", "position": "B1", "title": "Side B Again", "duration": "3:00"},
         {"type_": "track", "position": "", "title": "Hidden", "duration": "0:30"},
         {"type_": "track", "position": "C1", "title": "A Third Side", "duration": "3:00"}
       ],
       "extraartists": [
         {"name": "Range Person", "role": "Guitar", "tracks": "A1 to A2", "id": 1},
         {"name": "Hyphen Person", "role": "Drums, Backing Vocals", "tracks": "A1-B1", "id": 2},
         {"name": "Disc Person", "role": "Producer", "tracks": "CD1-1 - CD1-2", "id": 3},
         {"name": "Onwards Person", "role": "Mixed By", "tracks": "CD2 Onwards", "id": 4},
         {"name": "Prefix Person", "role": "Written-By", "tracks": "BR1-7", "id": 5},
         {"name": "Partial Person", "role": "Engineer", "tracks": "CD1-1, Z9", "id": 6},
         {"name": "Nowhere Person", "role": "Remix", "tracks": "Q1 to Q2", "id": 7},
         {"name": "Odd Person", "role": "Tea Maker [Chief], Lyrics By", "id": 8}
       ],
       "images": [{"uri": "x"}], "data_quality": "Correct"}
      """;

  static Personnel credit(Release r, String name) {
    return r.credits().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  static List<String> positions(Medium m) {
    return m.tracks().stream().map(Track::position).toList();
  }

  static boolean has(Imported i, ImportCode code, String location) {
    return i.notes().stream().anyMatch(n -> n.code() == code && n.location().equals(location));
  }

  @Test
  void mediaFollowThePositionsAndRefusedPositionsAreRenamedWithANote() {
    Imported i = DiscogsImport.read(BOX);
    Album a = i.albums().get(0);
    RoundTrip.check(a);
    assertThat(a.artists()).extracting(c -> c.name(), c -> c.creditedAs().orElse(""), c -> c.joinPhrase().orElse(""))
        .containsExactly(tuple("Imaginary Band", "The Imaginaries", " & "), tuple("Guest", "", ""));
    assertThat(a.artistCredit()).isEqualTo("Imaginary Band & Guest");
    Release r = a.releases().get(0);
    assertThat(r.packaging()).contains("Box Set");
    assertThat(r.media()).extracting(m -> m.format().orElse(null)).containsExactly(MediumFormat.CD, MediumFormat.CD,
        MediumFormat.BLU_RAY, MediumFormat.VINYL_12_INCH, null);
    assertThat(positions(r.media().get(0))).containsExactly("CD1-1", "CD1-2");
    assertThat(positions(r.media().get(1))).containsExactly("CD2-1", "CD2-2");
    assertThat(positions(r.media().get(2))).containsExactly("BR1-7a", "BR1-7b");
    assertThat(positions(r.media().get(3))).containsExactly("A1", "A2", "A3", "B1", "#11", "#12");
    assertThat(positions(r.media().get(4))).containsExactly("C1");
    assertThat(r.media().get(3).descriptions()).containsExactly("LP", "Blue");
    assertThat(r.media().get(0).tracks().get(0).length().orElseThrow().toDuration().toMillis()).isEqualTo(3_723_000);
    assertThat(r.media().get(0).sections()).extracting(MediumSection::description).containsExactly("Disc One");
    assertThat(r.media().get(1).sections()).extracting(MediumSection::description,
        s -> s.firstPosition().orElseThrow(), s -> s.lastPosition().orElseThrow())
        .containsExactly(tuple("Disc One", "CD2-1", "CD2-2"), tuple("Suite", "CD2-1", "CD2-2"));
    assertThat(has(i, ImportCode.REINTERPRETED, "/tracklist/8/position")).isTrue();
    assertThat(has(i, ImportCode.REINTERPRETED, "/tracklist/10/position")).isTrue();
    assertThat(has(i, ImportCode.REINTERPRETED, "/tracklist/11/position")).isTrue();
    assertThat(has(i, ImportCode.REINTERPRETED, "/tracklist/12/position")).isTrue();
    assertThat(has(i, ImportCode.NOT_IMPORTED, "/tracklist/3/duration")).isTrue();
    assertThat(has(i, ImportCode.INVALID_VALUE, "/genres")).isTrue();
    assertThat(a.genres()).isEmpty();
  }

  @Test
  void creditRangesBecomeRecordingLists() {
    Imported i = DiscogsImport.read(BOX);
    Album a = i.albums().get(0);
    Release r = a.releases().get(0);
    assertThat(credit(r, "Range Person").recordings()).containsExactly("rec-A1", "rec-A2");
    assertThat(credit(r, "Range Person").instruments()).containsExactly("Guitar");
    // "B1" is printed twice: the range ends at the second
    Personnel hyphen = credit(r, "Hyphen Person");
    assertThat(hyphen.recordings()).containsExactly("rec-A1", "rec-A2", "rec-A3", "rec-B1", "rec-t11");
    assertThat(hyphen.instruments()).containsExactly("Drums", "Backing Vocals");
    assertThat(hyphen.roles()).containsExactly(CreditRole.PERFORMER, CreditRole.VOCALS);
    assertThat(credit(r, "Disc Person").recordings()).containsExactly("rec-CD1-1", "rec-CD1-2");
    assertThat(credit(r, "Onwards Person").recordings()).containsExactly("rec-CD2-1", "rec-CD2-2");
    assertThat(credit(r, "Onwards Person").roles()).containsExactly(CreditRole.MIXING);
    assertThat(credit(r, "Prefix Person").recordings()).containsExactly("rec-BR1-7a", "rec-BR1-7b");
    assertThat(credit(r, "Partial Person").recordings()).containsExactly("rec-CD1-1");
    assertThat(credit(r, "Nowhere Person").recordings()).isEmpty();
    assertThat(i.notes()).filteredOn(n -> n.code() == ImportCode.UNRESOLVED)
        .extracting(ImportNote::location, ImportNote::message).containsExactly(
            tuple("/extraartists/5/tracks", "\"Z9\" names no track of this release; that part of the credit is left out"),
            tuple("/extraartists/6/tracks",
                "\"Q1 to Q2\" names no track of this release: the credit is kept for the whole release"));
    Personnel odd = credit(r, "Odd Person");
    assertThat(odd.roles()).containsExactly(CreditRole.OTHER, CreditRole.LYRICIST);
    assertThat(odd.creditedRoles()).containsExactly("Tea Maker [Chief]", "Lyrics By");
    assertThat(has(i, ImportCode.KEPT_AS_TEXT, "/extraartists/7/role")).isTrue();
    // writers with tracks make works; the index's writer covers its sub-tracks
    assertThat(a.works()).extracting(Work::id).containsExactly("work-CD2-1", "work-CD2-2", "work-BR1-7a", "work-BR1-7b");
    assertThat(a.works().get(0).composers()).extracting(c -> c.name()).containsExactly("Index Writer");
    assertThat(a.works().get(2).title()).isEqualTo("Film A");
    assertThat(a.recordings().stream().filter(x -> x.id().equals("rec-CD2-1")).findFirst().orElseThrow().credits())
        .extracting(Personnel::name).containsExactly("Index Writer");
    // one recording place: every recording was made there
    assertThat(a.sessions()).hasSize(1);
    assertThat(a.recordings()).allSatisfy(x -> assertThat(x.session()).contains("recorded-at-1"));
    // two months are not one date: the notes keep the sentence and the session has none
    assertThat(a.sessions().get(0).date()).isEmpty();
  }

  @Test
  void labelsCompaniesIdentifiersAndTheEventAreMappedWithNotes() {
    Imported i = DiscogsImport.read(BOX);
    Release r = i.albums().get(0).releases().get(0);
    assertThat(r.labels().get(0).name()).isEqualTo("Own");
    assertThat(r.labels().get(0).catalogueNumber()).isEmpty();
    CompanyCredit p = r.companies().get(0);
    assertThat(p.role()).isEqualTo(CompanyRole.PHONOGRAPHIC_COPYRIGHT);
    assertThat(p.name()).isEqualTo("Invented Records");
    assertThat(p.date().orElseThrow()).hasToString("1999");
    assertThat(r.barcode()).isEmpty();
    assertThat(r.identifiers()).extracting(ReleaseIdentifier::type, ReleaseIdentifier::value,
        x -> x.description().orElse("")).containsExactly(tuple(IdentifierType.OTHER, "123", "Barcode"),
        tuple(IdentifierType.OTHER, "AAD", "SPARS Code"), tuple(IdentifierType.OTHER, "X-1", "Stamped"));
    assertThat(r.events().get(0).date().orElseThrow()).hasToString("2000");
    assertThat(r.events().get(0).areaName()).contains("UK & Europe");
    assertThat(has(i, ImportCode.KEPT_AS_TEXT, "/identifiers/0/value")).isTrue();
    assertThat(has(i, ImportCode.KEPT_AS_TEXT, "/identifiers/1/type")).isTrue();
    assertThat(has(i, ImportCode.KEPT_AS_TEXT, "/country")).isTrue();
    assertThat(has(i, ImportCode.REINTERPRETED, "/released")).isTrue();
    assertThat(has(i, ImportCode.REINTERPRETED, "/labels/0/catno")).isTrue();
    assertThat(has(i, ImportCode.REINTERPRETED, "/labels/0/name")).isTrue();
    assertThat(has(i, ImportCode.REINTERPRETED, "/companies/0/name")).isTrue();
    assertThat(has(i, ImportCode.REINTERPRETED, "/artists/0/name")).isTrue();
    assertThat(has(i, ImportCode.NOT_IMPORTED, "/images")).isTrue();
    assertThat(has(i, ImportCode.NOT_IMPORTED, "/status")).isTrue();
  }

  @Test
  void plainNumbersThatStartAgainGoToTheNextMedium() {
    String json = """
        {"id": 2, "title": "Two Discs", "artists": [{"name": "Someone", "id": 3}],
         "formats": [{"name": "CD", "qty": "2"}], "released": "1999",
         "tracklist": [{"position": "1", "title": "a"}, {"position": "2", "title": "b"},
                       {"position": "1", "title": "c"}, {"position": "2", "title": "d"}],
         "extraartists": [{"name": "Odd Tracks", "role": "Piano", "tracks": "1, 3"}]}
        """;
    Imported i = DiscogsImport.read(json);
    Release r = i.albums().get(0).releases().get(0);
    RoundTrip.check(i.albums().get(0));
    assertThat(r.media()).hasSize(2);
    assertThat(r.media().get(0).tracks()).extracting(Track::title).containsExactly("a", "b");
    assertThat(r.media().get(1).tracks()).extracting(Track::title).containsExactly("c", "d");
    assertThat(r.events().get(0).date().orElseThrow()).hasToString("1999");
    assertThat(i.notes()).noneMatch(n -> n.location().equals("/released"));
    // "1" names a position on both discs
    assertThat(credit(r, "Odd Tracks").recordings()).containsExactly("rec-1", "rec-1-m2");
    assertThat(i.notes()).filteredOn(n -> n.code() == ImportCode.UNRESOLVED).extracting(ImportNote::location)
        .containsExactly("/extraartists/0/tracks");
  }
}
