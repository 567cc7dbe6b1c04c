package io.github.linernotes.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code format}: FILE in its canonical form. */
@Command(name = "format", description = {
    "Prints FILE in its canonical form.",
    "",
    "Prints FILE in its canonical form on standard output: a catalogue document as a document, JSON Lines "
        + "as JSON Lines. Stops at the first problem and reports it on standard error.",
    "",
    "The first 4 MiB of output are held back until FILE has been read to its end, so a smaller result is "
        + "printed whole or not at all. A larger one is streamed: a problem found late leaves the output "
        + "truncated (a document then lacks its closing brackets), and the exit status is 1."})
final class FormatCommand implements Action {

  @Mixin
  private InputOption input;

  @Mixin
  private ThreadsOption threads;

  @Mixin
  private HelpOptions helpOptions;

  @Parameters(paramLabel = "FILE", description = "a catalogue document or JSON Lines file")
  private String file;

  private final Main main;

  FormatCommand(Main main) {
    this.main = main;
  }

  @Override
  public int run() {
    return main.format(file, input.kind(), threads.reader());
  }
}
