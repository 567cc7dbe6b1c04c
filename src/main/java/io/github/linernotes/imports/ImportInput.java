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

/**
 * The bytes of one import document, or of one line of a JSON Lines dump, as text: strictly UTF-8 and at most
 * {@link #MAX_BYTES} bytes. A document that breaks either is an {@link ImportException} whose
 * {@link ImportCode#UNUSABLE} note says why ({@code byte N} for the first byte that is not UTF-8); a stream
 * that fails is an {@link UncheckedIOException}.
 */
final class ImportInput {

  /** The most bytes one document, or one line of a dump, may have: 64 MiB. */
  static final int MAX_BYTES = 64 * 1024 * 1024;

  private ImportInput() {}

  /** Reads a whole stream of at most {@link #MAX_BYTES} bytes as UTF-8 text; the stream is not closed. */
  static String readUtf8(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16384];
    try {
      for (int n; (n = in.read(buf)) >= 0; ) {
        if (out.size() + (long) n > MAX_BYTES) {
          throw ImportJson.failure("", "the document is longer than " + MAX_BYTES + " bytes, the most one document may have",
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
      throw ImportJson.failure("byte " + (in.position() - offset + 1), "the input is not UTF-8", null);
    }
    out.flip();
    return out.toString();
  }

}
