package io.github.linernotes;

import io.github.linernotes.problem.ValuePath;
import io.github.linernotes.problem.Problem;
import java.util.ArrayList;
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
  /** Lists up to this size are checked for duplicates pairwise, without allocating a set. */
  private static final int SMALL = 16;

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> REGIONS = Set.of("XE", "XW");

  private final String recordType;
  private List<Problem> violations;

  private Validation(String recordType) {
    this.recordType = recordType;
  }

  private void add(String path, Rule rule, String message) {
    if (violations == null) {
      violations = new ArrayList<>(4);
    }
    violations.add(Problem.of(rule, ValuePath.parse(path), message));
  }

  private void done() {
    if (violations != null) {
      throw new ValidationException(recordType, violations);
    }
  }

  // ---- records --------------------------------------------------------------------------------

  static void check(ExternalIds ids) {
    if (ids.musicBrainz().isEmpty() && ids.discogs().isEmpty() && ids.wikidata().isEmpty()) {
      Validation v = new Validation("ExternalIds");
      v.add("", Rule.EMPTY_IDS, "give at least one identifier, or leave the ids out");
      v.done();
    }
  }

  static void check(ArtistCredit credit) {
    Validation v = new Validation("ArtistCredit");
    v.name("name", credit.name());
    credit.joinPhrase().ifPresent(p -> {
      if (p.isEmpty()) {
        v.add("joinPhrase", Rule.BLANK, "must not be empty when present");
      } else {
        v.length("joinPhrase", p, MAX_NAME_LENGTH);
        v.characters("joinPhrase", p, false);
      }
    });
    v.done();
  }

  static void check(Venue venue) {
    Validation v = new Validation("Venue");
    if (venue.name().isEmpty() && venue.city().isEmpty()) {
      v.add("", Rule.REQUIRED, "a venue needs a name, a city or both");
    }
    v.optionalName("name", venue.name());
    v.optionalName("city", venue.city());
    venue.country().ifPresent(c -> {
      if (!COUNTRIES.contains(c)) {
        v.add("country", Rule.INVALID_CODE, "\"" + c + "\" is not an ISO 3166-1 alpha-2 country code");
      }
    });
    v.done();
  }

  static void check(LabelInfo label) {
    Validation v = new Validation("LabelInfo");
    v.name("name", label.name());
    v.optionalName("catalogueNumber", label.catalogueNumber());
    v.done();
  }

  static void check(ReleaseEvent event) {
    Validation v = new Validation("ReleaseEvent");
    if (event.date().isEmpty() && event.area().isEmpty()) {
      v.add("", Rule.REQUIRED, "a release event needs a date, an area or both");
    }
    event.area().ifPresent(a -> {
      if (!COUNTRIES.contains(a) && !REGIONS.contains(a)) {
        v.add("area", Rule.INVALID_CODE,
            "\"" + a + "\" is neither an ISO 3166-1 alpha-2 country code nor XE (Europe) or XW (worldwide)");
      }
    });
    v.done();
  }

  static void check(Personnel person) {
    Validation v = new Validation("Personnel");
    v.name("name", person.name());
    v.nameList("instruments", person.instruments());
    v.unique("roles", person.roles());
    v.optionalText("roleNote", person.roleNote());
    v.positionList("tracks", person.tracks());
    v.done();
  }

  static void check(Note note) {
    Validation v = new Validation("Note");
    v.text("text", note.text());
    v.optionalName("attributedTo", note.attributedTo());
    v.idList("citations", note.citations());
    v.done();
  }

  static void check(Track track) {
    Validation v = new Validation("Track");
    v.position("position", track.position());
    v.name("title", track.title());
    if (track.session().isPresent()) {
      v.id("session", track.session().get());
    }
    if (track.take().isPresent() && track.take().getAsInt() < 1) {
      v.add("take", Rule.OUT_OF_RANGE, "take " + track.take().getAsInt() + " is not 1 or more");
    }
    v.optionalName("version", track.version());
    for (int i = 0; i < track.credits().size(); i++) {
      if (!track.credits().get(i).tracks().isEmpty()) {
        v.add("credits[" + i + "].tracks", Rule.CONFLICTING_VALUES,
            "a credit on one track cannot name track positions");
      }
    }
    v.done();
  }

  static void check(Medium medium) {
    Validation v = new Validation("Medium");
    v.optionalName("title", medium.title());
    v.uniquePositions("", medium);
    if (!medium.tracks().isEmpty() && !medium.sections().isEmpty()) {
      Set<String> positions = new HashSet<>();
      medium.tracks().forEach(t -> positions.add(t.position()));
      for (int i = 0; i < medium.sections().size(); i++) {
        MediumSection section = medium.sections().get(i);
        String p = "sections[" + i + "].";
        section.firstPosition().filter(f -> !positions.contains(f)).ifPresent(f -> v.add(p + "firstPosition",
            Rule.UNKNOWN_TRACK_POSITION, "no track of this medium has position \"" + f + "\""));
        section.lastPosition().filter(l -> !positions.contains(l)).ifPresent(l -> v.add(p + "lastPosition",
            Rule.UNKNOWN_TRACK_POSITION, "no track of this medium has position \"" + l + "\""));
      }
    }
    v.done();
  }

  static void check(MediumSection section) {
    Validation v = new Validation("MediumSection");
    section.firstPosition().ifPresent(f -> v.position("firstPosition", f));
    section.lastPosition().ifPresent(l -> v.position("lastPosition", l));
    if (section.firstPosition().isPresent() != section.lastPosition().isPresent()) {
      v.add(section.firstPosition().isPresent() ? "lastPosition" : "firstPosition", Rule.REQUIRED,
          "a run of tracks needs both its first and its last position");
    }
    v.text("description", section.description());
    v.optionalName("version", section.version());
    v.idList("citations", section.citations());
    v.done();
  }

  static void check(Award award) {
    Validation v = new Validation("Award");
    v.name("name", award.name());
    v.optionalName("category", award.category());
    v.idList("citations", award.citations());
    v.done();
  }

  static void check(RelatedWork work) {
    Validation v = new Validation("RelatedWork");
    v.name("title", work.title());
    v.optionalName("creator", work.creator());
    if (work.creatorRole().isPresent() && work.creator().isEmpty()) {
      v.add("creatorRole", Rule.CONFLICTING_VALUES, "a creator role needs a creator");
    }
    v.optionalText("note", work.note());
    v.idList("citations", work.citations());
    v.done();
  }

  static void check(AlbumLink link) {
    Validation v = new Validation("AlbumLink");
    v.name("title", link.title());
    v.done();
  }

  static void check(Chronology chronology) {
    if (chronology.previous().isEmpty() && chronology.next().isEmpty()) {
      Validation v = new Validation("Chronology");
      v.add("", Rule.REQUIRED, "a chronology needs a previous album, a next album or both");
      v.done();
    }
  }

  static void check(Author author) {
    Validation v = new Validation("Author");
    v.name("family", author.family());
    v.optionalName("given", author.given());
    v.done();
  }

  static void check(Citation c) {
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

  static void check(Review review) {
    Validation v = new Validation("Review");
    v.name("publication", review.publication());
    v.optionalName("reviewer", review.reviewer());
    review.citation().ifPresent(c -> v.id("citation", c));
    v.done();
  }

  static void check(Session session) {
    Validation v = new Validation("Session");
    v.id("id", session.id());
    v.done();
  }

  static void check(Release release) {
    Validation v = new Validation("Release");
    v.id("id", release.id());
    v.optionalName("title", release.title());
    v.optionalName("packaging", release.packaging());
    if (release.statedTrackCount().isPresent() && release.statedTrackCount().getAsInt() < 0) {
      v.add("statedTrackCount", Rule.OUT_OF_RANGE,
          "track count " + release.statedTrackCount().getAsInt() + " is negative");
    }
    v.idList("citations", release.citations());
    if (namesPositions(release.credits())) {
      v.creditPositions("credits", release.credits(), positionsOf(release), "this release");
    }
    v.done();
  }

  static void check(Album album) {
    Validation v = new Validation("Album");
    v.name("title", album.title());
    if (album.artists().isEmpty()) {
      v.add("artists", Rule.REQUIRED, "an album needs at least one credited artist");
    }
    v.unique("kinds", album.kinds());
    v.nameList("genres", album.genres());
    v.nameList("styles", album.styles());

    Set<String> sessionIds = v.uniqueIds("sessions", album.sessions(), Session::id);
    v.uniqueIds("releases", album.releases(), Release::id);
    Set<String> citationIds = v.uniqueIds("citations", album.citations(), Citation::id);
    v.idList("sources", album.sources());
    v.citationRefs("sources", album.sources(), citationIds);

    for (int r = 0; r < album.releases().size(); r++) {
      Release release = album.releases().get(r);
      v.releaseCitationRefs(r, ".citations", release.citations(), citationIds);
      v.releaseNoteRefs(r, ".notes", release.notes(), citationIds);
      for (int a = 0; a < release.awards().size(); a++) {
        v.releaseCitationRefs(r, ".awards[" + a + "].citations", release.awards().get(a).citations(), citationIds);
      }
      for (int m = 0; m < release.media().size(); m++) {
        Medium medium = release.media().get(m);
        for (int c = 0; c < medium.sections().size(); c++) {
          v.releaseCitationRefs(r, ".media[" + m + "].sections[" + c + "].citations",
              medium.sections().get(c).citations(), citationIds);
        }
        List<Track> tracks = medium.tracks();
        for (int t = 0; t < tracks.size(); t++) {
          Track track = tracks.get(t);
          if (track.session().isPresent() && !sessionIds.contains(track.session().get())) {
            v.add("releases[" + r + "].media[" + m + "].tracks[" + t + "].session", Rule.UNKNOWN_SESSION,
                "the album has no session with id \"" + track.session().get() + "\"");
          }
          if (!track.notes().isEmpty()) {
            v.releaseNoteRefs(r, ".media[" + m + "].tracks[" + t + "].notes", track.notes(), citationIds);
          }
        }
      }
    }
    Set<String> allPositions = null;
    for (int s = 0; s < album.sessions().size(); s++) {
      Session session = album.sessions().get(s);
      if (namesPositions(session.lineUp())) {
        allPositions = allPositions != null ? allPositions : allPositionsOf(album);
        v.creditPositions("sessions[" + s + "].lineUp", session.lineUp(), allPositions, "any release of the album");
      }
      v.noteRefs("sessions[" + s + "].notes", session.notes(), citationIds);
    }
    if (namesPositions(album.credits())) {
      allPositions = allPositions != null ? allPositions : allPositionsOf(album);
      v.creditPositions("credits", album.credits(), allPositions, "any release of the album");
    }
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

  private static boolean namesPositions(List<Personnel> credits) {
    for (Personnel p : credits) {
      if (!p.tracks().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> allPositionsOf(Album album) {
    Set<String> positions = new HashSet<>();
    for (Release release : album.releases()) {
      positions.addAll(positionsOf(release));
    }
    return positions;
  }

  /** Citation references inside release {@code r}; the path is built only for a violation. */
  private void releaseCitationRefs(int r, String suffix, List<String> ids, Set<String> citationIds) {
    for (int i = 0; i < ids.size(); i++) {
      if (!citationIds.contains(ids.get(i))) {
        citationRef("releases[" + r + "]" + suffix + "[" + i + "]", ids.get(i), citationIds);
      }
    }
  }

  private void releaseNoteRefs(int r, String suffix, List<Note> notes, Set<String> citationIds) {
    for (int i = 0; i < notes.size(); i++) {
      List<String> ids = notes.get(i).citations();
      for (int j = 0; j < ids.size(); j++) {
        if (!citationIds.contains(ids.get(j))) {
          citationRef("releases[" + r + "]" + suffix + "[" + i + "].citations[" + j + "]", ids.get(j), citationIds);
        }
      }
    }
  }

  private static Set<String> positionsOf(Release release) {
    Set<String> positions = new HashSet<>();
    for (Medium medium : release.media()) {
      for (Track track : medium.tracks()) {
        positions.add(track.position());
      }
    }
    return positions;
  }

  private void uniquePositions(String prefix, Medium medium) {
    List<Track> tracks = medium.tracks();
    Set<String> seen = tracks.size() > SMALL ? new HashSet<>() : null;
    for (int t = 0; t < tracks.size(); t++) {
      String position = tracks.get(t).position();
      boolean repeated;
      if (seen != null) {
        repeated = !seen.add(position);
      } else {
        repeated = false;
        for (int u = 0; u < t; u++) {
          if (tracks.get(u).position().equals(position)) {
            repeated = true;
            break;
          }
        }
      }
      if (repeated) {
        add(prefix + "tracks[" + t + "].position", Rule.DUPLICATE_POSITION,
            "position \"" + position + "\" appears more than once on this medium");
      }
    }
  }

  private void creditPositions(String path, List<Personnel> credits, Set<String> positions, String where) {
    for (int i = 0; i < credits.size(); i++) {
      List<String> tracks = credits.get(i).tracks();
      for (int j = 0; j < tracks.size(); j++) {
        if (!positions.contains(tracks.get(j))) {
          add(path + "[" + i + "].tracks[" + j + "]", Rule.UNKNOWN_TRACK_POSITION,
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
      add(path, Rule.UNKNOWN_CITATION, "the album has no citation with id \"" + id + "\"");
    }
  }

  private <T> Set<String> uniqueIds(String path, List<T> items, java.util.function.Function<T, String> idOf) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String id = idOf.apply(items.get(i));
      Integer first = seen.putIfAbsent(id, i);
      if (first != null) {
        add(path + "[" + i + "].id", Rule.DUPLICATE_ID,
            "id \"" + id + "\" is already used by " + path + "[" + first + "]");
      }
    }
    return seen.keySet();
  }

  private <T> void unique(String path, List<T> values) {
    Set<T> seen = seenSet(values);
    for (int i = 0; i < values.size(); i++) {
      if (earlierIndexOf(values, i, seen) >= 0) {
        add(path + "[" + i + "]", Rule.DUPLICATE_VALUE, "\"" + values.get(i) + "\" is listed twice");
      }
    }
  }

  private void name(String path, String value) {
    checkText(path, value, MAX_NAME_LENGTH, false, Rule.REQUIRED);
  }

  private void text(String path, String value) {
    checkText(path, value, MAX_TEXT_LENGTH, true, Rule.REQUIRED);
  }

  private void optionalName(String path, Optional<String> value) {
    if (value.isPresent()) {
      checkText(path, value.get(), MAX_NAME_LENGTH, false, Rule.BLANK);
    }
  }

  private void optionalText(String path, Optional<String> value) {
    if (value.isPresent()) {
      checkText(path, value.get(), MAX_TEXT_LENGTH, true, Rule.BLANK);
    }
  }

  /**
   * Checks a text in one pass: not blank (else {@code blankCode}), not too long, no control character
   * (line feeds and tabs allowed when {@code lineBreaks}). Returns whether it passed.
   */
  private boolean checkText(String path, String value, int max, boolean lineBreaks, Rule blankCode) {
    int n = value.length();
    int first = 0;
    while (first < n && Character.isWhitespace(value.charAt(first))) {
      first++;
    }
    if (first == n) {
      add(path, blankCode, blankCode == Rule.REQUIRED ? "must not be blank" : "must not be blank when present");
      return false;
    }
    boolean ok = true;
    if (value.length() > max) {
      add(path, Rule.TOO_LONG, "has " + value.length() + " characters; at most " + max + " are allowed");
      ok = false;
    }
    return characters(path, value, lineBreaks) && ok;
  }

  /**
   * The character rule of all text: no control character (line feeds and tabs allowed when
   * {@code lineBreaks}) and no unpaired surrogate, which no encoding can write. Returns whether it passed.
   */
  private boolean characters(String path, String value, boolean lineBreaks) {
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      // C0 controls are below U+0020; DEL and the C1 controls run from U+007F to U+009F
      if ((c < ' ' || (char) (c - 0x7f) <= 0x20) && !(lineBreaks && (c == '\n' || c == '\t'))) {
        add(path, Rule.CONTROL_CHARACTER, String.format("has the control character U+%04X at index %d", (int) c, i));
        return false;
      }
      if (Character.isSurrogate(c) && !isPaired(value, i)) {
        add(path, Rule.UNPAIRED_SURROGATE, String.format("has an unpaired surrogate U+%04X at index %d", (int) c, i));
        return false;
      }
    }
    return true;
  }

  /** Index of an earlier equal element, or -1; a nested loop for short lists, which are the rule. */
  private static <T> int earlierIndexOf(List<T> values, int i, Set<T> seen) {
    T value = values.get(i);
    if (seen == null) {
      for (int j = 0; j < i; j++) {
        if (values.get(j).equals(value)) {
          return j;
        }
      }
      return -1;
    }
    return seen.add(value) ? -1 : 0;
  }

  private static <T> Set<T> seenSet(List<T> values) {
    return values.size() > SMALL ? new HashSet<>() : null;
  }

  private void nameList(String path, List<String> values) {
    Set<String> seen = seenSet(values);
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (checkText(path, value, MAX_NAME_LENGTH, false, Rule.BLANK, i) && earlierIndexOf(values, i, seen) >= 0) {
        add(path + "[" + i + "]", Rule.DUPLICATE_VALUE, "\"" + value + "\" is listed twice");
      }
    }
  }

  private boolean checkText(String path, String value, int max, boolean lineBreaks, Rule blankCode, int index) {
    int before = violations == null ? 0 : violations.size();
    boolean ok = checkText("", value, max, lineBreaks, blankCode);
    if (!ok) {
      String indexed = path + "[" + index + "]";
      for (int k = before; k < violations.size(); k++) {
        violations.set(k, violations.get(k).under(ValuePath.parse(indexed)));
      }
    }
    return ok;
  }

  private void idList(String path, List<String> ids) {
    Set<String> seen = seenSet(ids);
    for (int i = 0; i < ids.size(); i++) {
      if (!validId(ids.get(i))) {
        id(path + "[" + i + "]", ids.get(i));
      } else if (earlierIndexOf(ids, i, seen) >= 0) {
        add(path + "[" + i + "]", Rule.DUPLICATE_VALUE, "\"" + ids.get(i) + "\" is listed twice");
      }
    }
  }

  private void positionList(String path, List<String> positions) {
    Set<String> seen = seenSet(positions);
    for (int i = 0; i < positions.size(); i++) {
      if (!validPosition(positions.get(i))) {
        position(path + "[" + i + "]", positions.get(i));
      } else if (earlierIndexOf(positions, i, seen) >= 0) {
        add(path + "[" + i + "]", Rule.DUPLICATE_VALUE, "\"" + positions.get(i) + "\" is listed twice");
      }
    }
  }

  private static boolean validId(String id) {
    int n = id.length();
    if (n == 0 || n > MAX_ID_LENGTH) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean validPosition(String position) {
    int n = position.length();
    if (n == 0 || n > MAX_POSITION_LENGTH) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = position.charAt(i);
      if (c <= ' ' || Character.isWhitespace(c) || Character.isISOControl(c)
          || Character.isSurrogate(c) && !isPaired(position, i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the surrogate at {@code i} is half of a pair. */
  private static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private boolean id(String path, String id) {
    if (id.isEmpty()) {
      add(path, Rule.REQUIRED, "must not be blank");
      return false;
    }
    if (id.length() > MAX_ID_LENGTH) {
      add(path, Rule.INVALID_ID, "an id has at most " + MAX_ID_LENGTH + " characters");
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.';
      if (!ok) {
        add(path, Rule.INVALID_ID, String.format("an id cannot contain U+%04X (at index %d): only ASCII letters, "
            + "digits, '-', '_' and '.'", (int) c, i));
        return false;
      }
    }
    return true;
  }

  private boolean position(String path, String position) {
    if (position.isBlank()) {
      add(path, Rule.REQUIRED, "must not be blank");
      return false;
    }
    if (position.length() > MAX_POSITION_LENGTH) {
      add(path, Rule.TOO_LONG, "a position has at most " + MAX_POSITION_LENGTH + " characters");
      return false;
    }
    for (int i = 0; i < position.length(); i++) {
      char c = position.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        add(path, Rule.INVALID_POSITION, String.format("a position cannot contain U+%04X (at index %d): no spaces "
            + "or control characters", (int) c, i));
        return false;
      }
      if (Character.isSurrogate(c) && !isPaired(position, i)) {
        add(path, Rule.UNPAIRED_SURROGATE, String.format("has an unpaired surrogate U+%04X at index %d", (int) c, i));
        return false;
      }
    }
    return true;
  }

  private void length(String path, String value, int max) {
    if (value.length() > max) {
      add(path, Rule.TOO_LONG, "has " + value.length() + " characters; at most " + max + " are allowed");
    }
  }
}
