package io.github.linernotes;

import io.github.linernotes.id.Issn;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.PublicationDate;
import io.github.linernotes.value.Rating;
import io.github.linernotes.value.RunningTime;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * Records and the exact JSON every mapper must write for them, and documents that break a rule. Touches
 * no mapper, so both the Jackson 2 and the Jackson 3 test runs share it.
 */
final class DomainJsonFixtures {

  private DomainJsonFixtures() {}

  /** A record, its type, and its canonical JSON. */
  static final class Golden {
    final Object value;
    final Class<?> type;
    final String json;

    Golden(Object value, Class<?> type, String json) {
      this.value = value;
      this.type = type;
      this.json = json;
    }
  }

  static List<Golden> goldens() {
    Track a1 = Track.builder().position("A1").title("Générique").length(RunningTime.parse("2:45"))
        .session("1957-12").build();
    Track alternate = Track.builder().position("17").title("Sur l'autoroute").take(2).version("without reverb")
        .alternateTake(true).previouslyUnreleased(true).build();
    Release lp = Release.builder().id("lp-1958").status(ReleaseStatus.OFFICIAL)
        .addLabels(LabelInfo.builder().name("Fontana").catalogueNumber("660.213 MR").build())
        .addEvents(ReleaseEvent.builder().date(PartialDate.parse("1958")).area("XE").build())
        .addMedia(Medium.builder().format(MediumFormat.VINYL_10_INCH).addTracks(a1).build())
        .statedLength(RunningTime.parse("25:38")).statedTrackCount(10).addCitations("7").build();
    Citation pejrolo = Citation.builder().id("1").kind(CitationKind.JOURNAL_ARTICLE)
        .addAuthors(Author.of("Pejrolo", "Andrew")).title("Transatlantic Interplays")
        .containerTitle("Atlantic Studies").issued(PublicationDate.parse("2006-04")).volume("3").issue("1")
        .issn(Issn.parse("1478-8810")).build();
    Citation hull = Citation.builder().id("6").kind(CitationKind.WEB_PAGE).addAuthors(Author.of("Hull", "Tom"))
        .issued(PublicationDate.noDate()).accessed(PartialDate.parse("2020-07-22")).build();
    Review allMusic = Review.builder().publication("AllMusic").rating(Rating.parse("4.5/5 step 0.5"))
        .citation("3").build();
    Session paris = Session.builder().id("1957-12").date(PartialDate.parse("1957-12-04/1957-12-05"))
        .venue(Venue.builder().name("Le Poste Parisien").city("Paris").country("FR").build())
        .addLineUp(Personnel.performer("Miles Davis", "trumpet")).build();
    Album album = Album.builder().title("Ascenseur pour l'échafaud").addArtists(ArtistCredit.of("Miles Davis"))
        .addKinds(AlbumKind.SOUNDTRACK).firstReleased(PartialDate.parse("1958")).addSessions(paris)
        .chronology(Chronology.builder().previous(AlbumLink.of("Relaxin' with the Miles Davis Quintet")).build())
        .build();
    return List.of(
        new Golden(a1, Track.class,
            "{\"position\":\"A1\",\"title\":\"Générique\",\"length\":\"2:45\",\"session\":\"1957-12\"}"),
        new Golden(alternate, Track.class,
            "{\"position\":\"17\",\"title\":\"Sur l'autoroute\",\"take\":2,\"version\":\"without reverb\","
                + "\"alternateTake\":true,\"previouslyUnreleased\":true}"),
        new Golden(lp, Release.class,
            "{\"id\":\"lp-1958\",\"status\":\"official\",\"labels\":[{\"name\":\"Fontana\",\"catalogueNumber\":"
                + "\"660.213 MR\"}],\"events\":[{\"date\":\"1958\",\"area\":\"XE\"}],\"media\":[{\"format\":"
                + "\"10-inch-vinyl\",\"tracks\":[{\"position\":\"A1\",\"title\":\"Générique\",\"length\":\"2:45\","
                + "\"session\":\"1957-12\"}]}],\"statedLength\":\"25:38\",\"statedTrackCount\":10,"
                + "\"citations\":[\"7\"]}"),
        new Golden(pejrolo, Citation.class,
            "{\"id\":\"1\",\"kind\":\"article-journal\",\"authors\":[{\"family\":\"Pejrolo\",\"given\":\"Andrew\"}],"
                + "\"title\":\"Transatlantic Interplays\",\"containerTitle\":\"Atlantic Studies\","
                + "\"issued\":\"2006-04\",\"volume\":\"3\",\"issue\":\"1\",\"issn\":\"1478-8810\"}"),
        new Golden(hull, Citation.class,
            "{\"id\":\"6\",\"kind\":\"webpage\",\"authors\":[{\"family\":\"Hull\",\"given\":\"Tom\"}],"
                + "\"issued\":\"n.d.\",\"accessed\":\"2020-07-22\"}"),
        new Golden(allMusic, Review.class,
            "{\"publication\":\"AllMusic\",\"rating\":{\"type\":\"score\",\"value\":4.5,\"best\":5,\"step\":0.5},"
                + "\"citation\":\"3\"}"),
        new Golden(album, Album.class,
            "{\"title\":\"Ascenseur pour l'échafaud\",\"artists\":[{\"name\":\"Miles Davis\"}],\"kinds\":"
                + "[\"soundtrack\"],\"firstReleased\":\"1958\",\"sessions\":[{\"id\":\"1957-12\",\"date\":"
                + "\"1957-12-04/1957-12-05\",\"venue\":{\"name\":\"Le Poste Parisien\",\"city\":\"Paris\","
                + "\"country\":\"FR\"},\"lineUp\":[{\"name\":\"Miles Davis\",\"instruments\":[\"trumpet\"],"
                + "\"roles\":[\"performer\"]}]}],\"chronology\":{\"previous\":{\"title\":"
                + "\"Relaxin' with the Miles Davis Quintet\"}}}"));
  }

