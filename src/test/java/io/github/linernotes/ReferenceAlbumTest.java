package io.github.linernotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linernotes.id.Isbn;
import io.github.linernotes.id.Issn;
import io.github.linernotes.json.LinerNotesJson;
import io.github.linernotes.value.DatePrecision;
import io.github.linernotes.value.Letter;
import io.github.linernotes.value.LetterGrade;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.RunningTime;
import io.github.linernotes.value.Score;
import io.github.linernotes.value.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled album, fact group by fact group, through the public API. */
class ReferenceAlbumTest {

  private static final Album ALBUM = ReferenceAlbums.ascenseurPourLEchafaud();

  private static Release release(String id) {
    return ALBUM.release(id).orElseThrow();
  }

  private static Citation citation(String id) {
    return ALBUM.citation(id).orElseThrow();
  }

  @Test
  void isLoadedOnce() {
    assertThat(ReferenceAlbums.ascenseurPourLEchafaud()).isSameAs(ALBUM);
  }

  @Test
  void writingItGivesExactlyTheBundledResource() {
    assertThat(LinerNotesJson.write(ALBUM)).isEqualTo(ReferenceAlbums.resource(ReferenceAlbums.ASCENSEUR_RESOURCE));
  }

  @Test
  void titlesArtistAndKind() {
    assertThat(ALBUM.title()).isEqualTo("Ascenseur pour l'\u00e9chafaud");
    assertThat(ALBUM.artistCredit()).isEqualTo("Miles Davis");
    assertThat(ALBUM.kinds()).containsExactly(AlbumKind.SOUNDTRACK);
    assertThat(release("columbia-jazz-track").title()).contains("Jazz Track");
    assertThat(release("fontana-10-inch-1958").title()).isEmpty();
    assertThat(ALBUM.chronology().orElseThrow().previous().orElseThrow().title())
        .isEqualTo("Relaxin' with the Miles Davis Quintet");
    assertThat(ALBUM.chronology().orElseThrow().next()).isEmpty();
  }

  @Test
  void datesAndTheirPrecision() {
    PartialDate first = ALBUM.firstReleased().orElseThrow();
    assertThat(first).hasToString("1958");
    assertThat(first.precision()).isEqualTo(DatePrecision.YEAR);
    PartialDate recorded = ALBUM.session("paris-1957-12").orElseThrow().date().orElseThrow();
    assertThat(recorded).hasToString("1957-12-04/1957-12-05");
    assertThat(recorded.earliest()).contains(LocalDate.of(1957, 12, 4));
    assertThat(recorded.latest()).contains(LocalDate.of(1957, 12, 5));
    assertThat(release("columbia-jazz-track").events()).singleElement()
        .satisfies(e -> assertThat(e.date()).isEmpty());
  }

  @Test
  void theParisSession() {
    Session paris = ALBUM.session("paris-1957-12").orElseThrow();
    Venue venue = paris.venue().orElseThrow();
    assertThat(venue.name()).contains("Le Poste Parisien");
    assertThat(venue.city()).contains("Paris");
    assertThat(venue.country()).contains("FR");
    assertThat(lineUp(paris)).containsExactly(
        Map.entry("Miles Davis", List.of("trumpet")), Map.entry("Barney Wilen", List.of("tenor saxophone")),
        Map.entry("Ren\u00e9 Urtreger", List.of("piano")), Map.entry("Pierre Michelot", List.of("double bass")),
        Map.entry("Kenny Clarke", List.of("drums")));
  }

  @Test
  void theNewYorkSession() {
    Session ny = ALBUM.session("new-york-1958-05-26").orElseThrow();
    assertThat(ny.date().orElseThrow()).hasToString("1958-05-26");
    assertThat(ny.venue().orElseThrow().city()).contains("New York");
    assertThat(ny.venue().orElseThrow().country()).contains("US");
    assertThat(lineUp(ny)).containsExactly(
        Map.entry("Miles Davis", List.of("trumpet")),
        Map.entry("Julian \"Cannonball\" Adderley", List.of("alto saxophone")),
        Map.entry("John Coltrane", List.of("tenor saxophone")), Map.entry("Bill Evans", List.of("piano")),
        Map.entry("Paul Chambers", List.of("double bass")), Map.entry("Jimmy Cobb", List.of("drums")));
  }

