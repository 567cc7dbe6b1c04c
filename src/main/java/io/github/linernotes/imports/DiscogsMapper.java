package io.github.linernotes.imports;

import io.github.linernotes.Album;
import io.github.linernotes.ArtistCredit;
import io.github.linernotes.CompanyCredit;
import io.github.linernotes.CompanyRole;
import io.github.linernotes.CreditRole;
import io.github.linernotes.ExternalIds;
import io.github.linernotes.IdentifierType;
import io.github.linernotes.LabelInfo;
import io.github.linernotes.Medium;
import io.github.linernotes.MediumFormat;
import io.github.linernotes.MediumSection;
import io.github.linernotes.Note;
import io.github.linernotes.Personnel;
import io.github.linernotes.Recording;
import io.github.linernotes.Release;
import io.github.linernotes.ReleaseEvent;
import io.github.linernotes.ReleaseIdentifier;
import io.github.linernotes.Session;
import io.github.linernotes.Track;
import io.github.linernotes.ValidationException;
import io.github.linernotes.Venue;
import io.github.linernotes.Work;
import io.github.linernotes.id.Barcode;
import io.github.linernotes.id.DiscogsId;
import io.github.linernotes.problem.Problem;
import io.github.linernotes.value.InvalidValueException;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.RunningTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Maps one Discogs release or master, as a tree of the API JSON's shape (the dump reader builds the same
 * shape from XML), to an album and the notes on what did not reach it as it was. One instance per entity;
 * not shared between threads.
 */
final class DiscogsMapper {

  /** What the entity is: given by the dump's element, or recognised from the API document's properties. */
  enum Kind { AUTO, RELEASE, MASTER }

  private static final Pattern SUFFIX = Pattern.compile("^(.*\\S)\\s+\\((\\d+)\\)$");
  private static final Pattern RELEASED = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$");
  private static final Pattern DISC_PREFIX = Pattern.compile("^([A-Za-z]+)(\\d+)[-.](.+)$");
  private static final Pattern DISC_NUMBER = Pattern.compile("^(\\d+)-(.+)$");
  private static final Pattern SIDE = Pattern.compile("^([A-Z])(?![A-Za-z]).*$");
  private static final Pattern PLAIN = Pattern.compile("^\\d{1,9}$");
  private static final Pattern COPYRIGHT_YEAR = Pattern.compile("^[℗©]?\\s*((?:1[89]|20)\\d{2})\\s+(\\S.*)$");
  private static final Pattern LETTERS = Pattern.compile("^([A-Za-z]+)");
  private static final Pattern RECORDED_IN = Pattern.compile("(?i)\\brecorded (?:live )?at ([^.\\n]+?),\\s+"
      + "(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{4})\\s*[.\\n]");
  private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");
  private static final int MAX_MEDIA = 1000;
  private static final Set<CreditRole> WRITERS = Set.of(CreditRole.COMPOSER, CreditRole.LYRICIST,
      CreditRole.ARRANGER);

  private final DiscogsLoc.Renderer renderer;
  private final List<ImportNote> notes = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();

  private DiscogsMapper(DiscogsLoc.Renderer renderer) {
    this.renderer = renderer;
  }

  /** Maps one entity; never throws for any tree. */
  static Imported map(JsonNode root, Kind kind, DiscogsLoc.Renderer renderer) {
    DiscogsMapper m = new DiscogsMapper(renderer);
    DiscogsLoc loc = DiscogsLoc.root();
    Album album;
    try {
      if (root == null || !root.isObject()) {
        m.note(ImportCode.UNUSABLE, loc, "the document is not an object, so it is neither a release nor a master");
        album = null;
      } else if (kind == Kind.MASTER || (kind == Kind.AUTO && isMaster(root))) {
        album = m.master(root, loc);
      } else {
        album = m.release(root, loc);
      }
    } catch (RuntimeException e) {
      // a safety net: a defect of this mapper must not escape as anything but a note
      m.note(ImportCode.UNUSABLE, loc, "the entity could not be mapped: " + e);
      album = null;
    }
    return Imported.of(album == null ? List.of() : List.of(album), m.notes);
  }

  private static boolean isMaster(JsonNode root) {
    return root.has("main_release") || root.has("versions_url") || root.has("main_release_url");
  }

  // ---------------------------------------------------------------------------------------------- notes

  private void note(ImportCode code, DiscogsLoc loc, String message) {
    notes.add(ImportNote.of(code, renderer.render(loc), message));
  }

  /** One NOT_IMPORTED note per unhandled, non-empty field of a group of entities (not one per element). */
  private void rest(JsonNode obj, DiscogsLoc loc, String group, Set<String> handled) {
    for (Map.Entry<String, JsonNode> e : obj.properties()) {
      if (handled.contains(e.getKey()) || isEmpty(e.getValue())) {
        continue;
      }
      if (reported.add(group + "\u0000" + e.getKey())) {
        note(ImportCode.NOT_IMPORTED, loc.at(e.getKey()),
            "'" + e.getKey() + "' has no place in the model" + (group.isEmpty() ? "" : " (reported once for " + group + ")"));
      }
    }
  }

  private void notImported(JsonNode obj, String field, DiscogsLoc loc, String why) {
    JsonNode n = obj.get(field);
    if (!isEmpty(n)) {
      note(ImportCode.NOT_IMPORTED, loc.at(field), why);
    }
  }

  private <T> T build(Supplier<T> s, DiscogsLoc loc, String what) {
    try {
      return s.get();
    } catch (ValidationException e) {
      note(ImportCode.INVALID_VALUE, loc, what + " left out: " + describe(e));
      return null;
    }
  }

  private static String describe(ValidationException e) {
    return e.violations().stream().limit(5).map(p -> p.pointer() + " " + p.message())
        .collect(Collectors.joining("; "));
  }

  // ------------------------------------------------------------------------------------------ values

  private static boolean isEmpty(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() || (n.isString() && n.asString().isBlank())
        || (n.isContainer() && n.size() == 0);
  }

  private String text(JsonNode obj, String field, DiscogsLoc loc) {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    if (n.isString()) {
      String s = n.asString().strip();
      return s.isEmpty() ? null : s;
    }
    if (n.isContainer() && n.size() == 0) {
      return null;
    }
    note(ImportCode.INVALID_VALUE, loc.at(field), "expected text, found " + kindOf(n) + "; left out");
    return null;
  }

