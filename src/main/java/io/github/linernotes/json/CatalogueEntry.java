package io.github.linernotes.json;

import io.github.linernotes.Album;
import io.github.linernotes.problem.ValuePath;
import java.util.Objects;

/**
 * An album read from a catalogue, with where it was found: its place among the albums and the line it
 * starts on, so that later findings about it can be located in the file.
 *
 * <p>Immutable and thread-safe.
 */
public final class CatalogueEntry {

  private final Album album;
  private final long index;
  private final long line;
  private final ValuePath path;

  CatalogueEntry(Album album, long index, long line, ValuePath path) {
    this.album = Objects.requireNonNull(album, "album");
    this.index = index;
    this.line = line;
    this.path = path;
  }

  /**
   * Returns the album.
   *
   * @return the album
   */
  public Album album() {
    return album;
  }

  /**
   * Returns the album's place in the catalogue, counting from 0 and including albums that were skipped
   * as bad; in a document it is the index in the {@code albums} array. An album read from one line
   * alone ({@link CatalogueReader#readLine}) cannot know its place: -1.
   *
   * @return the index, or -1 when not known
   */
  public long index() {
    return index;
  }

  /**
   * Returns the 1-based line the album starts on.
   *
   * @return the line, or 0 when not known
   */
  public long line() {
    return line;
  }

  /**
   * Returns the path of the album in its source: {@code albums[3]} in a catalogue document; the root in
   * JSON Lines, where each line is a document of its own, and in a file that holds one album.
   *
   * @return the path of the album, to put before the paths of problems inside it
   */
  public ValuePath path() {
    return path;
  }

  /**
   * Returns the JSON Pointer of the album in its source, the same as {@code path().toPointer()}:
   * {@code /albums/3} in a document, empty otherwise.
   *
   * @return the pointer
   */
  public String pointer() {
    return path.toPointer();
  }
}
