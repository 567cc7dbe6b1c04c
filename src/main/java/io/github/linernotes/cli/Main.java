package io.github.linernotes.cli;

import io.github.linernotes.Album;
import io.github.linernotes.ReferenceAlbums;
import io.github.linernotes.consistency.ConsistencyCheck;
import io.github.linernotes.consistency.Finding;
import io.github.linernotes.consistency.Severity;
import io.github.linernotes.consistency.SharedAlbumIds;
import io.github.linernotes.export.CslJson;
import io.github.linernotes.export.LinerNotesPage;
import io.github.linernotes.export.SchemaOrg;
import io.github.linernotes.imports.DiscogsImport;
import io.github.linernotes.imports.ImportCode;
import io.github.linernotes.imports.ImportException;
import io.github.linernotes.imports.ImportNote;
import io.github.linernotes.imports.Imported;
import io.github.linernotes.imports.MusicBrainzImport;
import io.github.linernotes.json.CatalogueEntry;
import io.github.linernotes.json.CatalogueOutput;
import io.github.linernotes.json.CatalogueReader;
import io.github.linernotes.json.CatalogueWriter;
import io.github.linernotes.json.InvalidJsonException;
import io.github.linernotes.problem.Problem;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The {@code linernotes} command-line tool: {@code java -jar linernotes-<version>-cli.jar [command]
 * [options] [FILE...]}. Run it with {@code --help} for the commands and options.
 *
 * <p>Exit status: 0 when all went well, 1 when an input has a problem, 2 for a usage error, an input that
 * cannot be read or output that cannot be written.
 */
public final class Main {

  /** Exit status: all went well. */
  static final int OK = 0;

  /** Exit status: an input has a problem. */
  static final int INVALID = 1;

  /** Exit status: a usage error, or an input or output failure. */
  static final int TROUBLE = 2;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Terminal terminal;

  private Main(InputStream in, PrintStream out, PrintStream err, Terminal terminal) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /**
   * Runs the tool with the process's standard streams and exits with its status when that is not 0.
   * Output is UTF-8 whatever the platform's default encoding.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new BufferedOutputStream(new Checked(System.out), 1 << 16), false,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status;
    try {
      status = run(args, System.in, out, err);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      out.flush();
      err.println(Usage.PROGRAM + ": internal error: " + e);
      status = TROUBLE;
    }
    out.flush();
    err.flush();
    if (status != OK) {
      System.exit(status);
    }
  }

  /**
   * Runs the tool without exiting: everything {@link #main(String[])} does except choosing the streams and
   * ending the process. Progress is drawn on {@code err} only when the JVM has a console.
   *
   * @param args the command line
   * @param in standard input, read for the FILE {@code -}; never closed
   * @param out standard output; flushed at the end, not closed
   * @param err standard error; not closed
   * @return the exit status: 0, 1 or 2
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, Terminal.system());
  }

  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Terminal terminal) {
    int status = new Main(in, out, err, terminal).dispatch(args);
    out.flush();
    if (out.checkError() && status != TROUBLE) {
      err.println(Usage.PROGRAM + ": cannot write to standard output");
      status = TROUBLE;
    }
    return status;
  }

  /**
   * Passes bytes on to a {@link PrintStream}, such as {@code System.out}, that swallows its failures, and
   * turns a failure it has recorded back into an {@code IOException} on flush, so that a closed pipe stops
   * the tool instead of going unnoticed.
   */
  private static final class Checked extends FilterOutputStream {
    Checked(PrintStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      if (((PrintStream) out).checkError()) {
        throw new IOException("cannot write to standard output");
      }
    }
  }

  private int dispatch(String[] args) {
    return Commands.run(this, args, out, err);
  }

  /** The summary of the reference album. */
  int summary() {
    Album album = ReferenceAlbums.ascenseurPourLEchafaud();
    Summary.print(album, out);
    Path page = Path.of(System.getProperty("java.io.tmpdir"), "linernotes", "ascenseur-pour-l-echafaud.html");
    try {
      Files.createDirectories(page.getParent());
      Files.writeString(page, LinerNotesPage.write(album), StandardCharsets.UTF_8);
      out.println();
      out.println("Its liner notes as a web page: " + page.toAbsolutePath());
    } catch (IOException | RuntimeException e) {
      err.println(Usage.PROGRAM + ": cannot write the page " + page + ": " + Input.reason(e));
    }
    return OK;
  }

  // ---- export ---------------------------------------------------------------------------------

