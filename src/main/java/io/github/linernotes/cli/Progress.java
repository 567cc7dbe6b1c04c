package io.github.linernotes.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * Shows how far the reading of a large file has got, on one terminal line that is rewritten in place:
 * {@code \rfile: 42% (1234 albums)}. Redraws at most four times a second, and ends the line when done.
 * The inactive instance, {@link #NONE}, does nothing.
 */
class Progress {

  /** Files up to this size are read without progress. */
  static final long THRESHOLD_BYTES = 8L << 20;

  /** The shortest time between two redraws. */
  static final long INTERVAL_NANOS = 250_000_000L;

  /** Progress that shows nothing. */
  static final Progress NONE = new Progress();

  private final PrintStream terminal;
  private final String name;
  private final CountingInputStream bytes;
  private final long size;
  private final LongSupplier clock;
  private long albums;
  private long lastDrawn;
  private int drawnWidth;
  private boolean drawnOnce;

  private Progress() {
    this(null, null, null, 0, null);
  }

  /**
   * Progress for one input.
   *
   * @param terminal where to draw, normally standard error
   * @param name the input's name
   * @param bytes the stream whose count is the position
   * @param size the input's size in bytes
   * @param clock nanosecond time, such as {@code System::nanoTime}
   */
  Progress(PrintStream terminal, String name, CountingInputStream bytes, long size, LongSupplier clock) {
    this.terminal = terminal;
    this.name = name;
    this.bytes = bytes;
    this.size = size;
    this.clock = clock;
  }

  private boolean active() {
    return terminal != null;
  }

  /** Notes that one more album was read, and redraws if the last redraw is old enough. */
  void album() {
    albums++;
    tick();
  }

  /** Redraws if the last redraw is old enough. */
  void tick() {
    if (!active()) {
      return;
    }
    long now = clock.getAsLong();
    if (!drawnOnce || now - lastDrawn >= INTERVAL_NANOS) {
      lastDrawn = now;
      draw();
    }
  }

  /** Blanks the progress line so that other text can be written to the terminal. */
  void clear() {
    if (!active() || drawnWidth == 0) {
      return;
    }
    terminal.print('\r' + " ".repeat(drawnWidth) + '\r');
    terminal.flush();
    drawnWidth = 0;
  }

  /** Draws the final state and ends the line. */
  void finish() {
    if (!active()) {
      return;
    }
    draw();
    terminal.println();
    terminal.flush();
    drawnWidth = 0;
  }

  private void draw() {
    long percent = size <= 0 ? 100 : Math.min(100, bytes.count() * 100 / size);
    String text = name + ": " + percent + "% (" + albums + (albums == 1 ? " album)" : " albums)");
    int padding = Math.max(0, drawnWidth - text.length());
    terminal.print('\r' + text + " ".repeat(padding));
    terminal.flush();
    drawnWidth = text.length() + padding;
    drawnOnce = true;
  }
}
