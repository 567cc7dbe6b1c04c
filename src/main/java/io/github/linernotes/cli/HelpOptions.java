package io.github.linernotes.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code --help} and {@code --version}, and the parts of the help every command shares. Picocli only
 * records that they were given; {@link Commands} prints the help or the version.
 */
@Command(sortOptions = false, sortSynopsis = false, descriptionHeading = "%n", parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n", exitCodeListHeading = "%nExit status:%n", exitCodeList = {
    "0:all is well",
    "1:an input has a problem",
    "2:a usage error, a file that cannot be read, or output that cannot be written"})
final class HelpOptions {

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help and exit")
  private boolean help;

  @Option(names = "--version", versionHelp = true, description = "print the version and exit")
  private boolean version;
}
