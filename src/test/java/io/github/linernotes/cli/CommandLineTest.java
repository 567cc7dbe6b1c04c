package io.github.linernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

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
  void theGeneralHelpNamesEveryCommandAndOption() {
    String help = Cli.run("--help").out;

    assertThat(help).contains("validate", "format", "convert", "--to json|jsonl", "--input json|jsonl", "--version",
        "Exit status");
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

    assertThat(result.errLines()).containsExactly(
        "linernotes: unknown option '--bogus'",
        "Usage: " + Command.ofWord(command).synopsis(),
        "Run 'linernotes " + command + " --help' for help.");
  }

  @Test
  void aDoubleDashEndsTheOptions() {
    Cli.Result result = Cli.run("validate", "--", "--help");

    assertThat(result.status).isEqualTo(2);
    assertThat(result.errLines()).containsExactly("--help: cannot read: no such file");
  }
}