  private static List<Map.Entry<String, List<String>>> lineUp(Session session) {
    return session.lineUp().stream().map(p -> Map.entry(p.name(), p.instruments())).collect(Collectors.toList());
  }

  @Test
  void theOriginalLp() {
    Release lp = release("fontana-10-inch-1958");
    assertThat(lp.labels()).singleElement().satisfies(l -> {
      assertThat(l.name()).isEqualTo("Fontana");
      assertThat(l.catalogueNumber()).contains("660.213 MR");
    });
    assertThat(lp.events()).singleElement().satisfies(e -> {
      assertThat(e.area()).contains("XE");
      assertThat(e.date().orElseThrow()).hasToString("1958");
    });
    assertThat(lp.media()).singleElement().satisfies(m -> assertThat(m.format()).contains(MediumFormat.VINYL_10_INCH));
    assertThat(lp.citations()).containsExactly("7");
    List<Track> tracks = lp.media().get(0).tracks();
    assertThat(tracks).extracting(Track::position, Track::title, t -> t.length().orElseThrow().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A1", "G\u00e9n\u00e9rique", "2:45"),
            org.assertj.core.groups.Tuple.tuple("A2", "L'Assassinat de Carala", "2:10"),
            org.assertj.core.groups.Tuple.tuple("A3", "Sur l'autoroute", "2:15"),
            org.assertj.core.groups.Tuple.tuple("A4", "Julien dans l'ascenseur", "2:07"),
            org.assertj.core.groups.Tuple.tuple("A5", "Florence sur les Champs-\u00c9lys\u00e9es", "2:50"),
            org.assertj.core.groups.Tuple.tuple("B1", "D\u00eener au motel", "3:58"),
            org.assertj.core.groups.Tuple.tuple("B2", "\u00c9vasion de Julien", "0:53"),
            org.assertj.core.groups.Tuple.tuple("B3", "Visite du vigile", "2:00"),
            org.assertj.core.groups.Tuple.tuple("B4", "Au bar du Petit Bac", "2:50"),
            org.assertj.core.groups.Tuple.tuple("B5", "Chez le photographe du motel", "3:50"));
    assertThat(tracks).allSatisfy(t -> {
      assertThat(t.session()).isEmpty();
      assertThat(recording(t).session()).contains("paris-1957-12");
      assertThat(recording(t).title()).isEqualTo(t.title());
    });
    assertThat(lp.credits()).isEmpty();
  }

