package io.github.linernotes.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linernotes.Album;
import io.github.linernotes.ArtistCredit;
import io.github.linernotes.Citation;
import io.github.linernotes.CompanyCredit;
import io.github.linernotes.CompanyRole;
import io.github.linernotes.CreditRole;
import io.github.linernotes.Medium;
import io.github.linernotes.MediumFormat;
import io.github.linernotes.Note;
import io.github.linernotes.Personnel;
import io.github.linernotes.Recording;
import io.github.linernotes.ReferenceAlbums;
import io.github.linernotes.Release;
import io.github.linernotes.ReleaseEvent;
import io.github.linernotes.Review;
import io.github.linernotes.Session;
import io.github.linernotes.Track;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.PublicationDate;
import io.github.linernotes.value.RunningTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each rule fires on a minimal album, states its numbers, and stays silent on consistent data. */
class ConsistencyCheckTest {

  private static final ConsistencyCheck CHECK = ConsistencyCheck.asOf(LocalDate.of(2026, 11, 28));
  private static final Album REFERENCE = ReferenceAlbums.ascenseurPourLEchafaud();

  private static Album.Builder album() {
    return Album.builder().title("Test").addArtists(ArtistCredit.of("Someone"));
  }

  private static Release.Builder release(Track... tracks) {
    return Release.builder().id("r").addMedia(Medium.builder().addTracks(tracks).build());
  }

  private static Track track(String position, String length) {
    return Track.of(position, "Track " + position, length);
  }

  private static Finding only(Album album) {
    List<Finding> findings = CHECK.check(album);
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  @Test
  void theReferenceAlbumHasNoErrorAndNoWarning() {
    List<Finding> findings = CHECK.check(REFERENCE);
    assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(findings).isEmpty();
  }

  @Test
  void vagueButConsistentVariantsOfTheReferenceAlbumRaiseNothing() {
    for (String[] dates : new String[][] {
        {"195X", "1957", "19XX", "195X"}, {"1958?", "1957-12", "1958~", "1958-XX"}, {"1958", "1957-12-04",
            "195X", "1958%"}, {"1958/1959", "1957-12-04/1957-12-05", "1958-21", "1958-24"}}) {
      Album vague = vague(dates[0], dates[1], dates[2], dates[3]);
      assertThat(CHECK.check(vague)).as(String.join(" ", dates)).isEmpty();
    }
  }

  private static Album vague(String firstReleased, String sessionDate, String lpDate, String awardDate) {
    List<Session> sessions = new ArrayList<>(REFERENCE.sessions());
    sessions.set(0, sessions.get(0).withDate(PartialDate.parse(sessionDate)));
    List<Release> releases = new ArrayList<>(REFERENCE.releases());
    Release lp = releases.get(0);
    releases.set(0, lp.withEvents(lp.events().get(0).withDate(PartialDate.parse(lpDate))));
    Release jazzTrack = releases.get(1);
    releases.set(1, jazzTrack.withAwards(jazzTrack.awards().get(0).withDate(PartialDate.parse(awardDate))));
    List<Citation> citations = REFERENCE.citations().stream()
        .map(c -> c.issued().flatMap(PublicationDate::date).map(d -> c.withIssued(PublicationDate.of(
            PartialDate.parse(d.toString().substring(0, 3) + "X")))).orElse(c))
        .collect(Collectors.toList());
    return REFERENCE.withFirstReleased(PartialDate.parse(firstReleased)).withSessions(sessions)
        .withReleases(releases).withCitations(citations);
  }

  @Test
  void trackLengthsThatDoNotAddUpAreReportedWithBothNumbers() {
    Album album = album().addReleases(release(track("A1", "12:00"), track("A2", "12:10"))
        .statedLength(RunningTime.parse("25:38")).build()).build();
    Finding f = only(album);
    assertThat(f.code()).isEqualTo(FindingCode.STATED_LENGTH_MISMATCH);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).isEqualTo("tracks sum to 24:10, stated length 25:38");
    assertThat(f.paths()).extracting(Object::toString).containsExactly("releases[0].statedLength");
    assertThat(f.pointer()).isEqualTo("/releases/0/statedLength");
  }

