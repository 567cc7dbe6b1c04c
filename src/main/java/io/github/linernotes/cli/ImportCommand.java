package io.github.linernotes.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import}: MusicBrainz or Discogs data as one catalogue. */
@Command(name = "import", description = {
    "Imports MusicBrainz or Discogs data as a catalogue.",
    "",
    "Reads each FILE as data of the service named by --from and writes every album imported from all of "
        + "them as one catalogue on standard output: a catalogue document, or JSON Lines with --to jsonl. "
        + "Each source value that was left out or reinterpreted is an import note, printed on standard error "
        + "one per line:",
    "",
    "  FILE[:LINE]: LOCATION: NOTE [CODE]",
    "",
    "where LOCATION is a JSON Pointer into the document (or into that line of a dump) or, for XML, an "
        + "XPath. A line on standard error then counts each file's albums and notes.",
    "",
    "MusicBrainz: FILE ending in .json is one ws/2 JSON document (a release, a release group or a "
        + "recording); any other FILE is a JSON dump, one entity per line. Discogs: FILE whose text starts with '<' "
        + "is an XML data dump of releases or masters (releases.xml.gz); any other FILE is one API JSON "
        + "document (a release or a master). Gzip-compressed files of either service are decompressed as they "
        + "are read.",
    "",
    "The exit status is 1 when some input, or some entity of a dump, could not become an album."})
final class ImportCommand implements Action {

  @Option(names = "--from", paramLabel = "musicbrainz|discogs", required = true,
      converter = ImportSource.Converter.class, description = "the service the files come from")
  private ImportSource from;

  @Option(names = "--to", paramLabel = "json|jsonl", converter = KindConverter.class,
      description = "write a catalogue document (json, the default) or JSON Lines (jsonl)")
  private InputKind to;

  @Option(names = "--input", paramLabel = "json|jsonl", converter = KindConverter.class, description = {
      "MusicBrainz only: read FILE as one document (json) or as a dump (jsonl) whatever its name"})
  private InputKind input;

  @Option(names = "--notes", paramLabel = "all|summary", description = {
      "print every note (all, the default) or only their number by code for each file (summary)"})
  private String notes;

  @Mixin
  private ThreadsOption threads;

  @Mixin
  private HelpOptions helpOptions;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "a file of the service's data, or - for standard input")
  private List<String> files;

  @Spec
  private CommandSpec spec;

  private final Main main;

  ImportCommand(Main main) {
    this.main = main;
  }

  @Override
  public int run() {
    if (files.stream().filter(Input.STDIN_ARGUMENT::equals).count() > 1) {
      throw new ParameterException(spec.commandLine(), "standard input (-) can be read only once");
    }
    if (notes != null && !notes.equals("all") && !notes.equals("summary")) {
      throw new ParameterException(spec.commandLine(), "--notes must be all or summary, not '" + notes + "'");
    }
    if (input != null && from != ImportSource.MUSICBRAINZ) {
      throw new ParameterException(spec.commandLine(), "--input applies to --from musicbrainz only");
    }
    return main.importFiles(files, from, to == null ? InputKind.DOCUMENT : to, input, "summary".equals(notes),
        threads.count());
  }
}
