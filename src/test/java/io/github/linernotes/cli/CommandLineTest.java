package io.github.linernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The summary, help, version and usage errors. */
class CommandLineTest {

  @Test
  void withoutACommandItSummarisesTheReferenceAlbum() {
    Cli.Result result = Cli.run();

    assertThat(result.status).isZero();
    assertThat(result.err).isEmpty();
    assertThat(result.outLines()).first().isEqualTo("Ascenseur pour l'échafaud");
    assertThat(result.outLines()).contains(
        "Miles Davis · 1958 · soundtrack",
        "  1957-12-04/1957-12-05, Le Poste Parisien, Paris, FR",
        "    Barney Wilen (tenor saxophone)",
        "  Ascenseur pour l'échafaud: Fontana 660.213 MR, 1958 (XE), 25:38",
        "    B5   Chez le photographe du motel               3:50",
        "  Jazz Track: Columbia CL 1268, date unknown (US)",
        "    Grammy Award, Best Jazz Performance, Solo or Small Group: nominated (1960)",
        "    17–26: The soundtrack as it was mixed and edited for the film in 1958 and heard in the cinema.",
        "  AllMusic (Michael G. Nastos): 4.5/5 step 0.5 = 90/100 [3]",
        "  Mojo (Mary Caulfield): \"favorable\" [5]",
        "  Tom Hull – on the Web (Tom Hull): B+ = 83/100 [6]",
        "  [8] Daniele, Romina, \"Ascenseur pour l'échafaud, Il luogo della musica nell'audiovisione\", RDM, 2011, "
            + "p. 133–136, ISBN 978-88-904905-9-0");
    assertThat(result.outLines()).containsSubsequence("Sessions", "Releases", "Reviews", "Sources");
  }

  @ParameterizedTest
  @CsvSource({
      "--help, Liner Notes: checks",
      "-h, Liner Notes: checks",
      "validate --help, Usage: linernotes validate",
      "validate -h --input=xml, Usage: linernotes validate",
      "format --help, Usage: linernotes format",
      "convert --help, Usage: linernotes convert",
      "--help convert, Usage: linernotes convert",
      "bogus --help, Liner Notes: checks"})
  void helpGoesToStandardOutputAndSucceeds(String args, String start) {
    Cli.Result result = Cli.run(args.split(" "));

    assertThat(result.status).isZero();
    assertThat(result.err).isEmpty();
    assertThat(result.out).startsWith(start);
  }

  @Test
  void theGeneralHelpNamesEveryCommandAndItsOwnOptions() {
    String help = Cli.run("--help").out;

    assertThat(help).contains("Usage: linernotes [-h] [--version] [COMMAND]",
        "  validate  Reports every problem in each FILE.",
        "  format    Prints FILE in its canonical form.",
        "  convert   Prints a catalogue document as JSON Lines, or JSON Lines as a",
        "  -h, --help      print this help and exit",
        "      --version   print the version and exit",
        "Exit status:",
        "Run 'linernotes COMMAND --help' for more about a command.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--help          | -h, --help print this help and exit",
      "--help          | --version print the version and exit",
      "validate --help | FILE... a catalogue document or JSON Lines file",
      "validate --help | --strict count consistency warnings as problems",
      "validate --help | --shared-ids also report albums that name the same MusicBrainz release group or Discogs "
          + "master as an album before them, in any FILE [shared-album-id]; keeps each such id in memory",
      "validate --help | --input=json|jsonl read FILE as a catalogue document or as JSON Lines; without it, files "
          + "ending in .jsonl or .ndjson are JSON Lines and all others documents",
      "validate --help | -h, --help print this help and exit",
      "validate --help | --version print the version and exit",
      "format --help   | FILE a catalogue document or JSON Lines file",
      "format --help   | --input=json|jsonl read FILE as a catalogue document or as JSON Lines;",
      "format --help   | -h, --help print this help and exit",
      "format --help   | --version print the version and exit",
      "convert --help  | FILE a catalogue document or JSON Lines file",
      "convert --help  | --to=json|jsonl the form to write: a catalogue document or JSON Lines",
      "convert --help  | --input=json|jsonl read FILE as a catalogue document or as JSON Lines;",
      "convert --help  | -h, --help print this help and exit",
      "convert --help  | --version print the version and exit"})
  void everyHelpListsEachOfItsOptionsWithItsDescription(String args, String entry) {
    String help = Cli.run(args.trim().split(" ")).out;

    // picocli wraps long descriptions; the words and their order are what matter
    assertThat(help.replaceAll("\\s+", " ")).contains(entry);
  }

  @Test
  void theCommandHelpStartsWithItsSynopsisAndEndsWithTheExitStatusAndInputs() {
    String help = Cli.run("validate", "--help").out;

    assertThat(help).startsWith("Usage: linernotes validate [-h] [--strict] [--shared-ids] [--input=json|jsonl]\n"
        + "                           [--threads=N] [--version] FILE...\n"
        + "\n"
        + "Reports every problem in each FILE.\n");
    assertThat(help).contains("  FILE:LINE:COLUMN: POINTER: MESSAGE [CODE]\n", "Exit status:\n  0   all is well\n");
    assertThat(help).endsWith("FILE may be - for standard input. Input and output are UTF-8. A document may\n"
        + "also be a file of one album, as the library writes it; format writes it back as\n"
        + "one album.\n");
  }

