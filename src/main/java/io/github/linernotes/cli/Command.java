package io.github.linernotes.cli;

/** What the tool was asked to do, with each command's help text. */
enum Command {
  /** No command: a summary of the bundled reference album. */
  SUMMARY(null, "linernotes [--help | --version]",
      "Prints a summary of the reference album bundled with the library, Miles Davis' \"Ascenseur pour\n"
          + "l'échafaud\": its sessions and line-ups, its releases and tracks, its reviews and its sources."),
  /** Reads files and reports every problem. */
  VALIDATE("validate", "linernotes validate [--strict] [--input json|jsonl] FILE...",
      "Reads each FILE and reports every problem found in it on standard output, one per line:\n"
          + "\n"
          + "  FILE:LINE:COLUMN: POINTER: MESSAGE [CODE]\n"
          + "\n"
          + "where POINTER is the JSON Pointer of the offending value (/ for the whole document) and CODE\n"
          + "names the broken rule. LINE and COLUMN are left out when they are not known. After each\n"
          + "file, one line on standard error counts its valid albums and its problems. A bad album is\n"
          + "skipped and reading goes on; a problem that leaves nothing to go on with (broken JSON in a\n"
          + "document, a wrong format marker or version) ends the reading of that file.\n"
          + "\n"
          + "Every album that reads cleanly then gets the consistency checks; their findings are printed\n"
          + "the same way, with the severity before the message:\n"
          + "\n"
          + "  FILE:LINE: POINTER: warning: MESSAGE [CODE]\n"
          + "\n"
          + "Findings of severity error make the exit status 1; warnings and info do not, unless --strict\n"
          + "is given, which makes warnings count as problems too."),
  /** Prints a file in its canonical form. */
  FORMAT("format", "linernotes format [--input json|jsonl] FILE",
      "Prints FILE in its canonical form on standard output: a catalogue document as a document, JSON\n"
          + "Lines as JSON Lines. Stops at the first problem and reports it on standard error.\n"
          + "\n"
          + "The first 4 MiB of output are held back until FILE has been read to its end, so a smaller\n"
          + "result is printed whole or not at all. A larger one is streamed: a problem found late leaves\n"
          + "the output truncated (a document then lacks its closing brackets), and the exit status is 1."),
  /** Prints a file in the other form. */
  CONVERT("convert", "linernotes convert --to json|jsonl [--input json|jsonl] FILE",
      "Prints FILE in the form given by --to, canonically: --to jsonl writes one album per line,\n"
          + "--to json a catalogue document. Converting to the form FILE already has is the same as\n"
          + "format. Works album by album in constant memory; output and errors are as for format.");

  private final String word;
  private final String synopsis;
  private final String description;

  Command(String word, String synopsis, String description) {
    this.word = word;
    this.synopsis = synopsis;
    this.description = description;
  }

  /** The command's name on the command line, or null for {@link #SUMMARY}. */
  String word() {
    return word;
  }

  /** One line showing how to call it. */
  String synopsis() {
    return synopsis;
  }

  /** What it does, in a few lines. */
  String description() {
    return description;
  }

  /** Whether it reads files, and so takes FILE arguments and {@code --input}. */
  boolean readsFiles() {
    return this != SUMMARY;
  }

  /** The command named {@code word}, or null. */
  static Command ofWord(String word) {
    for (Command command : values()) {
      if (word.equals(command.word)) {
        return command;
      }
    }
    return null;
  }
}
