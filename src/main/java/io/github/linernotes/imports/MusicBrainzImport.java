package io.github.linernotes.imports;

import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ObjLongConsumer;

/**
 * Imports MusicBrainz web service (ws/2) JSON, as {@code fmt=json} returns it, and MusicBrainz JSON dumps,
 * into albums. The album is the release group (title, artist credit, types, first release date, genres, ids);
 * a release lookup gives one release with its labels, events, barcode, media, tracks and credits, and the
 * album-level recordings, works and sessions its tracks refer to; a release-group lookup gives its releases;
 * a recording lookup gives an album named after the recording, holding it with its works and session. Every
 * source value the model cannot hold, or that breaks a rule of the model, is an {@link ImportNote} with a JSON
 * Pointer to it.
 *
 * <p>Pure functions: no network, no global state; thread-safe.
 */
public final class MusicBrainzImport {

  private MusicBrainzImport() {}

  /**
   * Imports one ws/2 JSON document: a release lookup, a release-group lookup (with {@code releases}) or a
   * recording lookup, recognised from its properties.
   *
   * @param json the document; a leading byte-order mark is skipped
   * @return one album and the notes; or, for a well-formed document that is none of the three kinds or has
   *     no title or artist credit, no album and an {@link ImportCode#UNUSABLE} note saying why
   * @throws ImportException when the text is empty, not well-formed JSON, has a duplicate key or trailing
   *     content, or passes Jackson's default limits (nesting, string and number length); its note gives the
   *     {@code line:column}
   * @throws NullPointerException if {@code json} is null
   */
  public static Imported read(String json) {
    Objects.requireNonNull(json, "json");
    return MusicBrainzMapper.map(ImportJson.parse(json));
  }

  /**
   * Imports one ws/2 JSON document from a stream of UTF-8 bytes, as {@link #read(String)} does. The stream is
   * read to its end and not closed.
   *
   * @param json the document's bytes, at most 64 MiB; a leading byte-order mark is skipped
   * @return one album and the notes, or no album and an {@link ImportCode#UNUSABLE} note
   * @throws ImportException when the bytes are not UTF-8 (the note gives the byte), the document is longer
   *     than 64 MiB, or for any reason {@link #read(String)} gives
   * @throws java.io.UncheckedIOException when reading the stream fails
   * @throws NullPointerException if {@code json} is null
   */
  public static Imported read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return read(ImportInput.readUtf8(json));
  }

  /**
   * Imports a MusicBrainz JSON dump: one entity (a release, release group or recording, as in the ws/2 JSON)
   * per line, of any size, in constant memory. {@code each} receives every non-blank line's result with its
   * 1-based line number, in order. A line that cannot be read (not UTF-8, not well-formed JSON, longer than
   * 64 MiB) is an {@link Imported} without album and with one {@link ImportCode#UNUSABLE} note whose location
   * is empty and whose message says why; reading goes on with the next line. Lines of spaces and tabs are
   * skipped; {@code \r\n} line ends and a byte-order mark at the start are accepted. The stream is not closed.
   *
   * @param jsonLines the dump's bytes, UTF-8
   * @param each receives each line's result and line number; an exception it throws ends the reading
   * @throws java.io.UncheckedIOException when reading the stream fails
   * @throws NullPointerException if an argument is null
   */
  public static void readDump(InputStream jsonLines, ObjLongConsumer<Imported> each) {
    readDump(jsonLines, Math.max(1, Runtime.getRuntime().availableProcessors()), each);
  }

  /**
   * Imports a MusicBrainz JSON dump as {@link #readDump(InputStream, ObjLongConsumer)} does, with the lines
   * decoded, parsed and mapped on {@code threads} worker threads. {@code each} still receives every result
   * on the calling thread, in line order, and an exception it throws still ends the reading; a few batches
   * of lines per thread (at most 4 MiB of them unless one line is longer) are read ahead. The worker threads
   * are daemon threads of this call alone and have ended when it returns. With 1, everything happens on the
   * calling thread.
   *
   * @param jsonLines the dump's bytes, UTF-8
   * @param threads the number of worker threads, at least 1
   * @param each receives each line's result and line number; an exception it throws ends the reading
   * @throws java.io.UncheckedIOException when reading the stream fails
   * @throws IllegalArgumentException if {@code threads} is below 1
   * @throws NullPointerException if an argument is null
   */
  public static void readDump(InputStream jsonLines, int threads, ObjLongConsumer<Imported> each) {
    readDump(jsonLines, each, ImportInput.MAX_BYTES, threads);
  }

  /**
   * Imports one line of a MusicBrainz JSON dump that was split into lines elsewhere — by a distributed
   * engine, say — exactly as {@link #readDump(InputStream, ObjLongConsumer)} imports the line with that
   * number: a carriage return that ends it is dropped, a byte-order mark is skipped on line 1, a line of
   * spaces and tabs gives nothing, and a line that cannot be read, or is longer than 64 MiB, is an
   * {@link Imported} without album and with one {@link ImportCode#UNUSABLE} note.
   *
   * @param line the line's UTF-8 bytes, without the line feed that ends it; not kept after the call
   * @param lineNumber the line's 1-based number in the dump
   * @return the line's result; empty for a blank line
   * @throws IllegalArgumentException if {@code lineNumber} is below 1
   * @throws NullPointerException if {@code line} is null
   */
  public static Optional<Imported> readDumpLine(byte[] line, long lineNumber) {
    Objects.requireNonNull(line, "line");
    if (lineNumber < 1) {
      throw new IllegalArgumentException("lineNumber must be at least 1, not " + lineNumber);
    }
    return MusicBrainzDump.line(line, lineNumber, ImportInput.MAX_BYTES);
  }

  /** As {@link #readDump(InputStream, int, ObjLongConsumer)} with another bound on a line, for tests. */
  static void readDump(InputStream jsonLines, ObjLongConsumer<Imported> each, int maxLineBytes, int threads) {
    Objects.requireNonNull(jsonLines, "jsonLines");
    Objects.requireNonNull(each, "each");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    MusicBrainzDump.read(jsonLines, each, maxLineBytes, threads);
  }

  /** As {@link #readDump(InputStream, ObjLongConsumer)} with another bound on a line, for tests. */
  static void readDump(InputStream jsonLines, ObjLongConsumer<Imported> each, int maxLineBytes) {
    readDump(jsonLines, each, maxLineBytes, Math.max(1, Runtime.getRuntime().availableProcessors()));
  }
}
