package io.github.linernotes.json;

import io.github.linernotes.Album;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes catalogues in their canonical form, UTF-8:
 * <ul>
 *   <li>a document: {@code {"format":"linernotes/catalogue","version":1,"albums":[} on the first line,
 *       each album's canonical JSON on a line of its own (separated by commas), and {@code ]}} on the
 *       last line;</li>
 *   <li>JSON Lines: each album's canonical JSON on one line, each line ending in {@code \n}.</li>
 * </ul>
 * Both hold one album at a time, so a {@code Stream} of any length can be written (pass
 * {@code stream::iterator}).
 *
 * <p>Thread-safe: it has no state.
 */
public final class CatalogueWriter {

  private CatalogueWriter() {}

  /**
   * Writes a catalogue document to a stream, which is flushed but not closed.
   *
   * @param albums the albums, in order
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument or an album is null
   */
  public static void writeDocument(Iterable<Album> albums, OutputStream out) {
    Objects.requireNonNull(albums, "albums");
    CatalogueOutput catalogue = CatalogueOutput.document(out);
    albums.forEach(catalogue::write);
    catalogue.close();
  }

  /**
   * Writes a catalogue document to a file, replacing it.
   *
   * @param albums the albums, in order
   * @param file the file
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument or an album is null
   */
  public static void writeDocument(Iterable<Album> albums, Path file) {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      writeDocument(albums, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns a catalogue document as text.
   *
   * @param albums the albums, in order
   * @return the document
   * @throws NullPointerException if an argument or an album is null
   */
  public static String documentToString(Iterable<Album> albums) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeDocument(albums, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes albums as JSON Lines to a stream, which is flushed but not closed.
   *
   * @param albums the albums, in order
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument or an album is null
   */
  public static void writeLines(Iterable<Album> albums, OutputStream out) {
    Objects.requireNonNull(albums, "albums");
    CatalogueOutput catalogue = CatalogueOutput.lines(out);
    albums.forEach(catalogue::write);
    catalogue.close();
  }

  /**
   * Writes albums as JSON Lines to a file, replacing it.
   *
   * @param albums the albums, in order
   * @param file the file
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument or an album is null
   */
  public static void writeLines(Iterable<Album> albums, Path file) {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      writeLines(albums, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns albums as JSON Lines text.
   *
   * @param albums the albums, in order
   * @return the text, one album per line
   * @throws NullPointerException if an argument or an album is null
   */
  public static String linesToString(Iterable<Album> albums) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeLines(albums, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
