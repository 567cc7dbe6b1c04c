package io.github.linernotes.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads MusicBrainz JSON text into a tree: strictly UTF-8, duplicate keys refused, nothing after the value,
 * Jackson's default {@code StreamReadConstraints}. Every failure is an {@link ImportException} with an
 * {@link ImportCode#UNUSABLE} note whose location is {@code line:column} (or {@code byte N} for bytes that are
 * not UTF-8). The mapper is immutable and thread-safe.
 */
final class MusicBrainzJson {

  /** The most bytes one document, or one line of a dump, may have: 64 MiB. */
  static final int MAX_BYTES = 64 * 1024 * 1024;

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private MusicBrainzJson() {}

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

  /** Reads a whole stream of at most {@link #MAX_BYTES} bytes as UTF-8 text; the stream is not closed. */
  static String readUtf8(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16384];
    try {
      for (int n; (n = in.read(buf)) >= 0; ) {
        if (out.size() + (long) n > MAX_BYTES) {
          throw failure("", "the document is longer than " + MAX_BYTES + " bytes, the most one document may have",
              null);
        }
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return decode(out.toByteArray(), 0, out.size());
  }

  /** Decodes bytes as UTF-8, refusing anything that is not. */
  static String decode(byte[] bytes, int offset, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      throw failure("byte " + (in.position() - offset + 1), "the input is not UTF-8", null);
    }
    out.flip();
    return out.toString();
  }

  static ImportException failure(String location, String message, Throwable cause) {
    return new ImportException(ImportNote.of(ImportCode.UNUSABLE, location, message), cause);
  }
}
