package io.github.linernotes.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/** The tool's commands, registered in one place, and how a command line reaches one of them. */
final class Commands {

  private Commands() {}

  /** {@code linernotes} and its subcommands, each run against {@code main}. */
  private static CommandLine tree(Main main) {
    CommandLine top = new CommandLine(new LinerNotesCommand(main));
    top.addSubcommand(new ValidateCommand(main));
    top.addSubcommand(new FormatCommand(main));
    top.addSubcommand(new ConvertCommand(main));
    top.addSubcommand(new ImportCommand(main));
    top.addSubcommand(new ExportCommand(main));
    // plain text even on a terminal; this reaches only the subcommands already added
    top.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    for (CommandLine command : all(top)) {
      command.getCommandSpec().parser()
          .collectErrors(true) // so that --help and --version win over a mistake anywhere on the line
          .expandAtFiles(false) // @name is a file name, not a file of more arguments
          .overwrittenOptionsAllowed(true) // the last --input given wins
          .allowOptionsAsOptionParameters(true); // in --to --input, "--input" is a bad value for --to
    }
    return top;
  }

  /** {@code top} and its subcommands. */
  static List<CommandLine> all(CommandLine top) {
    List<CommandLine> all = new ArrayList<>();
    all.add(top);
    all.addAll(top.getSubcommands().values());
    return all;
  }

  /**
   * Parses {@code args} and does what they ask: prints the help of the last command named, or the version,
   * or the first mistake, or runs the command.
   *
   * @return the exit status
   */
  static int run(Main main, String[] args, PrintStream out, PrintStream err) {
    CommandLine top = tree(main);
    ParseResult parsed = top.parseArgs(args);
    List<CommandLine> named = parsed.asCommandLineList();
    CommandLine last = named.get(named.size() - 1);
    if (named.stream().anyMatch(CommandLine::isUsageHelpRequested)) {
      last.usage(out);
      return Main.OK;
    }
    if (named.stream().anyMatch(CommandLine::isVersionHelpRequested)) {
      top.printVersionHelp(out);
      return Main.OK;
    }
    Optional<Mistakes.Mistake> mistake = Mistakes.first(parsed);
    if (mistake.isPresent()) {
      return Usage.report(mistake.get(), err);
    }
    Action action = last.getCommand();
    try {
      return action.run();
    } catch (ParameterException e) {
      return Usage.report(Mistakes.of(e), err);
    }
  }
}
