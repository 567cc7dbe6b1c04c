package io.github.linernotes.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code --input}, and what the help says about inputs, for every command that reads files. */
@Command(footer = {"",
    "FILE may be - for standard input. Input and output are UTF-8. A document may also be a file of one "
        + "album, as the library writes it; format writes it back as one album."})
final class InputOption {

  @Option(names = "--input", paramLabel = "json|jsonl", converter = KindConverter.class, description = {
      "read FILE as a catalogue document or as JSON Lines; without it, files ending in .jsonl or .ndjson are "
          + "JSON Lines and all others documents"})
  private InputKind kind;

  /** The kind given, or null to go by each file's name (as {@link Input#open} takes it). */
  InputKind kind() {
    return kind;
  }
}