  /** Generators for every record type, keyed by the type. */
  static Map<Class<?>, Gen<?>> generators() {
    return Map.ofEntries(
        Map.entry(Album.class, DomainGenerators.albums()),
        Map.entry(Release.class, DomainGenerators.releases()),
        Map.entry(Medium.class, DomainGenerators.media()),
        Map.entry(MediumSection.class, DomainGenerators.mediumSections()),
        Map.entry(Track.class, DomainGenerators.tracks()),
        Map.entry(Recording.class, DomainGenerators.recordings()),
        Map.entry(Work.class, DomainGenerators.works()),
        Map.entry(Session.class, DomainGenerators.sessions()),
        Map.entry(Personnel.class, DomainGenerators.personnel()),
        Map.entry(Review.class, DomainGenerators.reviews()),
        Map.entry(Citation.class, DomainGenerators.citations()),
        Map.entry(Author.class, DomainGenerators.authors()),
        Map.entry(Note.class, DomainGenerators.notes()),
        Map.entry(Award.class, DomainGenerators.awards()),
        Map.entry(RelatedWork.class, DomainGenerators.relatedWorks()),
        Map.entry(Chronology.class, DomainGenerators.chronologies()),
        Map.entry(AlbumLink.class, DomainGenerators.albumLinks()),
        Map.entry(Venue.class, DomainGenerators.venues()),
        Map.entry(LabelInfo.class, DomainGenerators.labels()),
        Map.entry(CompanyCredit.class, DomainGenerators.companyCredits()),
        Map.entry(ReleaseIdentifier.class, DomainGenerators.releaseIdentifiers()),
        Map.entry(ReleaseEvent.class, DomainGenerators.releaseEvents()),
        Map.entry(ArtistCredit.class, DomainGenerators.artistCredits()),
        Map.entry(ExternalIds.class, DomainGenerators.externalIds()));
  }

  /** A document breaking a rule, the JSON Pointer of the offending value, and the rule's code. */
  static final class Broken {
    final String json;
    final String pointer;
    final String code;
    final String message;

    Broken(String json, String pointer, String code, String message) {
      this.json = json;
      this.pointer = pointer;
      this.code = code;
      this.message = message;
    }
  }

  static List<Broken> brokenAlbums() {
    String head = "{\"title\":\"T\",\"artists\":[{\"name\":\"Miles Davis\"}]";
    return List.of(
        new Broken("{\"artists\":[{\"name\":\"Miles Davis\"}]}", "/title", "required", "must not be blank"),
        new Broken(head + ",\"releases\":[{\"id\":\"lp\",\"media\":[{\"tracks\":[{\"position\":\"A1\",\"title\":"
            + "\"x\"},{\"position\":\"A1\",\"title\":\"y\"}]}]}]}", "/releases/0/media/0/tracks/1/position",
            "duplicate-position", "position \"A1\" appears more than once on this medium"),
        new Broken(head + ",\"reviews\":[{\"publication\":\"Mojo\",\"citation\":\"5\"}]}", "/reviews/0/citation",
            "unknown-citation", "the album has no citation with id \"5\""),
        new Broken(head + ",\"releases\":[{\"id\":\"lp\",\"media\":[{\"tracks\":[{\"position\":\"A1\",\"title\":"
            + "\"x\",\"session\":\"s9\"}]}]}]}", "/releases/0/media/0/tracks/0/session", "unknown-session",
            "the album has no session with id \"s9\""),
        new Broken(head + ",\"releases\":[{\"id\":\"lp\",\"media\":[{\"tracks\":[{\"position\":\"A1\",\"title\":"
            + "\"x\",\"take\":0}]}]}]}", "/releases/0/media/0/tracks/0/take", "out-of-range",
            "take 0 is not 1 or more"),
        new Broken(head + ",\"sessions\":[{\"id\":\"s\"},{\"id\":\"s\"}]}", "/sessions/1/id", "duplicate-id",
            "id \"s\" is already used by sessions[0]"),
        new Broken(head + ",\"credits\":[{\"name\":\"x\",\"tracks\":[\"B9\"]}]}", "/credits/0/tracks/0",
            "unknown-track-position", "no track of any release of the album has position \"B9\""));
  }
}
