package io.github.linernotes.export;

import io.github.linernotes.Album;
import io.github.linernotes.AlbumKind;
import io.github.linernotes.ArtistCredit;
import io.github.linernotes.Author;
import io.github.linernotes.Citation;
import io.github.linernotes.CitationKind;
import io.github.linernotes.CreditRole;
import io.github.linernotes.ExternalIds;
import io.github.linernotes.LabelInfo;
import io.github.linernotes.Medium;
import io.github.linernotes.MediumFormat;
import io.github.linernotes.Personnel;
import io.github.linernotes.Recording;
import io.github.linernotes.Release;
import io.github.linernotes.ReleaseEvent;
import io.github.linernotes.Review;
import io.github.linernotes.Session;
import io.github.linernotes.Track;
import io.github.linernotes.Work;
import io.github.linernotes.value.DatePrecision;
import io.github.linernotes.value.Letter;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.PublicationDate;
import io.github.linernotes.value.Rating;
import io.github.linernotes.value.RunningTime;
import io.github.linernotes.value.Score;
import io.github.linernotes.value.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds the schema.org nodes of one album. */
final class SchemaOrgNodes {

  static final String CONTEXT = "https://schema.org";

  private final Album album;
  private final String albumId;

  SchemaOrgNodes(Album album, String albumId) {
    this.album = album;
    this.albumId = albumId;
  }

  private static ObjectNode node(String type) {
    ObjectNode n = ExportJson.MAPPER.createObjectNode();
    n.put("@type", type);
    return n;
  }

  private static ArrayNode array() {
    return ExportJson.MAPPER.createArrayNode();
  }

  /** Sets a property to the array, to its one element, or not at all when it is empty. */
  private static void set(ObjectNode n, String property, ArrayNode values) {
    if (values.size() == 1) {
      n.set(property, values.get(0));
    } else if (!values.isEmpty()) {
      n.set(property, values);
    }
  }

  private static void put(ObjectNode n, String property, Optional<String> value) {
    value.ifPresent(v -> n.put(property, v));
  }

  private String citationId(String id) {
    return albumId + "-citation-" + id;
  }

