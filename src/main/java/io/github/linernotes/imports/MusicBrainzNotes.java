package io.github.linernotes.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The notes of one MusicBrainz document, in the order of the source. A field the model has no place for is
 * reported once per kind of entity and field (a track's {@code video} flag once, not once per track), at its
 * first location, with the number of places; every other note is reported where it happened, and an exact
 * repeat is dropped. Not thread-safe: one instance belongs to one import.
 */
final class MusicBrainzNotes {

  /** The first location and the count of one field that was not imported. */
  private static final class Group {
    final ImportCode code;
    final String location;
    final String message;
    int count = 1;

    Group(ImportCode code, String location, String message) {
      this.code = code;
      this.location = location;
      this.message = message;
    }
  }

  /** Either an {@link ImportNote} or a {@link Group}, in the order of their first occurrence. */
  private final List<Object> order = new ArrayList<>();
  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final Set<ImportNote> seen = new LinkedHashSet<>();

  /** Reports a field of an entity kind that the model cannot hold; repeats of the same kind and field count. */
  void notImported(String entity, String field, String location) {
    group(ImportCode.NOT_IMPORTED, "field\u0000" + entity + "\u0000" + field, location,
        "the " + entity + "'s \"" + field + "\" is not imported: the model has no place for it");
  }

  /** Reports a value left out for a reason of its own, once per key; the message is the first one's. */
  void notImportedBecause(String key, String location, String message) {
    group(ImportCode.NOT_IMPORTED, key, location, message);
  }

  /** Reports a note once per code and key, counting the repeats; the location and message are the first's. */
  void group(ImportCode code, String key, String location, String message) {
    String k = code.code() + "\u0000" + key;
    Group g = groups.get(k);
    if (g != null) {
      g.count++;
      return;
    }
    g = new Group(code, location, message);
    groups.put(k, g);
    order.add(g);
  }

  void add(ImportCode code, String location, String message) {
    ImportNote note = ImportNote.of(code, location, message);
    if (seen.add(note)) {
      order.add(note);
    }
  }

  void invalid(String location, String message) {
    add(ImportCode.INVALID_VALUE, location, message);
  }

  void reinterpreted(String location, String message) {
    add(ImportCode.REINTERPRETED, location, message);
  }

  void keptAsText(String location, String message) {
    add(ImportCode.KEPT_AS_TEXT, location, message);
  }

  /** Returns the notes so far, groups with their count. */
  List<ImportNote> toList() {
    List<ImportNote> out = new ArrayList<>(order.size());
    for (Object o : order) {
      if (o instanceof ImportNote n) {
        out.add(n);
      } else {
        Group g = (Group) o;
        String message = g.count == 1 ? g.message : g.message + " (" + g.count + " places; the first is here)";
        out.add(ImportNote.of(g.code, g.location, message));
      }
    }
    return out;
  }
}
