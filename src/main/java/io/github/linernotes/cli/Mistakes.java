package io.github.linernotes.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Puts picocli's parse errors in the tool's own words, and picks the one to report when a command line has
 * several.
 */
final class Mistakes {

  /** One mistake: the command it was made in, its rank (lower is reported first) and the message. */
  record Mistake(CommandLine command, Rank rank, String message) {}

  /** The order in which mistakes are reported, the earliest first. */
  enum Rank { UNKNOWN, BAD_VALUE, MISPLACED, MISSING_OPTION, MISSING_FILE, EXTRA_FILE }

  private Mistakes() {}

  /** The mistake to report for a command line parsed with its errors collected, if it has any. */
  static Optional<Mistake> first(ParseResult parsed) {
    List<Mistake> found = new ArrayList<>();
    for (ParseResult result = parsed; result != null; result = result.subcommand()) {
      for (Exception error : result.errors()) {
        if (!(error instanceof ParameterException)) {
          throw new IllegalStateException("the commands are not set up right", error);
        }
        found.addAll(describe((ParameterException) error, parsed));
      }
    }
    return found.stream().min(Comparator.comparing(Mistake::rank));
  }

  /** A mistake that a command finds itself, once the line has been parsed. */
  static Mistake of(ParameterException e) {
    return new Mistake(e.getCommandLine(), Rank.UNKNOWN, e.getMessage());
  }

  private static List<Mistake> describe(ParameterException e, ParseResult parsed) {
    CommandLine command = e.getCommandLine();
    if (e instanceof UnmatchedArgumentException) {
      return unmatched(command, ((UnmatchedArgumentException) e).getUnmatched(), parsed);
    }
    if (e instanceof MissingParameterException) {
      return List.of(missing(command, (MissingParameterException) e));
    }
    if (e.getCause() instanceof TypeConversionException && e.getArgSpec() instanceof OptionSpec) {
      OptionSpec option = (OptionSpec) e.getArgSpec();
      // a flag with a value attached, --strict=yes, fails as a conversion to boolean
      String message = option.longestName()
          + (option.arity().max() == 0 ? " takes no value" : " " + e.getCause().getMessage());
      return List.of(new Mistake(command, Rank.BAD_VALUE, message));
    }
    return List.of(new Mistake(command, Rank.UNKNOWN, e.getMessage()));
  }

  private static Mistake missing(CommandLine command, MissingParameterException e) {
    // picocli raises this for an option left without its value as well as for a required one not given
    if (e.getMessage().startsWith("Missing required parameter for option")) {
      OptionSpec option = (OptionSpec) e.getMissing().get(0);
      return new Mistake(command, Rank.BAD_VALUE,
          option.longestName() + " needs a value: " + option.paramLabel().replace("|", " or "));
    }
    String name = command.getCommandName();
    for (ArgSpec arg : e.getMissing()) {
      if (arg.isOption()) {
        // --to json|jsonl: "convert needs --to json or --to jsonl"
        String option = ((OptionSpec) arg).longestName();
        return new Mistake(command, Rank.MISSING_OPTION,
            name + " needs " + option + " " + arg.paramLabel().replace("|", " or " + option + " "));
      }
    }
    return new Mistake(command, Rank.MISSING_FILE,
        name + " needs a " + e.getMissing().get(0).paramLabel() + " (or - for standard input)");
  }

  /** Arguments picocli could not place: unknown or misplaced options, unknown commands, FILEs too many. */
  private static List<Mistake> unmatched(CommandLine command, List<String> args, ParseResult parsed) {
    boolean top = command.getParent() == null;
    List<Mistake> found = new ArrayList<>();
    int extraFiles = 0;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.length() < 2 || !arg.startsWith("-")) {
        if (top) {
          found.add(new Mistake(command, Rank.UNKNOWN, "unknown command '" + arg + "'"));
        } else {
          extraFiles++;
        }
        continue;
      }
      int equals = arg.indexOf('=');
      String option = equals < 0 ? arg : arg.substring(0, equals);
      List<CommandLine> owners = owners(command, option);
      if (owners.isEmpty()) {
        found.add(new Mistake(command, Rank.UNKNOWN, "unknown option '" + option + "'"));
        continue;
      }
      found.add(new Mistake(command, Rank.MISPLACED, misplaced(command, option, owners, parsed)));
      boolean takesValue = owners.get(0).getCommandSpec().optionsMap().get(option).arity().max() > 0;
      if (takesValue && equals < 0) {
        i++; // its value, which picocli could not place either
      }
    }
    if (extraFiles > 0) {
      // the command took one FILE before these
      found.add(new Mistake(command, Rank.EXTRA_FILE,
          command.getCommandName() + " takes one FILE, not " + (1 + extraFiles)));
    }
    return found;
  }

  /** The other commands of the tool that have the option called {@code name}. */
  private static List<CommandLine> owners(CommandLine command, String name) {
    CommandLine top = command;
    while (top.getParent() != null) {
      top = top.getParent();
    }
    return Commands.all(top).stream()
        .filter(other -> other != command && other.getCommandSpec().optionsMap().containsKey(name))
        .collect(Collectors.toList());
  }

  private static String misplaced(CommandLine command, String option, List<CommandLine> owners,
      ParseResult parsed) {
    List<String> names = owners.stream().map(CommandLine::getCommandName).collect(Collectors.toList());
    if (command.getParent() == null) {
      ParseResult sub = parsed.subcommand();
      if (sub != null && names.contains(sub.commandSpec().name())) {
        return option + " goes after the command: " + Usage.PROGRAM + " " + sub.commandSpec().name() + " "
            + option + " ...";
      }
      // the wording the tool has always had: --to is counted with the options of all file commands
      return option + (names.size() == 1 && !option.equals("--to") ? " needs the " + names.get(0) + " command"
          : " needs a command that reads files");
    }
    // given to format or validate, --to means convert was meant; other options just belong elsewhere
    return command.getCommandName() + " does not take " + option
        + (option.equals("--to") ? "; did you mean convert?" : "; it belongs to " + String.join(" and ", names));
  }
}
