package io.github.linernotes.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.LongSupplier;

/**
 * What the tool needs to know about where it runs: whether a person is watching (so that progress is worth
 * drawing), a clock for pacing the progress, and the sizes that switch progress on and output holding off.
 * Tests replace the defaults.
 */
final class Terminal {

  private final boolean interactive;
  private final LongSupplier clock;
  private final long progressThreshold;
  private final int holdLimit;
  private final LocalDate today;

  Terminal(boolean interactive, LongSupplier clock, long progressThreshold, int holdLimit) {
    this(interactive, clock, progressThreshold, holdLimit, LocalDate.now(ZoneOffset.UTC));
  }

  Terminal(boolean interactive, LongSupplier clock, long progressThreshold, int holdLimit, LocalDate today) {
    this.interactive = interactive;
    this.clock = clock;
    this.progressThreshold = progressThreshold;
    this.holdLimit = holdLimit;
    this.today = today;
  }

  /** The day the consistency checks take as today. */
  LocalDate today() {
    return today;
  }

  /** The real environment: interactive when the JVM has a console. */
  static Terminal system() {
    return new Terminal(System.console() != null, System::nanoTime, Progress.THRESHOLD_BYTES,
        HeldOutput.DEFAULT_HOLD_LIMIT);
  }

  /** Whether progress may be drawn. */
  boolean interactive() {
    return interactive;
  }

  /** Nanosecond time. */
  LongSupplier clock() {
    return clock;
  }

  /** Inputs larger than this many bytes get progress. */
  long progressThreshold() {
    return progressThreshold;
  }

  /** How many bytes of output {@code format} and {@code convert} hold back. */
  int holdLimit() {
    return holdLimit;
  }
}
