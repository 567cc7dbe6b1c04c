package io.github.linernotes.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two shapes a catalogue file comes in. */
enum InputKind {
  /** A catalogue document: one JSON object with a format marker, a version and an albums array. */
  DOCUMENT("json"),
  /** JSON Lines: one album per line. */
  LINES("jsonl");

  private final String optionValue;

  InputKind(String optionValue) {
    this.optionValue = optionValue;
  }

  /** The word that names this kind on the command line ({@code json} or {@code jsonl}). */
  String optionValue() {
    return optionValue;
  }

  /** The kind named by {@code value} on the command line, if it names one. */
  static Optional<InputKind> ofOptionValue(String value) {
    return Arrays.stream(values()).filter(kind -> kind.optionValue.equals(value)).findFirst();
  }

  /** Guesses from the file name: {@code .jsonl} and {@code .ndjson} are JSON Lines, the rest documents. */
  static InputKind ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? LINES : DOCUMENT;
  }
}
