package io.github.linernotes.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One JSON object of a MusicBrainz document as the mapper reads it: every property read is marked, values of
 * the wrong JSON type become {@link ImportCode#INVALID_VALUE} notes instead of exceptions, and
 * {@link #finish()} reports every property that was not read and holds something as
 * {@link ImportCode#NOT_IMPORTED}. Not thread-safe: it belongs to one import.
 */
final class MusicBrainzObject {

  static final int MAX_NAME = 1_000;
  static final int MAX_TEXT = 20_000;

  private final JsonNode node;
  private final String path;
  private final String entity;
  private final MusicBrainzNotes notes;
  private final Set<String> read = new HashSet<>();

  private MusicBrainzObject(JsonNode node, String path, String entity, MusicBrainzNotes notes) {
    this.node = node;
    this.path = path;
    this.entity = entity;
    this.notes = notes;
  }

  /** Wraps {@code node} if it is an object; otherwise reports it (unless it is null) and returns null. */
  static MusicBrainzObject of(JsonNode node, String path, String entity, MusicBrainzNotes notes) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (!node.isObject()) {
      notes.invalid(path, "expected the " + entity + " as a JSON object, found " + describe(node));
      return null;
    }
    return new MusicBrainzObject(node, path, entity, notes);
  }

  /** One element of an array, with its location. */
  record Element(JsonNode node, String path) {}

  String path() {
    return path;
  }

  String entity() {
    return entity;
  }

  MusicBrainzNotes notes() {
    return notes;
  }

  /** The location of a property of this object, as a JSON Pointer. */
  String path(String key) {
    return path + "/" + escape(key);
  }

  static String escape(String key) {
    if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
      return key;
    }
    return key.replace("~", "~0").replace("/", "~1");
  }

  boolean has(String key) {
    JsonNode v = node.get(key);
    return v != null && !v.isNull();
  }

  /** Marks properties as read that need no note: they repeat what was imported under another name. */
  void skip(String... keys) {
    for (String k : keys) {
      read.add(k);
    }
  }

  /** The raw value, marked as read; null when absent or JSON null. */
  JsonNode raw(String key) {
    read.add(key);
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : v;
  }

  /** A text as it is; empty for absent, null and "". A value of another type is reported. */
  Optional<String> text(String key) {
    JsonNode v = raw(key);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isString()) {
      notes.invalid(path(key), "expected text, found " + describe(v) + "; left out");
      return Optional.empty();
    }
    String s = v.stringValue();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** A text that must be a valid name (not blank, at most 1,000 characters, no control character). */
  Optional<String> name(String key) {
    return checked(key, MAX_NAME, false);
  }

  /** A text that may be long and hold line breaks, such as an annotation. */
  Optional<String> longText(String key) {
    return checked(key, MAX_TEXT, true);
  }

  private Optional<String> checked(String key, int max, boolean lineBreaks) {
    Optional<String> t = text(key);
    if (t.isPresent()) {
      String problem = textProblem(t.get(), max, lineBreaks);
      if (problem != null) {
        notes.invalid(path(key), problem + "; left out");
        return Optional.empty();
      }
    }
    return t;
  }

  /** A whole number; empty for absent and null. A value of another type is reported. */
  OptionalLong integer(String key) {
    JsonNode v = raw(key);
    if (v == null) {
      return OptionalLong.empty();
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      notes.invalid(path(key), "expected a whole number, found " + describe(v) + "; left out");
      return OptionalLong.empty();
    }
    return OptionalLong.of(v.longValue());
  }

  /** A boolean; empty for absent and null. A value of another type is reported. */
  Optional<Boolean> bool(String key) {
    JsonNode v = raw(key);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isBoolean()) {
      notes.invalid(path(key), "expected true or false, found " + describe(v) + "; left out");
      return Optional.empty();
    }
    return Optional.of(v.booleanValue());
  }

  /** A nested object, or null when absent, null or of another type (reported). */
  MusicBrainzObject object(String key, String childEntity) {
    return of(raw(key), path(key), childEntity, notes);
  }

  /** The elements of an array; empty when absent or null. A value of another type is reported. */
  List<Element> array(String key) {
    JsonNode v = raw(key);
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      notes.invalid(path(key), "expected an array, found " + describe(v) + "; left out");
      return List.of();
    }
    List<Element> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      out.add(new Element(v.get(i), path(key) + "/" + i));
    }
    return out;
  }

  /** The texts of an array of strings; other elements are reported and left out. */
  List<String> texts(String key) {
    List<String> out = new ArrayList<>();
    for (Element e : array(key)) {
      if (e.node() != null && e.node().isString() && !e.node().stringValue().isEmpty()) {
        out.add(e.node().stringValue());
      } else if (e.node() != null && !e.node().isNull() && !(e.node().isString())) {
        notes.invalid(e.path(), "expected text, found " + describe(e.node()) + "; left out");
      }
    }
    return out;
  }

  /** Reports every property not read that holds something (not null, "", [] or {}). */
  void finish() {
    for (Map.Entry<String, JsonNode> p : node.properties()) {
      if (!read.contains(p.getKey()) && !isEmpty(p.getValue())) {
        notes.notImported(entity, p.getKey(), path(p.getKey()));
      }
    }
  }

  static boolean isEmpty(JsonNode v) {
    return v == null || v.isNull() || (v.isString() && v.stringValue().isEmpty())
        || ((v.isArray() || v.isObject()) && v.isEmpty());
  }

  /** A short description of a JSON value's type, for messages. */
  static String describe(JsonNode v) {
    if (v == null || v.isNull()) {
      return "null";
    }
    if (v.isObject()) {
      return "an object";
    }
    if (v.isArray()) {
      return "an array";
    }
    if (v.isNumber()) {
      return "a number";
    }
    if (v.isBoolean()) {
      return "a boolean";
    }
    if (v.isString()) {
      return "text";
    }
    return "a " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Checks a text against the model's rules for names and texts: not blank, not too long, no control
   * character (line breaks and tabs allowed in long texts), no unpaired surrogate. Returns null when it
   * passes, else the reason.
   */
  static String textProblem(String value, int max, boolean lineBreaks) {
    if (value.isBlank()) {
      return "is blank";
    }
    if (value.length() > max) {
      return "has " + value.length() + " characters, more than the " + max + " the model allows";
    }
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if ((c < ' ' || (c >= 0x7f && c <= 0x9f)) && !(lineBreaks && (c == '\n' || c == '\r' || c == '\t'))) {
        return String.format("has the control character U+%04X", (int) c);
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          return "has an unpaired surrogate";
        }
      } else if (Character.isLowSurrogate(c)) {
        return "has an unpaired surrogate";
      }
    }
    return null;
  }
}