  private Long number(JsonNode obj, String field, DiscogsLoc loc) {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull() || n.isMissingNode() || (n.isString() && n.asString().isBlank())) {
      return null;
    }
    if (n.isIntegralNumber() && n.canConvertToLong()) {
      return n.asLong();
    }
    if (n.isString() && n.asString().strip().matches("-?\\d{1,18}")) {
      return Long.parseLong(n.asString().strip());
    }
    note(ImportCode.INVALID_VALUE, loc.at(field), "expected a whole number, found " + kindOf(n) + "; left out");
    return null;
  }

  private List<JsonNode> array(JsonNode obj, String field, DiscogsLoc loc) {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull() || n.isMissingNode() || (n.isString() && n.asString().isBlank())) {
      return List.of();
    }
    if (!n.isArray()) {
      note(ImportCode.INVALID_VALUE, loc.at(field), "expected a list, found " + kindOf(n) + "; left out");
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>(n.size());
    for (int i = 0; i < n.size(); i++) {
      out.add(n.get(i));
    }
    return out;
  }

  /** The objects of a list; other elements are notes. */
  private List<JsonNode> objects(JsonNode obj, String field, DiscogsLoc loc) {
    List<JsonNode> all = array(obj, field, loc);
    List<JsonNode> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      JsonNode e = all.get(i);
      if (e != null && e.isObject()) {
        out.add(e);
      } else {
        out.add(null);
        if (!isEmpty(e)) {
          note(ImportCode.INVALID_VALUE, loc.at(field).at(i), "expected an object, found " + kindOf(e) + "; left out");
        }
      }
    }
    return out;
  }

  /** A list of names: texts that are valid names, without repeats. */
  private List<String> names(JsonNode obj, String field, DiscogsLoc loc) {
    List<JsonNode> all = array(obj, field, loc);
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < all.size(); i++) {
      JsonNode e = all.get(i);
      if (e == null || e.isNull() || (e.isString() && e.asString().isBlank())) {
        continue;
      }
      if (!e.isString()) {
        note(ImportCode.INVALID_VALUE, loc.at(field).at(i), "expected text, found " + kindOf(e) + "; left out");
      } else if (!validName(e.asString().strip())) {
        note(ImportCode.INVALID_VALUE, loc.at(field).at(i), "not a valid name (too long or with control characters); left out");
      } else {
        out.add(e.asString().strip());
      }
    }
    return new ArrayList<>(out);
  }

  private static String kindOf(JsonNode n) {
    if (n.isNumber()) {
      return "a number";
    } else if (n.isBoolean()) {
      return "a boolean";
    } else if (n.isArray()) {
      return "a list";
    } else if (n.isObject()) {
      return "an object";
    } else if (n.isString()) {
      return "text";
    }
    return "a " + n.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  static boolean validName(String s) {
    if (s.isBlank() || s.length() > 1000) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean validPosition(String s) {
    if (s.isEmpty() || s.length() > 20 || !validName(s)) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A Discogs name without its disambiguation suffix {@code (2)}, with a note when one was removed. */
  private String plainName(String name, DiscogsLoc loc) {
    Matcher m = SUFFIX.matcher(name);
    if (m.matches()) {
      note(ImportCode.REINTERPRETED, loc, "the Discogs disambiguation suffix (" + m.group(2) + ") was removed from \""
          + name + "\"");
      return m.group(1);
    }
    return name;
  }

  private ExternalIds discogsIds(JsonNode obj, String field, DiscogsLoc loc) {
    Long v = number(obj, field, loc);
    if (v == null || v == 0) {
      // Discogs writes 0 for a name with no entry of its own
      return null;
    }
    try {
      return ExternalIds.builder().discogs(DiscogsId.of(v)).build();
    } catch (IllegalArgumentException e) {
      note(ImportCode.INVALID_VALUE, loc.at(field), "\"" + v + "\" is not a Discogs id; left out");
      return null;
    }
  }

  /** Discogs gives joins without spaces ({@code ,}, {@code &}, {@code Read By}): a comma gets a space after it,
   * any other join a space on either side. */
  static String joinPhrase(String join) {
    String t = join.strip();
    if (t.isEmpty()) {
      return null;
    }
    if (t.startsWith(",") || t.startsWith(";")) {
      return t + " ";
    }
    return " " + t + " ";
  }

  // ------------------------------------------------------------------------------------------ artists

  private List<ArtistCredit> artists(JsonNode obj, String field, DiscogsLoc loc, String group) {
    List<JsonNode> list = objects(obj, field, loc);
    List<ArtistCredit> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode a = list.get(i);
      if (a == null) {
        continue;
      }
      DiscogsLoc al = loc.at(field).at(i);
      String name = text(a, "name", al);
      if (name == null) {
        if (!isEmpty(a)) {
          note(ImportCode.INVALID_VALUE, al, "an artist without a name; left out");
        }
        continue;
      }
      String plain = plainName(name, al.at("name"));
      String anv = text(a, "anv", al);
      String join = text(a, "join", al);
      ExternalIds ids = discogsIds(a, "id", al);
      notImported(a, "role", al, "an artist credit's role has no place in the model");
      notImported(a, "tracks", al, "an artist credit's track list has no place in the model");
      rest(a, al, group, Set.of("name", "anv", "join", "role", "tracks", "id"));
      ArtistCredit c = build(() -> {
        ArtistCredit.Builder b = ArtistCredit.builder().name(plain);
        if (anv != null && !anv.equals(plain)) {
          b.creditedAs(anv);
        }
        if (join != null && joinPhrase(join) != null) {
          b.joinPhrase(joinPhrase(join));
        }
        if (ids != null) {
          b.ids(ids);
        }
        return b.build();
      }, al, "the artist credit");
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------ credits

  /** One extraartists entry read. */
  private static final class Credit {
    String name;
    String plain;
    String anv;
    ExternalIds ids;
    final Set<String> instruments = new LinkedHashSet<>();
    final Set<CreditRole> roles = new LinkedHashSet<>();
    final Set<String> credited = new LinkedHashSet<>();
    String tracks;
    DiscogsLoc loc;

    ArtistCredit asArtist() {
      ArtistCredit.Builder b = ArtistCredit.builder().name(plain);
      if (anv != null && !anv.equals(plain)) {
        b.creditedAs(anv);
      }
      if (ids != null) {
        b.ids(ids);
      }
      return b.build();
    }
  }

  /** Splits a Discogs role text on commas outside brackets. */
  static List<String> splitRoles(String role) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < role.length(); i++) {
      char c = role.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']' && depth > 0) {
        depth--;
      }
      if (c == ',' && depth == 0) {
        if (!sb.toString().isBlank()) {
          out.add(sb.toString().strip());
        }
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    if (!sb.toString().isBlank()) {
      out.add(sb.toString().strip());
    }
    return out;
  }

  private Credit credit(JsonNode a, DiscogsLoc al, String group) {
    String name = text(a, "name", al);
    if (name == null) {
      if (!isEmpty(a)) {
        note(ImportCode.INVALID_VALUE, al, "a credit without a name; left out");
      }
      return null;
    }
    Credit c = new Credit();
    c.loc = al;
    c.name = name;
    c.plain = plainName(name, al.at("name"));
    c.anv = text(a, "anv", al);
    c.ids = discogsIds(a, "id", al);
    c.tracks = text(a, "tracks", al);
    String role = text(a, "role", al);
    if (role != null) {
      for (String part : splitRoles(role)) {
        int bracket = part.indexOf('[');
        String base = (bracket >= 0 ? part.substring(0, bracket) : part).strip();
        if (base.isEmpty()) {
          base = part;
        }
        List<CreditRole> known = DiscogsVocabulary.roles(base);
        if (!known.isEmpty()) {
          c.roles.addAll(known);
        } else if (DiscogsVocabulary.isInstrument(base)) {
          if (validName(base)) {
            c.instruments.add(base);
          }
          c.roles.add(CreditRole.PERFORMER);
          if (DiscogsVocabulary.isVoice(base)) {
            c.roles.add(CreditRole.VOCALS);
          }
        } else {
          c.roles.add(CreditRole.OTHER);
          note(ImportCode.KEPT_AS_TEXT, al.at("role"), "the role \"" + base
              + "\" has no known counterpart: kept as credited, with the role other");
        }
        if (validName(part)) {
          c.credited.add(part);
        }
      }
    }
    notImported(a, "join", al, "a credit's join has no place in the model");
    rest(a, al, group, Set.of("name", "anv", "join", "role", "tracks", "id"));
    return c;
  }

  private Personnel personnel(Credit c, List<String> recordings) {
    return build(() -> {
      Personnel.Builder b = Personnel.builder().name(c.plain).addAllInstruments(c.instruments).addAllRoles(c.roles)
          .addAllCreditedRoles(c.credited).addAllRecordings(recordings);
      if (c.anv != null && !c.anv.equals(c.plain)) {
        b.creditedAs(c.anv);
      }
      if (c.ids != null) {
        b.ids(c.ids);
      }
      return b.build();
    }, c.loc, "the credit");
  }

  // ---------------------------------------------------------------------------------------- tracklist

  /** One track of the tracklist, sub-tracks of index tracks included. */
  private static final class Item {
    int ordinal;
    String source;
    String position;
    String title;
    RunningTime length;
    List<ArtistCredit> artists = List.of();
    final List<JsonNode> extras = new ArrayList<>();
    final List<DiscogsLoc> extraLocs = new ArrayList<>();
    DiscogsLoc loc;
    int medium;
    String recording;
    boolean dropped;
    final List<Personnel> credits = new ArrayList<>();
    String session;
  }

  /** A heading or an index track's title over a run of items. */
  private static final class Heading {
    String title;
    DiscogsLoc loc;
    int first;
    int end;
  }

  private void tracklist(JsonNode r, DiscogsLoc loc, List<Item> items, List<Heading> headings) {
    List<JsonNode> list = objects(r, "tracklist", loc);
    Heading open = null;
    for (int i = 0; i < list.size(); i++) {
      JsonNode t = list.get(i);
      if (t == null) {
        continue;
      }
      DiscogsLoc tl = loc.at("tracklist").at(i);
      String type = text(t, "type_", tl);
      boolean hasSubs = !isEmpty(t.get("sub_tracks"));
      if (type == null) {
        // the dump has no type_: an entry with sub-tracks is an index, one with neither position nor duration a
        // heading
        type = hasSubs ? "index" : (isEmpty(t.get("position")) && isEmpty(t.get("duration")) ? "heading" : "track");
      }
      if (type.equals("heading")) {
        if (open != null) {
          open.end = items.size();
        }
        String title = text(t, "title", tl);
        notImported(t, "position", tl, "a heading's position has no place in the model");
        notImported(t, "duration", tl, "a heading's duration has no place in the model");
        rest(t, tl, "tracklist headings", Set.of("type_", "title", "position", "duration"));
        if (title != null && validName(title)) {
          open = new Heading();
          open.title = title;
          open.loc = tl;
          open.first = items.size();
          open.end = -1;
          headings.add(open);
        } else {
          open = null;
          if (title != null) {
            note(ImportCode.INVALID_VALUE, tl.at("title"), "not a valid name; the heading is left out");
          }
        }
      } else if (type.equals("index")) {
        Heading index = new Heading();
        index.title = text(t, "title", tl);
        index.loc = tl;
        index.first = items.size();
        List<ArtistCredit> artists = artists(t, "artists", tl, "tracklist artists");
        notImported(t, "position", tl, "an index track's own position has no place in the model; its sub-tracks keep theirs");
        if (!isEmpty(t.get("duration")) && reported.add("index duration")) {
          note(ImportCode.NOT_IMPORTED, tl.at("duration"),
              "an index track's own duration has no place in the model (reported once for index tracks)");
        }
        rest(t, tl, "tracklist index tracks", Set.of("type_", "title", "position", "duration", "artists",
            "extraartists", "sub_tracks"));
        List<JsonNode> subs = objects(t, "sub_tracks", tl);
        for (int j = 0; j < subs.size(); j++) {
          if (subs.get(j) != null) {
            Item it = track(subs.get(j), tl.at("sub_tracks").at(j), items.size() + 1, artists);
            if (t.get("extraartists") != null) {
              it.extras.add(t);
              it.extraLocs.add(tl);
            }
            items.add(it);
          }
        }
        index.end = items.size();
        if (index.title != null && validName(index.title)) {
          headings.add(index);
        } else if (index.title != null) {
          note(ImportCode.INVALID_VALUE, tl.at("title"), "not a valid name; the index title is left out");
        }
      } else {
        if (!type.equals("track")) {
          note(ImportCode.REINTERPRETED, tl.at("type_"), "the entry type \"" + type + "\" is read as a track");
        }
        items.add(track(t, tl, items.size() + 1, List.of()));
      }
    }
    if (open != null) {
      open.end = items.size();
    }
  }

  private Item track(JsonNode t, DiscogsLoc tl, int ordinal, List<ArtistCredit> inherited) {
    Item it = new Item();
    it.ordinal = ordinal;
    it.loc = tl;
    it.source = text(t, "position", tl);
    it.title = text(t, "title", tl);
    String duration = text(t, "duration", tl);
    if (duration != null) {
      try {
        it.length = RunningTime.parse(duration);
      } catch (InvalidValueException e) {
        note(ImportCode.INVALID_VALUE, tl.at("duration"), "\"" + duration + "\" is not a length: " + e.getMessage());
      }
    }
    List<ArtistCredit> own = artists(t, "artists", tl, "tracklist artists");
    it.artists = own.isEmpty() ? inherited : own;
    if (t.get("extraartists") != null) {
      it.extras.add(t);
      it.extraLocs.add(tl);
    }
    notImported(t, "sub_tracks", tl, "sub-tracks of an entry that is not an index track have no place in the model");
    rest(t, tl, "tracklist tracks", Set.of("type_", "position", "title", "duration", "artists", "extraartists",
        "sub_tracks"));
    return it;
  }

  /** Valid track positions, unique per medium, and unique recording ids. */
  private void positions(List<Item> items, boolean perMedium) {
    Map<Integer, Set<String>> used = new HashMap<>();
    Set<String> recordings = new HashSet<>();
    for (Item it : items) {
      Set<String> u = used.computeIfAbsent(perMedium ? it.medium : 0, k -> new HashSet<>());
      String p = it.source;
      if (p == null) {
        p = "#" + it.ordinal;
        note(ImportCode.REINTERPRETED, it.loc.at("position"), "a track without a position gets the position " + p
            + " (its place in the tracklist)");
      } else if (!validPosition(p)) {
        String squeezed = p.replaceAll("\\s+", "");
        String q = validPosition(squeezed) ? squeezed : "#" + it.ordinal;
        note(ImportCode.REINTERPRETED, it.loc.at("position"), "the position \"" + p
            + "\" is not one the model allows (spaces, control characters or over 20 characters): read as " + q);
        p = q;
      }
      if (u.contains(p)) {
        String q = "#" + it.ordinal;
        while (u.contains(q)) {
          q = q + "'";
        }
        note(ImportCode.REINTERPRETED, it.loc.at("position"), "the position \"" + p
            + "\" appears twice on one medium: this one is read as " + q);
        p = q;
      }
      u.add(p);
      it.position = p;
      String id = "rec-" + p.replace("#", "t").replaceAll("[^A-Za-z0-9._-]", "_");
      if (recordings.contains(id)) {
        id = id + "-m" + (it.medium + 1);
      }
      while (recordings.contains(id)) {
        id = id + "-" + it.ordinal;
      }
      recordings.add(id);
      it.recording = id;
    }
  }

  // ------------------------------------------------------------------------------------------- media

  /** One medium the formats promise. */
  private static final class Slot {
    MediumFormat format;
    List<String> descriptions = List.of();
    String family = "OTHER";
  }

  private String formats(JsonNode r, DiscogsLoc loc, List<Slot> slots) {
    String packaging = null;
    List<JsonNode> list = objects(r, "formats", loc);
    for (int i = 0; i < list.size(); i++) {
      JsonNode f = list.get(i);
      if (f == null) {
        continue;
      }
      DiscogsLoc fl = loc.at("formats").at(i);
      String name = text(f, "name", fl);
      Set<String> descriptions = new LinkedHashSet<>(names(f, "descriptions", fl));
      String text = text(f, "text", fl);
      if (text != null) {
        for (String part : text.split(",")) {
          if (validName(part.strip())) {
            descriptions.add(part.strip());
          } else if (!part.isBlank()) {
            note(ImportCode.INVALID_VALUE, fl.at("text"), "not a valid description; left out");
          }
        }
      }
      Long qty = number(f, "qty", fl);
      long n = qty == null ? 1 : qty;
      if (n < 1 || n > MAX_MEDIA || slots.size() + n > MAX_MEDIA) {
        note(ImportCode.REINTERPRETED, fl.at("qty"), "the quantity " + n + " is not a number of media this import"
            + " accepts (1 to " + MAX_MEDIA + " in all): read as 1");
        n = 1;
      }
      rest(f, fl, "formats", Set.of("name", "qty", "descriptions", "text"));
      if (name != null && (name.equalsIgnoreCase("Box Set") || name.equalsIgnoreCase("All Media"))) {
        if (name.equalsIgnoreCase("Box Set") && packaging == null) {
          packaging = "Box Set";
        } else {
          note(ImportCode.NOT_IMPORTED, fl.at("name"), "\"" + name + "\" is not a medium; it has no place in the model");
        }
        if (!descriptions.isEmpty()) {
          note(ImportCode.NOT_IMPORTED, fl.at("descriptions"), "the descriptions of \"" + name + "\" ("
              + String.join(", ", descriptions) + ") have no place in the model: they describe no one medium");
        }
        continue;
      }
      List<String> d = new ArrayList<>(descriptions);
      Optional<MediumFormat> format = name == null ? Optional.empty() : DiscogsVocabulary.format(name, d);
      MediumFormat mf;
      if (format.isPresent()) {
        mf = format.get();
      } else {
        mf = MediumFormat.OTHER;
        if (name != null && validName(name)) {
          d.add(0, name);
          d = new ArrayList<>(new LinkedHashSet<>(d));
          note(ImportCode.KEPT_AS_TEXT, fl.at("name"), "the format \"" + name
              + "\" has no known counterpart: kept as the medium's first description, with the format other");
        }
      }
      for (long q = 0; q < n; q++) {
        Slot s = new Slot();
        s.format = mf;
        s.descriptions = d;
        s.family = DiscogsVocabulary.family(mf);
        slots.add(s);
      }
    }
    return packaging;
  }

  /** Puts every item on a medium by its position, adding media when the positions name more than the formats. */
  private void assignMedia(List<Item> items, List<Slot> slots, DiscogsLoc loc) {
    if (items.isEmpty()) {
      return;
    }
    if (slots.isEmpty()) {
      slots.add(new Slot());
    }
    Map<String, Integer> extra = new HashMap<>();
    int last = 0;
    long lastPlain = Long.MIN_VALUE;
    boolean reported = false;
    for (Item it : items) {
      String p = it.source;
      Integer target = null;
      String key = null;
      if (p != null) {
        Matcher m = DISC_PREFIX.matcher(p);
        Matcher d = DISC_NUMBER.matcher(p);
        Matcher s = SIDE.matcher(p);
        Optional<String> family = m.matches() ? DiscogsVocabulary.prefixFamily(m.group(1)) : Optional.empty();
        if (family.isPresent() && m.group(2).length() < 6) {
          int n = Integer.parseInt(m.group(2));
          List<Integer> of = slotsOf(slots, family.get());
          key = family.get() + n;
          target = n >= 1 && n <= of.size() ? of.get(n - 1) : null;
        } else if (d.matches() && d.group(1).length() < 6) {
          int n = Integer.parseInt(d.group(1));
          key = "#" + n;
          target = n >= 1 && n <= slots.size() ? n - 1 : null;
        } else if (s.matches()) {
          int side = p.charAt(0) - 'A';
          List<Integer> of = slotsOf(slots, "SIDE");
          key = "SIDE" + side / 2;
          if (of.isEmpty()) {
            // side letters on discs (a CD keeping an LP's sides): one disc takes them all, else two sides a disc
            target = slots.size() == 1 ? 0 : side / 2 < slots.size() ? side / 2 : null;
          } else {
            target = side / 2 < of.size() ? of.get(side / 2) : null;
          }
        } else if (PLAIN.matcher(p).matches()) {
          long n = Long.parseLong(p);
          target = n <= lastPlain && last + 1 < slots.size() ? last + 1 : last;
          lastPlain = n;
        } else {
          target = last;
        }
      } else {
        target = last;
      }
      if (target == null) {
        target = extra.get(key);
        if (target == null) {
          if (slots.size() < MAX_MEDIA) {
            slots.add(new Slot());
            target = slots.size() - 1;
          } else {
            target = slots.size() - 1;
          }
          extra.put(key, target);
          if (!reported) {
            reported = true;
            note(ImportCode.REINTERPRETED, it.loc.at("position"), "the position \"" + p
                + "\" names a medium the formats do not list: the tracks are kept on a medium added without format");
          }
        }
      }
      if (target != last) {
        lastPlain = PLAIN.matcher(p == null ? "" : p).matches() ? Long.parseLong(p) : Long.MIN_VALUE;
      }
      it.medium = target;
      last = target;
    }
  }

  private static List<Integer> slotsOf(List<Slot> slots, String family) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      if (slots.get(i).family.equals(family)) {
        out.add(i);
      }
    }
    return out;
  }

  // -------------------------------------------------------------------------------------- track ranges

  /** The items a credit's {@code tracks} text names, in tracklist order; unresolved parts are notes. */
  private List<Item> resolve(String tracks, DiscogsLoc loc, List<Item> items) {
    TreeSet<Integer> out = new TreeSet<>();
    List<String> unresolved = new ArrayList<>();
    for (String raw : tracks.split("[,;]")) {
      String t = raw.strip();
      if (t.isEmpty()) {
        continue;
      }
      boolean ok;
      String lower = t.toLowerCase(Locale.ROOT);
      if (lower.endsWith(" onwards") || lower.endsWith(" on")) {
        String from = t.substring(0, t.lastIndexOf(' ')).strip();
        List<Integer> start = one(from, items);
        ok = !start.isEmpty();
        if (ok) {
          Matcher m = LETTERS.matcher(from);
          String prefix = m.find() && DiscogsVocabulary.prefixFamily(m.group(1)).isPresent() ? m.group(1) : null;
          for (int i = start.get(0); i < items.size(); i++) {
            String s = items.get(i).source;
            if (prefix == null || (s != null && s.regionMatches(true, 0, prefix, 0, prefix.length())
                && s.length() > prefix.length() && Character.isDigit(s.charAt(prefix.length())))) {
              out.add(i);
            }
          }
        }
      } else {
        List<Integer> single = one(t, items);
        if (!single.isEmpty()) {
          out.addAll(single);
          ok = true;
        } else {
          ok = range(t, " to ", items, out) || range(t, " - ", items, out) || hyphenRange(t, items, out);
        }
      }
      if (!ok) {
        unresolved.add(t);
      }
    }
    if (out.isEmpty()) {
      note(ImportCode.UNRESOLVED, loc, "\"" + tracks
          + "\" names no track of this release: the credit is kept for the whole release");
    } else {
      for (String t : unresolved) {
        note(ImportCode.UNRESOLVED, loc, "\"" + t + "\" names no track of this release; that part of the credit is left out");
      }
    }
    List<Item> result = new ArrayList<>();
    for (int i : out) {
      if (!items.get(i).dropped) {
        result.add(items.get(i));
      }
    }
    return result;
  }

  private static boolean range(String t, String sep, List<Item> items, Set<Integer> out) {
    int at = t.toLowerCase(Locale.ROOT).indexOf(sep);
    if (at <= 0) {
      return false;
    }
    return span(one(t.substring(0, at).strip(), items), one(t.substring(at + sep.length()).strip(), items), out);
  }

  private static boolean hyphenRange(String t, List<Item> items, Set<Integer> out) {
    for (int at = t.indexOf('-'); at > 0; at = t.indexOf('-', at + 1)) {
      List<Integer> a = one(t.substring(0, at).strip(), items);
      List<Integer> b = one(t.substring(at + 1).strip(), items);
      if (!a.isEmpty() && !b.isEmpty() && span(a, b, out)) {
        return true;
      }
    }
    return false;
  }

  private static boolean span(List<Integer> a, List<Integer> b, Set<Integer> out) {
    if (a.isEmpty() || b.isEmpty() || a.get(0) > b.get(b.size() - 1)) {
      return false;
    }
    for (int i = a.get(0); i <= b.get(b.size() - 1); i++) {
      out.add(i);
    }
    return true;
  }

  /** The items a single position names: exactly, or as the prefix of their positions (CD1 → CD1-1 …, C1 → C1.1 …). */
  private static List<Integer> one(String p, List<Item> items) {
    List<Integer> out = new ArrayList<>();
    if (p.isEmpty()) {
      return out;
    }
    for (int i = 0; i < items.size(); i++) {
      if (p.equalsIgnoreCase(items.get(i).source)) {
        out.add(i);
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    boolean digitEnd = Character.isDigit(p.charAt(p.length() - 1));
    for (int i = 0; i < items.size(); i++) {
      String s = items.get(i).source;
      if (s != null && s.length() > p.length() && s.regionMatches(true, 0, p, 0, p.length())
          && !(digitEnd && Character.isDigit(s.charAt(p.length())))) {
        out.add(i);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------ release

  private Album release(JsonNode r, DiscogsLoc loc) {
    Set<String> handled = new HashSet<>(List.of("id", "title", "artists", "labels", "companies", "formats",
        "genres", "styles", "country", "released", "year", "notes", "tracklist", "extraartists", "identifiers",
        "master_id", "status", "format_quantity"));
    String title = text(r, "title", loc);
    if (title == null || !validName(title)) {
      note(ImportCode.UNUSABLE, loc.at("title"), title == null ? "the release has no title" : "the title is not a valid name");
      return null;
    }
    Long id = number(r, "id", loc);
    String releaseId = id != null && id > 0 ? "discogs-" + id : "discogs-release";
    ExternalIds releaseIds = discogsIds(r, "id", loc);
    String status = text(r, "status", loc);
    if (status != null) {
      note(ImportCode.NOT_IMPORTED, loc.at("status"), "the Discogs moderation status \"" + status
          + "\" is not a release status; it has no place in the model");
    }
    List<ArtistCredit> artists = artists(r, "artists", loc, "artists");
    if (artists.isEmpty()) {
      note(ImportCode.UNUSABLE, loc.at("artists"), "the release has no usable artist credit; an album needs one");
      return null;
    }
    List<String> genres = names(r, "genres", loc);
    List<String> styles = names(r, "styles", loc);
    ExternalIds albumIds = null;
    Long master = number(r, "master_id", loc);
    if (master != null && master > 0) {
      albumIds = discogsIds(r, "master_id", loc);
    }
    for (String attr : List.of("master_id@is_main_release")) {
      handled.add(attr);
      notImported(r, attr, loc, "whether this is the master's main release has no place in the model");
    }

    Release.Builder release = Release.builder().id(releaseId);
    if (releaseIds != null) {
      release.ids(releaseIds);
    }
    labels(r, loc, release);
    List<Session> sessions = new ArrayList<>();
    companies(r, loc, release, sessions);
    identifiers(r, loc, release);
    event(r, loc, release);
    String notesText = text(r, "notes", loc);
    if (notesText != null && !sessions.isEmpty()) {
      sessionDates(notesText + "\n", sessions, loc.at("notes"));
    }
    if (notesText != null) {
      Note n = build(() -> Note.of(r.get("notes").asString()), loc.at("notes"), "the notes");
      if (n != null) {
        release.addNotes(n);
      }
    }

    List<Slot> slots = new ArrayList<>();
    String packaging = formats(r, loc, slots);
    if (packaging != null) {
      release.packaging(packaging);
    }
    List<Item> items = new ArrayList<>();
    List<Heading> headings = new ArrayList<>();
    tracklist(r, loc, items, headings);
    assignMedia(items, slots, loc);
    positions(items, true);
    validate(items);
    if (sessions.size() == 1) {
      items.forEach(it -> it.session = sessions.get(0).id());
    }

    Map<String, Work.Builder> works = new LinkedHashMap<>();
    Map<String, Set<String>> workCredits = new HashMap<>();
    trackCredits(items, works, workCredits);
    List<JsonNode> extras = objects(r, "extraartists", loc);
    for (int i = 0; i < extras.size(); i++) {
      if (extras.get(i) == null) {
        continue;
      }
      DiscogsLoc el = loc.at("extraartists").at(i);
      Credit c = credit(extras.get(i), el, "extraartists");
      if (c == null) {
        continue;
      }
      List<String> recs = new ArrayList<>();
      if (c.tracks != null) {
        List<Item> named = resolve(c.tracks, el.at("tracks"), items);
        for (Item it : new LinkedHashSet<>(named)) {
          recs.add(it.recording);
          addWriter(c, it, works, workCredits);
        }
      }
      Personnel p = personnel(c, new ArrayList<>(new LinkedHashSet<>(recs)));
      if (p != null) {
        release.addCredits(p);
      }
    }

    List<Recording> recordings = recordings(items, works, false);
    List<Medium> media = media(items, slots, headings, loc);
    release.addAllMedia(media);
    Long quantity = number(r, "format_quantity", loc);
    if (quantity != null && quantity != slots.size()) {
      note(ImportCode.NOT_IMPORTED, loc.at("format_quantity"), "the format quantity " + quantity
          + " differs from the " + slots.size() + " media the formats and positions give; it has no place in the model");
    }
    rest(r, loc, "", handled);

    Release built = build(release::build, loc, "the release");
    Album.Builder album = Album.builder().title(title).addAllArtists(artists).addAllGenres(genres)
        .addAllStyles(styles).addAllSessions(sessions).addAllRecordings(recordings);
    addWorks(album, works, loc);
    if (albumIds != null) {
      album.ids(albumIds);
    }
    if (built != null) {
      album.addReleases(built);
    }
    return finish(album, loc, title, artists, albumIds);
  }

  private void addWorks(Album.Builder album, Map<String, Work.Builder> works, DiscogsLoc loc) {
    for (Work.Builder w : works.values()) {
      Work work = build(w::build, loc.at("tracklist"), "a work");
      if (work != null) {
        album.addWorks(work);
      }
    }
  }

  /**
   * Dates the "Recorded At" sessions from the one sentence of the notes that reads "Recorded at PLACES, MONTH
   * YEAR." when it names every one of them (the first word of each studio's name); otherwise the notes keep it.
   */
  private void sessionDates(String notes, List<Session> sessions, DiscogsLoc loc) {
    if (notes.length() > 20_000) {
      return;
    }
    Matcher m = RECORDED_IN.matcher(notes);
    if (!m.find()) {
      return;
    }
    String places = m.group(1).toLowerCase(Locale.ROOT);
    for (String month : MONTHS) {
      if (places.contains(month)) {
        // "… on November and December 1983": not one month
        return;
      }
    }
    for (Session s : sessions) {
      String venue = s.venue().flatMap(v -> v.name()).orElse("").toLowerCase(Locale.ROOT);
      String first = venue.split("[^\\p{L}\\p{N}]+", 2)[0];
      if (first.isEmpty() || !places.contains(first)) {
        return;
      }
    }
    int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
    PartialDate date;
    try {
      date = PartialDate.ofYearMonth(Integer.parseInt(m.group(3)), month);
    } catch (IllegalArgumentException e) {
      return;
    }
    sessions.replaceAll(s -> s.withDate(date));
    note(ImportCode.REINTERPRETED, loc, "\"" + m.group().strip() + "\" in the notes is read as the date " + date
        + " of the sessions at " + sessions.stream().map(s -> s.venue().flatMap(v -> v.name()).orElse(""))
        .collect(Collectors.joining(" and ")) + "; the notes keep the sentence");
  }

  /** Builds the album; a broken cross-reference is a note and the album falls back to its bare facts. */
  private Album finish(Album.Builder album, DiscogsLoc loc, String title, List<ArtistCredit> artists,
      ExternalIds ids) {
    try {
      return album.build();
    } catch (ValidationException e) {
      for (Problem p : e.violations()) {
        note(ImportCode.INVALID_VALUE, loc, "album " + p.pointer() + ": " + p.message()
            + "; the album keeps only its title, artists and ids");
      }
      try {
        Album.Builder bare = Album.builder().title(title).addAllArtists(artists);
        if (ids != null) {
          bare.ids(ids);
        }
        return bare.build();
      } catch (ValidationException again) {
        note(ImportCode.UNUSABLE, loc, "the album cannot be built: " + describe(again));
        return null;
      }
    }
  }

  /** Drops the items whose track the model refuses (a title it cannot hold), with a note. */
  private void validate(List<Item> items) {
    for (Item it : items) {
      if (it.title == null) {
        note(ImportCode.INVALID_VALUE, it.loc.at("title"), "a track without a title; the track is left out");
        it.dropped = true;
        continue;
      }
      Track t = build(() -> Track.builder().position(it.position).title(it.title).addAllArtists(it.artists).build(),
          it.loc, "the track");
      it.dropped = t == null;
    }
  }

  private void trackCredits(List<Item> items, Map<String, Work.Builder> works, Map<String, Set<String>> workCredits) {
    for (Item it : items) {
      if (it.dropped) {
        continue;
      }
      for (int k = 0; k < it.extras.size(); k++) {
        List<JsonNode> list = objects(it.extras.get(k), "extraartists", it.extraLocs.get(k));
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) == null) {
            continue;
          }
          DiscogsLoc el = it.extraLocs.get(k).at("extraartists").at(i);
          Credit c = credit(list.get(i), el, "tracklist extraartists");
          if (c == null) {
            continue;
          }
          if (c.tracks != null) {
            note(ImportCode.NOT_IMPORTED, el.at("tracks"), "a track credit's own track list has no place in the model");
          }
          Personnel p = personnel(c, List.of());
          if (p != null) {
            it.credits.add(p);
          }
          addWriter(c, it, works, workCredits);
        }
      }
    }
  }

  /** Composer, lyricist and arranger credits make a work for the recording, named after the track. */
  private void addWriter(Credit c, Item it, Map<String, Work.Builder> works, Map<String, Set<String>> done) {
    boolean any = false;
    for (CreditRole r : c.roles) {
      any |= WRITERS.contains(r);
    }
    if (!any || it.dropped) {
      return;
    }
    ArtistCredit a = build(c::asArtist, c.loc, "the writer");
    if (a == null) {
      return;
    }
    String workId = "work-" + it.recording.substring("rec-".length());
    Work.Builder w = works.computeIfAbsent(workId, k -> Work.builder().id(workId).title(it.title));
    Set<String> seen = done.computeIfAbsent(workId, k -> new HashSet<>());
    if (c.roles.contains(CreditRole.COMPOSER) && seen.add("c" + a.name())) {
      w.addComposers(a);
    }
    if (c.roles.contains(CreditRole.LYRICIST) && seen.add("l" + a.name())) {
      w.addLyricists(a);
    }
    if (c.roles.contains(CreditRole.ARRANGER) && seen.add("a" + a.name())) {
      w.addArrangers(a);
    }
  }

  private List<Recording> recordings(List<Item> items, Map<String, Work.Builder> works, boolean withDetail) {
    List<Recording> out = new ArrayList<>();
    for (Item it : items) {
      if (it.dropped) {
        continue;
      }
      String workId = "work-" + it.recording.substring("rec-".length());
      Recording rec = build(() -> {
        Recording.Builder b = Recording.builder().id(it.recording).title(it.title).addAllCredits(it.credits);
        if (works.containsKey(workId)) {
          b.addWorks(workId);
        }
        if (it.session != null) {
          b.session(it.session);
        }
        if (withDetail) {
          b.addAllArtists(it.artists);
          if (it.length != null) {
            b.length(it.length);
          }
        }
        return b.build();
      }, it.loc, "the recording");
      if (rec != null) {
        out.add(rec);
      } else {
        it.dropped = true;
      }
    }
    return out;
  }

  private List<Medium> media(List<Item> items, List<Slot> slots, List<Heading> headings, DiscogsLoc loc) {
    List<List<Item>> on = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      on.add(new ArrayList<>());
    }
    for (Item it : items) {
      if (!it.dropped) {
        on.get(it.medium).add(it);
      }
    }
    List<List<MediumSection>> sections = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      sections.add(new ArrayList<>());
    }
    for (Heading h : headings) {
      Map<Integer, List<Item>> covered = new LinkedHashMap<>();
      for (int i = h.first; i < h.end; i++) {
        Item it = items.get(i);
        if (!it.dropped) {
          covered.computeIfAbsent(it.medium, k -> new ArrayList<>()).add(it);
        }
      }
      if (covered.isEmpty()) {
        int m = h.first < items.size() ? items.get(h.first).medium : slots.size() - 1;
        MediumSection s = m < 0 ? null : build(() -> MediumSection.builder().description(h.title).build(), h.loc,
            "the heading");
        if (s != null) {
          sections.get(m).add(s);
        } else if (m < 0) {
          note(ImportCode.NOT_IMPORTED, h.loc, "the heading \"" + h.title + "\" has no medium to belong to");
        }
        continue;
      }
      for (Map.Entry<Integer, List<Item>> e : covered.entrySet()) {
        List<Item> run = e.getValue();
        MediumSection s = build(() -> MediumSection.builder().firstPosition(run.get(0).position)
            .lastPosition(run.get(run.size() - 1).position).description(h.title).build(), h.loc, "the heading");
        if (s != null) {
          sections.get(e.getKey()).add(s);
        }
      }
    }
    List<Medium> out = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      Slot slot = slots.get(i);
      List<Track> tracks = new ArrayList<>();
      for (Item it : on.get(i)) {
        Track.Builder t = Track.builder().position(it.position).title(it.title).addAllArtists(it.artists)
            .recording(it.recording);
        if (it.length != null) {
          t.length(it.length);
        }
        tracks.add(t.build());
      }
      int index = i;
      Medium m = build(() -> {
        Medium.Builder b = Medium.builder().addAllDescriptions(slot.descriptions).addAllTracks(tracks)
            .addAllSections(sections.get(index));
        if (slot.format != null) {
          b.format(slot.format);
        }
        return b.build();
      }, loc.at("formats"), "medium " + (i + 1));
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  private void labels(JsonNode r, DiscogsLoc loc, Release.Builder release) {
    List<JsonNode> list = objects(r, "labels", loc);
    for (int i = 0; i < list.size(); i++) {
      JsonNode l = list.get(i);
      if (l == null) {
        continue;
      }
      DiscogsLoc ll = loc.at("labels").at(i);
      String name = text(l, "name", ll);
      String catno = catno(l, ll);
      ExternalIds ids = discogsIds(l, "id", ll);
      rest(l, ll, "labels", Set.of("name", "catno", "id", "entity_type", "entity_type_name"));
      if (name == null) {
        note(ImportCode.INVALID_VALUE, ll, "a label without a name; left out");
        continue;
      }
      String plain = plainName(name, ll.at("name"));
      LabelInfo info = build(() -> {
        LabelInfo.Builder b = LabelInfo.builder().name(plain);
        if (catno != null) {
          b.catalogueNumber(catno);
        }
        if (ids != null) {
          b.ids(ids);
        }
        return b.build();
      }, ll, "the label");
      if (info != null) {
        release.addLabels(info);
      }
    }
  }

  private String catno(JsonNode obj, DiscogsLoc loc) {
    String catno = text(obj, "catno", loc);
    if (catno != null && catno.equalsIgnoreCase("none")) {
      note(ImportCode.REINTERPRETED, loc.at("catno"), "the catalogue number \"" + catno + "\" is read as none");
      return null;
    }
    return catno;
  }

  private void companies(JsonNode r, DiscogsLoc loc, Release.Builder release, List<Session> sessions) {
    List<JsonNode> list = objects(r, "companies", loc);
    for (int i = 0; i < list.size(); i++) {
      JsonNode c = list.get(i);
      if (c == null) {
        continue;
      }
      DiscogsLoc cl = loc.at("companies").at(i);
      String name = text(c, "name", cl);
      String roleText = text(c, "entity_type_name", cl);
      String catno = catno(c, cl);
      ExternalIds ids = discogsIds(c, "id", cl);
      rest(c, cl, "companies", Set.of("name", "catno", "id", "entity_type", "entity_type_name"));
      if (name == null) {
        note(ImportCode.INVALID_VALUE, cl, "a company without a name; left out");
        continue;
      }
      String plain = plainName(name, cl.at("name"));
      CompanyRole role = roleText == null ? CompanyRole.OTHER
          : DiscogsVocabulary.companyRole(roleText).orElse(CompanyRole.OTHER);
      if (role == CompanyRole.OTHER && roleText != null) {
        note(ImportCode.KEPT_AS_TEXT, cl.at("entity_type_name"), "the company role \"" + roleText
            + "\" has no known counterpart: kept as credited, with the role other");
      }
      PartialDate date = null;
      String shown = plain;
      if (role == CompanyRole.COPYRIGHT || role == CompanyRole.PHONOGRAPHIC_COPYRIGHT) {
        Matcher m = COPYRIGHT_YEAR.matcher(plain);
        if (m.matches()) {
          date = PartialDate.parse(m.group(1));
          shown = m.group(2);
          note(ImportCode.REINTERPRETED, cl.at("name"), "the year " + m.group(1) + " in \"" + plain
              + "\" is read as the date of the line");
        }
      }
      PartialDate d = date;
      String n = shown;
      CompanyCredit credit = build(() -> {
        CompanyCredit.Builder b = CompanyCredit.builder().role(role).name(n);
        if (roleText != null) {
          b.creditedRole(roleText);
        }
        if (catno != null) {
          b.catalogueNumber(catno);
        }
        if (d != null) {
          b.date(d);
        }
        if (ids != null) {
          b.ids(ids);
        }
        return b.build();
      }, cl, "the company");
      if (credit == null) {
        continue;
      }
      release.addCompanies(credit);
      if (role == CompanyRole.RECORDED_AT) {
        String sid = "recorded-at-" + (sessions.size() + 1);
        Session s = build(() -> Session.builder().id(sid).venue(Venue.builder().name(n).build()).build(), cl,
            "the session");
        if (s != null) {
          sessions.add(s);
        }
      }
    }
  }

  private void identifiers(JsonNode r, DiscogsLoc loc, Release.Builder release) {
    List<JsonNode> list = objects(r, "identifiers", loc);
    boolean haveBarcode = false;
    for (int i = 0; i < list.size(); i++) {
      JsonNode x = list.get(i);
      if (x == null) {
        continue;
      }
      DiscogsLoc xl = loc.at("identifiers").at(i);
      String type = text(x, "type", xl);
      String value = text(x, "value", xl);
      String description = text(x, "description", xl);
      rest(x, xl, "identifiers", Set.of("type", "value", "description"));
      if (value == null) {
        if (type != null) {
          note(ImportCode.INVALID_VALUE, xl, "the identifier of type \"" + type + "\" has no value; left out");
        }
        continue;
      }
      IdentifierType it;
      String desc = description;
      if (type != null && type.equalsIgnoreCase("Barcode")) {
        Barcode b = null;
        try {
          b = Barcode.parse(value);
        } catch (InvalidValueException e) {
          note(ImportCode.KEPT_AS_TEXT, xl.at("value"), "\"" + value + "\" is not a valid EAN or UPC barcode ("
              + e.getMessage() + "): kept as an identifier of type other");
        }
        if (b != null && !haveBarcode) {
          haveBarcode = true;
          release.barcode(b);
          if (description != null) {
            note(ImportCode.NOT_IMPORTED, xl.at("description"), "the barcode's description has no place in the model");
          }
          continue;
        }
        if (b != null) {
          note(ImportCode.KEPT_AS_TEXT, xl.at("value"), "a further barcode is kept as an identifier of type other");
        }
        it = IdentifierType.OTHER;
        desc = "Barcode" + (description == null ? "" : ": " + description);
      } else {
        Optional<IdentifierType> known = type == null ? Optional.empty() : DiscogsVocabulary.identifierType(type);
        if (known.isPresent()) {
          it = known.get();
        } else {
          it = IdentifierType.OTHER;
          if (type != null) {
            desc = type + (description == null ? "" : ": " + description);
            note(ImportCode.KEPT_AS_TEXT, xl.at("type"), "the identifier type \"" + type
                + "\" has no known counterpart: kept in the description, with the type other");
          }
        }
      }
      IdentifierType t = it;
      String dd = desc;
      ReleaseIdentifier id = build(() -> {
        ReleaseIdentifier.Builder b = ReleaseIdentifier.builder().type(t).value(value);
        if (dd != null) {
          b.description(dd);
        }
        return b.build();
      }, xl, "the identifier");
      if (id != null) {
        release.addIdentifiers(id);
      }
    }
  }

  private void event(JsonNode r, DiscogsLoc loc, Release.Builder release) {
    String country = text(r, "country", loc);
    String released = text(r, "released", loc);
    Long year = number(r, "year", loc);
    PartialDate date = null;
    if (released != null) {
      date = released(released, loc.at("released"));
      if (year != null && year != 0 && date != null && !date.toString().startsWith(String.format("%04d", year))) {
        note(ImportCode.NOT_IMPORTED, loc.at("year"), "the year " + year + " differs from the release date "
            + released + "; it has no place in the model");
      }
    } else if (year != null) {
      date = year(year, loc.at("year"));
    }
    ReleaseEvent.Builder b = ReleaseEvent.builder();
    boolean any = false;
    if (date != null) {
      b.date(date);
      any = true;
    }
    if (country != null && validName(country)) {
      Optional<String> code = DiscogsVocabulary.countryCode(country);
      if (code.isPresent()) {
        b.area(code.get());
        note(ImportCode.REINTERPRETED, loc.at("country"), "the country \"" + country + "\" is read as its code "
            + code.get());
      } else {
        b.areaName(country);
        note(ImportCode.KEPT_AS_TEXT, loc.at("country"), "\"" + country
            + "\" has no ISO 3166-1 code: kept as the release event's area name");
      }
      any = true;
    } else if (country != null) {
      note(ImportCode.INVALID_VALUE, loc.at("country"), "not a valid name; left out");
    }
    if (any) {
      ReleaseEvent e = build(b::build, loc.at("country"), "the release event");
      if (e != null) {
        release.addEvents(e);
      }
    }
  }

  private PartialDate year(long year, DiscogsLoc loc) {
    if (year == 0) {
      note(ImportCode.REINTERPRETED, loc, "the year 0 is read as unknown");
      return null;
    }
    if (year < 0 || year > 9999) {
      note(ImportCode.INVALID_VALUE, loc, "the year " + year + " is not a year; left out");
      return null;
    }
    return PartialDate.ofYear((int) year);
  }

  private PartialDate released(String s, DiscogsLoc loc) {
    Matcher m = RELEASED.matcher(s);
    if (!m.matches()) {
      note(ImportCode.INVALID_VALUE, loc, "\"" + s + "\" is not a date of the form YYYY-MM-DD; left out");
      return null;
    }
    if (m.group(1).equals("0000")) {
      note(ImportCode.REINTERPRETED, loc, "the date \"" + s + "\" has the year 0: read as unknown");
      return null;
    }
    String text = m.group(1);
    if (m.group(2) != null && !m.group(2).equals("00")) {
      text += "-" + m.group(2);
      if (m.group(3) != null && !m.group(3).equals("00")) {
        text += "-" + m.group(3);
      }
    }
    if (text.length() != s.length()) {
      note(ImportCode.REINTERPRETED, loc, "the date \"" + s + "\" is read as " + text + " (00 means unknown)");
    }
    try {
      return PartialDate.parse(text);
    } catch (InvalidValueException e) {
      note(ImportCode.INVALID_VALUE, loc, "\"" + s + "\" is not a date: " + e.getMessage());
      return null;
    }
  }

  // ------------------------------------------------------------------------------------------- master

  private Album master(JsonNode r, DiscogsLoc loc) {
    Set<String> handled = new HashSet<>(List.of("id", "title", "artists", "genres", "styles", "year", "tracklist",
        "main_release", "notes"));
    String title = text(r, "title", loc);
    if (title == null || !validName(title)) {
      note(ImportCode.UNUSABLE, loc.at("title"), title == null ? "the master has no title" : "the title is not a valid name");
      return null;
    }
    List<ArtistCredit> artists = artists(r, "artists", loc, "artists");
    if (artists.isEmpty()) {
      note(ImportCode.UNUSABLE, loc.at("artists"), "the master has no usable artist credit; an album needs one");
      return null;
    }
    ExternalIds ids = discogsIds(r, "id", loc);
    List<String> genres = names(r, "genres", loc);
    List<String> styles = names(r, "styles", loc);
    Long year = number(r, "year", loc);
    PartialDate first = year == null ? null : year(year, loc.at("year"));
    Long main = number(r, "main_release", loc);
    if (main != null) {
      note(ImportCode.NOT_IMPORTED, loc.at("main_release"), "the main release " + main
          + " is not imported: a master gives no release of its own (import that release to have it)");
    }
    List<Item> items = new ArrayList<>();
    List<Heading> headings = new ArrayList<>();
    tracklist(r, loc, items, headings);
    for (Heading h : headings) {
      note(ImportCode.NOT_IMPORTED, h.loc.at("title"), "the heading \"" + h.title
          + "\" has no place: a master has recordings but no media to hold sections");
    }
    positions(items, false);
    validate(items);
    Map<String, Work.Builder> works = new LinkedHashMap<>();
    trackCredits(items, works, new HashMap<>());
    rest(r, loc, "", handled);
    List<Recording> recordings = recordings(items, works, true);
    Album.Builder album = Album.builder().title(title).addAllArtists(artists).addAllGenres(genres)
        .addAllStyles(styles).addAllRecordings(recordings);
    addWorks(album, works, loc);
    if (first != null) {
      album.firstReleased(first);
    }
    if (text(r, "notes", loc) != null) {
      Note n = build(() -> Note.of(r.get("notes").asString()), loc.at("notes"), "the notes");
      if (n != null) {
        album.addNotes(n);
      }
    }
    if (ids != null) {
      album.ids(ids);
    }
    return finish(album, loc, title, artists, ids);
  }
}