  ObjectNode album() {
    ObjectNode n = node("MusicAlbum");
    n.put("@id", albumId);
    n.put("name", album.title());
    set(n, "byArtist", artists(album.artists()));
    ArrayNode production = array();
    ArrayNode releaseType = array();
    Set<String> seen = new LinkedHashSet<>();
    for (AlbumKind kind : album.kinds()) {
      productionType(kind).filter(seen::add).ifPresent(t -> production.addObject().put("@id", CONTEXT + "/" + t));
      releaseType(kind).filter(seen::add).ifPresent(t -> releaseType.addObject().put("@id", CONTEXT + "/" + t));
    }
    set(n, "albumProductionType", production);
    set(n, "albumReleaseType", releaseType);
    ArrayNode genres = array();
    new LinkedHashSet<>(concat(album.genres(), album.styles())).forEach(genres::add);
    set(n, "genre", genres);
    album.firstReleased().flatMap(SchemaOrgNodes::isoDate).ifPresent(d -> n.put("datePublished", d));
    Optional<Release> listed = album.releases().stream().filter(r -> trackCount(r) > 0).findFirst();
    if (listed.isPresent()) {
      n.put("numTracks", trackCount(listed.get()));
      n.set("track", tracks(listed.get()));
    } else {
      album.releases().stream().filter(r -> r.statedTrackCount().isPresent()).findFirst()
          .ifPresent(r -> n.put("numTracks", r.statedTrackCount().getAsInt()));
    }
    set(n, "contributor", contributors(album.credits().stream()
        .filter(c -> c.tracks().isEmpty() && c.recordings().isEmpty()).toList()));
    ArrayNode releases = array();
    album.releases().forEach(r -> releases.add(release(r)));
    set(n, "albumRelease", releases);
    ArrayNode reviews = array();
    album.reviews().forEach(r -> reviews.add(review(r)));
    set(n, "review", reviews);
    ArrayNode citations = array();
    album.citations().forEach(c -> citations.add(citation(c)));
    set(n, "citation", citations);
    set(n, "sameAs", sameAs(album.ids(), "release-group", "master"));
    return n;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  static Optional<String> productionType(AlbumKind kind) {
    switch (kind) {
      case STUDIO:
        return Optional.of("StudioAlbum");
      case SOUNDTRACK:
        return Optional.of("SoundtrackAlbum");
      case COMPILATION:
        return Optional.of("CompilationAlbum");
      case LIVE:
        return Optional.of("LiveAlbum");
      case REMIX:
        return Optional.of("RemixAlbum");
      case DJ_MIX:
        return Optional.of("DJMixAlbum");
      case MIXTAPE:
        return Optional.of("MixtapeAlbum");
      case DEMO:
        return Optional.of("DemoAlbum");
      case SPOKENWORD:
      case INTERVIEW:
      case AUDIOBOOK:
      case AUDIO_DRAMA:
        return Optional.of("SpokenWordAlbum");
      default:
        return Optional.empty();
    }
  }

  static Optional<String> releaseType(AlbumKind kind) {
    switch (kind) {
      case ALBUM:
        return Optional.of("AlbumRelease");
      case SINGLE:
        return Optional.of("SingleRelease");
      case EP:
        return Optional.of("EPRelease");
      case BROADCAST:
        return Optional.of("BroadcastRelease");
      default:
        return Optional.empty();
    }
  }

  static Optional<String> releaseFormat(MediumFormat format) {
    switch (format) {
      case VINYL:
      case VINYL_7_INCH:
      case VINYL_10_INCH:
      case VINYL_12_INCH:
      case FLEXI_DISC:
        return Optional.of("VinylFormat");
      case CD:
      case CD_R:
      case ENHANCED_CD:
      case MIXED_MODE_CD:
      case HDCD:
        return Optional.of("CDFormat");
      case DVD:
      case DVD_AUDIO:
      case DVD_VIDEO:
        return Optional.of("DVDFormat");
      case CASSETTE:
        return Optional.of("CassetteFormat");
      case DAT:
        return Optional.of("DigitalAudioTapeFormat");
      case DIGITAL:
        return Optional.of("DigitalFormat");
      default:
        return Optional.empty();
    }
  }

  /** A date as ISO 8601 says it exactly: a day, a month or a year of 0000 to 9999, with no qualifier. */
  static Optional<String> isoDate(PartialDate date) {
    if (date.isInterval() || date.isUncertain() || date.isApproximate() || date.earliest().isEmpty()) {
      return Optional.empty();
    }
    LocalDate d = date.earliest().get();
    if (d.getYear() < 0 || d.getYear() > 9999) {
      return Optional.empty();
    }
    String year = String.format(Locale.ROOT, "%04d", d.getYear());
    DatePrecision precision = date.precision();
    if (precision == DatePrecision.DAY) {
      return Optional.of(String.format(Locale.ROOT, "%s-%02d-%02d", year, d.getMonthValue(), d.getDayOfMonth()));
    } else if (precision == DatePrecision.MONTH) {
      return Optional.of(String.format(Locale.ROOT, "%s-%02d", year, d.getMonthValue()));
    } else if (precision == DatePrecision.YEAR) {
      return Optional.of(year);
    }
    return Optional.empty();
  }

  static Optional<String> isoDate(PublicationDate date) {
    return date.date().flatMap(SchemaOrgNodes::isoDate);
  }

  /** A length as an ISO 8601 duration, such as {@code PT2M45S}. */
  static String duration(RunningTime length) {
    return length.toDuration().toString();
  }

  private static ArrayNode sameAs(Optional<ExternalIds> ids, String musicBrainzKind, String discogsKind) {
    ArrayNode urls = array();
    ids.ifPresent(i -> {
      i.musicBrainz().ifPresent(mb -> urls.add("https://musicbrainz.org/" + musicBrainzKind + "/" + mb));
      if (discogsKind != null) {
        i.discogs().ifPresent(d -> urls.add("https://www.discogs.com/" + discogsKind + "/" + d.value()));
      }
      i.wikidata().ifPresent(w -> urls.add("https://www.wikidata.org/wiki/" + w));
    });
    return urls;
  }

  /** Artist credits as {@code MusicGroup}s, schema.org's type for a group or a solo musician. */
  private static ArrayNode artists(List<ArtistCredit> credits) {
    ArrayNode out = array();
    for (ArtistCredit credit : credits) {
      ObjectNode a = out.addObject();
      a.put("@type", "MusicGroup");
      a.put("name", credit.name());
      credit.creditedAs().filter(c -> !c.equals(credit.name())).ifPresent(c -> a.put("alternateName", c));
      set(a, "sameAs", sameAs(credit.ids(), "artist", "artist"));
    }
    return out;
  }

  /** Credits as written on a sleeve: names with their join phrases. */
  private static String creditLine(List<ArtistCredit> credits) {
    StringBuilder sb = new StringBuilder();
    for (ArtistCredit c : credits) {
      sb.append(c.creditedAs().orElse(c.name())).append(c.joinPhrase().orElse(""));
    }
    return sb.toString().strip();
  }

  private static ArrayNode people(List<ArtistCredit> credits) {
    ArrayNode out = array();
    for (ArtistCredit credit : credits) {
      ObjectNode p = out.addObject();
      p.put("@type", "Person");
      p.put("name", credit.name());
      set(p, "sameAs", sameAs(credit.ids(), "artist", "artist"));
    }
    return out;
  }

  /**
   * Credits as schema.org {@code Role}s: {@code {"@type":"Role","roleName":[…],"contributor":{"@type":"Person",…}}},
   * the role between the work and the person, named by the same property.
   */
  private static ArrayNode contributors(List<Personnel> credits) {
    ArrayNode out = array();
    for (Personnel credit : credits) {
      out.add(contributor(credit));
    }
    return out;
  }

  private static ObjectNode contributor(Personnel credit) {
    ObjectNode role = node("Role");
    ArrayNode names = array();
    Set<String> seen = new LinkedHashSet<>();
    credit.instruments().stream().filter(seen::add).forEach(names::add);
    for (CreditRole r : credit.roles()) {
      if (r == CreditRole.PERFORMER && !credit.instruments().isEmpty()) {
        continue;
      }
      String name = r.name().toLowerCase(Locale.ROOT).replace('_', '-');
      if (seen.add(name)) {
        names.add(name);
      }
    }
    credit.creditedRoles().stream().filter(seen::add).forEach(names::add);
    set(role, "roleName", names);
    put(role, "description", credit.roleNote());
    ObjectNode person = role.putObject("contributor");
    person.put("@type", "Person");
    person.put("name", credit.name());
    credit.creditedAs().filter(c -> !c.equals(credit.name())).ifPresent(c -> person.put("alternateName", c));
    set(person, "sameAs", sameAs(credit.ids(), "artist", "artist"));
    return role;
  }

  private static int trackCount(Release release) {
    return release.media().stream().mapToInt(m -> m.tracks().size()).sum();
  }

  private ObjectNode tracks(Release release) {
    ObjectNode list = node("ItemList");
    int count = trackCount(release);
    list.put("numberOfItems", count);
    ArrayNode items = list.putArray("itemListElement");
    int position = 0;
    for (Medium medium : release.media()) {
      for (Track track : medium.tracks()) {
        ObjectNode item = items.addObject();
        item.put("@type", "ListItem");
        item.put("position", ++position);
        item.set("item", recording(release, track));
      }
    }
    return list;
  }

  private Optional<Recording> recordingOf(Track track) {
    return track.recording().flatMap(id -> album.recordings().stream().filter(r -> r.id().equals(id)).findFirst());
  }

  private ObjectNode recording(Release release, Track track) {
    ObjectNode n = node("MusicRecording");
    n.put("name", track.title());
    n.put("position", track.position());
    Optional<Recording> recording = recordingOf(track);
    Optional<RunningTime> length = track.length().or(() -> recording.flatMap(Recording::length));
    length.ifPresent(l -> n.put("duration", duration(l)));
    ArrayNode isrcs = array();
    recording.ifPresent(r -> r.isrcs().forEach(i -> isrcs.add(i.toString())));
    set(n, "isrcCode", isrcs);
    List<ArtistCredit> artists = !track.artists().isEmpty() ? track.artists()
        : recording.map(Recording::artists).orElse(List.of());
    set(n, "byArtist", artists(artists));
    ArrayNode works = array();
    recording.ifPresent(r -> r.works().forEach(id -> album.works().stream().filter(w -> w.id().equals(id))
        .findFirst().ifPresent(w -> works.add(work(w)))));
    set(n, "recordingOf", works);
    ArrayNode credits = array();
    Optional<String> session = track.session().or(() -> recording.flatMap(Recording::session));
    session.flatMap(id -> album.sessions().stream().filter(s -> s.id().equals(id)).findFirst())
        .ifPresent(s -> lineUp(s, track, recording).forEach(credits::add));
    recording.ifPresent(r -> r.credits().forEach(c -> credits.add(contributor(c))));
    track.credits().forEach(c -> credits.add(contributor(c)));
    album.credits().stream().filter(c -> appliesTo(c, track, recording) && !(c.tracks().isEmpty()
        && c.recordings().isEmpty())).forEach(c -> credits.add(contributor(c)));
    set(n, "contributor", credits);
    ArrayNode same = sameAs(recording.flatMap(Recording::ids), "recording", null);
    sameAs(track.ids(), "track", null).forEach(same::add);
    set(n, "sameAs", same);
    return n;
  }

  private static List<ObjectNode> lineUp(Session session, Track track, Optional<Recording> recording) {
    List<ObjectNode> out = new ArrayList<>();
    for (Personnel p : session.lineUp()) {
      if (appliesTo(p, track, recording)) {
        out.add(contributor(p));
      }
    }
    return out;
  }

  /** Whether a credit limited to some tracks or recordings covers this track; an unlimited one covers all. */
  private static boolean appliesTo(Personnel p, Track track, Optional<Recording> recording) {
    if (!p.recordings().isEmpty()) {
      return recording.map(r -> p.recordings().contains(r.id())).orElse(false);
    }
    return p.tracks().isEmpty() || p.tracks().contains(track.position());
  }

  private static ObjectNode work(Work work) {
    ObjectNode n = node("MusicComposition");
    n.put("name", work.title());
    set(n, "composer", people(work.composers()));
    set(n, "lyricist", people(work.lyricists()));
    work.iswc().ifPresent(i -> n.put("iswcCode", i.toString()));
    set(n, "sameAs", sameAs(work.ids(), "work", null));
    return n;
  }

  private ObjectNode release(Release release) {
    ObjectNode n = node("MusicRelease");
    if (release.barcode().isPresent()) {
      // gtin belongs to Product in schema.org: a release with a barcode is also the product that carries it
      n.putArray("@type").add("MusicRelease").add("Product");
    }
    n.put("name", release.title().orElse(album.title()));
    ArrayNode labels = array();
    ArrayNode catalogue = array();
    for (LabelInfo label : release.labels()) {
      ObjectNode l = labels.addObject();
      l.put("@type", "Organization");
      l.put("name", label.name());
      set(l, "sameAs", sameAs(label.ids(), "label", "label"));
      label.catalogueNumber().ifPresent(catalogue::add);
    }
    set(n, "recordLabel", labels);
    set(n, "catalogNumber", catalogue);
    ArrayNode formats = array();
    Set<String> seen = new LinkedHashSet<>();
    release.media().forEach(m -> m.format().flatMap(SchemaOrgNodes::releaseFormat).filter(seen::add)
        .ifPresent(f -> formats.addObject().put("@id", CONTEXT + "/" + f)));
    set(n, "musicReleaseFormat", formats);
    release.barcode().ifPresent(b -> n.put("gtin", b.toString()));
    Optional<RunningTime> length = release.statedLength().or(() -> summedLength(release));
    length.ifPresent(l -> n.put("duration", duration(l)));
    String credited = creditLine(release.artists().isEmpty() ? album.artists() : release.artists());
    if (!credited.isEmpty()) {
      ObjectNode group = n.putObject("creditedTo");
      group.put("@type", "MusicGroup");
      group.put("name", credited);
    }
    release.events().stream().map(ReleaseEvent::date).flatMap(Optional::stream).map(SchemaOrgNodes::isoDate)
        .flatMap(Optional::stream).sorted().findFirst().ifPresent(d -> n.put("datePublished", d));
    int count = trackCount(release);
    if (count > 0) {
      n.put("numTracks", count);
      n.set("track", tracks(release));
    } else if (release.statedTrackCount().isPresent()) {
      n.put("numTracks", release.statedTrackCount().getAsInt());
    }
    set(n, "contributor", contributors(release.credits()));
    n.putObject("releaseOf").put("@id", albumId);
    ArrayNode cites = array();
    release.citations().forEach(id -> cites.addObject().put("@id", citationId(id)));
    set(n, "citation", cites);
    set(n, "sameAs", sameAs(release.ids(), "release", "release"));
    return n;
  }

  /** The sum of the track lengths, when every track of the release has one. */
  private static Optional<RunningTime> summedLength(Release release) {
    List<RunningTime> lengths = new ArrayList<>();
    for (Medium m : release.media()) {
      for (Track t : m.tracks()) {
        if (t.length().isEmpty()) {
          return Optional.empty();
        }
        lengths.add(t.length().get());
      }
    }
    return lengths.isEmpty() ? Optional.empty() : Optional.of(RunningTime.sum(lengths));
  }

  private ObjectNode review(Review review) {
    ObjectNode n = node("Review");
    review.reviewer().ifPresent(r -> {
      ObjectNode p = n.putObject("author");
      p.put("@type", "Person");
      p.put("name", r);
    });
    ObjectNode publisher = n.putObject("publisher");
    publisher.put("@type", "Organization");
    publisher.put("name", review.publication());
    review.rating().ifPresent(r -> n.set("reviewRating", rating(r)));
    review.citation().ifPresent(id -> {
      album.citation(id).ifPresent(c -> {
        c.url().ifPresent(u -> n.put("url", u.toString()));
        c.issued().flatMap(SchemaOrgNodes::isoDate).ifPresent(d -> n.put("datePublished", d));
      });
      n.putObject("citation").put("@id", citationId(id));
    });
    return n;
  }

  static ObjectNode rating(Rating rating) {
    ObjectNode n = node("Rating");
    if (rating instanceof Score) {
      Score s = (Score) rating;
      n.put("ratingValue", s.value());
      n.put("bestRating", s.best());
      n.put("worstRating", 0);
    } else if (rating instanceof Letter) {
      n.put("ratingValue", rating.toString());
      n.put("bestRating", "A+");
      n.put("worstRating", "F");
    } else {
      n.put("ratingExplanation", ((Verdict) rating).text());
    }
    return n;
  }

  private static String citationType(CitationKind kind) {
    switch (kind) {
      case JOURNAL_ARTICLE:
        return "ScholarlyArticle";
      case NEWSPAPER_ARTICLE:
        return "NewsArticle";
      case MAGAZINE_ARTICLE:
        return "Article";
      case BOOK:
        return "Book";
      case CHAPTER:
        return "Chapter";
      case WEB_PAGE:
        return "WebPage";
      default:
        return "CreativeWork";
    }
  }

  /** The type of what holds a cited item: a periodical, a newspaper, a book, a web site. */
  private static String containerType(CitationKind kind) {
    switch (kind) {
      case JOURNAL_ARTICLE:
      case MAGAZINE_ARTICLE:
        return "Periodical";
      case NEWSPAPER_ARTICLE:
        return "Newspaper";
      case CHAPTER:
        return "Book";
      case WEB_PAGE:
      case DATABASE_ENTRY:
        return "WebSite";
      default:
        return "CreativeWorkSeries";
    }
  }

  ObjectNode citation(Citation c) {
    String type = citationType(c.kind());
    ObjectNode n = node(type);
    n.put("@id", citationId(c.id()));
    put(n, "name", c.title());
    ArrayNode authors = array();
    for (Author a : c.authors()) {
      ObjectNode p = authors.addObject();
      p.put("@type", "Person");
      p.put("name", a.given().map(g -> g + " " + a.family()).orElse(a.family()));
      if (a.given().isPresent()) {
        p.put("givenName", a.given().get());
        p.put("familyName", a.family());
      }
    }
    set(n, "author", authors);
    if (c.publisher().isPresent() || c.publisherPlace().isPresent()) {
      ObjectNode publisher = n.putObject("publisher");
      publisher.put("@type", "Organization");
      put(publisher, "name", c.publisher());
      put(publisher, "location", c.publisherPlace());
    }
    c.issued().flatMap(SchemaOrgNodes::isoDate).ifPresent(d -> n.put("datePublished", d));
    String containerType = containerType(c.kind());
    ObjectNode container = null;
    if (c.containerTitle().isPresent() || c.issn().isPresent()
        || (c.isbn().isPresent() && containerType.equals("Book"))) {
      container = node(containerType);
      put(container, "name", c.containerTitle());
      final ObjectNode holder = container;
      c.issn().ifPresent(i -> {
        if (containerType.equals("Book")) {
          // a book takes no ISSN in schema.org: the series it belongs to does
          ObjectNode series = holder.putObject("isPartOf");
          series.put("@type", "CreativeWorkSeries");
          series.put("issn", i.toString());
        } else {
          holder.put("issn", i.toString());
        }
      });
    }
    if (c.isbn().isPresent()) {
      if (type.equals("Book")) {
        n.put("isbn", c.isbn().get().toString());
      } else if (container != null && containerType.equals("Book")) {
        container.put("isbn", c.isbn().get().toString());
      } else {
        ObjectNode id = n.putObject("identifier");
        id.put("@type", "PropertyValue");
        id.put("propertyID", "ISBN");
        id.put("value", c.isbn().get().toString());
      }
    }
    ObjectNode top = container;
    if (c.volume().isPresent()) {
      ObjectNode volume = node("PublicationVolume");
      volume.put("volumeNumber", c.volume().get());
      if (top != null) {
        volume.set("isPartOf", top);
      }
      top = volume;
    }
    if (c.issue().isPresent()) {
      ObjectNode issue = node("PublicationIssue");
      issue.put("issueNumber", c.issue().get());
      if (top != null) {
        issue.set("isPartOf", top);
      }
      top = issue;
    }
    if (top != null) {
      n.set("isPartOf", top);
    }
    boolean paginated = type.endsWith("Article") || type.equals("Chapter");
    if (paginated) {
      put(n, "pagination", c.pages());
    }
    c.url().ifPresent(u -> n.put("url", u.toString()));
    if (c.archiveUrl().isPresent() || c.archived().isPresent()) {
      ObjectNode archive = n.putObject("archivedAt");
      archive.put("@type", "WebPage");
      c.archiveUrl().ifPresent(u -> archive.put("url", u.toString()));
      c.archived().flatMap(SchemaOrgNodes::isoDate).ifPresent(d -> archive.put("dateCreated", d));
    }
    List<String> description = new ArrayList<>();
    c.note().ifPresent(description::add);
    if (!paginated) {
      c.pages().ifPresent(p -> description.add("Pages cited: " + p + "."));
    }
    if (!description.isEmpty()) {
      n.put("description", String.join(" ", description));
    }
    return n;
  }
}
