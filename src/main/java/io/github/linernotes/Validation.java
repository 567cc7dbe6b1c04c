package io.github.linernotes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every rule of every record, in one place. Each record's {@code @Value.Check} calls the matching
 * {@code check} method here, which collects all violations of that record and throws them together.
 * Nested records have already passed their own checks when they were built, so each method looks only
 * at what is new at its level: its own fields, and the references that only it can resolve.
 */
final class Validation {

  static final int MAX_NAME_LENGTH = 1_000;
  static final int MAX_TEXT_LENGTH = 20_000;
  static final int MAX_ID_LENGTH = 64;
  static final int MAX_POSITION_LENGTH = 20;

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> REGIONS = Set.of("XE", "XW");

  private final String recordType;
  private List<Violation> violations;

  private Validation(String recordType) {
    this.recordType = recordType;
  }

  private void add(String path, String code, String message) {
    if (violations == null) {
      violations = new ArrayList<>(4);
    }
    violations.add(Violation.of(path, code, message));
  }

  private void done() {
    if (violations != null) {
      throw new ValidationException(recordType, violations);
    }
  }

  // ---- records --------------------------------------------------------------------------------

  static void check(AbstractExternalIds ids) {
    if (ids.musicBrainz().isEmpty() && ids.discogs().isEmpty() && ids.wikidata().isEmpty()) {
      Validation v = new Validation("ExternalIds");
      v.add("", "empty-ids", "give at least one identifier, or leave the ids out");
      v.done();
    }
  }

  static void check(AbstractArtistCredit credit) {
    Validation v = new Validation("ArtistCredit");
    v.name("name", credit.name());
    credit.joinPhrase().ifPresent(p -> {
      if (p.isEmpty()) {
        v.add("joinPhrase", "blank", "must not be empty when present");
      } else {
        v.length("joinPhrase", p, MAX_NAME_LENGTH);
      }
    });
    v.done();
  }

  static void check(AbstractVenue venue) {
    Validation v = new Validation("Venue");
    if (venue.name().isEmpty() && venue.city().isEmpty()) {
      v.add("", "required", "a venue needs a name, a city or both");
    }
    v.optionalName("name", venue.name());
    v.optionalName("city", venue.city());
    venue.country().ifPresent(c -> {
      if (!COUNTRIES.contains(c)) {
        v.add("country", "invalid-code", "\"" + c + "\" is not an ISO 3166-1 alpha-2 country code");
      }
    });
    v.done();
  }

  static void check(AbstractLabelInfo label) {
    Validation v = new Validation("LabelInfo");
    v.name("name", label.name());
    v.optionalName("catalogueNumber", label.catalogueNumber());
    v.done();
  }

  static void check(AbstractReleaseEvent event) {
    Validation v = new Validation("ReleaseEvent");
    if (event.date().isEmpty() && event.area().isEmpty()) {
      v.add("", "required", "a release event needs a date, an area or both");
    }
    event.area().ifPresent(a -> {
      if (!COUNTRIES.contains(a) && !REGIONS.contains(a)) {
        v.add("area", "invalid-code",
            "\"" + a + "\" is neither an ISO 3166-1 alpha-2 country code nor XE (Europe) or XW (worldwide)");
      }
    });
    v.done();
  }

  static void check(AbstractPersonnel person) {
    Validation v = new Validation("Personnel");
    v.name("name", person.name());
    v.nameList("instruments", person.instruments());
    v.unique("roles", person.roles());
    v.optionalText("roleNote", person.roleNote());
    v.positionList("tracks", person.tracks());
    v.done();
  }

  static void check(AbstractNote note) {
    Validation v = new Validation("Note");
    v.text("text", note.text());
    v.optionalName("attributedTo", note.attributedTo());
    v.idList("citations", note.citations());
    v.done();
  }

  static void check(AbstractTrack track) {
    Validation v = new Validation("Track");
    v.position("position", track.position());
    v.name("title", track.title());
    track.session().ifPresent(s -> v.id("session", s));
    if (track.take().isPresent() && track.take().getAsInt() < 1) {
      v.add("take", "out-of-range", "take " + track.take().getAsInt() + " is not 1 or more");
    }
    v.optionalName("version", track.version());
    for (int i = 0; i < track.credits().size(); i++) {
      if (!track.credits().get(i).tracks().isEmpty()) {
        v.add("credits[" + i + "].tracks", "conflicting-values",
            "a credit on one track cannot name track positions");
      }
    }
    v.done();
  }

