package io.github.linernotes.imports;

import static io.github.linernotes.imports.MusicBrainzFixtures.album;
import static io.github.linernotes.imports.MusicBrainzFixtures.credit;
import static io.github.linernotes.imports.MusicBrainzFixtures.notes;
import static io.github.linernotes.imports.MusicBrainzFixtures.read;
import static io.github.linernotes.imports.MusicBrainzFixtures.recording;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.linernotes.Album;
import io.github.linernotes.AlbumKind;
import io.github.linernotes.ArtistCredit;
import io.github.linernotes.CreditRole;
import io.github.linernotes.ExternalIds;
import io.github.linernotes.IdentifierType;
import io.github.linernotes.LabelInfo;
import io.github.linernotes.Medium;
import io.github.linernotes.MediumFormat;
import io.github.linernotes.Note;
import io.github.linernotes.Personnel;
import io.github.linernotes.Recording;
import io.github.linernotes.Release;
import io.github.linernotes.ReleaseEvent;
import io.github.linernotes.ReleaseIdentifier;
import io.github.linernotes.ReleaseStatus;
import io.github.linernotes.Session;
import io.github.linernotes.Track;
import io.github.linernotes.Work;
import io.github.linernotes.id.Barcode;
import io.github.linernotes.id.DiscogsId;
import io.github.linernotes.id.MusicBrainzId;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.RunningTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every shared real MusicBrainz document, imported and checked for the facts that matter in it. */
class MusicBrainzImportRealDataTest {

  private static ExternalIds mb(String id) {
    return ExternalIds.builder().musicBrainz(MusicBrainzId.parse(id)).build();
  }

  private static ArtistCredit artist(String name, String id) {
    return ArtistCredit.builder().name(name).ids(mb(id)).build();
  }

  @Test
  void everyDocumentImportsOrSaysWhyNot() {
    for (String name : MusicBrainzFixtures.ALL) {
      Imported result = read(name);
      assertThat(MusicBrainzImport.read(MusicBrainzFixtures.text(name))).as(name).isEqualTo(result);
      if (name.equals(MusicBrainzFixtures.COMPLETE_ME)) {
        assertThat(result.isUsable()).isFalse();
      } else {
        album(result);
        assertThat(result.notes()).as(name).allMatch(n -> n.code() != ImportCode.UNUSABLE
            && !n.message().contains("unexpectedly"));
      }
    }
  }

  /** The notes of each document, counted by code: a change here is a change in what is left out. */
  @Test
  void notesCountedByCode() {
    java.util.Map<String, String> expected = java.util.Map.of(
        MusicBrainzFixtures.ABBA, "{not-imported=2}",
        MusicBrainzFixtures.ALAN_VEGA, "{not-imported=14}",
        MusicBrainzFixtures.BACH, "{not-imported=31}",
        MusicBrainzFixtures.COMPLETE_ME, "{unusable=1}",
        MusicBrainzFixtures.JEFF_MILLS, "{not-imported=17, reinterpreted=1}",
        MusicBrainzFixtures.DARK_SIDE, "{invalid-value=1, not-imported=21}",
        MusicBrainzFixtures.WISH_YOU_WERE_HERE, "{not-imported=14}",
        MusicBrainzFixtures.RAMMSTEIN, "{not-imported=19}",
        MusicBrainzFixtures.SWAN_LAKE, "{not-imported=7}");
    for (String name : MusicBrainzFixtures.ALL) {
      assertThat(MusicBrainzFixtures.counts(read(name))).as(name).isEqualTo(expected.get(name));
    }
  }

