package io.github.linernotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.linernotes.problem.Problem;
import io.github.linernotes.value.Rating;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** One test per rule of {@link Validation}: each builds the smallest record that breaks it. */
class DomainRulesTest {

  private static Album.Builder minimalAlbum() {
    return Album.builder().title("Ascenseur pour l'échafaud").addArtists(ArtistCredit.of("Miles Davis"));
  }

  private static Release.Builder lp(Track... tracks) {
    return Release.builder().id("lp").addMedia(Medium.builder().addTracks(tracks).build());
  }

  private static List<Problem> violations(Executable build) {
    ValidationException e = catchThrowableOfType(ValidationException.class, build::execute);
    assertThat(e).as("expected a ValidationException").isNotNull();
    return e.violations();
  }

  private static void assertViolations(Executable build, Tuple... expected) {
    assertThat(violations(build)).extracting(v -> v.path().toString(), Problem::code).containsExactly(expected);
  }

  private static Tuple v(String path, String code) {
    return Tuple.tuple(path, code);
  }

  @Test
  void aMinimalAlbumBuilds() {
    Album album = minimalAlbum().build();
    assertThat(album.title()).isEqualTo("Ascenseur pour l'échafaud");
    assertThat(album.artistCredit()).isEqualTo("Miles Davis");
    assertThat(album.releases()).isEmpty();
    assertThat(album.firstReleased()).isEmpty();
  }

  @Test
  void everyMissingRequiredValueIsReportedAtOnce() {
    assertViolations(() -> Album.builder().build(), v("title", "required"), v("artists", "required"));
    assertViolations(() -> Track.builder().build(), v("position", "required"), v("title", "required"));
  }

  @Test
  void blankTextIsRequiredOrBlank() {
    assertViolations(() -> minimalAlbum().title("  \t").build(), v("title", "required"));
    assertViolations(() -> Release.builder().id("r").title(" ").build(), v("title", "blank"));
    assertViolations(() -> minimalAlbum().addGenres("jazz", "").build(), v("genres[1]", "blank"));
    assertViolations(() -> ArtistCredit.builder().name("A").joinPhrase("").build(), v("joinPhrase", "blank"));
  }

  @Test
  void textLongerThanTheLimitIsRejected() {
    String long1 = "x".repeat(Rules.MAX_NAME_LENGTH + 1);
    assertViolations(() -> minimalAlbum().title(long1).build(), v("title", "too-long"));
    assertThat(minimalAlbum().title("x".repeat(Rules.MAX_NAME_LENGTH)).build().title())
        .hasSize(Rules.MAX_NAME_LENGTH);
  }

  @Test
  void controlCharactersAreRejectedButNotesMayBreakLines() {
    assertViolations(() -> minimalAlbum().title("a\u0000b").build(), v("title", "control-character"));
    assertThat(Note.of("line one\nline two").text()).contains("\n");
    assertThat(Note.of("Side one\r\nSide two").text()).as("CRLF is kept as it is").isEqualTo("Side one\r\nSide two");
    assertViolations(() -> Note.of("bell\u0007"), v("text", "control-character"));
  }

  @Test
  void numbersOutsideTheirRangeAreRejected() {
    assertViolations(() -> Track.builder().position("A1").title("t").take(0).build(), v("take", "out-of-range"));
    assertViolations(() -> Release.builder().id("r").statedTrackCount(-1).build(),
        v("statedTrackCount", "out-of-range"));
  }

  @Test
  void idsAreUniqueWithinTheirList() {
    Session s = Session.builder().id("s1").build();
    Citation c = Citation.builder().id("1").build();
    assertViolations(() -> minimalAlbum().addSessions(s, s).build(), v("sessions[1].id", "duplicate-id"));
    assertViolations(() -> minimalAlbum().addCitations(c, c, c).build(),
        v("citations[1].id", "duplicate-id"), v("citations[2].id", "duplicate-id"));
    Release r = Release.builder().id("lp").build();
    assertViolations(() -> minimalAlbum().addReleases(r, r).build(), v("releases[1].id", "duplicate-id"));
  }