  static void check(AbstractMedium medium) {
    Validation v = new Validation("Medium");
    v.optionalName("title", medium.title());
    v.uniquePositions("", medium);
    if (!medium.tracks().isEmpty()) {
      Set<String> positions = new HashSet<>();
      medium.tracks().forEach(t -> positions.add(t.position()));
      for (int i = 0; i < medium.sections().size(); i++) {
        MediumSection section = medium.sections().get(i);
        String p = "sections[" + i + "].";
        section.firstPosition().filter(f -> !positions.contains(f)).ifPresent(f -> v.add(p + "firstPosition",
            "unknown-track-position", "no track of this medium has position \"" + f + "\""));
        section.lastPosition().filter(l -> !positions.contains(l)).ifPresent(l -> v.add(p + "lastPosition",
            "unknown-track-position", "no track of this medium has position \"" + l + "\""));
      }
    }
    v.done();
  }

  static void check(AbstractMediumSection section) {
    Validation v = new Validation("MediumSection");
    section.firstPosition().ifPresent(f -> v.position("firstPosition", f));
    section.lastPosition().ifPresent(l -> v.position("lastPosition", l));
    if (section.firstPosition().isPresent() != section.lastPosition().isPresent()) {
      v.add(section.firstPosition().isPresent() ? "lastPosition" : "firstPosition", "required",
          "a run of tracks needs both its first and its last position");
    }
    v.text("description", section.description());
    v.optionalName("version", section.version());
    v.idList("citations", section.citations());
    v.done();
  }

  static void check(AbstractAward award) {
    Validation v = new Validation("Award");
    v.name("name", award.name());
    v.optionalName("category", award.category());
    v.idList("citations", award.citations());
    v.done();
  }

  static void check(AbstractRelatedWork work) {
    Validation v = new Validation("RelatedWork");
    v.name("title", work.title());
    v.optionalName("creator", work.creator());
    if (work.creatorRole().isPresent() && work.creator().isEmpty()) {
      v.add("creatorRole", "conflicting-values", "a creator role needs a creator");
    }
    v.optionalText("note", work.note());
    v.idList("citations", work.citations());
    v.done();
  }

  static void check(AbstractAlbumLink link) {
    Validation v = new Validation("AlbumLink");
    v.name("title", link.title());
    v.done();
  }

  static void check(AbstractChronology chronology) {
    if (chronology.previous().isEmpty() && chronology.next().isEmpty()) {
      Validation v = new Validation("Chronology");
      v.add("", "required", "a chronology needs a previous album, a next album or both");
      v.done();
    }
  }

  static void check(AbstractAuthor author) {
    Validation v = new Validation("Author");
    v.name("family", author.family());
    v.optionalName("given", author.given());
    v.done();
  }

  static void check(AbstractCitation c) {
    Validation v = new Validation("Citation");
    v.id("id", c.id());
    v.optionalName("title", c.title());
    v.optionalName("containerTitle", c.containerTitle());
    v.optionalName("publisher", c.publisher());
    v.optionalName("publisherPlace", c.publisherPlace());
    v.optionalName("volume", c.volume());
    v.optionalName("issue", c.issue());
    v.optionalName("pages", c.pages());
    v.optionalText("note", c.note());
    v.done();
  }

  static void check(AbstractReview review) {
    Validation v = new Validation("Review");
    v.name("publication", review.publication());
    v.optionalName("reviewer", review.reviewer());
    review.citation().ifPresent(c -> v.id("citation", c));
    v.done();
  }

  static void check(AbstractSession session) {
    Validation v = new Validation("Session");
    v.id("id", session.id());
    v.done();
  }

  static void check(AbstractRelease release) {
    Validation v = new Validation("Release");
    v.id("id", release.id());
    v.optionalName("title", release.title());
    v.optionalName("packaging", release.packaging());
    if (release.statedTrackCount().isPresent() && release.statedTrackCount().getAsInt() < 0) {
      v.add("statedTrackCount", "out-of-range",
          "track count " + release.statedTrackCount().getAsInt() + " is negative");
    }
    v.idList("citations", release.citations());
    Set<String> positions = positionsOf(release);
    v.creditPositions("credits", release.credits(), positions, "this release");
    v.done();
  }