  /** Reads every album of {@code files} and writes them as {@code to}, on stdout or into {@code dir}. */
  int export(List<String> files, InputKind kind, ExportFormat to, Path dir) {
    List<Album> albums = new ArrayList<>();
    for (String file : files) {
      Input input = openOrReport(file, kind);
      if (input == null) {
        return TROUBLE;
      }
      try (Stream<CatalogueEntry> entries = openEntries(CatalogueReader.strict(), input)) {
        entries.forEach(entry -> albums.add(entry.album()));
      } catch (InvalidJsonException e) {
        for (Problem problem : e.problems()) {
          err.println(problem.format(e.source(), e.line(), e.column()));
        }
        return INVALID;
      } catch (UncheckedIOException e) {
        return readFailed(input, Progress.NONE, e);
      }
    }
    if (dir == null) {
      if (to == ExportFormat.HTML && albums.size() != 1) {
        err.println(Usage.PROGRAM + ": export --to html prints a page only for one album; for " + count(albums.size(),
            "album") + " give --out DIR");
        return TROUBLE;
      }
      String text = exported(to, albums, 0);
      out.print(text.endsWith("\n") ? text : text + "\n");
      return OK;
    }
    try {
      Files.createDirectories(dir);
      if (to.fileName() != null) {
        Path file = dir.resolve(to.fileName());
        Files.writeString(file, exported(to, albums, 0) + "\n", StandardCharsets.UTF_8);
        out.println(file);
      } else {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < albums.size(); i++) {
          Path file = dir.resolve(pageName(albums.get(i).title(), taken));
          Files.writeString(file, exported(to, albums, i), StandardCharsets.UTF_8);
          out.println(file);
        }
      }
      return OK;
    } catch (IOException | UncheckedIOException e) {
      err.println(Usage.PROGRAM + ": cannot write to " + dir + ": " + Input.reason(e));
      return TROUBLE;
    }
  }

  private static String exported(ExportFormat to, List<Album> albums, int index) {
    switch (to) {
      case CSL:
        return CslJson.write(albums);
      case JSONLD:
        return SchemaOrg.write(albums);
      default:
        return LinerNotesPage.write(albums.get(index));
    }
  }

  /** A file name for a page from the album's title: letters and digits only, numbered when taken. */
  static String pageName(String title, Set<String> taken) {
    String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    if (plain.length() > 80) {
      plain = plain.substring(0, 80).replaceAll("-+$", "");
    }
    String base = plain.isEmpty() ? "album" : plain;
    String name = base;
    for (int n = 2; !taken.add(name); n++) {
      name = base + "-" + n;
    }
    return name + ".html";
  }

  /**
   * Validates each file in turn; the status is the worst of theirs. With {@code sharedIds}, the files are
   * one catalogue in which no two albums may name the same release group or master.
   */
  int validate(List<String> files, InputKind kind, boolean strict, boolean sharedIds, CatalogueReader reader) {
    int status = OK;
    Map<String, FirstPlace> firstPlaces = sharedIds ? new HashMap<>() : null;
    for (String file : files) {
      status = Math.max(status, validate(file, kind, strict, firstPlaces, reader));
    }
    return status;
  }

  /** Where an album with some key was first found. */
  private static final class FirstPlace {
    final String source;
    final long line;

    FirstPlace(String source, long line) {
      this.source = source;
      this.line = line;
    }
  }

  /** Prints {@code file} in its canonical form, in the form it has. */
  int format(String file, InputKind kind, CatalogueReader reader) {
    return rewrite(file, kind, null, reader);
  }

  /** Prints {@code file} in its canonical form, as {@code to}. */
  int convert(String file, InputKind kind, InputKind to, CatalogueReader reader) {
    return rewrite(file, kind, to, reader);
  }

  /** The version in the jar's manifest, or {@code development} when run from classes. */
  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null || version.isBlank() ? "development" : version;
  }

  /** Opens an input, or reports on stderr why it cannot be read and returns null. */
  private Input openOrReport(String file, InputKind kind) {
    try {
      return Input.open(file, in, kind);
    } catch (Input.CannotOpenException e) {
      cannotRead(file, e.getMessage());
      return null;
    }
  }

  // ---- validate -------------------------------------------------------------------------------

  private int validate(String file, InputKind kind, boolean strict, Map<String, FirstPlace> firstPlaces,
      CatalogueReader strictReader) {
    Input input = openOrReport(file, kind);
    if (input == null) {
      return TROUBLE;
    }
    Progress progress = progress(input);
    long[] problems = {0};
    Consumer<InvalidJsonException> report = e -> {
      progress.clear();
      for (Problem problem : e.problems()) {
        out.println(problem.format(e.source(), e.line(), e.column()));
        problems[0]++;
      }
      if (progress != Progress.NONE) {
        out.flush();
      }
    };
    CatalogueReader reader = strictReader.lenient(report);
    ConsistencyCheck check = ConsistencyCheck.asOf(terminal.today());
    long albums = 0;
    long[] findings = new long[Severity.values().length];
    // the checks run where the album was read: on the reading's worker threads for JSON Lines
    Function<CatalogueEntry, CheckedAlbum> work = entry -> new CheckedAlbum(entry, check.check(entry.album()),
        firstPlaces == null ? List.of() : SharedAlbumIds.keys(entry.album()));
    try (Stream<CheckedAlbum> stream = input.kind() == InputKind.LINES
        ? reader.streamLineEntries(input.stream(), input.name(), work)
        : reader.streamDocumentEntries(input.stream(), input.name()).map(work)) {
      Iterator<CheckedAlbum> iterator = stream.iterator();
      while (iterator.hasNext()) {
        CheckedAlbum checked = iterator.next();
        CatalogueEntry entry = checked.entry;
        albums++;
        List<Finding> found = checked.findings;
        if (!checked.keys.isEmpty()) {
          found = new ArrayList<>(found);
          for (String key : checked.keys) {
            FirstPlace first = firstPlaces.putIfAbsent(key, new FirstPlace(input.name(), entry.line()));
            if (first != null) {
              found.add(SharedAlbumIds.finding(key, first.source, first.line));
            }
          }
        }
        if (!found.isEmpty()) {
          progress.clear();
          for (Finding f : found) {
            findings[f.severity().ordinal()]++;
            out.println(Problem.of(f.code(), entry.path().resolve(f.paths().get(0)),
                f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.message()).format(input.name(), entry.line(), 0));
          }
        }
        progress.album();
      }
    } catch (InvalidJsonException e) {
      // a lenient reader still throws the problems that end the reading
      try {
        report.accept(e);
      } catch (UncheckedIOException failure) {
        return readFailed(input, progress, failure);
      }
    } catch (UncheckedIOException e) {
      return readFailed(input, progress, e);
    } catch (RuntimeException e) {
      progress.finish();
      err.println(input.name() + ": cannot check: " + e);
      return TROUBLE;
    }
    progress.finish();
    out.flush();
    long errors = findings[Severity.ERROR.ordinal()];
    long warnings = findings[Severity.WARNING.ordinal()];
    err.println(input.name() + ": " + count(albums, "album") + ", " + count(problems[0], "problem")
        + (errors + warnings > 0 ? ", " + count(errors, "error") + ", " + count(warnings, "warning") : ""));
    boolean invalid = problems[0] > 0 || errors > 0 || (strict && warnings > 0);
    return invalid ? INVALID : OK;
  }

  /** An album read, its consistency findings, and the keys of the catalogue-wide rule when it applies. */
  private static final class CheckedAlbum {
    final CatalogueEntry entry;
    final List<Finding> findings;
    final List<String> keys;

    CheckedAlbum(CatalogueEntry entry, List<Finding> findings, List<String> keys) {
      this.entry = entry;
      this.findings = findings;
      this.keys = keys;
    }
  }

  private static Stream<CatalogueEntry> openEntries(CatalogueReader reader, Input input) {
    return input.kind() == InputKind.LINES ? reader.streamLineEntries(input.stream(), input.name())
        : reader.streamDocumentEntries(input.stream(), input.name());
  }

  private int readFailed(Input input, Progress progress, UncheckedIOException e) {
    progress.finish();
    out.flush();
    cannotRead(input.name(), Input.reason(e.getCause()));
    return TROUBLE;
  }

  // ---- format and convert ---------------------------------------------------------------------

  private int rewrite(String file, InputKind kind, InputKind to, CatalogueReader reader) {
    Input input = openOrReport(file, kind);
    if (input == null) {
      return TROUBLE;
    }
    Progress progress = progress(input);
    HeldOutput held = new HeldOutput(out, terminal.holdLimit());
    try (Stream<CatalogueEntry> entries = openEntries(reader, input)) {
      Iterator<CatalogueEntry> iterator = entries.iterator();
      CatalogueEntry first = iterator.hasNext() ? iterator.next() : null;
      // a file of one album is formatted as one album, which is one line of JSON Lines
      boolean singleAlbum = first != null && input.kind() == InputKind.DOCUMENT && first.path().isRoot();
      Iterable<Album> counted = () -> Stream.concat(Stream.ofNullable(first),
              StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false))
          .map(CatalogueEntry::album).peek(album -> progress.album()).iterator();
      InputKind target = to != null ? to : singleAlbum ? InputKind.LINES : input.kind();
      if (target == InputKind.DOCUMENT) {
        CatalogueWriter.writeDocument(counted, held);
      } else {
        CatalogueWriter.writeLines(counted, held);
      }
      held.commit();
      progress.finish();
      return OK;
    } catch (InvalidJsonException e) {
      held.abandon();
      progress.finish();
      for (Problem problem : e.problems()) {
        err.println(problem.format(e.source(), e.line(), e.column()));
      }
      return INVALID;
    } catch (IOException e) {
      progress.finish();
      cannotWrite();
      return TROUBLE;
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof HeldOutput.WriteFailedException) {
        progress.finish();
        cannotWrite();
        return TROUBLE;
      }
      held.abandon();
      return readFailed(input, progress, e);
    } catch (RuntimeException e) {
      held.abandon();
      progress.finish();
      err.println(input.name() + ": cannot convert: " + e);
      return TROUBLE;
    }
  }

  // ---- import ---------------------------------------------------------------------------------

  /** Thrown from inside an import when standard output has failed, to stop reading. */
  private static final class OutputFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputFailedException() {
      super(null, null, false, false);
    }
  }

  /** Imports each file in turn into one catalogue on standard output; the status is the worst of theirs. */
  int importFiles(List<String> files, ImportSource from, InputKind to, InputKind dumpKind, boolean summaryOnly,
      int threads) {
    CatalogueOutput catalogue = to == InputKind.LINES ? CatalogueOutput.lines(out) : CatalogueOutput.document(out);
    int status = OK;
    try {
      for (String file : files) {
        status = Math.max(status, importFile(file, from, dumpKind, summaryOnly, catalogue, threads));
      }
    } catch (OutputFailedException e) {
      cannotWrite();
      return TROUBLE;
    }
    catalogue.close();
    return status;
  }

  private int importFile(String file, ImportSource from, InputKind dumpKind, boolean summaryOnly,
      CatalogueOutput catalogue, int threads) {
    Input input = openOrReport(file, null);
    if (input == null) {
      return TROUBLE;
    }
    Progress progress = progress(input);
    long[] counts = new long[3]; // albums, unusable entities, notes
    long[] byCode = new long[ImportCode.values().length];
    ObjLongConsumer<Imported> each = (imported, line) -> {
      for (ImportNote note : imported.notes()) {
        counts[2]++;
        byCode[note.code().ordinal()]++;
        if (!summaryOnly) {
          progress.clear();
          err.println(note.format(input.name(), line));
        }
      }
      for (Album album : imported.albums()) {
        catalogue.write(album);
        counts[0]++;
        progress.album();
      }
      if (!imported.isUsable()) {
        counts[1]++;
      }
      if (out.checkError()) {
        throw new OutputFailedException();
      }
    };
    try (InputStream raw = input.stream()) {
      InputStream data = Compression.open(raw);
      if (from == ImportSource.DISCOGS) {
        if (Compression.startsWithMarkup(data)) {
          DiscogsImport.readDump(data, each);
        } else {
          each.accept(DiscogsImport.read(data), 0);
        }
      } else {
        InputKind kind = dumpKind != null ? dumpKind
            : Input.STDIN_NAME.equals(input.name()) || isJsonFileName(input.name()) ? InputKind.DOCUMENT
            : InputKind.LINES;
        if (kind == InputKind.DOCUMENT) {
          each.accept(MusicBrainzImport.read(data), 0);
        } else {
          MusicBrainzImport.readDump(data, threads, each);
        }
      }
    } catch (ImportException e) {
      counts[1]++;
      counts[2]++;
      byCode[e.note().code().ordinal()]++;
      progress.clear();
      err.println(e.note().format(input.name(), 0));
    } catch (IOException | UncheckedIOException e) {
      progress.finish();
      out.flush();
      cannotRead(input.name(), Input.reason(e instanceof UncheckedIOException u ? u.getCause() : e));
      return TROUBLE;
    }
    progress.finish();
    StringBuilder line = new StringBuilder(input.name()).append(": ").append(count(counts[0], "album"));
    if (counts[1] > 0) {
      line.append(", ").append(counts[1]).append(" unusable");
    }
    line.append(", ").append(count(counts[2], "note"));
    if (summaryOnly && counts[2] > 0) {
      StringBuilder codes = new StringBuilder();
      for (ImportCode code : ImportCode.values()) {
        if (byCode[code.ordinal()] > 0) {
          codes.append(codes.length() == 0 ? " (" : ", ").append(code.code()).append(' ').append(byCode[code.ordinal()]);
        }
      }
      line.append(codes).append(')');
    }
    err.println(line);
    return counts[1] > 0 ? INVALID : OK;
  }

  private static boolean isJsonFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || lower.endsWith(".json.gz");
  }

  // ---- shared ---------------------------------------------------------------------------------

  private Progress progress(Input input) {
    if (!terminal.interactive() || input.size() <= terminal.progressThreshold()) {
      return Progress.NONE;
    }
    return new Progress(err, input.name(), input.stream(), input.size(), terminal.clock());
  }

  private void cannotRead(String name, String reason) {
    err.println(name + ": cannot read: " + reason);
  }

  private void cannotWrite() {
    err.println(Usage.PROGRAM + ": cannot write to standard output");
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
