package io.github.linernotes.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: every problem and every consistency finding in each FILE. */
@Command(name = "validate", description = {
    "Reports every problem in each FILE.",
    "",
    "Reads each FILE and reports every problem found in it on standard output, one per line:",
    "",
    "  FILE:LINE:COLUMN: POINTER: MESSAGE [CODE]",
    "",
    "where POINTER is the JSON Pointer of the offending value (/ for the whole document) and CODE names the "
        + "broken rule. LINE and COLUMN are left out when they are not known. After each file, one line on "
        + "standard error counts its valid albums and its problems. A bad album is skipped and reading goes "
        + "on; a problem that leaves nothing to go on with (broken JSON in a document, a wrong format marker "
        + "or version) ends the reading of that file.",
    "",
    "Every album that reads cleanly then gets the consistency checks; their findings are printed the same "
        + "way, with the severity before the message:",
    "",
    "  FILE:LINE: POINTER: warning: MESSAGE [CODE]",
    "",
    "Findings of severity error make the exit status 1; warnings and info do not, unless --strict is given, "
        + "which makes warnings count as problems too."})
final class ValidateCommand implements Action {

  @Option(names = "--strict", description = "count consistency warnings as problems")
  private boolean strict;

  @Option(names = "--shared-ids", description = {
      "also report albums that name the same MusicBrainz release group or Discogs master as an album "
          + "before them, in any FILE [shared-album-id]; keeps each such id in memory"})
  private boolean sharedIds;

  @Mixin
  private InputOption input;

  @Mixin
  private ThreadsOption threads;

  @Mixin
  private HelpOptions helpOptions;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "a catalogue document or JSON Lines file")
  private List<String> files;

  @Spec
  private CommandSpec spec;

  private final Main main;

  ValidateCommand(Main main) {
    this.main = main;
  }

  @Override
  public int run() {
    if (files.stream().filter(Input.STDIN_ARGUMENT::equals).count() > 1) {
      throw new ParameterException(spec.commandLine(), "standard input (-) can be read only once");
    }
    return main.validate(files, input.kind(), strict, sharedIds, threads.reader());
  }
}
