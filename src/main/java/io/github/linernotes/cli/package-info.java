/**
 * The {@code linernotes} command-line tool, packaged as {@code linernotes-<version>-cli.jar}: checks,
 * formats and converts catalogue files, and prints a summary of the bundled reference album.
 *
 * <p>Not part of the library's API: the package is not exported from the module, and only
 * {@link io.github.linernotes.cli.Main} is public, so that {@code java -jar} can start it.
 */
package io.github.linernotes.cli;