  @Test
  void bachPerahiaHasItsPerformersSessionAndWorks() {
    Imported result = read(MusicBrainzFixtures.BACH);
    Album album = album(result);
    assertThat(album.title()).isEqualTo("Keyboard Concertos nos. 1, 2 & 4");
    assertThat(album.artists()).containsExactly(
        ArtistCredit.builder().name("Johann Sebastian Bach").creditedAs("Bach").joinPhrase("; ")
            .ids(mb("24f1766e-9635-4d58-a4d4-9413f9f98a4c")).build(),
        ArtistCredit.builder().name("Academy of St Martin in the Fields").joinPhrase(", ")
            .ids(mb("f0ac992d-edd9-4672-ac23-ba0ca93f6539")).build(),
        artist("Murray Perahia", "71131221-cda2-4d28-8348-4574412d9c9f"));
    assertThat(album.kinds()).containsExactly(AlbumKind.ALBUM);
    assertThat(album.genres()).containsExactly("baroque", "classical");
    assertThat(album.firstReleased()).contains(PartialDate.parse("2001-03-13"));
    assertThat(album.ids()).contains(mb("a290dbab-0280-37de-8736-d3f849e9c248"));

    assertThat(album.sessions()).containsExactly(Session.builder().id("2000-05-14_2000-05-16")
        .date(PartialDate.parse("2000-05-14/2000-05-16")).build());
    assertThat(album.recordings()).hasSize(9).allSatisfy(r -> {
      assertThat(r.session()).contains("2000-05-14_2000-05-16");
      assertThat(r.works()).hasSize(1);
    });
    Recording first = recording(album, "457a784d-db0d-459b-95e2-d2cf71ecf1c6");
    assertThat(first.title()).isEqualTo("Keyboard Concerto no. 1 in D minor, BWV 1052: I. Allegro");
    assertThat(first.length()).contains(RunningTime.ofMillis(432_400));
    assertThat(first.artists()).extracting(ArtistCredit::name, a -> a.joinPhrase().orElse(""))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Murray Perahia", ", "),
            org.assertj.core.groups.Tuple.tuple("Academy of St Martin in the Fields", ""));
    Personnel perahia = credit(first, "Murray Perahia");
    assertThat(perahia.instruments()).containsExactly("piano");
    assertThat(perahia.roles()).containsExactly(CreditRole.CONDUCTOR, CreditRole.PERFORMER);
    assertThat(perahia.creditedRoles()).containsExactly("conductor", "instrument [piano]");
    assertThat(perahia.ids()).contains(mb("71131221-cda2-4d28-8348-4574412d9c9f"));
    assertThat(credit(first, "Academy of St Martin in the Fields").roles()).containsExactly(CreditRole.ORCHESTRA);
    assertThat(credit(first, "Andrew Granger").creditedRoles()).containsExactly("engineer [assistant]");
    assertThat(credit(first, "Andrew Granger").roles()).containsExactly(CreditRole.ENGINEER);
    assertThat(credit(first, "Matthew Cocker").roles()).containsExactly(CreditRole.EDITOR);
    assertThat(credit(first, "Andreas Neubronner").roles()).containsExactly(CreditRole.PRODUCER);
    // every recording of the session keeps its own performers
    assertThat(album.recordings()).allSatisfy(r ->
        assertThat(credit(r, "Murray Perahia").instruments()).containsExactly("piano"));

    Work work = album.works().stream().filter(w -> w.id().equals(first.works().get(0))).findFirst().orElseThrow();
    assertThat(work.title()).isEqualTo("Keyboard Concerto in D minor, BWV 1052: I. Allegro");
    assertThat(work.composers()).containsExactly(artist("Johann Sebastian Bach",
        "24f1766e-9635-4d58-a4d4-9413f9f98a4c"));
    assertThat(work.ids()).contains(mb("29930a4b-b3a6-3b82-be2f-f19a06a76175"));
    assertThat(album.works()).hasSize(9);

