package io.github.linernotes.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line, parsed. Options may come before or after the command and the files, as
 * {@code --to jsonl} or {@code --to=jsonl}; {@code --} ends the options. {@code --help} and
 * {@code --version} win over any mistake elsewhere on the line, so {@code validate --help} works without a
 * FILE.
 */
final class Arguments {

  /** A mistake on the command line; the message says what it is. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Command command;

    UsageException(String message, Command command) {
      super(message, null, false, false);
      this.command = command;
    }

    /** The command the mistake was made in, or null if none was recognised. */
    Command command() {
      return command;
    }
  }

  private final Command command;
  private final boolean help;
  private final boolean version;
  private final InputKind input;
  private final InputKind to;
  private final List<String> files;
  private final boolean strict;

  private Arguments(Command command, boolean help, boolean version, InputKind input, InputKind to,
      List<String> files, boolean strict) {
    this.command = command;
    this.help = help;
    this.version = version;
    this.input = input;
    this.to = to;
    this.files = List.copyOf(files);
    this.strict = strict;
  }

  /** Whether {@code --strict} was given: consistency warnings then count as problems. */
  boolean strict() {
    return strict;
  }

  /** The command; {@link Command#SUMMARY} when none was given. */
  Command command() {
    return command;
  }

  /** Whether help was asked for. */
  boolean help() {
    return help;
  }

  /** Whether the version was asked for. */
  boolean version() {
    return version;
  }

  /** The {@code --input} value, or null to go by file names. */
  InputKind input() {
    return input;
  }

  /** The {@code --to} value, or null when not given. */
  InputKind to() {
    return to;
  }

  /** The FILE arguments, in order. */
  List<String> files() {
    return files;
  }

  /**
   * Parses a command line.
   *
   * @throws UsageException for an unknown command or option, a missing or bad option value, or a wrong
   *     number of files, unless help or the version was asked for
   */
  static Arguments parse(String[] args) throws UsageException {
    Command command = null;
    boolean help = false;
    boolean version = false;
    InputKind input = null;
    InputKind to = null;
    List<String> positional = new ArrayList<>();
    String mistake = null;
    boolean optionsEnded = false;
    boolean strict = false;

    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      boolean option = !optionsEnded && arg.startsWith("-") && !arg.equals(Input.STDIN_ARGUMENT);
      if (!option) {
        if (command == null && positional.isEmpty()) {
          command = Command.ofWord(arg);
          if (command == null) {
            mistake = first(mistake, "unknown command '" + arg + "'");
            command = Command.SUMMARY;
          }
        } else {
          positional.add(arg);
        }
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      if (arg.equals("-h") || arg.equals("--help")) {
        help = true;
        continue;
      }
      if (arg.equals("--version")) {
        version = true;
        continue;
      }
      if (arg.equals("--strict")) {
        strict = true;
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      if (!name.equals("--input") && !name.equals("--to")) {
        mistake = first(mistake, "unknown option '" + name + "'");
        continue;
      }
      String value;
      if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        mistake = first(mistake, name + " needs a value: json or jsonl");
        continue;
      }
      InputKind kind = InputKind.ofOptionValue(value);
      if (kind == null) {
        mistake = first(mistake, name + " must be json or jsonl, not '" + value + "'");
      } else if (name.equals("--input")) {
        input = kind;
      } else {
        to = kind;
      }
    }

    if (command == null) {
      command = Command.SUMMARY;
    }
    if (help || version) {
      return new Arguments(command, help, version, input, to, positional, strict);
    }
    if (mistake != null) {
      throw new UsageException(mistake, command);
    }
    check(command, input, to, positional);
    if (strict && command != Command.VALIDATE) {
      throw new UsageException(command.word() == null ? "--strict needs the validate command"
          : command.word() + " does not take --strict; it belongs to validate", command);
    }
    return new Arguments(command, false, false, input, to, positional, strict);
  }

  private static void check(Command command, InputKind input, InputKind to, List<String> files)
      throws UsageException {
    if (command == Command.SUMMARY) {
      if (input != null || to != null) {
        throw new UsageException((input != null ? "--input" : "--to") + " needs a command that reads files",
            command);
      }
      return;
    }
    if (to != null && command != Command.CONVERT) {
      throw new UsageException(command.word() + " does not take --to; did you mean convert?", command);
    }
    if (command == Command.CONVERT && to == null) {
      throw new UsageException("convert needs --to json or --to jsonl", command);
    }
    if (files.isEmpty()) {
      throw new UsageException(command.word() + " needs a FILE (or - for standard input)", command);
    }
    if (command != Command.VALIDATE && files.size() > 1) {
      throw new UsageException(command.word() + " takes one FILE, not " + files.size(), command);
    }
    if (files.stream().filter(Input.STDIN_ARGUMENT::equals).count() > 1) {
      throw new UsageException("standard input (-) can be read only once", command);
    }
  }

  private static String first(String earlier, String later) {
    return earlier != null ? earlier : later;
  }
}
