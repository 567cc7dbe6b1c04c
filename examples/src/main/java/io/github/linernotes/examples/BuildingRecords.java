package io.github.linernotes.examples;

import io.github.linernotes.Album;
import io.github.linernotes.AlbumKind;
import io.github.linernotes.ArtistCredit;
import io.github.linernotes.Citation;
import io.github.linernotes.CitationKind;
import io.github.linernotes.LabelInfo;
import io.github.linernotes.Medium;
import io.github.linernotes.MediumFormat;
import io.github.linernotes.Personnel;
import io.github.linernotes.Release;
import io.github.linernotes.Review;
import io.github.linernotes.Session;
import io.github.linernotes.Track;
import io.github.linernotes.ValidationException;
import io.github.linernotes.json.LinerNotesJson;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.Rating;
import io.github.linernotes.value.RunningTime;

/** Building records in code, writing and reading them as JSON, and what a broken record reports. */
public final class BuildingRecords {

  private BuildingRecords() {}

  public static void main(String[] args) {
    Session paris = Session.builder()
        .id("paris-1957")
        .date(PartialDate.parse("1957-12-04/1957-12-05"))
        .addLineUp(Personnel.performer("Miles Davis", "trumpet"))
        .addLineUp(Personnel.performer("Kenny Clarke", "drums"))
        .build();
    Release lp = Release.builder()
        .id("fontana-10-inch")
        .addLabels(LabelInfo.builder().name("Fontana").catalogueNumber("660.213 MR").build())
        .addMedia(Medium.builder()
            .format(MediumFormat.VINYL_10_INCH)
            .addTracks(Track.builder().position("A1").title("Générique").length(RunningTime.parse("2:45")).session("paris-1957").build())
            .addTracks(Track.of("A2", "L'Assassinat de Carala", "2:10"))
            .build())
        .build();
    Album album = Album.builder()
        .title("Ascenseur pour l'échafaud")
        .addArtists(ArtistCredit.of("Miles Davis"))
        .addKinds(AlbumKind.SOUNDTRACK)
        .firstReleased(PartialDate.parse("1958"))
        .addSessions(paris)
        .addReleases(lp)
        .addCitations(Citation.builder().id("allmusic").kind(CitationKind.WEB_PAGE).containerTitle("AllMusic").build())
        .addReviews(Review.builder().publication("AllMusic").rating(Rating.parse("4.5/5 step 0.5"))
            .citation("allmusic").build())
        .build();

    String json = LinerNotesJson.write(album);
    System.out.println(json);
    System.out.println("Read back equal: " + LinerNotesJson.read(json, Album.class).equals(album));

    try {
      album.withReviews(Review.builder().publication("Mojo").citation("mojo").build());
    } catch (ValidationException e) {
      e.violations().forEach(v -> System.out.println("Rejected: " + v.path() + " [" + v.code() + "] " + v.message()));
    }
  }
}
