package io.github.linernotes.cli;

import java.io.PrintStream;
import picocli.CommandLine.Help;
import picocli.CommandLine;

/** The tool's name, and what it prints for a mistake on the command line. */
final class Usage {

  /** The tool's name in messages. */
  static final String PROGRAM = "linernotes";

  private Usage() {}

  /**
   * Prints a usage mistake on {@code err}: the message after the tool's name, then the synopsis of the
   * command it was made in and where to find that command's help.
   *
   * @return the exit status for a usage mistake
   */
  static int report(Mistakes.Mistake mistake, PrintStream err) {
    err.println(PROGRAM + ": " + mistake.message());
    err.print(synopsis(mistake.command()));
    err.println("Run '" + mistake.command().getCommandSpec().qualifiedName() + " --help' for help.");
    return Main.TROUBLE;
  }

  /** The synopsis of {@code command} as its help shows it, {@code Usage: linernotes ...}, with its line end. */
  static String synopsis(CommandLine command) {
    Help help = command.getHelp();
    return help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength());
  }
}