  static void check(AbstractAlbum album) {
    Validation v = new Validation("Album");
    v.name("title", album.title());
    if (album.artists().isEmpty()) {
      v.add("artists", "required", "an album needs at least one credited artist");
    }
    v.unique("kinds", album.kinds());
    v.nameList("genres", album.genres());
    v.nameList("styles", album.styles());

    Set<String> sessionIds = v.uniqueIds("sessions", album.sessions(), Session::id);
    v.uniqueIds("releases", album.releases(), Release::id);
    Set<String> citationIds = v.uniqueIds("citations", album.citations(), Citation::id);
    v.idList("sources", album.sources());
    v.citationRefs("sources", album.sources(), citationIds);

    Set<String> allPositions = new HashSet<>();
    for (int r = 0; r < album.releases().size(); r++) {
      Release release = album.releases().get(r);
      String rp = "releases[" + r + "]";
      allPositions.addAll(positionsOf(release));
      v.citationRefs(rp + ".citations", release.citations(), citationIds);
      v.noteRefs(rp + ".notes", release.notes(), citationIds);
      for (int a = 0; a < release.awards().size(); a++) {
        v.citationRefs(rp + ".awards[" + a + "].citations", release.awards().get(a).citations(), citationIds);
      }
      for (int m = 0; m < release.media().size(); m++) {
        Medium medium = release.media().get(m);
        String mp = rp + ".media[" + m + "]";
        for (int c = 0; c < medium.sections().size(); c++) {
          v.citationRefs(mp + ".sections[" + c + "].citations", medium.sections().get(c).citations(), citationIds);
        }
        for (int t = 0; t < medium.tracks().size(); t++) {
          Track track = medium.tracks().get(t);
          String tp = mp + ".tracks[" + t + "]";
          track.session().ifPresent(s -> {
            if (!sessionIds.contains(s)) {
              v.add(tp + ".session", "unknown-session", "the album has no session with id \"" + s + "\"");
            }
          });
          v.noteRefs(tp + ".notes", track.notes(), citationIds);
        }
      }
    }
    for (int s = 0; s < album.sessions().size(); s++) {
      Session session = album.sessions().get(s);
      v.creditPositions("sessions[" + s + "].lineUp", session.lineUp(), allPositions, "any release of the album");
      v.noteRefs("sessions[" + s + "].notes", session.notes(), citationIds);
    }
    v.creditPositions("credits", album.credits(), allPositions, "any release of the album");
    for (int i = 0; i < album.reviews().size(); i++) {
      String path = "reviews[" + i + "].citation";
      album.reviews().get(i).citation().ifPresent(c -> v.citationRef(path, c, citationIds));
    }
    v.noteRefs("notes", album.notes(), citationIds);
    for (int i = 0; i < album.relatedWorks().size(); i++) {
      v.citationRefs("relatedWorks[" + i + "].citations", album.relatedWorks().get(i).citations(), citationIds);
    }
    v.done();
  }

  // ---- shared rules ---------------------------------------------------------------------------

  private static Set<String> positionsOf(AbstractRelease release) {
    Set<String> positions = new HashSet<>();
    for (Medium medium : release.media()) {
      for (Track track : medium.tracks()) {
        positions.add(track.position());
      }
    }
    return positions;
  }

  private void uniquePositions(String prefix, AbstractMedium medium) {
    Set<String> seen = new HashSet<>();
    for (int t = 0; t < medium.tracks().size(); t++) {
      String position = medium.tracks().get(t).position();
      if (!seen.add(position)) {
        add(prefix + "tracks[" + t + "].position", "duplicate-position",
            "position \"" + position + "\" appears more than once on this medium");
      }
    }
  }

  private void creditPositions(String path, List<Personnel> credits, Set<String> positions, String where) {
    for (int i = 0; i < credits.size(); i++) {
      List<String> tracks = credits.get(i).tracks();
      for (int j = 0; j < tracks.size(); j++) {
        if (!positions.contains(tracks.get(j))) {
          add(path + "[" + i + "].tracks[" + j + "]", "unknown-track-position",
              "no track of " + where + " has position \"" + tracks.get(j) + "\"");
        }
      }
    }
  }

  private void noteRefs(String path, List<Note> notes, Set<String> citationIds) {
    for (int i = 0; i < notes.size(); i++) {
      citationRefs(path + "[" + i + "].citations", notes.get(i).citations(), citationIds);
    }
  }

  private void citationRefs(String path, List<String> ids, Set<String> citationIds) {
    for (int i = 0; i < ids.size(); i++) {
      citationRef(path + "[" + i + "]", ids.get(i), citationIds);
    }
  }

