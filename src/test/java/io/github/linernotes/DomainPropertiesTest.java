package io.github.linernotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of generated records: valid ones build and copy exactly; for each rule, a generated
 * record bent to break it is rejected with the rule's code at the right path.
 */
class DomainPropertiesTest {

  private static final int EXAMPLES = 200;

  private static void assertRejected(Runnable build, String path, String code) {
    ValidationException e = catchThrowableOfType(ValidationException.class, build::run);
    assertThat(e).as("expected a ValidationException for %s", code).isNotNull();
    assertThat(e.violations()).extracting(v -> v.path().toString(), v -> v.code())
        .contains(org.assertj.core.groups.Tuple.tuple(path, code));
  }

  @Test
  void generatedAlbumsCopyExactly() {
    qt().withExamples(EXAMPLES).forAll(DomainGenerators.albums()).checkAssert(album -> {
      assertThat(Album.builder().from(album).build()).isEqualTo(album).hasSameHashCodeAs(album);
      assertThat(album.withTitle(album.title() + " (reissue)")).isNotEqualTo(album);
    });
  }

  @Test
  void everyGeneratedRecordTypeCopiesExactly() {
    checkCopy(DomainGenerators.tracks(), t -> Track.builder().from(t).build());
    checkCopy(DomainGenerators.media(), m -> Medium.builder().from(m).build());
    checkCopy(DomainGenerators.releases(), r -> Release.builder().from(r).build());
    checkCopy(DomainGenerators.sessions(), s -> Session.builder().from(s).build());
    checkCopy(DomainGenerators.citations(), c -> Citation.builder().from(c).build());
    checkCopy(DomainGenerators.reviews(), r -> Review.builder().from(r).build());
    checkCopy(DomainGenerators.personnel(), p -> Personnel.builder().from(p).build());
  }

  private static <T> void checkCopy(Gen<T> gen, java.util.function.Function<T, T> copy) {
    qt().withExamples(EXAMPLES).forAll(gen).checkAssert(x -> assertThat(copy.apply(x)).isEqualTo(x));
  }

  @Test
  void aReviewCitingAMissingSourceIsRejected() {
    qt().withExamples(EXAMPLES).forAll(DomainGenerators.albums()).checkAssert(album -> {
      int index = album.reviews().size();
      assertRejected(() -> Album.builder().from(album)
              .addReviews(Review.builder().publication("Mojo").citation("no-such-citation").build()).build(),
          "reviews[" + index + "].citation", "unknown-citation");
    });
  }

  @Test
  void aRepeatedCitationIdIsRejected() {
    qt().withExamples(EXAMPLES).forAll(DomainGenerators.albums()).checkAssert(album -> {
      Album withOne = album.citations().isEmpty()
          ? album.withCitations(Citation.builder().id("only").build()) : album;
      assertRejected(() -> Album.builder().from(withOne).addCitations(withOne.citations().get(0)).build(),
          "citations[" + withOne.citations().size() + "].id", "duplicate-id");
    });
  }

  @Test
  void aRepeatedSessionIdIsRejected() {
    qt().withExamples(EXAMPLES).forAll(DomainGenerators.albums()).checkAssert(album -> {
      Album withOne = album.sessions().isEmpty()
          ? album.withSessions(Session.builder().id("only").build()) : album;
      assertRejected(() -> Album.builder().from(withOne).addSessions(withOne.sessions().get(0)).build(),
          "sessions[" + withOne.sessions().size() + "].id", "duplicate-id");
    });
  }

  @Test
  void aTrackFromAnUnknownSessionIsRejected() {
    qt().withExamples(EXAMPLES).forAll(DomainGenerators.albums()).checkAssert(album -> {
      Track stray = Track.builder().position("Z1").title("stray").session("no-such-session").build();
      Release release = Release.builder().id("extra-release").addMedia(Medium.builder().addTracks(stray).build())
          .build();
      int index = album.releases().size();
      assertRejected(() -> Album.builder().from(album).addReleases(release).build(),
          "releases[" + index + "].media[0].tracks[0].session", "unknown-session");
    });
  }

