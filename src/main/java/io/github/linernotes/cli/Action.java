package io.github.linernotes.cli;

/** A command of the tool, run once its command line has been parsed without a mistake. */
interface Action {

  /**
   * Runs the command.
   *
   * @return the exit status
   * @throws picocli.CommandLine.ParameterException for a mistake on the command line that only the command
   *     can see
   */
  int run();
}