  @Test
  void idsHaveASimpleSyntax() {
    assertViolations(() -> Session.builder().id("session one").build(), v("id", "invalid-id"));
    assertViolations(() -> Citation.builder().id("x".repeat(65)).build(), v("id", "invalid-id"));
    assertViolations(() -> Review.builder().publication("Mojo").citation("a/b").build(), v("citation", "invalid-id"));
  }

  @Test
  void positionsAreUniqueWithinAMedium() {
    Track a1 = Track.of("A1", "Générique", "2:45");
    Track again = Track.of("A1", "L'Assassinat de Carala", "2:10");
    assertViolations(() -> Medium.builder().addTracks(a1, again).build(), v("tracks[1].position", "duplicate-position"));
    // the same position on two media of one release is fine (each disc starts at 1)
    Release twoDiscs = Release.builder().id("cd").addMedia(Medium.builder().addTracks(a1).build(),
        Medium.builder().addTracks(a1).build()).build();
    assertThat(twoDiscs.media()).hasSize(2);
  }

  @Test
  void positionsHaveNoSpaces() {
    assertViolations(() -> Track.builder().position("A 1").title("t").build(), v("position", "invalid-position"));
    assertViolations(() -> Track.builder().position("A".repeat(21)).title("t").build(), v("position", "too-long"));
  }

  @Test
  void sectionsNeedBothEndsAndKnownPositions() {
    assertViolations(() -> MediumSection.builder().description("film mix").firstPosition("17").build(),
        v("lastPosition", "required"));
    MediumSection run = MediumSection.builder().description("alternate takes").firstPosition("A1")
        .lastPosition("A9").alternateTakes(true).build();
    assertViolations(() -> Medium.builder().addTracks(Track.of("A1", "Générique", "2:45")).addSections(run).build(),
        v("sections[0].lastPosition", "unknown-track-position"));
    assertThat(Medium.builder().addSections(run).build().sections()).containsExactly(run);
  }

  @Test
  void setsHoldEachValueOnce() {
    assertViolations(() -> minimalAlbum().addKinds(AlbumKind.SOUNDTRACK, AlbumKind.SOUNDTRACK).build(),
        v("kinds[1]", "duplicate-value"));
    assertViolations(() -> Personnel.performer("Kenny Clarke", "drums", "drums"),
        v("instruments[1]", "duplicate-value"));
    assertViolations(() -> Note.builder().text("t").addCitations("1", "1").build(),
        v("citations[1]", "duplicate-value"));
  }

  @Test
  void emptyIdentifierSetsAreRejected() {
    assertViolations(() -> ExternalIds.builder().build(), v("", "empty-ids"));
  }

  @Test
  void everyCitationReferenceMustResolve() {
    Citation one = Citation.builder().id("1").build();
    assertViolations(() -> minimalAlbum().addCitations(one)
            .addReviews(Review.builder().publication("AllMusic").citation("3").build())
            .addSources("1", "2")
            .addNotes(Note.builder().text("claim").addCitations("1", "8").build())
            .addRelatedWorks(RelatedWork.builder().title("Milestones").addCitations("9").build())
            .addReleases(Release.builder().id("lp").addCitations("7")
                .addAwards(Award.builder().name("Grammy Award").addCitations("2").build())
                .addNotes(Note.builder().text("n").addCitations("4").build()).build())
            .build(),
        v("sources[1]", "unknown-citation"),
        v("releases[0].citations[0]", "unknown-citation"),
        v("releases[0].notes[0].citations[0]", "unknown-citation"),
        v("releases[0].awards[0].citations[0]", "unknown-citation"),
        v("reviews[0].citation", "unknown-citation"),
        v("notes[0].citations[1]", "unknown-citation"),
        v("relatedWorks[0].citations[0]", "unknown-citation"));
  }

