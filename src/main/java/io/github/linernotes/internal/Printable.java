package io.github.linernotes.internal;

/**
 * Makes text from the input safe to put in a one-line message: control characters, line and paragraph
 * separators and unpaired surrogates become {@code \}{@code uXXXX} escapes, and text past a length is cut.
 */
public final class Printable {

  /** The longest piece of input a message quotes. */
  public static final int QUOTED = 200;

  private Printable() {}

  /** The text with the characters that would break a line escaped. */
  public static String of(String text) {
    return of(text, Integer.MAX_VALUE);
  }

  /** The text with the characters that would break a line escaped, cut after {@code max} chars. */
  public static String of(String text, int max) {
    int end = Math.min(text.length(), max);
    StringBuilder sb = null;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      boolean unpaired = Character.isHighSurrogate(c)
          ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      int type = Character.getType(c);
      boolean escape = type == Character.CONTROL || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || unpaired;
      if (escape && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (escape) {
        sb.append(String.format("\\u%04X", (int) c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    if (end < text.length()) {
      return (sb == null ? text.substring(0, end) : sb) + "\u2026 (" + (text.length() - end) + " more)";
    }
    return sb == null ? text : sb.toString();
  }
}
