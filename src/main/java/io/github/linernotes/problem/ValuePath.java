package io.github.linernotes.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where in a value something was found: a sequence of property names and list indexes from the value's
 * root, such as {@code releases[0].media[0].tracks[3].position}. It prints two ways: {@link #toString()}
 * in that dotted form, and {@link #toPointer()} as an escaped
 * <a href="https://www.rfc-editor.org/rfc/rfc6901">JSON Pointer</a>,
 * {@code /releases/0/media/0/tracks/3/position}.
 *
 * <p>Immutable and thread-safe. Two paths are equal when their segments are.
 */
public final class ValuePath {

  private static final ValuePath ROOT = new ValuePath(List.of());

  private final List<Object> segments;

  private ValuePath(List<Object> segments) {
    this.segments = segments;
  }

  /**
   * Returns the path of a value's root, which has no segments; it prints as the empty string.
   *
   * @return the root path
   */
  public static ValuePath root() {
    return ROOT;
  }

  /**
   * Reads a path in the dotted form {@link #toString()} writes: property names separated by {@code .},
   * indexes in brackets ({@code credits[2].tracks[0]}); the empty string is the root.
   *
   * @param dotted the path
   * @return the path
   * @throws IllegalArgumentException for an empty property name, an unclosed bracket or an index that is
   *     not a whole number
   * @throws NullPointerException if {@code dotted} is null
   */
  public static ValuePath parse(String dotted) {
    Objects.requireNonNull(dotted, "dotted");
    List<Object> segments = new ArrayList<>();
    int i = 0;
    int n = dotted.length();
    while (i < n) {
      char c = dotted.charAt(i);
      if (c == '[') {
        int end = dotted.indexOf(']', i);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed '[' at index " + i + " of \"" + dotted + "\"");
        }
        try {
          segments.add(Integer.parseInt(dotted.substring(i + 1, end)));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("not an index at " + i + " of \"" + dotted + "\"", e);
        }
        i = end + 1;
        if (i < n && dotted.charAt(i) == '.') {
          i++;
        }
      } else {
        int end = i;
        while (end < n && dotted.charAt(end) != '.' && dotted.charAt(end) != '[') {
          end++;
        }
        if (end == i) {
          throw new IllegalArgumentException("empty property name at index " + i + " of \"" + dotted + "\"");
        }
        segments.add(dotted.substring(i, end));
        i = end < n && dotted.charAt(end) == '.' ? end + 1 : end;
      }
    }
    return segments.isEmpty() ? ROOT : new ValuePath(List.copyOf(segments));
  }

  /**
   * Returns this path followed by a property.
   *
   * @param name the property's name
   * @return the longer path
   * @throws NullPointerException if {@code name} is null
   */
  public ValuePath property(String name) {
    return append(Objects.requireNonNull(name, "name"));
  }

  /**
   * Returns this path followed by a list index.
   *
   * @param index the index, 0 or more
   * @return the longer path
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public ValuePath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("an index is not negative: " + index);
    }
    return append(index);
  }

  /**
   * Returns this path followed by another, as when a problem found inside a value is reported from the
   * value that holds it.
   *
   * @param inner the path below this one
   * @return the joined path
   * @throws NullPointerException if {@code inner} is null
   */
  public ValuePath resolve(ValuePath inner) {
    Objects.requireNonNull(inner, "inner");
    if (inner.segments.isEmpty()) {
      return this;
    }
    if (segments.isEmpty()) {
      return inner;
    }
    List<Object> joined = new ArrayList<>(segments);
    joined.addAll(inner.segments);
    return new ValuePath(List.copyOf(joined));
  }

  private ValuePath append(Object segment) {
    List<Object> longer = new ArrayList<>(segments.size() + 1);
    longer.addAll(segments);
    longer.add(segment);
    return new ValuePath(List.copyOf(longer));
  }

  /**
   * Tells whether this is the root path.
   *
   * @return true when the path has no segments
   */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /**
   * Returns the path as a JSON Pointer, with {@code ~} written {@code ~0} and {@code /} written {@code ~1}
   * inside property names.
   *
   * @return the pointer; empty for the root
   */
  public String toPointer() {
    StringBuilder sb = new StringBuilder();
    for (Object segment : segments) {
      sb.append('/');
      if (segment instanceof Integer) {
        sb.append(segment);
      } else {
        String name = (String) segment;
        for (int i = 0; i < name.length(); i++) {
          char c = name.charAt(i);
          sb.append(c == '~' ? "~0" : c == '/' ? "~1" : String.valueOf(c));
        }
      }
    }
    return sb.toString();
  }

  /**
   * Returns the path in dotted form, {@code releases[0].media[0].tracks[3].position}, which
   * {@link #parse(String)} reads back; empty for the root.
   *
   * @return the dotted path
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer) {
        sb.append('[').append(segment).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(segment);
      }
    }
    return sb.toString();
  }

  /**
   * Tells whether another object is a path with the same segments.
   *
   * @param other the object to compare with
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ValuePath && segments.equals(((ValuePath) other).segments);
  }

  /**
   * Returns a hash code computed from the segments.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return segments.hashCode();
  }
}