  @Test
  void lengthsThatAddUpExactlyOrToTheSecondAreFine() {
    assertThat(CHECK.check(album().addReleases(release(track("A1", "12:00"), track("A2", "13:38"))
        .statedLength(RunningTime.parse("25:38")).build()).build())).isEmpty();
    assertThat(CHECK.check(album().addReleases(release(track("1", "12:00.400"), track("2", "13:37.700"))
        .statedLength(RunningTime.parse("25:38")).build()).build())).isEmpty();
    // a stated length measured to the millisecond is compared exactly
    Finding f = only(album().addReleases(release(track("1", "12:00.400"), track("2", "13:37.700"))
        .statedLength(RunningTime.parse("25:38.500")).build()).build());
    assertThat(f.code()).isEqualTo(FindingCode.STATED_LENGTH_MISMATCH);
    assertThat(f.message()).isEqualTo("tracks sum to 25:38.100, stated length 25:38.500");
  }

  @Test
  void tracksWithoutALengthAreNamed() {
    Track noLength = Track.builder().position("B2").title("Évasion de Julien").build();
    Finding f = only(album().addReleases(release(track("A1", "12:00"), noLength)
        .statedLength(RunningTime.parse("25:38")).build()).build());
    assertThat(f.code()).isEqualTo(FindingCode.STATED_LENGTH_UNVERIFIABLE);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).contains("25:38").contains("track B2 has no length").contains("12:00");
    assertThat(f.paths()).extracting(Object::toString).containsExactly("releases[0].statedLength", "releases[0].media[0].tracks[1].length");
    Finding over = only(album().addReleases(release(track("A1", "26:00"), noLength)
        .statedLength(RunningTime.parse("25:38")).build()).build());
    assertThat(over.code()).isEqualTo(FindingCode.STATED_LENGTH_EXCEEDED);
    assertThat(over.message()).contains("26:00").contains("25:38").contains("B2");
  }

  @Test
  void aReleaseWithoutTracksIsNotCheckedForLengthOrCount() {
    assertThat(CHECK.check(album().addReleases(Release.builder().id("cd").statedLength(RunningTime.parse("71:18"))
        .statedTrackCount(26).build()).build())).isEmpty();
  }

  @Test
  void aStatedTrackCountMustMatchTheListedTracks() {
    Finding f = only(album().addReleases(release(track("1", "1:00"), track("2", "1:00")).statedTrackCount(3)
        .build()).build());
    assertThat(f.code()).isEqualTo(FindingCode.STATED_TRACK_COUNT_MISMATCH);
    assertThat(f.message()).isEqualTo("lists 2 tracks, stated track count 3");
  }

  @Test
  void aReleaseCertainlyBeforeItsRecordingIsAnError() {
    Session ny = Session.builder().id("ny").date(PartialDate.parse("1958-05-26")).build();
    Track fromNy = Track.builder().position("B1").title("Fran-Dance").session("ny").build();
    Album early = album().addSessions(ny).addReleases(release(fromNy)
        .addEvents(ReleaseEvent.builder().date(PartialDate.parse("1958-04")).build()).build()).build();
    Finding f = only(early);
    assertThat(f.code()).isEqualTo(FindingCode.RELEASE_BEFORE_RECORDING);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).contains("1958-04").contains("1958-05-26").contains("ny");
    assertThat(f.paths()).extracting(Object::toString).containsExactly("releases[0].events[0].date", "sessions[0].date");
    Album sameYear = album().addSessions(ny).addReleases(release(fromNy)
        .addEvents(ReleaseEvent.builder().date(PartialDate.parse("1958")).build()).build()).build();
    assertThat(CHECK.check(sameYear)).isEmpty();
  }

  @Test
  void aReleaseWithoutSessionLinksIsCheckedAgainstEverySession() {
    Session paris = Session.builder().id("paris").date(PartialDate.parse("1957-12-04/1957-12-05")).build();
    Session ny = Session.builder().id("ny").date(PartialDate.parse("1958-05-26")).build();
    Release early = Release.builder().id("lp").addEvents(ReleaseEvent.builder()
        .date(PartialDate.parse("1957-06")).area("XE").build()).build();
    Finding f = only(album().addSessions(paris, ny).addReleases(early).build());
    assertThat(f.code()).isEqualTo(FindingCode.RELEASE_BEFORE_RECORDING);
    assertThat(f.message()).contains("1957-06").contains("paris").contains("1957-12-04/1957-12-05");
    assertThat(f.paths()).extracting(Object::toString).containsExactly("releases[0].events[0].date", "sessions[0].date");
    Release between = early.withEvents(ReleaseEvent.builder().date(PartialDate.parse("1958-01")).build());
    assertThat(CHECK.check(album().addSessions(paris, ny).addReleases(between).build())).isEmpty();
    Session undated = Session.builder().id("somewhere").build();
    assertThat(CHECK.check(album().addSessions(paris, undated).addReleases(early).build())).isEmpty();
  }

  @Test
  void datesAfterTheDayOfTheCheckAreReported() {
    Finding f = only(album().firstReleased(PartialDate.parse("2027")).build());
    assertThat(f.code()).isEqualTo(FindingCode.DATE_IN_FUTURE);
    assertThat(f.message()).contains("2027").contains("2026-11-28");
    assertThat(CHECK.check(album().firstReleased(PartialDate.parse("202X")).build())).isEmpty();
    assertThat(CHECK.check(album().firstReleased(PartialDate.parse("2026-11-28")).build())).isEmpty();
  }

  @Test
  void theFirstReleaseDateMayNotFollowARelease() {
    Finding f = only(album().firstReleased(PartialDate.parse("1960"))
        .addReleases(Release.builder().id("lp").addEvents(ReleaseEvent.builder()
            .date(PartialDate.parse("1958")).area("XE").build()).build()).build());
    assertThat(f.code()).isEqualTo(FindingCode.FIRST_RELEASE_AFTER_RELEASE);
    assertThat(f.message()).isEqualTo("first released 1960, but releases[0] was issued 1958");
  }

  @Test
  void reviewsNeedCitationsAndCitationsNeedUse() {
    Finding review = only(album().addReviews(Review.builder().publication("Mojo").build()).build());
    assertThat(review.code()).isEqualTo(FindingCode.REVIEW_WITHOUT_CITATION);
    assertThat(review.message()).contains("Mojo");
    Finding unused = only(album().addCitations(Citation.builder().id("7").build()).build());
    assertThat(unused.code()).isEqualTo(FindingCode.UNUSED_CITATION);
    assertThat(unused.paths()).extracting(Object::toString).containsExactly("citations[0]");
    assertThat(CHECK.check(album().addCitations(Citation.builder().id("7").build())
        .addNotes(Note.builder().text("a fact").addCitations("7").build()).build())).isEmpty();
  }

  @Test
  void aSourceCannotBeReadOrArchivedBeforeItWasIssued() {
    Citation c = Citation.builder().id("1").issued(PublicationDate.parse("2011-03-03"))
        .accessed(PartialDate.parse("2010-12-01")).archived(PartialDate.parse("2011-03")).build();
    List<Finding> findings = CHECK.check(album().addCitations(c).addSources("1").build());
    assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.ACCESSED_BEFORE_ISSUED);
    assertThat(findings.get(0).message()).isEqualTo("accessed 2010-12-01, before it was issued 2011-03-03");
    Citation archivedEarly = c.withAccessed(PartialDate.parse("2012")).withArchived(PartialDate.parse("2010"));
    assertThat(CHECK.check(album().addCitations(archivedEarly).addSources("1").build()))
        .extracting(Finding::code).containsExactly(FindingCode.ARCHIVED_BEFORE_ISSUED);
    Citation undated = c.withIssued(PublicationDate.noDate());
    assertThat(CHECK.check(album().addCitations(undated).addSources("1").build())).isEmpty();
  }

  @Test
  void theSameRecordingTwiceOnOneMediumIsReported() {
    Track a = Track.builder().position("A1").title("Générique").session("s").build();
    Track again = Track.builder().position("B1").title(" générique ").session("s").build();
    Track alternate = again.withPosition("B2").withAlternateTake(true);
    Finding f = only(album().addSessions(Session.builder().id("s").build())
        .addReleases(release(a, again, alternate).build()).build());
    assertThat(f.code()).isEqualTo(FindingCode.DUPLICATE_RECORDING);
    assertThat(f.paths()).extracting(Object::toString).containsExactly("releases[0].media[0].tracks[1]", "releases[0].media[0].tracks[0]");
    assertThat(f.message()).contains("B1").contains("A1");
  }

  @Test
  void aMusicianCreditedOnAnotherSessionsTrackIsReported() {
    Session paris = Session.builder().id("paris").addLineUp(Personnel.builder().name("Barney Wilen")
        .addTracks("A1", "B1").build()).build();
    Session ny = Session.builder().id("ny").build();
    Finding f = only(album().addSessions(paris, ny).addReleases(release(
        Track.builder().position("A1").title("Générique").session("paris").build(),
        Track.builder().position("B1").title("Fran-Dance").session("ny").build()).build()).build());
    assertThat(f.code()).isEqualTo(FindingCode.CREDIT_OUTSIDE_SESSION);
    assertThat(f.message()).contains("Barney Wilen").contains("B1").contains("ny");
    assertThat(f.paths()).extracting(Object::toString).containsExactly("sessions[0].lineUp[0].tracks[1]");
  }

  @Test
  void catalogueFindingsArePrefixedWithTheAlbumsPlace() {
    Album bad = album().addReviews(Review.builder().publication("Mojo").build()).build();
    List<Finding> findings = CHECK.checkCatalogue(List.of(REFERENCE, bad));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.paths()).extracting(Object::toString).containsExactly("albums[1].reviews[0]");
      assertThat(f.pointer()).isEqualTo("/albums/1/reviews/0");
    });
  }

  @Test
  void rolesAndFormatsTheModelDoesNotKnowAreKeptAndReportedAsInfo() {
    Personnel cutter = Personnel.builder().name("Ray Staff").addRoles(CreditRole.OTHER)
        .addCreditedRoles("Lacquer Cut By (DMM)").build();
    Release lp = Release.builder().id("r").addCredits(cutter)
        .addCompanies(CompanyCredit.builder().name("Record Industry").creditedRole("Glass Mastered By").build())
        .addMedia(Medium.builder().addDescriptions("Lathe Cut", "8\"").build())
        .build();
    List<Finding> findings = CHECK.check(album().addReleases(lp).build());
    assertThat(findings).extracting(Finding::code)
        .containsExactly(FindingCode.UNKNOWN_ROLE, FindingCode.UNKNOWN_ROLE, FindingCode.UNKNOWN_FORMAT);
    assertThat(findings).extracting(f -> f.paths().get(0).toString()).containsExactly(
        "releases[0].credits[0].creditedRoles", "releases[0].companies[0].creditedRole", "releases[0].media[0].descriptions");
    assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(findings.get(0).message()).contains("Lacquer Cut By (DMM)");

    Personnel known = cutter.withRoles(CreditRole.LACQUER_CUT);
    Release mapped = lp.withCredits(known).withCompanies(CompanyCredit.of(CompanyRole.PRESSED_BY, "Record Industry"))
        .withMedia(Medium.builder().format(MediumFormat.VINYL).addDescriptions("Lathe Cut").build());
    assertThat(CHECK.check(album().addReleases(mapped).build())).as("known meanings raise nothing").isEmpty();
  }

  @Test
  void tracksAreCheckedThroughTheirRecordings() {
    Session paris = Session.builder().id("paris").date(io.github.linernotes.value.PartialDate.parse("1957-12-04"))
        .addLineUp(Personnel.builder().name("Pierre Michelot").addRecordings("later").build()).build();
    Session later = Session.builder().id("later").build();
    Recording generique = Recording.builder().id("generique").title("Générique").session("paris").build();
    Recording other = Recording.builder().id("later").title("Later").session("later").build();
    Track a1 = Track.builder().position("A1").title("Générique").recording("generique").build();
    Track a2 = Track.builder().position("A2").title("Générique (again)").recording("generique").build();
    Release lp = Release.builder().id("r").addEvents(ReleaseEvent.builder()
            .date(io.github.linernotes.value.PartialDate.parse("1957-01")).build())
        .addMedia(Medium.builder().addTracks(a1, a2).build()).build();
    List<Finding> findings = CHECK.check(album().addSessions(paris, later).addRecordings(generique, other)
        .addReleases(lp).build());
    assertThat(findings).extracting(Finding::code).containsExactlyInAnyOrder(FindingCode.RELEASE_BEFORE_RECORDING,
        FindingCode.DUPLICATE_RECORDING, FindingCode.CREDIT_OUTSIDE_SESSION);
  }

  @Test
  void everyCodeIsStableAndDistinct() {
    assertThat(java.util.Arrays.stream(FindingCode.values()).map(FindingCode::code).distinct().count())
        .isEqualTo(FindingCode.values().length);
    assertThat(FindingCode.STATED_LENGTH_MISMATCH.code()).isEqualTo("stated-length-mismatch");
  }
}
