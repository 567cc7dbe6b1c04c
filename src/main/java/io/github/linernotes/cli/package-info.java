/**
 * The {@code linernotes} command-line tool, packaged as {@code linernotes-<version>-cli.jar}: checks,
 * formats and converts catalogue files, and prints a summary of the bundled reference album.
 *
 * <p>The command line is parsed by picocli, an optional dependency of the library that only the
 * {@code -cli} jar bundles. Each command is a class of its own, and {@code Commands}
 * registers them all; the reading and writing they share stays in {@link io.github.linernotes.cli.Main}.
 *
 * <p>Not part of the library's API: the package is not exported from the module, and only
 * {@link io.github.linernotes.cli.Main} is public, so that {@code java -jar} can start it.
 */
package io.github.linernotes.cli;
