package io.github.linernotes.json;

import io.github.linernotes.Album;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A catalogue being written one album at a time, for producers that hand over albums as they make them (an
 * import of a dump, say) rather than as an {@code Iterable}. The bytes are exactly those of
 * {@link CatalogueWriter}: {@link #document(OutputStream)} writes a catalogue document, whose last line
 * {@link #close()} adds, and {@link #lines(OutputStream)} writes JSON Lines.
 *
 * <pre>{@code
 * try (CatalogueOutput catalogue = CatalogueOutput.document(out)) {
 *   catalogue.write(album);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one producer writes to it. {@code close()} flushes the stream but does not close it.
 */
public final class CatalogueOutput implements AutoCloseable {

  private static final byte[] HEAD = ("{\"format\":\"" + CatalogueReader.FORMAT + "\",\"version\":"
      + CatalogueReader.VERSION + ",\"albums\":[").getBytes(StandardCharsets.UTF_8);
  private static final byte[] TAIL = "]}\n".getBytes(StandardCharsets.UTF_8);

  private final OutputStream out;
  private final boolean document;
  private long count;
  private boolean started;
  private boolean closed;
  private boolean failed;

  private CatalogueOutput(OutputStream out, boolean document) {
    this.out = Objects.requireNonNull(out, "out");
    this.document = document;
  }

  /**
   * Starts a catalogue document on {@code out}; nothing is written before the first album or
   * {@code close()}.
   *
   * @param out where to write
   * @return the output
   * @throws NullPointerException if {@code out} is null
   */
  public static CatalogueOutput document(OutputStream out) {
    return new CatalogueOutput(out, true);
  }

  /**
   * Starts JSON Lines on {@code out}: one album per line.
   *
   * @param out where to write
   * @return the output
   * @throws NullPointerException if {@code out} is null
   */
  public static CatalogueOutput lines(OutputStream out) {
    return new CatalogueOutput(out, false);
  }

  /**
   * Writes one album in its canonical form.
   *
   * @param album the album
   * @throws NullPointerException if {@code album} is null
   * @throws IllegalStateException if the output is closed
   * @throws UncheckedIOException if writing fails
   */
  public void write(Album album) {
    Objects.requireNonNull(album, "album");
    if (closed) {
      throw new IllegalStateException("the catalogue output is closed");
    }
    try {
      byte[] json = LinerNotesJson.mapper().writeValueAsBytes(album);
      if (document) {
        if (!started) {
          out.write(HEAD);
          out.write('\n');
        } else {
          out.write(',');
          out.write('\n');
        }
        started = true;
        out.write(json);
      } else {
        out.write(json);
        out.write('\n');
      }
      count++;
    } catch (IOException e) {
      failed = true;
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns how many albums were written.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Ends the catalogue (a document's closing line; an empty document when no album was written) and
   * flushes the stream, which stays open. Closing twice does nothing more. After a failed write nothing
   * is added, so that a broken document never ends as if it were whole.
   *
   * @throws UncheckedIOException if writing fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (failed) {
      return;
    }
    try {
      if (document) {
        if (!started) {
          out.write(HEAD);
        } else {
          out.write('\n');
        }
        out.write(TAIL);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