  @Test
  void allTenCuesAreWorksComposedByDavis() {
    List<Track> cues = release("fontana-10-inch-1958").media().get(0).tracks();
    assertThat(ALBUM.works()).hasSize(10);
    assertThat(cues).allSatisfy(t -> {
      Recording r = recording(t);
      assertThat(r.works()).singleElement().satisfies(id -> {
        Work w = ALBUM.works().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        assertThat(w.title()).isEqualTo(t.title());
        assertThat(w.composers()).extracting(ArtistCredit::name).containsExactly("Miles Davis");
      });
    });
    // the sextet's three pieces are recordings of the New York session; their composers are not sourced
    assertThat(ALBUM.recordings()).filteredOn(r -> r.session().orElseThrow().equals("new-york-1958-05-26"))
        .extracting(Recording::title, Recording::works)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("On Green Dolphin Street", List.of()),
            org.assertj.core.groups.Tuple.tuple("Fran-Dance", List.of()),
            org.assertj.core.groups.Tuple.tuple("Stella by Starlight", List.of()));
  }

  private static Recording recording(Track track) {
    String id = track.recording().orElseThrow();
    return ALBUM.recordings().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theLpTrackLengthsSumToItsStatedLength() {
    Release lp = release("fontana-10-inch-1958");
    RunningTime sum = RunningTime.sum(lp.media().get(0).tracks().stream().map(t -> t.length().orElseThrow())
        .collect(Collectors.toList()));
    assertThat(lp.statedLength()).contains(RunningTime.parse("25:38"));
    assertThat(sum).isEqualTo(lp.statedLength().orElseThrow());
    assertThat(sum.toDuration().getSeconds()).isEqualTo(25 * 60 + 38);
  }

  @Test
  void jazzTrack() {
    Release jt = release("columbia-jazz-track");
    assertThat(jt.labels()).singleElement().satisfies(l -> {
      assertThat(l.name()).isEqualTo("Columbia");
      assertThat(l.catalogueNumber()).contains("CL 1268");
    });
    assertThat(jt.events()).singleElement().satisfies(e -> assertThat(e.area()).contains("US"));
    List<Track> tracks = jt.media().get(0).tracks();
    assertThat(tracks).hasSize(13);
    // side one holds the very recordings of the Fontana LP
    assertThat(tracks.subList(0, 10)).extracting(Track::recording)
        .containsExactlyElementsOf(release("fontana-10-inch-1958").media().get(0).tracks().stream()
            .map(Track::recording).collect(Collectors.toList()));
    assertThat(tracks.subList(0, 10)).allSatisfy(t -> assertThat(recording(t).session()).contains("paris-1957-12"));
    assertThat(tracks.subList(0, 10)).extracting(Track::title)
        .containsExactlyElementsOf(release("fontana-10-inch-1958").media().get(0).tracks().stream()
            .map(Track::title).collect(Collectors.toList()));
    assertThat(tracks.subList(10, 13)).extracting(Track::position, Track::title).containsExactly(
        org.assertj.core.groups.Tuple.tuple("B1", "On Green Dolphin Street"),
        org.assertj.core.groups.Tuple.tuple("B2", "Fran-Dance"),
        org.assertj.core.groups.Tuple.tuple("B3", "Stella by Starlight"));
    assertThat(tracks.subList(10, 13)).allSatisfy(t -> assertThat(recording(t).session()).contains("new-york-1958-05-26"));
    assertThat(jt.credits()).isEmpty();
    assertThat(ALBUM.relatedWorks()).anySatisfy(w -> {
      assertThat(w.title()).isEqualTo("1958 Miles");
      assertThat(w.relation()).isEqualTo(WorkRelation.REISSUED_ON);
    });
  }

  @Test
  void theGrammyNomination() {
    assertThat(release("columbia-jazz-track").awards()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("Grammy Award");
      assertThat(a.category()).contains("Best Jazz Performance, Solo or Small Group");
      assertThat(a.date().orElseThrow()).hasToString("1960");
      assertThat(a.outcome()).isEqualTo(AwardOutcome.NOMINATED);
    });
    assertThat(release("fontana-10-inch-1958").awards()).isEmpty();
  }

  @Test
  void theCdEdition() {
    Release cd = release("fontana-polygram-cd");
    assertThat(cd.labels()).extracting(LabelInfo::name).containsExactly("Fontana", "PolyGram");
    assertThat(cd.statedLength()).contains(RunningTime.parse("71:18"));
    assertThat(cd.statedLength().orElseThrow()).hasToString("71:18");
    ReleaseEvent event = cd.events().get(0);
    assertThat(event.area()).contains("XW");
    PartialDate date = event.date().orElseThrow();
    assertThat(date).hasToString("198X");
    assertThat(date.precision()).isEqualTo(DatePrecision.DECADE);
    assertThat(date.earliest()).contains(LocalDate.of(1980, 1, 1));
    assertThat(date.latest()).contains(LocalDate.of(1989, 12, 31));
    Medium disc = cd.media().get(0);
    assertThat(disc.format()).contains(MediumFormat.CD);
    assertThat(disc.tracks()).isEmpty();
    assertThat(disc.sections()).anySatisfy(s -> {
      assertThat(s.firstPosition()).contains("17");
      assertThat(s.lastPosition()).contains("26");
      assertThat(s.version().orElseThrow()).contains("reverb").contains("1958");
    });
    assertThat(disc.sections()).anySatisfy(s -> {
      assertThat(s.alternateTakes()).isTrue();
      assertThat(s.previouslyUnreleased()).isTrue();
    });
    assertThat(disc.sections()).anySatisfy(s -> assertThat(s.version()).contains("without added reverb"));
  }

  @Test
  void reviewsAndTheirRatings() {
    assertThat(ALBUM.reviews()).extracting(Review::publication)
        .containsExactly("AllMusic", "Los Angeles Times", "Mojo", "Tom Hull \u2013 on the Web");
    Score allMusic = (Score) ALBUM.reviews().get(0).rating().orElseThrow();
    assertThat(allMusic.value()).isEqualByComparingTo("4.5");
    assertThat(allMusic.best()).isEqualByComparingTo("5");
    assertThat(allMusic.step()).contains(new BigDecimal("0.5"));
    assertThat(ALBUM.reviews().get(0).score()).hasValue(90.0);
    Score laTimes = (Score) ALBUM.reviews().get(1).rating().orElseThrow();
    assertThat(laTimes.value()).isEqualByComparingTo("4");
    assertThat(laTimes.best()).isEqualByComparingTo("5");
    assertThat(ALBUM.reviews().get(1).score()).hasValue(80.0);
    Verdict mojo = (Verdict) ALBUM.reviews().get(2).rating().orElseThrow();
    assertThat(mojo.text()).isEqualTo("favorable");
    assertThat(ALBUM.reviews().get(2).score()).isEmpty();
    Letter hull = (Letter) ALBUM.reviews().get(3).rating().orElseThrow();
    assertThat(hull.grade()).isEqualTo(LetterGrade.B_PLUS);
    assertThat(ALBUM.reviews().get(3).score()).hasValue(83.0);
    assertThat(ALBUM.reviews()).extracting(r -> r.citation().orElseThrow()).containsExactly("3", "4", "5", "6");
  }

  @Test
  void citations() {
    assertThat(ALBUM.citations()).extracting(Citation::id).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    assertThat(ALBUM.citations()).extracting(Citation::kind).containsExactly(CitationKind.JOURNAL_ARTICLE,
        CitationKind.BOOK, CitationKind.WEB_PAGE, CitationKind.NEWSPAPER_ARTICLE, CitationKind.MAGAZINE_ARTICLE,
        CitationKind.WEB_PAGE, CitationKind.DATABASE_ENTRY, CitationKind.BOOK);

    Citation pejrolo = citation("1");
    assertThat(pejrolo.authors()).containsExactly(Author.of("Pejrolo", "Andrew"));
    assertThat(pejrolo.title()).contains("Transatlantic Interplays: The Origins of Miles Davis's Modal Jazz in "
        + "Ascenseur pour l'\u00e9chafaud");
    assertThat(pejrolo.containerTitle()).contains("Atlantic Studies");
    assertThat(pejrolo.issued().orElseThrow().date().orElseThrow().precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(pejrolo.issued().orElseThrow()).hasToString("2006-04");
    assertThat(pejrolo.volume()).contains("3");
    assertThat(pejrolo.issue()).contains("1");
    assertThat(pejrolo.issn()).contains(Issn.parse("1478-8810"));

    Citation dimery = citation("2");
    assertThat(dimery.authors()).containsExactly(Author.of("Dimery"));
    assertThat(dimery.issued().orElseThrow()).hasToString("2010");
    assertThat(dimery.pages()).contains("34");

    Citation nastos = citation("3");
    assertThat(nastos.authors()).containsExactly(Author.of("Nastos", "Michael G."));
    assertThat(nastos.title()).contains("Ascenseur Pour l'\u00c9chafaud \u2013 Miles Davis | AllMusic: Review");
    assertThat(nastos.issued().orElseThrow()).hasToString("2000");
    assertThat(nastos.accessed().orElseThrow()).hasToString("2011-03-20");

    Citation feather = citation("4");
    assertThat(feather.title()).contains("Mixed Doubles in New Jazz Releases");
    assertThat(feather.containerTitle()).contains("Los Angeles Times");
    assertThat(feather.issued().orElseThrow()).hasToString("1989-06-18");
    assertThat(feather.accessed().orElseThrow()).hasToString("2016-05-22");

    Citation caulfield = citation("5");
    assertThat(caulfield.title()).contains("Miles Davis \u2013 Disc of the day \u2013 Mojo");
    assertThat(caulfield.issued().orElseThrow()).hasToString("2011-03-03");
    assertThat(caulfield.archived().orElseThrow()).hasToString("2011-03-20");
    assertThat(caulfield.archiveUrl()).isEmpty();

    Citation hull = citation("6");
    assertThat(hull.issued().orElseThrow().isNoDate()).isTrue();
    assertThat(hull.issued().orElseThrow()).hasToString("n.d.");
    assertThat(hull.title()).contains("Grade List: Miles Davis");
    assertThat(hull.containerTitle()).contains("Tom Hull \u2013 on the Web");
    assertThat(hull.accessed().orElseThrow()).hasToString("2020-07-22");

    Citation discogs = citation("7");
    assertThat(discogs.authors()).isEmpty();
    assertThat(discogs.issued()).isEmpty();
    assertThat(discogs.title()).contains("Ascenseur Pour L'\u00c9chafaud");
    assertThat(discogs.containerTitle()).contains("Discogs");
    assertThat(discogs.accessed().orElseThrow()).hasToString("2015-06-18");

    Citation daniele = citation("8");
    assertThat(daniele.title()).contains("Ascenseur pour l'\u00e9chafaud, Il luogo della musica nell'audiovisione");
    assertThat(daniele.publisher()).contains("RDM");
    assertThat(daniele.publisherPlace()).contains("Milan");
    assertThat(daniele.issued().orElseThrow()).hasToString("2011");
    assertThat(daniele.pages()).contains("133\u2013136");
    assertThat(daniele.isbn()).contains(Isbn.parse("978-88-904905-9-0"));

    assertThat(ALBUM.citations()).allSatisfy(c -> assertThat(c.url()).isEmpty());
  }

  @Test
  void storyRelatedWorksAndTheLegacyClaim() {
    assertThat(ALBUM.credits()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Jean-Paul Rappeneau");
      assertThat(p.roles()).doesNotContain(CreditRole.PERFORMER);
      assertThat(p.roleNote().orElseThrow()).contains("Louis Malle");
    });
    assertThat(ALBUM.relatedWorks()).anySatisfy(w -> {
      assertThat(w.kind()).isEqualTo(WorkKind.FILM);
      assertThat(w.relation()).isEqualTo(WorkRelation.MUSIC_FOR);
      assertThat(w.creator()).contains("Louis Malle");
      assertThat(w.creatorRole()).contains(CreditRole.DIRECTOR);
      assertThat(w.date().orElseThrow()).hasToString("1958");
    });
    assertThat(ALBUM.relatedWorks()).anySatisfy(w -> {
      assertThat(w.title()).isEqualTo("Sait-on jamais");
      assertThat(w.creator()).contains("Roger Vadim");
      assertThat(w.date().orElseThrow()).hasToString("1957");
    });
    assertThat(ALBUM.relatedWorks()).anySatisfy(w -> {
      assertThat(w.title()).isEqualTo("No Sun in Venice");
      assertThat(w.creator()).contains("The Modern Jazz Quartet");
      assertThat(w.relation()).isEqualTo(WorkRelation.POSSIBLY_INSPIRED_BY);
    });
    Note claim = ALBUM.notes().stream().filter(n -> n.attributedTo().isPresent()).findFirst().orElseThrow();
    assertThat(claim.attributedTo()).contains("Romina Daniele");
    assertThat(claim.citations()).containsExactly("8");
    assertThat(claim.text()).contains("Milestones").contains("Kind of Blue");
    assertThat(ALBUM.relatedWorks()).filteredOn(w -> w.relation() == WorkRelation.ANTICIPATES)
        .extracting(RelatedWork::title, w -> w.date().orElseThrow().toString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Milestones", "1958"),
            org.assertj.core.groups.Tuple.tuple("Kind of Blue", "1959"));
  }

  @Test
  void everyCrossReferenceResolves() {
    java.util.Set<String> citationIds = ALBUM.citations().stream().map(Citation::id).collect(Collectors.toSet());
    java.util.Set<String> sessionIds = ALBUM.sessions().stream().map(Session::id).collect(Collectors.toSet());
    ALBUM.reviews().forEach(r -> assertThat(citationIds).contains(r.citation().orElseThrow()));
    ALBUM.notes().forEach(n -> assertThat(citationIds).containsAll(n.citations()));
    assertThat(citationIds).containsAll(ALBUM.sources());
    ALBUM.releases().forEach(r -> {
      assertThat(citationIds).containsAll(r.citations());
      r.media().forEach(m -> m.tracks().forEach(t -> assertThat(sessionIds).contains(recording(t).session().orElseThrow())));
    });
    // every citation is referred to by something
    java.util.Set<String> used = new java.util.HashSet<>(ALBUM.sources());
    ALBUM.reviews().forEach(r -> r.citation().ifPresent(used::add));
    ALBUM.notes().forEach(n -> used.addAll(n.citations()));
    ALBUM.relatedWorks().forEach(w -> used.addAll(w.citations()));
    ALBUM.releases().forEach(r -> used.addAll(r.citations()));
    assertThat(used).isEqualTo(citationIds);
  }
}
