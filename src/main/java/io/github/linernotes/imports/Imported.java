package io.github.linernotes.imports;

import io.github.linernotes.Album;
import java.util.List;
import java.util.Objects;

/**
 * What one import produced: the albums, each valid, and the notes on every source value that was left out or
 * reinterpreted. An input that could not become an album has no albums and at least one note with the code
 * {@link ImportCode#UNUSABLE}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Imported {

  private final List<Album> albums;
  private final List<ImportNote> notes;

  private Imported(List<Album> albums, List<ImportNote> notes) {
    this.albums = List.copyOf(Objects.requireNonNull(albums, "albums"));
    this.notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
  }

  /**
   * Returns a result.
   *
   * @param albums the albums imported
   * @param notes the notes on what was left out or reinterpreted
   * @return the result
   * @throws NullPointerException if an argument or an element is null
   */
  public static Imported of(List<Album> albums, List<ImportNote> notes) {
    return new Imported(albums, notes);
  }

  /**
   * Returns the albums imported.
   *
   * @return the albums, possibly empty
   */
  public List<Album> albums() {
    return albums;
  }

  /**
   * Returns the notes on source values that were left out or reinterpreted, in the order of the source.
   *
   * @return the notes, possibly empty
   */
  public List<ImportNote> notes() {
    return notes;
  }

  /**
   * Tells whether the input became at least one album.
   *
   * @return {@code true} if there is an album
   */
  public boolean isUsable() {
    return !albums.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Imported i && i.albums.equals(albums) && i.notes.equals(notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(albums, notes);
  }

  @Override
  public String toString() {
    return "Imported[" + albums.size() + " albums, " + notes.size() + " notes]";
  }
}
