package io.github.linernotes.imports;

import java.io.InputStream;
import java.util.Objects;
import java.util.function.ObjLongConsumer;
import tools.jackson.databind.JsonNode;

/**
 * Imports Discogs data: one API v2 JSON document (a release or a master) or a monthly XML data dump
 * ({@code releases.xml}, {@code masters.xml}), into {@link io.github.linernotes.Album}s and
 * {@link ImportNote}s on every source value that was left out or reinterpreted.
 *
 * <p>A release becomes one album with one release: its media from the formats (a format with {@code qty} N
 * gives N media; the tracks go to media by their positions: sides {@code A}/{@code B} to the first record,
 * {@code CD2-5} to the second CD), one recording per track, company credits, identifiers, the release event
 * (a country name as its code), credits limited to the recordings their track ranges name, works for the
 * writers of a track, and a session for each "Recorded At" company. A master becomes an album with its
 * recordings and no release. Discogs' names lose their disambiguation suffix ({@code Hipgnosis (2)}); the
 * artist, label and company ids are kept as {@link io.github.linernotes.ExternalIds}.
 *
 * <p>Pure functions: no network, no state; thread-safe.
 */
public final class DiscogsImport {

  private DiscogsImport() {}

  /**
   * Imports one Discogs API v2 JSON document: a release ({@code /releases/{id}}) or a master
   * ({@code /masters/{id}}), told apart by their properties (a master has {@code main_release}). Locations of
   * the notes are JSON Pointers into the document. A byte-order mark that opens the text is skipped, as the
   * MusicBrainz importer skips it.
   *
   * @param json the document's text
   * @return the album (none, with an {@link ImportCode#UNUSABLE} note, when the document is JSON but not a
   *     usable release or master, for example without a title or an artist) and the notes
   * @throws ImportException if the text is not well-formed JSON, repeats a key in an object, or has content
   *     after the document; its note says the line and column
   * @throws NullPointerException if {@code json} is null
   */
  public static Imported read(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode root = ImportJson.parse(json);
    return DiscogsMapper.map(root, DiscogsMapper.Kind.AUTO, DiscogsLoc.JSON_POINTER);
  }

  /**
   * Imports one Discogs API v2 JSON document read from a stream as UTF-8, as {@link #read(String)} does. The
   * stream is read to its end and not closed.
   *
   * @param json the document's bytes, in UTF-8, at most 64 MiB
   * @return the album and the notes, as {@link #read(String)}
   * @throws ImportException if the bytes are not UTF-8 (the note gives the byte), are more than 64 MiB, or
   *     are not well-formed JSON
   * @throws java.io.UncheckedIOException if reading the stream fails
   * @throws NullPointerException if {@code json} is null
   */
  public static Imported read(InputStream json) {
    Objects.requireNonNull(json, "json");
    String text = ImportInput.readUtf8(json);
    return read(text);
  }

  /**
   * Imports a Discogs monthly XML data dump: a stream of {@code <release>} or {@code <master>} elements under
   * one root ({@code <releases>}, {@code <masters>}), gzip-compressed or not (recognised by the gzip magic
   * bytes), of any size, in constant memory: one element is read (with StAX), imported and handed to
   * {@code each} before the next is read. Locations of the notes are XPaths such as
   * {@code /releases/release[3]/tracklist/track[2]/position}. An element that cannot become an album is an
   * {@link Imported} without album and with an {@link ImportCode#UNUSABLE} note, and reading goes on; so it
   * does after an element of more than 64 Mi characters, which is not imported. A DOCTYPE is refused and no
   * entity is ever expanded or fetched. The stream is not closed; an exception {@code each} throws is passed on
   * unchanged.
   *
   * @param xml the dump's bytes
   * @param each receives every element's result with the 1-based line where the element starts
   * @throws ImportException if the XML is not well-formed or ends early (after the elements before the
   *     fault were delivered), has a DOCTYPE, or the stream or its gzip data cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static void readDump(InputStream xml, ObjLongConsumer<Imported> each) {
    Objects.requireNonNull(xml, "xml");
    Objects.requireNonNull(each, "each");
    DiscogsDump.read(xml, each);
  }
}
