package io.github.linernotes.json;

/**
 * The encoding rules every catalogue reader applies. Catalogues are UTF-8. A byte-order mark
 * (U+FEFF, the bytes EF BB BF) may open the input and is skipped there; anywhere else it is an error.
 * Input that starts like UTF-16 or UTF-32 — a UTF-16 byte-order mark, or a zero byte among the first
 * four, which UTF-8 JSON never has — is refused before Jackson's encoding detection can reinterpret it.
 */
final class Utf8Input {

  /** The byte-order mark as a character. */
  static final char BOM = '\uFEFF';

  /** How many leading bytes {@link #problem(byte[], int, int)} looks at. */
  static final int HEAD = 4;

  private Utf8Input() {}

  /** Whether {@code length} bytes of {@code bytes} from {@code from} start with the UTF-8 byte-order mark. */
  static boolean startsWithBom(byte[] bytes, int from, int length) {
    return length >= 3 && (bytes[from] & 0xff) == 0xEF && (bytes[from + 1] & 0xff) == 0xBB
        && (bytes[from + 2] & 0xff) == 0xBF;
  }

  /**
   * Says why input that starts with these bytes is not UTF-8 JSON, or returns null when its start
   * is fine.
   */
  static String problem(byte[] bytes, int from, int length) {
    if (length >= 2) {
      int first = bytes[from] & 0xff;
      int second = bytes[from + 1] & 0xff;
      if (first == 0xFE && second == 0xFF || first == 0xFF && second == 0xFE) {
        return "the input starts with a UTF-16 byte-order mark; catalogues are UTF-8";
      }
    }
    for (int i = 0; i < Math.min(length, HEAD); i++) {
      if (bytes[from + i] == 0) {
        return "byte " + (i + 1) + " is zero, as in UTF-16 or UTF-32 text; catalogues are UTF-8";
      }
    }
    return null;
  }
}