  @Test
  void aRepeatedPositionOnOneMediumIsRejected() {
    qt().withExamples(EXAMPLES).forAll(DomainGenerators.media(), DomainGenerators.tracks())
        .checkAssert((medium, extra) -> {
          Medium withOne = medium.tracks().isEmpty() ? Medium.builder().from(medium).addTracks(extra)
              .sections(java.util.List.of()).build() : medium;
          Track copy = withOne.tracks().get(0).withTitle("another recording");
          assertRejected(() -> Medium.builder().from(withOne).addTracks(copy).build(),
              "tracks[" + withOne.tracks().size() + "].position", "duplicate-position");
        });
  }

  @Test
  void aCreditOnAMissingPositionIsRejected() {
    qt().withExamples(EXAMPLES).forAll(DomainGenerators.releases()).checkAssert(release -> {
      Personnel ghost = Personnel.builder().name("Nobody").addTracks("Z99").build();
      assertRejected(() -> Release.builder().from(release).addCredits(ghost).build(),
          "credits[" + release.credits().size() + "].tracks[0]", "unknown-track-position");
    });
  }

  @Test
  void aBlankTitleIsRejectedWhateverElseTheAlbumHolds() {
    qt().withExamples(EXAMPLES).forAll(DomainGenerators.albums())
        .checkAssert(album -> assertRejected(() -> album.withTitle(" "), "title", "required"));
  }

  @Test
  void everyTextRuleFiresOnGeneratedAlbums() {
    qt().withExamples(EXAMPLES).forAll(DomainGenerators.albums()).checkAssert(album -> {
      assertRejected(() -> album.withTitle(album.title() + "\u0001"), "title", "control-character");
      assertRejected(() -> album.withTitle("x".repeat(Rules.MAX_NAME_LENGTH + 1)), "title", "too-long");
      int g = album.genres().size();
      assertRejected(() -> Album.builder().from(album).addGenres("jazz", "jazz").build(),
          "genres[" + (album.genres().contains("jazz") ? g : g + 1) + "]", "duplicate-value");
      assertRejected(() -> Album.builder().from(album).addStyles(" ").build(),
          "styles[" + album.styles().size() + "]", "blank");
    });
  }

  @Test
  void everyTrackRuleFiresOnGeneratedTracks() {
    qt().withExamples(EXAMPLES).forAll(DomainGenerators.tracks()).checkAssert(track -> {
      assertRejected(() -> track.withTake(0), "take", "out-of-range");
      assertRejected(() -> track.withPosition(track.position() + " 2"), "position", "invalid-position");
      assertRejected(() -> track.withSession("no such"), "session", "invalid-id");
      assertRejected(() -> Track.builder().from(track)
          .addCredits(Personnel.builder().name("x").addTracks(track.position()).build()).build(),
          "credits[" + track.credits().size() + "].tracks", "conflicting-values");
    });
  }

  @Test
  void everyPlaceRuleFiresOnGeneratedVenuesAndEvents() {
    qt().withExamples(EXAMPLES).forAll(DomainGenerators.venues()).checkAssert(venue ->
        assertRejected(() -> venue.withCountry("ZZ"), "country", "invalid-code"));
    qt().withExamples(EXAMPLES).forAll(DomainGenerators.releaseEvents()).checkAssert(event ->
        assertRejected(() -> event.withArea("Europe"), "area", "invalid-code"));
  }

  @Test
  void emptyIdsAndLoneCreatorRolesAreRejected() {
    qt().withExamples(EXAMPLES).forAll(DomainGenerators.relatedWorks()).checkAssert(work -> {
      assertRejected(() -> RelatedWork.builder().from(work).creator(java.util.Optional.empty())
          .creatorRole(CreditRole.DIRECTOR).build(), "creatorRole", "conflicting-values");
      assertRejected(() -> work.withIds(ExternalIds.builder().build()), "", "empty-ids");
    });
  }
}