    Release release = album.releases().get(0);
    assertThat(release.id()).isEqualTo("be3a32ec-8d3d-41de-b102-12bcaaa33e78");
    assertThat(release.title()).contains("Keyboard Concertos no. 1, no. 2, no. 4");
    assertThat(release.artists()).extracting(ArtistCredit::name).containsExactly("Johann Sebastian Bach",
        "Academy of St Martin in the Fields", "Murray Perahia");
    assertThat(release.artists().get(0).creditedAs()).isEmpty();
    assertThat(release.status()).contains(ReleaseStatus.OFFICIAL);
    assertThat(release.labels()).containsExactly(
        LabelInfo.builder().name("BMG Direct").catalogueNumber("D140191")
            .ids(mb("132282be-91ba-4185-ae10-0cb570a1288c")).build(),
        LabelInfo.builder().name("Sony Classical").catalogueNumber("SK 89245")
            .ids(mb("10920823-9ed8-45d9-adb3-69fc22475ab0")).build());
    assertThat(release.events()).containsExactly(ReleaseEvent.builder().date(PartialDate.parse("2001-03-13"))
        .area("US").build());
    assertThat(release.barcode()).contains(Barcode.parse("696998924529"));
    assertThat(release.identifiers()).containsExactly(ReleaseIdentifier.of(IdentifierType.ASIN, "B00005A8IB"));
    assertThat(release.packaging()).contains("Jewel Case");
    assertThat(release.statedTrackCount()).hasValue(9);
    assertThat(release.credits()).extracting(Personnel::name).containsExactly("Andreas Neubronner");
    Medium cd = release.media().get(0);
    assertThat(cd.format()).contains(MediumFormat.CD);
    assertThat(cd.tracks()).extracting(Track::position).containsExactly("1", "2", "3", "4", "5", "6", "7", "8",
        "9");
    Track one = cd.tracks().get(0);
    assertThat(one.recording()).contains("457a784d-db0d-459b-95e2-d2cf71ecf1c6");
    assertThat(one.length()).contains(RunningTime.ofMillis(432_400));
    assertThat(one.ids()).contains(mb("c65c4262-0d40-3d40-8e11-3b3719e397db"));
    // the track credits Bach, its recording Perahia and the Academy: the track keeps its own credit
    assertThat(one.artists()).containsExactly(artist("Johann Sebastian Bach", "24f1766e-9635-4d58-a4d4-9413f9f98a4c"));

    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/cover-art-archive")).hasSize(1);
    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/media/0/track-offset")).hasSize(1);
    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/media/0/tracks/0/recording/relations/8/work/relations/7"))
        .singleElement().satisfies(n -> assertThat(n.message()).contains("\"parts\"").contains("9 places"));
  }

  @Test
  void swanLakeRecordingLookupHasItsDatedSession() {
    Imported result = read(MusicBrainzFixtures.SWAN_LAKE);
    Album album = album(result);
    assertThat(album.title()).isEqualTo("Act 2: IVc. Dance des Cygnes - Dance des Cygnes");
    assertThat(album.artists()).containsExactly(ArtistCredit.builder().name("Пётр Ильич Чайковский")
        .creditedAs("Pyotr Ilyich Tchaikovsky").ids(mb("9ddd7abc-9e1b-471d-8031-583bc6bc8be9")).build());
    assertThat(album.releases()).isEmpty();
    assertThat(album.sessions()).containsExactly(Session.builder().id("1991-05-29_1991-05-31")
        .date(PartialDate.parse("1991-05-29/1991-05-31")).build());
    Recording rec = album.recordings().get(0);
    assertThat(rec.id()).isEqualTo("22bac38a-53c2-4eb3-bbd0-76144c390154");
    assertThat(rec.artists()).isEmpty();
    assertThat(rec.session()).contains("1991-05-29_1991-05-31");
    assertThat(rec.length()).contains(RunningTime.ofMillis(91_000));
    assertThat(credit(rec, "Charles Dutoit").roles()).containsExactly(CreditRole.CONDUCTOR);
    assertThat(credit(rec, "Orchestre symphonique de Montréal").roles()).containsExactly(CreditRole.ORCHESTRA);
    assertThat(credit(rec, "Colin Moorfoot").roles()).containsExactly(CreditRole.ENGINEER);
    assertThat(credit(rec, "Ray Minshull").roles()).containsExactly(CreditRole.PRODUCER);
    assertThat(album.works()).singleElement().satisfies(w -> {
      assertThat(w.id()).isEqualTo("c8aebb07-fb03-36d3-ade4-3a2692810615");
      assertThat(rec.works()).containsExactly(w.id());
      assertThat(w.title()).startsWith("Swan Lake, op. 20: Act II, no. 13");
      assertThat(w.composers()).containsExactly(ArtistCredit.builder().name("Пётр Ильич Чайковский")
          .creditedAs("Tchaikovsky").ids(mb("9ddd7abc-9e1b-471d-8031-583bc6bc8be9")).build());
    });
    // the engineer's dates are the session's: no note about dates
    assertThat(result.notes()).noneMatch(n -> n.message().contains("1991-05-29"));
    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/first-release-date")).hasSize(1);
  }

  @Test
  void abbaRecordingHasInstrumentsAndSoloVocal() {
    Imported result = read(MusicBrainzFixtures.ABBA);
    Album album = album(result);
    assertThat(album.title()).isEqualTo("Knowing Me, Knowing You");
    assertThat(album.artists()).containsExactly(artist("ABBA", "d87e52c5-bb8d-4da8-b941-9f4928627dc8"));
    assertThat(album.sessions()).isEmpty();
    Recording rec = album.recordings().get(0);
    assertThat(rec.length()).contains(RunningTime.ofMillis(242_640));
    assertThat(rec.session()).isEmpty();
    assertThat(credit(rec, "Lasse Wellander").instruments()).containsExactly("electric guitar");
    assertThat(credit(rec, "Lasse Wellander").roles()).containsExactly(CreditRole.PERFORMER);
    assertThat(credit(rec, "Lasse Wellander").creditedRoles()).containsExactly("instrument [electric guitar]");
    assertThat(credit(rec, "Rutger Gunnarsson").instruments()).containsExactly("bass");
    assertThat(credit(rec, "Ola Brunkert").instruments()).containsExactly("membranophone");
    assertThat(credit(rec, "Michael Brecker").instruments()).containsExactly("EWI");
    Personnel frida = credit(rec, "Anni-Frid Lyngstad");
    assertThat(frida.creditedAs()).contains("Frida");
    assertThat(frida.roles()).containsExactly(CreditRole.PERFORMER, CreditRole.VOCALS);
    assertThat(frida.instruments()).isEmpty();
    assertThat(frida.creditedRoles()).containsExactly("vocal [solo]");
    assertThat(frida.ids()).contains(mb("042c35d3-0756-4804-b2c2-be57a683efa2"));
    Personnel benny = credit(rec, "Benny Andersson");
    assertThat(benny.roles()).containsExactly(CreditRole.ARRANGER, CreditRole.PRODUCER);
    assertThat(credit(rec, "Michael B. Tretow").roles()).containsExactly(CreditRole.ENGINEER);
    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/relations/8/target-credit")).isEmpty();
  }

  @Test
  void darkSideHasItsSidesEventsCreditsAndTheFakeBarcodeNoted() {
    Imported result = read(MusicBrainzFixtures.DARK_SIDE);
    Album album = album(result);
    assertThat(album.title()).isEqualTo("The Dark Side of the Moon");
    assertThat(album.artists()).containsExactly(artist("Pink Floyd", "83d91898-7763-47d7-b03b-b92132375c47"));
    assertThat(album.genres()).containsExactly("genre1", "genre2");
    assertThat(album.firstReleased()).contains(PartialDate.parse("1973-03-24"));
    Release release = album.releases().get(0);
    assertThat(release.title()).isEmpty();
    assertThat(release.artists()).isEmpty();
    assertThat(release.barcode()).isEmpty();
    assertThat(notes(result, ImportCode.INVALID_VALUE, "/barcode")).singleElement()
        .satisfies(n -> assertThat(n.message()).contains("\"123\""));
    assertThat(release.identifiers()).containsExactly(ReleaseIdentifier.of(IdentifierType.ASIN, "b123"));
    assertThat(release.ids()).contains(ExternalIds.builder()
        .musicBrainz(MusicBrainzId.parse("b84ee12a-09ef-421b-82de-0441a926375b"))
        .discogs(DiscogsId.parse("1873013")).build());
    assertThat(release.labels()).containsExactly(LabelInfo.builder().name("Harvest").catalogueNumber("SHVL 804")
        .ids(mb("993af7f6-bb99-456b-83e7-5e728ea80a0e")).build());
    assertThat(release.events()).containsExactly(
        ReleaseEvent.builder().date(PartialDate.parse("1973-03-24")).area("GB").build(),
        ReleaseEvent.builder().date(PartialDate.parse("1973")).area("NZ").build());
    assertThat(release.packaging()).contains("Gatefold Cover");
    assertThat(release.notes()).containsExactly(Note.of("Original Vinyl release"),
        Note.of("MusicBrainz disambiguation: stereo"));
    Medium lp = release.media().get(0);
    assertThat(lp.format()).contains(MediumFormat.VINYL_12_INCH);
    assertThat(lp.tracks()).extracting(Track::position).containsExactly("A1", "A2", "A3", "A4", "A5", "B1", "B2",
        "B3", "B4", "B5");
    Track onTheRun = lp.tracks().get(2);
    assertThat(onTheRun.title()).isEqualTo("On the Run");
    assertThat(onTheRun.length()).contains(RunningTime.ofMillis(230_600));
    Recording run = recording(album, onTheRun.recording().orElseThrow());
    assertThat(run.length()).contains(RunningTime.ofMillis(230_000));
    assertThat(run.notes()).containsExactly(Note.of("MusicBrainz disambiguation: original studio stereo mix"));

    Personnel hipgnosis = credit(release.credits(), "Hipgnosis");
    assertThat(hipgnosis.roles()).containsExactly(CreditRole.DESIGN, CreditRole.ILLUSTRATION,
        CreditRole.PHOTOGRAPHY, CreditRole.PRODUCER);
    assertThat(hipgnosis.creditedRoles()).containsExactly("design/illustration", "photography", "producer");
    Personnel hardie = credit(release.credits(), "George Hardie");
    assertThat(hardie.creditedAs()).contains("George Hardie N.T.A.");
    assertThat(hardie.ids()).contains(mb("89931942-3182-4448-8e63-0c2ce90f1f81"));
    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/relations/5")).singleElement()
        .satisfies(n -> assertThat(n.message()).contains("series"));
    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/release-group/relations/0")).singleElement()
        .satisfies(n -> assertThat(n.message()).contains("series").contains("2 places"));
    for (String field : List.of("/tags", "/user-tags", "/user-genres", "/cover-art-archive", "/quality",
        "/text-representation", "/media/0/track-offset")) {
      assertThat(notes(result, ImportCode.NOT_IMPORTED, field)).as(field).hasSize(1);
    }
  }

  @Test
  void wishYouWereHereHasFiveTitledMediaAndNoGroup() {
    Imported result = read(MusicBrainzFixtures.WISH_YOU_WERE_HERE);
    Album album = album(result);
    assertThat(album.title()).isEqualTo("Wish You Were Here");
    assertThat(album.ids()).isEmpty();
    assertThat(album.kinds()).isEmpty();
    Release release = album.releases().get(0);
    assertThat(release.media()).extracting(m -> m.format().orElseThrow()).containsExactly(MediumFormat.CD,
        MediumFormat.CD, MediumFormat.DVD_VIDEO, MediumFormat.DVD_VIDEO, MediumFormat.BLU_RAY);
    assertThat(release.media()).extracting(m -> m.title().orElseThrow()).containsExactly("The Original Album",
        "Unreleased Audio Tracks", "Wish You Were Here Multi‐Channel Audio Mixes", "Audio‐Visual Material",
        "High Resolution Audio and Audio‐Visual Material");
    assertThat(release.media()).allSatisfy(m -> assertThat(m.tracks()).isEmpty());
    assertThat(release.events()).containsExactly(ReleaseEvent.builder().date(PartialDate.parse("2011-07-11"))
        .area("XE").build());
    assertThat(release.labels()).extracting(LabelInfo::catalogueNumber)
        .containsExactly(java.util.Optional.of("50999 029435 2 7"));
    assertThat(release.barcode()).contains(Barcode.parse("5099902943527"));
    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/media/0/discs")).singleElement()
        .satisfies(n -> assertThat(n.message()).contains("2 places"));
  }

  @Test
  void rammsteinHasTwoCdsWithPregapTracks() {
    Imported result = read(MusicBrainzFixtures.RAMMSTEIN);
    Album album = album(result);
    assertThat(album.title()).isEqualTo("Reise, Reise");
    assertThat(album.genres()).contains("industrial metal");
    Release release = album.releases().get(0);
    assertThat(release.media()).hasSize(2).allSatisfy(m -> assertThat(m.format()).contains(MediumFormat.CD));
    assertThat(release.media().get(0).tracks()).extracting(Track::position, Track::title).containsExactly(
        org.assertj.core.groups.Tuple.tuple("0", "[ohne Titel]"),
        org.assertj.core.groups.Tuple.tuple("1", "Reise, Reise"),
        org.assertj.core.groups.Tuple.tuple("2", "Mein Teil"),
        org.assertj.core.groups.Tuple.tuple("3", "Dalai Lama"));
    assertThat(release.media().get(1).tracks()).extracting(Track::position).containsExactly("0", "1", "2", "3");
    Track pregap1 = release.media().get(0).tracks().get(0);
    Track pregap2 = release.media().get(1).tracks().get(0);
    assertThat(pregap2.title()).isEqualTo("[ohne Titel #2]");
    assertThat(pregap1.recording()).isEqualTo(pregap2.recording())
        .contains("9896df65-ea2a-4c3b-8a82-3284c2fd287f");
    assertThat(pregap1.length()).contains(RunningTime.ofMillis(36_000));
    assertThat(recording(album, "9896df65-ea2a-4c3b-8a82-3284c2fd287f").title()).isEqualTo("[untitled]");
    assertThat(album.recordings()).hasSize(7);
    // the fixture lists 3 of 11 tracks a disc; the stated count is the sum MusicBrainz gives
    assertThat(release.statedTrackCount()).hasValue(22);
    assertThat(release.events()).containsExactly(ReleaseEvent.builder().date(PartialDate.parse("2004-09-27"))
        .area("XE").build());
    assertThat(release.barcode()).contains(Barcode.parse("0602498681497"));
    assertThat(release.packaging()).contains("Digipak");
    assertThat(release.notes()).containsExactly(Note.of("MusicBrainz disambiguation: limited edition"));
    assertThat(notes(result, ImportCode.NOT_IMPORTED, "/media/0/id")).singleElement()
        .satisfies(n -> assertThat(n.message()).contains("2 places"));
  }

  @Test
  void jeffMillsWorldwideEventGetsTheReleaseDate() {
    Imported result = read(MusicBrainzFixtures.JEFF_MILLS);
    Album album = album(result);
    assertThat(album.title()).isEqualTo("Kat Moda EP");
    assertThat(album.kinds()).containsExactly(AlbumKind.EP);
    assertThat(album.firstReleased()).contains(PartialDate.parse("1997"));
    assertThat(album.genres()).containsExactly("electronic", "techno");
    Release release = album.releases().get(0);
    assertThat(release.title()).contains("Kat Moda");
    assertThat(release.events()).containsExactly(ReleaseEvent.builder().date(PartialDate.parse("2001"))
        .area("XW").build());
    assertThat(notes(result, ImportCode.REINTERPRETED, "/date")).singleElement()
        .satisfies(n -> assertThat(n.message()).contains("2001").contains("/release-events/0"));
    assertThat(release.barcode()).isEmpty();
    assertThat(release.identifiers()).isEmpty();
    assertThat(release.packaging()).contains("None");
    Medium digital = release.media().get(0);
    assertThat(digital.format()).contains(MediumFormat.DIGITAL);
    Track bells = digital.tracks().get(1);
    assertThat(bells.title()).isEqualTo("The Bells");
    assertThat(bells.length()).contains(RunningTime.ofMillis(292_880));
    assertThat(recording(album, bells.recording().orElseThrow()).length()).contains(RunningTime.ofMillis(287_453));
    assertThat(release.labels()).containsExactly(LabelInfo.builder().name("Purpose Maker").catalogueNumber("PMD002")
        .ids(mb("f7a74ee5-6e48-4767-9351-9cde838ec6a7")).build());
  }

  @Test
  void alanVegaWithoutStatus() {
    Imported result = read(MusicBrainzFixtures.ALAN_VEGA);
    Album album = album(result);
    assertThat(album.title()).isEqualTo("Deuce Avenue");
    Release release = album.releases().get(0);
    assertThat(release.status()).isEmpty();
    assertThat(release.packaging()).isEmpty();
    assertThat(release.events()).containsExactly(ReleaseEvent.builder().date(PartialDate.parse("1990"))
        .area("FR").build());
    assertThat(release.barcode()).contains(Barcode.parse("3229261055827"));
    assertThat(release.labels()).extracting(LabelInfo::name).containsExactly("Musidisc");
    assertThat(release.media().get(0).tracks()).hasSize(12);
    assertThat(release.media().get(0).tracks().get(0).title()).isEqualTo("Body Bop Jive");
    assertThat(release.media().get(0).tracks().get(0).length()).contains(RunningTime.ofMillis(283_000));
    assertThat(release.media().get(0).tracks()).allSatisfy(t -> assertThat(t.artists()).isEmpty());
  }

  @Test
  void completeMeWithoutAnyArtistCreditIsUnusable() {
    Imported result = read(MusicBrainzFixtures.COMPLETE_ME);
    assertThat(result.albums()).isEmpty();
    assertThat(result.notes()).singleElement().satisfies(n -> {
      assertThat(n.code()).isEqualTo(ImportCode.UNUSABLE);
      assertThat(n.location()).isEqualTo("/artist-credit");
      assertThat(n.message()).contains("has an artist credit").contains("needs at least one artist");
    });
  }

  @Test
  void completeMeReleaseRelationshipsBecomeCreditsOnceItHasAnArtist() {
    String json = MusicBrainzFixtures.text(MusicBrainzFixtures.COMPLETE_ME).replaceFirst("\\{",
        "{\"artist-credit\":[{\"name\":\"Frankmusik\",\"joinphrase\":\"\",\"artist\":{\"name\":\"Frankmusik\","
            + "\"id\":\"612231ce-633b-4ebc-99bf-9b14e8d1cb74\"}}],");
    Imported result = MusicBrainzImport.read(json);
    Album album = album(result);
    assertThat(album.title()).isEqualTo("Complete Me");
    Release release = album.releases().get(0);
    assertThat(release.media()).isEmpty();
    assertThat(release.barcode()).contains(Barcode.parse("0602527121956"));
    assertThat(release.identifiers()).containsExactly(ReleaseIdentifier.of(IdentifierType.ASIN, "B002C73VZK"));
    Personnel frankmusik = credit(release.credits(), "Frankmusik");
    assertThat(frankmusik.roles()).containsExactly(CreditRole.EDITOR, CreditRole.DJ_MIX,
        CreditRole.EXECUTIVE_PRODUCER, CreditRole.REMIXER);
    assertThat(frankmusik.creditedRoles()).containsExactly("editor", "mix-DJ [medium 2]", "producer [executive]",
        "remixer");
    assertThat(credit(release.credits(), "David Norland").roles()).containsExactly(CreditRole.EXECUTIVE_PRODUCER);
    assertThat(credit(release.credits(), "Red Design").roles()).containsExactly(CreditRole.ART_DIRECTION,
        CreditRole.DESIGN, CreditRole.ILLUSTRATION);
    assertThat(credit(release.credits(), "Tim Debney").roles()).containsExactly(CreditRole.MASTERING);
    assertThat(credit(release.credits(), "John Webber").roles()).containsExactly(CreditRole.MASTERING);
    assertThat(credit(release.credits(), "Tom Beard").roles()).containsExactly(CreditRole.PHOTOGRAPHY);
    assertThat(credit(release.credits(), "Alberto Seveso").creditedRoles()).containsExactly("design/illustration");
    assertThat(release.events()).containsExactly(ReleaseEvent.builder().date(PartialDate.parse("2009-08-03"))
        .area("GB").build());
  }
}
