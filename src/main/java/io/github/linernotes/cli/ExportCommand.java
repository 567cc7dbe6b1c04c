package io.github.linernotes.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export}: catalogues as CSL-JSON, schema.org JSON-LD or liner-notes pages. */
@Command(name = "export", description = {
    "Exports the albums of each FILE as CSL-JSON, schema.org JSON-LD or HTML pages.",
    "",
    "Reads every album of every FILE (strictly: a file with a problem is reported as validate reports it "
        + "and nothing is written) and writes them in the form given by --to:",
    "",
    "  csl     the citations of all albums as one CSL-JSON array, for Zotero, pandoc and citation processors",
    "  jsonld  all albums as one schema.org JSON-LD document (MusicAlbum, MusicRelease, MusicRecording, Review)",
    "  html    one self-contained liner-notes page per album",
    "",
    "Without --out, the document is printed on standard output (html only for a single album). With --out DIR, "
        + "the directory is created if needed, and csl is written to DIR/citations.csl.json, jsonld to "
        + "DIR/albums.jsonld and each page to DIR/TITLE.html (the title made file-safe, numbered when two "
        + "albums share it); the path of each file written is printed."})
final class ExportCommand implements Action {

  @Option(names = "--to", paramLabel = "csl|jsonld|html", required = true, converter = ExportFormat.Converter.class,
      description = "the form to write")
  private ExportFormat to;

  @Option(names = "--out", paramLabel = "DIR", description = "write files into DIR instead of standard output")
  private String out;

  @Mixin
  private InputOption input;

  @Mixin
  private HelpOptions helpOptions;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "a catalogue document or JSON Lines file")
  private List<String> files;

  @Spec
  private CommandSpec spec;

  private final Main main;

  ExportCommand(Main main) {
    this.main = main;
  }

  @Override
  public int run() {
    if (files.stream().filter(Input.STDIN_ARGUMENT::equals).count() > 1) {
      throw new ParameterException(spec.commandLine(), "standard input (-) can be read only once");
    }
    Path dir = null;
    if (out != null) {
      try {
        dir = Path.of(out);
      } catch (InvalidPathException e) {
        throw new ParameterException(spec.commandLine(), "--out is not a valid directory name: '" + out + "'");
      }
    }
    return main.export(files, input.kind(), to, dir);
  }
}
