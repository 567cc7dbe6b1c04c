package io.github.linernotes.cli;

/** The tool's help texts. */
final class Usage {

  /** The tool's name in messages. */
  static final String PROGRAM = "linernotes";

  private Usage() {}

  private static String options(boolean to, boolean input, boolean general) {
    StringBuilder sb = new StringBuilder("Options:\n");
    if (to) {
      sb.append(general ? "  --to json|jsonl      (convert) the form to write: a catalogue document or JSON Lines\n"
          : "  --to json|jsonl      the form to write: a catalogue document or JSON Lines\n");
    }
    if (input) {
      sb.append("  --input json|jsonl   read FILE as a catalogue document or as JSON Lines; without it, files\n")
          .append("                       ending in .jsonl or .ndjson are JSON Lines and all others documents\n");
    }
    sb.append("  -h, --help           print this help and exit\n")
        .append("  --version            print the version and exit\n");
    if (input) {
      sb.append("\nFILE may be - for standard input. Input and output are UTF-8. A document may also be a file\n")
          .append("of one album, as the library writes it; format writes it back as one album.\n");
    }
    return sb.append("\nExit status: 0 when all is well, 1 when an input has a problem, 2 for a usage error, a file\n")
        .append("that cannot be read, or output that cannot be written.\n")
        .toString();
  }

  /** The full help, printed by {@code --help} without a command. */
  static String general() {
    StringBuilder sb = new StringBuilder();
    sb.append("Liner Notes: checks, formats and converts album catalogues.\n")
        .append("Run as: java -jar linernotes-<version>-cli.jar [COMMAND] [OPTIONS] [FILE...]\n\n")
        .append("Usage:\n");
    for (Command command : Command.values()) {
      sb.append("  ").append(command.synopsis()).append('\n');
    }
    sb.append("\nCommands:\n")
        .append("  (none)     print a summary of the bundled reference album\n")
        .append("  validate   report every problem in each FILE\n")
        .append("  format     print FILE in its canonical form\n")
        .append("  convert    print a catalogue document as JSON Lines, or JSON Lines as a document\n")
        .append('\n')
        .append(options(true, true, true))
        .append("\nRun 'linernotes COMMAND --help' for more about a command.\n");
    return sb.toString();
  }

  /** The help for one command. */
  static String of(Command command) {
    if (command == Command.SUMMARY) {
      return general();
    }
    return "Usage: " + command.synopsis() + "\n\n" + command.description() + "\n\n"
        + options(command == Command.CONVERT, command.readsFiles(), false);
  }

  /** What to print on standard error after a usage error message. */
  static String hint(Command command) {
    String synopsis = command == null || command == Command.SUMMARY ? "linernotes [COMMAND] [OPTIONS] [FILE...]"
        : command.synopsis();
    String help = command == null || command == Command.SUMMARY ? "linernotes --help"
        : "linernotes " + command.word() + " --help";
    return "Usage: " + synopsis + "\nRun '" + help + "' for help.\n";
  }
}