  @Test
  void citationReferencesInsideMediaTracksAndSessionsResolve() {
    Track t = Track.builder().position("A1").title("t").addNotes(Note.builder().text("n").addCitations("5").build())
        .build();
    Medium m = Medium.builder().addTracks(t).addSections(MediumSection.builder().description("c").addCitations("6").build()).build();
    Session s = Session.builder().id("s").addNotes(Note.builder().text("n").addCitations("7").build()).build();
    assertViolations(() -> minimalAlbum().addReleases(Release.builder().id("r").addMedia(m).build())
            .addSessions(s).build(),
        v("releases[0].media[0].sections[0].citations[0]", "unknown-citation"),
        v("releases[0].media[0].tracks[0].notes[0].citations[0]", "unknown-citation"),
        v("sessions[0].notes[0].citations[0]", "unknown-citation"));
  }

  @Test
  void trackSessionsMustResolve() {
    Track fromNowhere = Track.builder().position("A1").title("Générique").session("1958-05-26").build();
    assertViolations(() -> minimalAlbum().addSessions(Session.builder().id("1957-12").build())
            .addReleases(lp(fromNowhere).build()).build(),
        v("releases[0].media[0].tracks[0].session", "unknown-session"));
  }

  @Test
  void creditedTrackPositionsMustExist() {
    Track a1 = Track.of("A1", "Générique", "2:45");
    Personnel onB9 = Personnel.builder().name("Barney Wilen").addTracks("A1", "B9").build();
    assertViolations(() -> lp(a1).addCredits(onB9).build(), v("credits[0].tracks[1]", "unknown-track-position"));
    assertViolations(() -> minimalAlbum().addReleases(lp(a1).build()).addCredits(onB9).build(),
        v("credits[0].tracks[1]", "unknown-track-position"));
    assertViolations(() -> minimalAlbum().addReleases(lp(a1).build())
            .addSessions(Session.builder().id("s").addLineUp(onB9).build()).build(),
        v("sessions[0].lineUp[0].tracks[1]", "unknown-track-position"));
  }

  @Test
  void valuesThatExcludeEachOtherAreRejected() {
    assertViolations(() -> RelatedWork.builder().title("Sait-on jamais").creatorRole(CreditRole.DIRECTOR).build(),
        v("creatorRole", "conflicting-values"));
    assertViolations(() -> Track.builder().position("A1").title("t")
            .addCredits(Personnel.builder().name("x").addTracks("A1").build()).build(),
        v("credits[0].tracks", "conflicting-values"));
  }

  @Test
  void countryAndAreaCodesMustBeKnown() {
    assertViolations(() -> Venue.builder().name("Le Poste Parisien").country("France").build(),
        v("country", "invalid-code"));
    assertViolations(() -> ReleaseEvent.builder().area("EU").build(), v("area", "invalid-code"));
    assertThat(ReleaseEvent.builder().area("XE").build().area()).contains("XE");
  }

  @Test
  void emptyEventsVenuesAndChronologiesAreRejected() {
    assertViolations(() -> Venue.builder().build(), v("", "required"));
    assertThat(Venue.builder().city("New York").country("US").build().name()).isEmpty();
    assertViolations(() -> ReleaseEvent.builder().build(), v("", "required"));
    assertViolations(() -> Chronology.builder().build(), v("", "required"));
  }

