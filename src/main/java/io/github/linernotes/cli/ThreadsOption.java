package io.github.linernotes.cli;

import io.github.linernotes.json.CatalogueReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --threads}: how many threads read JSON Lines, for every command that reads them. */
final class ThreadsOption {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Option(names = "--threads", paramLabel = "N", description = {
      "read JSON Lines on N threads, albums still in file order (default: one per processor)"})
  private Integer threads;

  /**
   * The strict reader with the parallelism given, or the default one.
   *
   * @throws ParameterException if the number given is below 1
   */
  CatalogueReader reader() {
    return threads == null ? CatalogueReader.strict() : CatalogueReader.strict().withParallelism(count());
  }

  /**
   * The number of threads given, or the number of processors.
   *
   * @throws ParameterException if the number given is below 1
   */
  int count() {
    if (threads == null) {
      return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
    if (threads < 1) {
      throw new ParameterException(command.commandLine(), "--threads must be at least 1, not " + threads);
    }
    return threads;
  }
}