  @ParameterizedTest
  @CsvSource({
      "validate, --help", "validate, -h", "validate, --version",
      "format, --help", "format, -h", "format, --version",
      "convert, --help", "convert, -h", "convert, --version"})
  void everySubcommandHasHelpAndVersionAndNeedsNoFileForThem(String command, String option) {
    Cli.Result result = Cli.run(command, option);

    assertThat(result.status).as("%s", result).isZero();
    assertThat(result.err).isEmpty();
    if (option.equals("--version")) {
      assertThat(result.out).isEqualTo("linernotes " + Main.version() + "\n");
    } else {
      assertThat(result.out).startsWith("Usage: linernotes " + command + " [-h] ")
          .isEqualTo(Cli.run(command, "--help").out);
    }
  }

  @ParameterizedTest
  @CsvSource({"--help", "--version"})
  void helpAndVersionAreNotTakenForFilesAndNothingIsRead(String option) {
    Cli.Result result = Cli.run("convert", "--to", "json", "missing.jsonl", option);

    assertThat(result.status).isZero();
    assertThat(result.err).isEmpty();
    assertThat(result.out).isNotEmpty();
  }

  @Test
  void theVersionComesFromTheManifestOrSaysDevelopment() {
    Cli.Result result = Cli.run("--version");

    assertThat(result.status).isZero();
    assertThat(result.out).isEqualTo("linernotes " + Main.version() + "\n");
    assertThat(Main.version()).isNotBlank();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "bogus                            | unknown command 'bogus'",
      "--frobnicate                     | unknown option '--frobnicate'",
      "validate --frobnicate x.json     | unknown option '--frobnicate'",
      "validate                         | validate needs a FILE (or - for standard input)",
      "format                           | format needs a FILE (or - for standard input)",
      "format a.json b.json             | format takes one FILE, not 2",
      "convert x.json                   | convert needs --to json or --to jsonl",
      "convert --to xml x.json          | --to must be json or jsonl, not 'xml'",
      "convert --to=yaml x.json         | --to must be json or jsonl, not 'yaml'",
      "convert x.json --to              | --to needs a value: json or jsonl",
      "validate --to json x.json        | validate does not take --to; did you mean convert?",
      "validate --input csv x.json      | --input must be json or jsonl, not 'csv'",
      "--input jsonl                    | --input needs a command that reads files",
      "validate - -                     | standard input (-) can be read only once"})
  void usageErrorsGoToStandardErrorWithStatusTwo(String args, String message) {
    Cli.Result result = Cli.run(args.trim().split("\\s+"));

    assertThat(result.status).isEqualTo(2);
    assertThat(result.out).isEmpty();
    assertThat(result.errLines()).first().isEqualTo("linernotes: " + message);
    assertThat(result.errLines()).last().asString().startsWith("Run 'linernotes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "format", "convert"})
  void aUsageErrorPointsToTheCommandsHelp(String command) {
    Cli.Result result = Cli.run(command, "--bogus");
    String help = Cli.run(command, "--help").out;
    String synopsis = help.substring(0, help.indexOf("\n\n") + 1);

    assertThat(result.err).isEqualTo("linernotes: unknown option '--bogus'\n"
        + synopsis
        + "Run 'linernotes " + command + " --help' for help.\n");
  }

  @Test
  void aUsageErrorWithoutACommandPointsToTheGeneralHelp() {
    assertThat(Cli.run("bogus").err).isEqualTo("linernotes: unknown command 'bogus'\n"
        + "Usage: linernotes [-h] [--version] [COMMAND]\n"
        + "Run 'linernotes --help' for help.\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "validate --input xml x.json      | --input | --input must be json or jsonl, not 'xml'",
      "validate x.json --input=JSON     | --input | --input must be json or jsonl, not 'JSON'",
      "format --input yaml x.json       | --input | --input must be json or jsonl, not 'yaml'",
      "convert --to json --input= x     | --input | --input must be json or jsonl, not ''",
      "convert --to csv x.json          | --to    | --to must be json or jsonl, not 'csv'",
      "convert --to --input json x.json | --to    | --to must be json or jsonl, not '--input'"})
  void aTypedOptionGivenABadValueIsAUsageErrorNamingTheOption(String args, String option, String message) {
    String[] words = args.trim().split("\\s+");
    Cli.Result result = Cli.run(words);

    assertThat(result.status).isEqualTo(2);
    assertThat(result.out).isEmpty();
    assertThat(result.errLines()).first().asString().startsWith("linernotes: " + option + " ")
        .isEqualTo("linernotes: " + message);
    assertThat(result.errLines()).last().isEqualTo("Run 'linernotes " + words[0] + " --help' for help.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--strict validate x.json      | --strict goes after the command: linernotes validate --strict ...",
      "--input jsonl format x.jsonl  | --input goes after the command: linernotes format --input ..."})
  void optionsGoAfterTheirCommand(String args, String message) {
    Cli.Result result = Cli.run(args.trim().split("\\s+"));

    assertThat(result.status).isEqualTo(2);
    assertThat(result.errLines()).first().isEqualTo("linernotes: " + message);
  }

  @Test
  void anAtSignIsPartOfAFileName() {
    Cli.Result result = Cli.run("validate", "@arguments.txt");

    assertThat(result.status).isEqualTo(2);
    assertThat(result.errLines()).containsExactly("@arguments.txt: cannot read: no such file");
  }

  @Test
  void theLastInputOptionWins() {
    Cli.Result result = Cli.runWithStdin("{\"format\":\"linernotes/catalogue\",\"version\":1,\"albums\":[]}",
        "validate", "--input", "jsonl", "--input=json", "-");

    assertThat(result.status).as("%s", result).isZero();
  }

  @Test
  void aDoubleDashEndsTheOptions() {
    Cli.Result result = Cli.run("validate", "--", "--help");

    assertThat(result.status).isEqualTo(2);
    assertThat(result.errLines()).containsExactly("--help: cannot read: no such file");
  }
}
