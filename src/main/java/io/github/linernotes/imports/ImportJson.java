package io.github.linernotes.imports;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON text of either service (a MusicBrainz ws/2 document or dump line, a Discogs API document)
 * into a tree: strictly UTF-8, duplicate keys refused, nothing after the value,
 * Jackson's default {@code StreamReadConstraints}. Every failure is an {@link ImportException} with an
 * {@link ImportCode#UNUSABLE} note whose location is {@code line:column} (or {@code byte N} for bytes that are
 * not UTF-8). The mapper is immutable and thread-safe.
 */
final class ImportJson {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private ImportJson() {}

  /** Parses one JSON text; a leading byte-order mark is skipped. */
  static JsonNode parse(String text) {
    String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    if (t.isBlank()) {
      throw failure("", "the input is empty", null);
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(t);
    } catch (JacksonException e) {
      TokenStreamLocation l = e.getLocation();
      String where = l == null || l == TokenStreamLocation.NA ? "" : l.getLineNr() + ":" + l.getColumnNr();
      String reason = e.getOriginalMessage();
      throw failure(where, "not well-formed JSON: " + (reason == null ? e.getClass().getSimpleName() : reason), e);
    }
    if (node == null || node.isMissingNode()) {
      throw failure("", "the input is empty", null);
    }
    return node;
  }

  static ImportException failure(String location, String message, Throwable cause) {
    return new ImportException(ImportNote.of(ImportCode.UNUSABLE, location, message), cause);
  }
}