  @Test
  void nullArgumentsAreRejectedWithTheParameterName() {
    assertThatThrownBy(() -> Album.builder().title(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("title");
    assertThatThrownBy(() -> Album.builder().addArtists((ArtistCredit) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> minimalAlbum().build().citation(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }

  @Test
  void withersCopyAndRevalidate() {
    Album album = minimalAlbum().build();
    Album retitled = album.withTitle("Jazz Track");
    assertThat(retitled.title()).isEqualTo("Jazz Track");
    assertThat(album.title()).isEqualTo("Ascenseur pour l'échafaud");
    assertThat(album.withTitle(album.title())).isSameAs(album);
    assertThatThrownBy(() -> album.withTitle(" ")).isInstanceOf(ValidationException.class);
    assertThat(Album.builder().from(album).build()).isEqualTo(album);
  }

  @Test
  void listsAreUnmodifiable() {
    Album album = minimalAlbum().build();
    assertThatThrownBy(() -> album.artists().add(ArtistCredit.of("x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void reviewsDeriveAScoreOnlyFromScoredRatings() {
    Review stars = Review.builder().publication("AllMusic").rating(Rating.parse("4.5/5 step 0.5")).build();
    Review verdict = Review.builder().publication("Mojo").rating(Rating.parse("\"favorable\"")).build();
    Review none = Review.builder().publication("Mojo").build();
    assertThat(stars.score().getAsDouble()).isEqualTo(90.0);
    assertThat(verdict.score()).isEmpty();
    assertThat(none.score()).isEmpty();
  }

  @Test
  void theExceptionMessageListsEveryViolation() {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> Album.builder().build());
    assertThat(e.recordType()).isEqualTo("Album");
    assertThat(e.getMessage()).contains("title: must not be blank [required]")
        .contains("artists: an album needs at least one credited artist [required]");
  }

  @Test
  void recordingsAndWorksAreReferencedByIdAndSaySessionsAndTakesOnce() {
    Session paris = Session.builder().id("paris").build();
    Work generique = Work.builder().id("generique").title("Générique")
        .addComposers(ArtistCredit.of("Miles Davis")).iswc(io.github.linernotes.id.Iswc.parse("T-034.524.680-1")).build();
    Recording take = Recording.builder().id("generique-1").title("Générique").session("paris").take(1)
        .addWorks("generique").addIsrcs(io.github.linernotes.id.Isrc.parse("FRZ035800123")).build();
    Track a1 = Track.builder().position("A1").title("Générique").recording("generique-1").build();
    Release lp = Release.builder().id("lp").addMedia(Medium.builder().addTracks(a1).build()).build();
    Personnel kenny = Personnel.builder().name("Kenny Clarke").addInstruments("drums").addRecordings("generique-1").build();
    Album album = minimalAlbum().addSessions(paris.withLineUp(kenny)).addRecordings(take).addWorks(generique)
        .addReleases(lp).build();
    assertThat(album.recordings()).containsExactly(take);
    assertThat(album.releases().get(0).media().get(0).tracks().get(0).recording()).contains("generique-1");

    assertViolations(() -> minimalAlbum().addReleases(lp).build(),
        v("releases[0].media[0].tracks[0].recording", "unknown-recording"));
    assertViolations(() -> minimalAlbum().addRecordings(take).build(),
        v("recordings[0].session", "unknown-session"), v("recordings[0].works[0]", "unknown-work"));
    assertViolations(() -> minimalAlbum().addSessions(paris.withLineUp(kenny)).build(),
        v("sessions[0].lineUp[0].recordings[0]", "unknown-recording"));
    assertViolations(() -> minimalAlbum().addRecordings(take.withSession(java.util.Optional.empty()).withWorks(), take
        .withSession(java.util.Optional.empty()).withWorks()).build(), v("recordings[1].id", "duplicate-id"));
    assertViolations(() -> Track.builder().position("A1").title("t").recording("r").session("paris").build(),
        v("recording", "conflicting-values"));
    assertViolations(() -> Recording.builder().id("r").title("t").take(0).addWorks("w", "w").build(),
        v("take", "out-of-range"), v("works[1]", "duplicate-value"));
    assertViolations(() -> Work.builder().id("w x").title(" ").build(), v("id", "invalid-id"), v("title", "required"));
  }
}
