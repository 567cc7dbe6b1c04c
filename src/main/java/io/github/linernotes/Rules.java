package io.github.linernotes;

import io.github.linernotes.problem.Problem;
import io.github.linernotes.problem.ValuePath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The field rules every record shares (names, texts, ids, positions, codes, sets without repeats) and the
 * collector of their violations. Each record states its own rules in its {@code @Value.Check} method with
 * these, looking only at what is new at its level (nested records passed their own checks when they were
 * built), and {@link #done()} throws every violation at once. The album's references are resolved by
 * {@link AlbumReferences}.
 */
final class Rules {

  static final int MAX_NAME_LENGTH = 1_000;
  static final int MAX_TEXT_LENGTH = 20_000;
  static final int MAX_ID_LENGTH = 64;
  static final int MAX_POSITION_LENGTH = 20;
  /** Lists up to this size are checked for duplicates pairwise, without allocating a set. */
  static final int SMALL = 16;

  static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  static final Set<String> REGIONS = Set.of("XE", "XW");

  private final String recordType;
  List<Problem> violations;

  Rules(String recordType) {
    this.recordType = recordType;
  }

  /** A take number, when given, is 1 or more. */
  void take(String path, java.util.OptionalInt take) {
    if (take.isPresent() && take.getAsInt() < 1) {
      add(path, Rule.OUT_OF_RANGE, "take " + take.getAsInt() + " is not 1 or more");
    }
  }

  /** The credits of one track or one recording belong to it alone and name no track positions. */
  void creditsWithoutPositions(String path, List<Personnel> credits, String owner) {
    for (int i = 0; i < credits.size(); i++) {
      if (!credits.get(i).tracks().isEmpty()) {
        add(path + "[" + i + "].tracks", Rule.CONFLICTING_VALUES, "a credit on one " + owner + " cannot name track positions");
      }
    }
  }

  /** Starts checking one record of the named type. */
  static Rules of(String recordType) {
    return new Rules(recordType);
  }

  void add(String path, Rule rule, String message) {
    if (violations == null) {
      violations = new ArrayList<>(4);
    }
    violations.add(Problem.of(rule, ValuePath.parse(path), message));
  }

  void done() {
    if (violations != null) {
      throw new ValidationException(recordType, violations);
    }
  }

  // ---- shared rules ---------------------------------------------------------------------------

  static boolean namesPositions(List<Personnel> credits) {
    for (Personnel p : credits) {
      if (!p.tracks().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  void creditPositions(String path, List<Personnel> credits, Set<String> positions, String where) {
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

  static Set<String> positionsOf(Release release) {
    Set<String> positions = new HashSet<>();
    for (Medium medium : release.media()) {
      for (Track track : medium.tracks()) {
        positions.add(track.position());
      }
    }
    return positions;
  }

  void uniquePositions(String prefix, Medium medium) {
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

  <T> Set<String> uniqueIds(String path, List<T> items, java.util.function.Function<T, String> idOf) {
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

  <T> void unique(String path, List<T> values) {
    Set<T> seen = seenSet(values);
    for (int i = 0; i < values.size(); i++) {
      if (earlierIndexOf(values, i, seen) >= 0) {
        add(path + "[" + i + "]", Rule.DUPLICATE_VALUE, "\"" + values.get(i) + "\" is listed twice");
      }
    }
  }

  void name(String path, String value) {
    checkText(path, value, MAX_NAME_LENGTH, false, Rule.REQUIRED);
  }

  void text(String path, String value) {
    checkText(path, value, MAX_TEXT_LENGTH, true, Rule.REQUIRED);
  }

  void optionalName(String path, Optional<String> value) {
    if (value.isPresent()) {
      checkText(path, value.get(), MAX_NAME_LENGTH, false, Rule.BLANK);
    }
  }

  void optionalText(String path, Optional<String> value) {
    if (value.isPresent()) {
      checkText(path, value.get(), MAX_TEXT_LENGTH, true, Rule.BLANK);
    }
  }

  /**
   * Checks a text in one pass: not blank (else {@code blankCode}), not too long, no control character
   * (line feeds and tabs allowed when {@code lineBreaks}). Returns whether it passed.
   */
  boolean checkText(String path, String value, int max, boolean lineBreaks, Rule blankCode) {
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
   * The character rule of all text: no control character (line feeds, carriage returns and tabs allowed when
   * {@code lineBreaks}) and no unpaired surrogate, which no encoding can write. Returns whether it passed.
   */
  boolean characters(String path, String value, boolean lineBreaks) {
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      // C0 controls are below U+0020; DEL and the C1 controls run from U+007F to U+009F
      if ((c < ' ' || (char) (c - 0x7f) <= 0x20) && !(lineBreaks && (c == '\n' || c == '\r' || c == '\t'))) {
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
  static <T> int earlierIndexOf(List<T> values, int i, Set<T> seen) {
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

  static <T> Set<T> seenSet(List<T> values) {
    return values.size() > SMALL ? new HashSet<>() : null;
  }

  void nameList(String path, List<String> values) {
    Set<String> seen = seenSet(values);
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (checkText(path, value, MAX_NAME_LENGTH, false, Rule.BLANK, i) && earlierIndexOf(values, i, seen) >= 0) {
        add(path + "[" + i + "]", Rule.DUPLICATE_VALUE, "\"" + value + "\" is listed twice");
      }
    }
  }

  boolean checkText(String path, String value, int max, boolean lineBreaks, Rule blankCode, int index) {
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

  void idList(String path, List<String> ids) {
    Set<String> seen = seenSet(ids);
    for (int i = 0; i < ids.size(); i++) {
      if (!validId(ids.get(i))) {
        id(path + "[" + i + "]", ids.get(i));
      } else if (earlierIndexOf(ids, i, seen) >= 0) {
        add(path + "[" + i + "]", Rule.DUPLICATE_VALUE, "\"" + ids.get(i) + "\" is listed twice");
      }
    }
  }

  void positionList(String path, List<String> positions) {
    Set<String> seen = seenSet(positions);
    for (int i = 0; i < positions.size(); i++) {
      if (!validPosition(positions.get(i))) {
        position(path + "[" + i + "]", positions.get(i));
      } else if (earlierIndexOf(positions, i, seen) >= 0) {
        add(path + "[" + i + "]", Rule.DUPLICATE_VALUE, "\"" + positions.get(i) + "\" is listed twice");
      }
    }
  }

  static boolean validId(String id) {
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

  static boolean validPosition(String position) {
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
  static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  boolean id(String path, String id) {
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

  boolean position(String path, String position) {
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

  void length(String path, String value, int max) {
    if (value.length() > max) {
      add(path, Rule.TOO_LONG, "has " + value.length() + " characters; at most " + max + " are allowed");
    }
  }
}
