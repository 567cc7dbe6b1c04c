package io.github.linernotes.consistency;

/** How serious a {@link Finding} is. */
public enum Severity {
  /** The album cannot be right as it stands: two of its facts contradict each other. */
  ERROR,
  /** Probably wrong, or missing something a careful catalogue would have. */
  WARNING,
  /** Worth knowing; nothing is wrong. */
  INFO
}
