package io.github.linernotes.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;

/** The top command, {@code linernotes} without a subcommand: a summary of the reference album. */
@Command(name = Usage.PROGRAM, versionProvider = LinerNotesCommand.Version.class,
    synopsisSubcommandLabel = "[COMMAND]",
    header = {
        "Liner Notes: checks, formats and converts album catalogues.",
        "Run as: java -jar linernotes-<version>-cli.jar [COMMAND] [OPTIONS] [FILE...]",
        ""},
    description = {
        "Without a COMMAND, prints a summary of the reference album bundled with the library, Miles Davis' "
            + "\"Ascenseur pour l'échafaud\": its sessions and line-ups, its releases and tracks, its reviews "
            + "and its sources; then writes its liner notes as a web page into the temporary directory "
            + "and prints the page's path."},
    commandListHeading = "%nCommands:%n",
    footer = {"", "Run 'linernotes COMMAND --help' for more about a command."})
final class LinerNotesCommand implements Action {

  /** The version line, {@code linernotes 0.1.0}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Usage.PROGRAM + " " + Main.version()};
    }
  }

  @Mixin
  private HelpOptions helpOptions;

  private final Main main;

  LinerNotesCommand(Main main) {
    this.main = main;
  }

  @Override
  public int run() {
    return main.summary();
  }
}