  private void citationRef(String path, String id, Set<String> citationIds) {
    if (!citationIds.contains(id)) {
      add(path, "unknown-citation", "the album has no citation with id \"" + id + "\"");
    }
  }

  private <T> Set<String> uniqueIds(String path, List<T> items, java.util.function.Function<T, String> idOf) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String id = idOf.apply(items.get(i));
      Integer first = seen.putIfAbsent(id, i);
      if (first != null) {
        add(path + "[" + i + "].id", "duplicate-id",
            "id \"" + id + "\" is already used by " + path + "[" + first + "]");
      }
    }
    return seen.keySet();
  }

  private <T> void unique(String path, Collection<T> values) {
    Set<T> seen = new HashSet<>();
    int i = 0;
    for (T value : values) {
      if (!seen.add(value)) {
        add(path + "[" + i + "]", "duplicate-value", "\"" + value + "\" is listed twice");
      }
      i++;
    }
  }

  private void name(String path, String value) {
    if (isBlank(value)) {
      add(path, "required", "must not be blank");
    } else {
      length(path, value, MAX_NAME_LENGTH);
      controls(path, value, false);
    }
  }

  private void text(String path, String value) {
    if (isBlank(value)) {
      add(path, "required", "must not be blank");
    } else {
      length(path, value, MAX_TEXT_LENGTH);
      controls(path, value, true);
    }
  }

  private void optionalName(String path, Optional<String> value) {
    value.ifPresent(s -> {
      if (isBlank(s)) {
        add(path, "blank", "must not be blank when present");
      } else {
        length(path, s, MAX_NAME_LENGTH);
        controls(path, s, false);
      }
    });
  }

  private void optionalText(String path, Optional<String> value) {
    value.ifPresent(s -> {
      if (isBlank(s)) {
        add(path, "blank", "must not be blank when present");
      } else {
        length(path, s, MAX_TEXT_LENGTH);
        controls(path, s, true);
      }
    });
  }

  private void nameList(String path, List<String> values) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String p = path + "[" + i + "]";
      String s = values.get(i);
      if (isBlank(s)) {
        add(p, "blank", "must not be blank");
      } else {
        length(p, s, MAX_NAME_LENGTH);
        controls(p, s, false);
        if (!seen.add(s)) {
          add(p, "duplicate-value", "\"" + s + "\" is listed twice");
        }
      }
    }
  }

  private void idList(String path, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String p = path + "[" + i + "]";
      if (id(p, ids.get(i)) && !seen.add(ids.get(i))) {
        add(p, "duplicate-value", "\"" + ids.get(i) + "\" is listed twice");
      }
    }
  }

  private void positionList(String path, List<String> positions) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < positions.size(); i++) {
      String p = path + "[" + i + "]";
      if (position(p, positions.get(i)) && !seen.add(positions.get(i))) {
        add(p, "duplicate-value", "\"" + positions.get(i) + "\" is listed twice");
      }
    }
  }

  private boolean id(String path, String id) {
    if (id.isEmpty()) {
      add(path, "required", "must not be blank");
      return false;
    }
    if (id.length() > MAX_ID_LENGTH) {
      add(path, "invalid-id", "an id has at most " + MAX_ID_LENGTH + " characters");
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.';
      if (!ok) {
        add(path, "invalid-id", "\"" + id + "\" has a character other than letters, digits, '-', '_' and '.'");
        return false;
      }
    }
    return true;
  }

  private boolean position(String path, String position) {
    if (isBlank(position)) {
      add(path, "required", "must not be blank");
      return false;
    }
    if (position.length() > MAX_POSITION_LENGTH) {
      add(path, "too-long", "a position has at most " + MAX_POSITION_LENGTH + " characters");
      return false;
    }
    for (int i = 0; i < position.length(); i++) {
      char c = position.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        add(path, "invalid-position", "position \"" + position + "\" contains a space or control character");
        return false;
      }
    }
    return true;
  }

  private void length(String path, String value, int max) {
    if (value.length() > max) {
      add(path, "too-long", "has " + value.length() + " characters; at most " + max + " are allowed");
    }
  }

  private void controls(String path, String value, boolean lineBreaksAllowed) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && !(lineBreaksAllowed && (c == '\n' || c == '\t'))) {
        add(path, "control-character", String.format("has the control character U+%04X at index %d", (int) c, i));
        return;
      }
    }
  }

  private static boolean isBlank(String s) {
    return s.isBlank();
  }
}
