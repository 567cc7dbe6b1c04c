package io.github.linernotes.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code convert}: FILE as a catalogue document or as JSON Lines. */
@Command(name = "convert", description = {
    "Prints a catalogue document as JSON Lines, or JSON Lines as a document.",
    "",
    "Prints FILE in the form given by --to, canonically: --to jsonl writes one album per line, --to json a "
        + "catalogue document. Converting to the form FILE already has is the same as format. Works album by "
        + "album in constant memory; output and errors are as for format."})
final class ConvertCommand implements Action {

  @Option(names = "--to", paramLabel = "json|jsonl", required = true, converter = KindConverter.class,
      description = "the form to write: a catalogue document or JSON Lines")
  private InputKind to;

  @Mixin
  private InputOption input;

  @Mixin
  private ThreadsOption threads;

  @Mixin
  private HelpOptions helpOptions;

  @Parameters(paramLabel = "FILE", description = "a catalogue document or JSON Lines file")
  private String file;

  private final Main main;

  ConvertCommand(Main main) {
    this.main = main;
  }

  @Override
  public int run() {
    return main.convert(file, input.kind(), to, threads.reader());
  }
}
