package io.github.linernotes.imports;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;

/**
 * A place in a Discogs source tree, as property names and array indexes from the entity's root, rendered as
 * a JSON Pointer (API JSON) or an XPath (dump XML) by the {@link Renderer} of its source.
 */
final class DiscogsLoc {

  /** Turns a place into the text of a note's location. */
  interface Renderer {
    String render(DiscogsLoc loc);
  }

  private final DiscogsLoc parent;
  private final String name;
  private final int index;

  private DiscogsLoc(DiscogsLoc parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  static DiscogsLoc root() {
    return new DiscogsLoc(null, null, -1);
  }

  DiscogsLoc at(String property) {
    return new DiscogsLoc(this, property, -1);
  }

  DiscogsLoc at(int i) {
    return new DiscogsLoc(this, null, i);
  }

  /** The segments from the root: a String for a property, an Integer for an array index. */
  Deque<Object> segments() {
    Deque<Object> out = new ArrayDeque<>();
    for (DiscogsLoc l = this; l.parent != null; l = l.parent) {
      out.addFirst(l.name != null ? l.name : (Object) l.index);
    }
    return out;
  }

  /** JSON Pointer rendering, for API documents. */
  static final Renderer JSON_POINTER = loc -> {
    StringBuilder sb = new StringBuilder();
    for (Object s : loc.segments()) {
      sb.append('/');
      sb.append(s instanceof String str ? str.replace("~", "~0").replace("/", "~1") : s.toString());
    }
    return sb.toString();
  };

  /**
   * XPath rendering for one element of a dump: {@code /releases/release[3]/tracklist/track[2]/position}.
   * Attributes are {@code @name}; a property {@code elem@attr} is the attribute of a text-only child element.
   */
  static Renderer xpath(String rootName, String entityName, long n, Map<String, String> childNames,
      Map<String, Set<String>> attributes) {
    return loc -> {
      StringBuilder sb = new StringBuilder("/").append(rootName).append('/').append(entityName)
          .append('[').append(n).append(']');
      String current = entityName;
      for (Object s : loc.segments()) {
        if (s instanceof String str) {
          int at = str.indexOf('@');
          if (at > 0) {
            sb.append('/').append(str, 0, at).append("/@").append(str.substring(at + 1));
          } else if (attributes.getOrDefault(current, Set.of()).contains(str)) {
            sb.append("/@").append(str);
          } else {
            sb.append('/').append(str);
            current = str;
          }
        } else {
          String child = childNames.getOrDefault(current, "*");
          sb.append('/').append(child).append('[').append(((Integer) s) + 1).append(']');
          current = child;
        }
      }
      return sb.toString();
    };
  }
}
