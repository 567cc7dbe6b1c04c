package io.github.linernotes.json;

import io.github.linernotes.Album;
import io.github.linernotes.internal.Printable;
import io.github.linernotes.internal.WorkerThreads;
import io.github.linernotes.problem.ValuePath;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads catalogues: documents of the form {@code {"format": "linernotes/catalogue", "version": 1,
 * "albums": [ … ]}} and JSON Lines files with one album per line. Input is UTF-8.
 *
 * <p>Strict by default: the first problem — malformed JSON, an unknown property, a duplicate key, a
 * {@code null}, a wrong type, an invalid value, a broken rule, a {@link CatalogueLimits limit} exceeded —
 * ends the reading with an {@link InvalidJsonException} that gives the source name, line, column, JSON
 * Pointer and rule. In {@link #lenient(Consumer) lenient} mode a bad album is reported to a callback and
 * skipped, and reading goes on with the next one; problems that leave nothing to go on with (a syntax error
 * inside a document, a line longer than the limit) are reported and end the reading.
 *
 * <p>In JSON Lines, lines holding only whitespace are skipped, a line may end in {@code \r\n}, and the line
 * number in an error is the album's line.
 *
 * <p>Streams hold one album at a time, so a JSON Lines file of any size is read in constant memory. Close
 * them (try-with-resources) to close the file.
 *
 * <p><b>Parallel JSON Lines.</b> JSON Lines are read on several threads: the calling thread splits the
 * input into lines, a few lines at a time are parsed, bound and validated on worker threads, and the albums
 * (and, in lenient mode, the problems) reach the caller in file order, with the same lines, columns and
 * pointers as when read on one thread; in strict mode the first bad line is thrown where a one-thread read
 * would throw it, after every album before it and before any album after it. Reading runs ahead of the
 * caller by a bounded number of lines (2 × threads + 1 batches of up to 32 lines or 64 KiB each, and at most
 * 4 MiB of lines unless one line alone is longer), so memory stays bounded; a stream closed early has read
 * that much more of its input than it delivered.
 * {@link #withParallelism(int)} chooses the number of worker threads; the default is
 * {@link Runtime#availableProcessors()}, and 1 reads on the calling thread alone, with no other thread.
 * Each stream has worker threads of its own, daemon threads named {@code linernotes-lines-N}, started only
 * when the input holds more than one batch of lines; they stop when the input ends, when a problem ends the
 * reading, when the stream is closed ({@code close} waits for them), and by themselves after
 * two seconds without work, so a stream that is dropped unclosed leaves no thread behind
 * for long. The problem callback and the stream's consumers always run on the calling thread. Documents are
 * read on the calling thread.
 *
 * <p>Immutable and thread-safe; the streams it returns are not.
 */
public final class CatalogueReader {

  /** The value of a catalogue document's {@code format} property. */
  public static final String FORMAT = "linernotes/catalogue";

  /** The catalogue document version this library reads and writes. */
  public static final int VERSION = 1;

  private static final String STRING_SOURCE = "<string>";
  private static final ValuePath ALBUMS = ValuePath.root().property("albums");
  private static final CatalogueReader STRICT = new CatalogueReader(CatalogueLimits.defaults(), null, 0);

  /** The most lines in one batch: a worker takes several lines at a time, to cut the cost of the hand-off. */
  static final int BATCH_LINES = 32;

  /** A batch is closed once its lines hold this many bytes (characters for text sources). */
  static final int BATCH_BYTES = 1 << 16;

  /** Lines read ahead and not yet delivered may hold this many bytes; one batch may always be read. */
  static final long MAX_IN_FLIGHT_BYTES = 4L << 20;

  /** Seconds a worker thread waits for work before it ends. */
  static final long IDLE_SECONDS = 2;


  private final CatalogueLimits limits;
  private final Consumer<InvalidJsonException> problems;
  /** Worker threads for JSON Lines; 0 for the number of available processors. */
  private final int parallelism;
  private final JsonMapper mapper;
  private final ObjectReader albumReader;
  private final ObjectReader lineReader;

  private CatalogueReader(CatalogueLimits limits, Consumer<InvalidJsonException> problems, int parallelism) {
    this.limits = limits;
    this.problems = problems;
    this.parallelism = parallelism;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxDocumentLength(limits.maxDocumentBytes())
        .build();
    this.mapper = LinerNotesJson.configure(
        JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build())).build();
    this.albumReader = mapper.readerFor(Album.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.lineReader = mapper.readerFor(Album.class);
  }

  /** A reader with the same limits as {@code base}: its mapper, whose deserializers are costly to build, is shared. */
  private CatalogueReader(CatalogueReader base, Consumer<InvalidJsonException> problems, int parallelism) {
    this.limits = base.limits;
    this.problems = problems;
    this.parallelism = parallelism;
    this.mapper = base.mapper;
    this.albumReader = base.albumReader;
    this.lineReader = base.lineReader;
  }

  /**
   * Returns a strict reader with the default limits.
   *
   * @return the reader
   */
  public static CatalogueReader strict() {
    return STRICT;
  }

  /**
   * Returns a reader like this one with other limits.
   *
   * @param limits the limits
   * @return the new reader
   * @throws NullPointerException if {@code limits} is null
   */
  public CatalogueReader withLimits(CatalogueLimits limits) {
    return new CatalogueReader(Objects.requireNonNull(limits, "limits"), problems, parallelism);
  }

  /**
   * Returns a reader like this one that skips bad albums instead of stopping at the first, and hands
   * every problem to {@code problems}, in the order found.
   *
   * @param problems receives each problem; it may throw to stop the reading
   * @return the lenient reader
   * @throws NullPointerException if {@code problems} is null
   */
  public CatalogueReader lenient(Consumer<InvalidJsonException> problems) {
    return new CatalogueReader(this, Objects.requireNonNull(problems, "problems"), parallelism);
  }

  /**
   * Returns a reader like this one that parses, binds and validates the lines of JSON Lines input on
   * {@code threads} worker threads, delivering albums and problems in file order all the same (see the
   * class description). With 1 the calling thread reads everything and no other thread is started.
   *
   * @param threads the number of worker threads, at least 1
   * @return the new reader
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public CatalogueReader withParallelism(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    return new CatalogueReader(this, problems, threads);
  }

  /**
   * Returns the number of worker threads that read JSON Lines: the number given to
   * {@link #withParallelism(int)}, else the number of processors available to the JVM now.
   *
   * @return the parallelism, at least 1
   */
  public int parallelism() {
    return parallelism > 0 ? parallelism : Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Returns the limits this reader applies.
   *
   * @return the limits
   */
  public CatalogueLimits limits() {
    return limits;
  }

  /**
   * Tells whether this reader skips bad albums.
   *
   * @return true in lenient mode
   */
  public boolean isLenient() {
    return problems != null;
  }

  // ---- documents ------------------------------------------------------------------------------

  /**
   * Reads a whole catalogue document from a file into a list.
   *
   * @param file the file, UTF-8
   * @return the albums in document order
   * @throws InvalidJsonException if the document is invalid (strict mode)
   * @throws UncheckedIOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public List<Album> readDocument(Path file) {
    try (Stream<Album> albums = streamDocument(file)) {
      return toList(albums);
    }
  }

  /**
   * Reads a whole catalogue document from a byte stream into a list. The stream is not closed.
   *
   * @param in the UTF-8 bytes
   * @param sourceName the name to use in error messages, such as a file name
   * @return the albums in document order
   * @throws InvalidJsonException if the document is invalid (strict mode)
   * @throws UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public List<Album> readDocument(InputStream in, String sourceName) {
    return toList(streamDocument(in, sourceName));
  }

  /**
   * Reads a whole catalogue document from a character stream into a list. The reader is not closed.
   *
   * @param in the characters
   * @param sourceName the name to use in error messages
   * @return the albums in document order
   * @throws InvalidJsonException if the document is invalid (strict mode)
   * @throws UncheckedIOException if the reader fails
   * @throws NullPointerException if an argument is null
   */
  public List<Album> readDocument(Reader in, String sourceName) {
    return toList(streamDocument(in, sourceName));
  }

  /**
   * Reads a whole catalogue document from a string.
   *
   * @param json the document
   * @return the albums in document order
   * @throws InvalidJsonException if the document is invalid (strict mode)
   * @throws NullPointerException if {@code json} is null
   */
  public List<Album> readDocument(String json) {
    return readDocument(new StringReader(Objects.requireNonNull(json, "json")), STRING_SOURCE);
  }

  /**
   * Streams the albums of a catalogue document file, one at a time. Close the stream to close the file.
   *
   * @param file the file, UTF-8
   * @return the albums in document order
   * @throws UncheckedIOException if the file cannot be opened
   * @throws NullPointerException if {@code file} is null
   */
  public Stream<Album> streamDocument(Path file) {
    Objects.requireNonNull(file, "file");
    InputStream in = open(file);
    return stream(new DocumentIterator(in, file.toString()), in);
  }

  /**
   * Streams the albums of a catalogue document, one at a time. Closing the stream closes {@code in}.
   *
   * @param in the UTF-8 bytes
   * @param sourceName the name to use in error messages
   * @return the albums in document order
   * @throws NullPointerException if an argument is null
   */
  public Stream<Album> streamDocument(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    return stream(new DocumentIterator(in, sourceName), in);
  }

  /**
   * Streams the albums of a catalogue document, one at a time. Closing the stream closes {@code in}.
   *
   * @param in the characters
   * @param sourceName the name to use in error messages
   * @return the albums in document order
   * @throws NullPointerException if an argument is null
   */
  public Stream<Album> streamDocument(Reader in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    return stream(new DocumentIterator(in, sourceName), in);
  }

  // ---- JSON Lines -----------------------------------------------------------------------------

  /**
   * Streams the albums of a JSON Lines file, one per line, holding one album at a time. Close the stream
   * to close the file.
   *
   * @param file the file, UTF-8
   * @return the albums in file order
   * @throws UncheckedIOException if the file cannot be opened
   * @throws NullPointerException if {@code file} is null
   */
  public Stream<Album> streamLines(Path file) {
    Objects.requireNonNull(file, "file");
    InputStream in = open(file);
    return stream(lines(new LineSplitter.Bytes(in, limits.maxAlbumBytes()), file.toString()), in);
  }

  /**
   * Streams the albums of a JSON Lines byte stream, one per line. Closing the stream closes {@code in}.
   *
   * @param in the UTF-8 bytes
   * @param sourceName the name to use in error messages
   * @return the albums in input order
   * @throws NullPointerException if an argument is null
   */
  public Stream<Album> streamLines(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    return stream(lines(new LineSplitter.Bytes(in, limits.maxAlbumBytes()), sourceName), in);
  }

  /**
   * Streams the albums of a JSON Lines character stream, one per line. Closing the stream closes
   * {@code in}.
   *
   * @param in the characters
   * @param sourceName the name to use in error messages
   * @return the albums in input order
   * @throws NullPointerException if an argument is null
   */
  public Stream<Album> streamLines(Reader in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    return stream(lines(new LineSplitter.Chars(in, limits.maxAlbumBytes()), sourceName), in);
  }

  /**
   * Reads JSON Lines text into a list.
   *
   * @param jsonLines the text, one album per line
   * @return the albums in text order
   * @throws InvalidJsonException if a line is invalid (strict mode)
   * @throws NullPointerException if {@code jsonLines} is null
   */
  public List<Album> readLines(String jsonLines) {
    try (Stream<Album> albums = streamLines(new StringReader(Objects.requireNonNull(jsonLines, "jsonLines")),
        STRING_SOURCE)) {
      return toList(albums);
    }
  }

  /**
   * Reads one line of a JSON Lines input that was split into lines elsewhere — by a distributed engine,
   * say, where each worker holds some of the lines and knows their numbers — exactly as
   * {@link #streamLineEntries(InputStream, String)} reads the line with that number: a byte-order mark
   * is skipped on line 1 and an {@code encoding} problem on any other line, a carriage return that ends
   * the line is dropped, and a line of spaces, tabs and carriage returns is no album. Problems carry
   * {@code lineNumber} and the column within the line.
   *
   * <p>A line longer than {@link CatalogueLimits#maxAlbumBytes()} (the carriage return counted) is a
   * {@code limit} problem whose message says that reading stops there, because a streaming read cannot go
   * past it: to get what a streaming read gets, leave out every line after it. Its bytes are not parsed.
   *
   * @param line the line's UTF-8 bytes, without the line feed that ends it; not kept after the call
   * @param sourceName the name of the input, for problems
   * @param lineNumber the line's 1-based number in its input
   * @return the album with its line (its {@link CatalogueEntry#index() index} is unknown here, -1); empty for
   *     a blank line, and in lenient mode for a line with a problem, which went to the callback first
   * @throws InvalidJsonException in strict mode, for a line with a problem
   * @throws IllegalArgumentException if {@code lineNumber} is below 1
   * @throws NullPointerException if {@code line} or {@code sourceName} is null
   */
  public Optional<CatalogueEntry> readLine(byte[] line, String sourceName, long lineNumber) {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(sourceName, "sourceName");
    if (lineNumber < 1) {
      throw new IllegalArgumentException("lineNumber must be at least 1, not " + lineNumber);
    }
    if (line.length > limits.maxAlbumBytes()) {
      problem(tooLong(sourceName, lineNumber));
      return Optional.empty();
    }
    int end = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
    boolean bom = Utf8Input.startsWithBom(line, 0, end);
    int start = bom && lineNumber == 1 ? 3 : 0;
    if (start == 3) {
      bom = false;
    }
    boolean blank = true;
    for (int i = start; i < end && blank; i++) {
      blank = line[i] == ' ' || line[i] == '\t' || line[i] == '\r';
    }
    if (blank) {
      return Optional.empty();
    }
    Object result = lineResult(LineSplitter.Bytes.lineOf(line, start, end), lineNumber, bom, sourceName);
    if (result instanceof Album) {
      return Optional.of(new CatalogueEntry((Album) result, -1, lineNumber, ValuePath.root()));
    }
    problem((InvalidJsonException) result);
    return Optional.empty();
  }

  // ---- located albums -------------------------------------------------------------------------

  /**
   * Streams the albums of a catalogue document with where each was found, one at a time. Closing the
   * stream closes {@code in}.
   *
   * @param in the UTF-8 bytes
   * @param sourceName the name to use in error messages
   * @return the entries in document order
   * @throws NullPointerException if an argument is null
   */
  public Stream<CatalogueEntry> streamDocumentEntries(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    return entries(new DocumentIterator(in, sourceName), in);
  }

  /**
   * Streams the albums of a JSON Lines byte stream with the line each was found on. Closing the stream
   * closes {@code in}.
   *
   * @param in the UTF-8 bytes
   * @param sourceName the name to use in error messages
   * @return the entries in input order
   * @throws NullPointerException if an argument is null
   */
  public Stream<CatalogueEntry> streamLineEntries(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    return entries(lines(new LineSplitter.Bytes(in, limits.maxAlbumBytes()), sourceName), in);
  }

  /**
   * Streams what {@code work} makes of each album of a JSON Lines byte stream, worked out on the reading's
   * worker threads: the parse, the validation and then {@code work} run there, one line after another,
   * while the calling thread splits lines and takes the results in file order. Put what is costly per
   * album in {@code work} (consistency checks, writing it out as text) to spread it over the threads as
   * well. With a parallelism of 1 everything, {@code work} included, runs on the calling thread.
   *
   * <p>{@code work} may be called on several threads at once, for different albums, and must be safe for
   * that. What it throws is thrown from the stream where that album would have been delivered, after
   * every result before it; no result after it is delivered. Problems of bad lines reach a lenient
   * reader's callback, or are thrown by a strict one, exactly as from
   * {@link #streamLineEntries(InputStream, String)}. Closing the stream closes {@code in}.
   *
   * @param <T> what {@code work} returns
   * @param in the UTF-8 bytes
   * @param sourceName the name to use in error messages
   * @param work what to do with each album and where it was found; must not return null
   * @return the results in input order
   * @throws NullPointerException if an argument is null; from the stream, if {@code work} returns null
   */
  public <T> Stream<T> streamLineEntries(InputStream in, String sourceName,
      Function<? super CatalogueEntry, ? extends T> work) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(work, "work");
    return results(lines(new LineSplitter.Bytes(in, limits.maxAlbumBytes()), sourceName, work), in, work);
  }

  private static Stream<CatalogueEntry> entries(Advancing albums, Closeable resource) {
    return results(albums, resource, entry -> entry);
  }

  /**
   * What {@code work} makes of each album of {@code albums}, in their order: done already on a worker thread
   * when the albums were read there with it, else here.
   */
  private static <T> Stream<T> results(Advancing albums, Closeable resource,
      Function<? super CatalogueEntry, ? extends T> work) {
    Iterator<T> results = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return albums.hasNext();
      }

      @Override
      public T next() {
        Album album = albums.next();
        Worked done = albums.worked;
        albums.worked = null;
        Object result = done != null ? done.result
            : work.apply(new CatalogueEntry(album, albums.albumIndex, albums.albumLine, albums.albumPath));
        @SuppressWarnings("unchecked")
        T checked = (T) Objects.requireNonNull(result, "work returned null for line " + albums.albumLine);
        return checked;
      }
    };
    Spliterator<T> spliterator = Spliterators.spliteratorUnknownSize(results,
        Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(spliterator, false).onClose(() -> close(albums, resource));
  }

  private static void close(Iterator<?> iterator, Closeable resource) {
    try {
      if (iterator instanceof Closeable) {
        ((Closeable) iterator).close();
      }
      resource.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- implementation -------------------------------------------------------------------------

  /** The albums of JSON Lines: on the calling thread alone, or with worker threads. */
  private Advancing lines(LineSplitter lines, String source) {
    return lines(lines, source, null);
  }

  /** The same, with {@code work} done on the worker threads for each album when there are any. */
  private Advancing lines(LineSplitter lines, String source, Function<? super CatalogueEntry, ?> work) {
    int threads = parallelism();
    return threads == 1 ? new LinesIterator(lines, source) : new ParallelLines(lines, source, threads, work);
  }

  /** The parallel reading of JSON Lines from bytes with {@code threads} workers, for tests of its bounds. */
  ParallelLines parallelLines(InputStream in, String source, int threads) {
    return new ParallelLines(new LineSplitter.Bytes(in, limits.maxAlbumBytes()), source, threads, null);
  }

  private static InputStream open(Path file) {
    try {
      return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<Album> toList(Stream<Album> albums) {
    List<Album> list = new ArrayList<>();
    albums.forEachOrdered(list::add);
    return list;
  }

  static Stream<Album> stream(Iterator<Album> iterator, Closeable resource) {
    Spliterator<Album> spliterator = Spliterators.spliteratorUnknownSize(iterator,
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
    return StreamSupport.stream(spliterator, false).onClose(() -> close(iterator, resource));
  }

  /** A failure of the input itself is an I/O error, not a problem of the catalogue. */
  private static void rethrowInputFailure(JacksonException e, String source) {
    if (e instanceof JacksonIOException && !LinerNotesJson.isDecodingFailure(e)) {
      Throwable cause = e.getCause();
      IOException io = cause instanceof IOException ? (IOException) cause : new IOException(e.getOriginalMessage());
      throw new UncheckedIOException("cannot read " + source + ": " + io.getMessage(), io);
    }
  }

  /** The problem of a line longer than the limit, which ends the reading. */
  private InvalidJsonException tooLong(String source, long number) {
    return InvalidJsonException.of(source, number, 0, ValuePath.root(), JsonRule.LIMIT,
        "line " + number + " is longer than the limit of " + limits.maxAlbumBytes() + " bytes; reading stops here");
  }

  private static InvalidJsonException undecodable(String source, long number, CharacterCodingException e) {
    return InvalidJsonException.of(source, number, 0, ValuePath.root(), JsonRule.ENCODING,
        "the characters of line " + number + " cannot be decoded (" + e + "); reading stops here");
  }

  /**
   * Whether the splitter's current line, number {@code number}, starts with a byte-order mark that does not
   * open the input; one that opens it is skipped.
   */
  private static boolean strayBom(LineSplitter lines, long number) {
    if (!lines.startsWithBom()) {
      return false;
    }
    if (number == 1) {
      lines.skipBom();
      return false;
    }
    return true;
  }

  /**
   * What a non-blank line of JSON Lines becomes after splitting: its album, or the problem that keeps it
   * from being one. A byte-order mark here ({@code bom}) is one that does not open the input.
   */
  private Object lineResult(LineSplitter.Line line, long number, boolean bom, String source) {
    String encoding = bom ? "a byte-order mark may only open the input, not line " + number
        : line.encodingProblem();
    if (encoding != null) {
      return InvalidJsonException.of(source, number, 1, ValuePath.root(), JsonRule.ENCODING, encoding);
    }
    try {
      Album album = line.parse(lineReader);
      if (album != null) {
        return album;
      }
      return InvalidJsonException.of(source, number, 1, ValuePath.root(), JsonRule.NULL_VALUE,
          "an album must not be null");
    } catch (JacksonException e) {
      rethrowInputFailure(e, source);
      return LinerNotesJson.translateLine(source, e, number);
    }
  }

  /** Throws in strict mode; reports in lenient mode. */
  private void problem(InvalidJsonException e) {
    if (problems == null) {
      throw e;
    }
    problems.accept(e);
  }

  /** An album and what the work made of it on a worker; the result may be null, which the stream refuses. */
  private static final class Worked {
    final Album album;
    final Object result;

    Worked(Album album, Object result) {
      this.album = album;
      this.result = result;
    }
  }

  /** An iterator that computes its next element on demand. */
  private abstract static class Advancing implements Iterator<Album> {
    private Album next;
    private boolean done;
    long albumIndex = -1;
    long albumLine;
    ValuePath albumPath = ValuePath.root();
    /** The album just delivered and what a worker made of it, when a worker did the work; else null. */
    Worked worked;

    abstract Album advance();

    @Override
    public final boolean hasNext() {
      if (next == null && !done) {
        next = advance();
        done |= next == null;
      }
      return next != null;
    }

    @Override
    public final Album next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Album album = next;
      next = null;
      return album;
    }

    final void finish() {
      done = true;
    }
  }

  private final class LinesIterator extends Advancing {
    private final LineSplitter lines;
    private final String source;
    private long lineNumber;

    LinesIterator(LineSplitter lines, String source) {
      this.lines = lines;
      this.source = source;
    }

    @Override
    Album advance() {
      while (true) {
        boolean more;
        try {
          more = lines.next();
        } catch (LineSplitter.LineTooLongException e) {
          finish();
          problem(tooLong(source, lineNumber + 1));
          return null;
        } catch (CharacterCodingException e) {
          finish();
          problem(undecodable(source, lineNumber + 1, e));
          return null;
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        if (!more) {
          return null;
        }
        lineNumber++;
        boolean bom = strayBom(lines, lineNumber);
        if (lines.isBlank()) {
          continue;
        }
        albumIndex++;
        albumLine = lineNumber;
        Object result = lineResult(lines.current(), lineNumber, bom, source);
        if (result instanceof Album) {
          return (Album) result;
        }
        problem((InvalidJsonException) result);
      }
    }
  }

  /**
   * JSON Lines read with worker threads. The calling thread splits lines (cheap, and the only part that
   * touches the input), groups them into batches and hands each batch to the workers; it then takes the
   * batches back in the order they were made and delivers their results, so albums and problems come out in
   * file order. What a one-thread read does per line is split in two: {@link #read()} is the part of
   * {@link LinesIterator#advance()} before the parse, {@link #process} the parse and what follows it, and
   * {@link #advance()} reports each result as the one-thread read would at that point.
   */
  final class ParallelLines extends Advancing implements Closeable {
    private final LineSplitter lines;
    private final String source;
    private final int threads;
    private final Function<? super CatalogueEntry, ?> work;
    private final int maxBatches;
    private final ArrayDeque<Batch> pending = new ArrayDeque<>();
    /** The threads started, for tests; written by the workers' factory, read after they have ended. */
    private final List<Thread> started = new java.util.concurrent.CopyOnWriteArrayList<>();
    private ThreadPoolExecutor workers;
    private Batch current;
    private int delivered;
    private long lineNumber;
    private long index = -1;
    /** No more lines: the input ended, or a problem ends the reading. */
    private boolean inputDone;
    /** An input failure has been read and waits to be thrown; reading resumes after it, as on one thread. */
    private boolean stalled;
    private volatile boolean closed;
    private long inFlightLines;
    private long inFlightBytes;
    private long maxInFlightLines;
    private long maxInFlightBytes;
    private long batches;

    ParallelLines(LineSplitter lines, String source, int threads, Function<? super CatalogueEntry, ?> work) {
      this.lines = lines;
      this.source = source;
      this.threads = threads;
      this.work = work;
      this.maxBatches = 2 * threads + 1;
    }

    @Override
    Album advance() {
      while (true) {
        if (closed) {
          return null;
        }
        if (current != null && delivered < current.count) {
          int i = delivered++;
          albumIndex = current.indices[i];
          albumLine = current.numbers[i];
          Object result = current.results[i];
          current.results[i] = null;
          if (result instanceof Album) {
            return (Album) result;
          }
          if (result instanceof Worked) {
            worked = (Worked) result;
            return worked.album;
          }
          if (result instanceof InvalidJsonException) {
            problem((InvalidJsonException) result);
            continue;
          }
          throw ((WorkerThreads.Failure) result).rethrow();
        }
        if (current != null) {
          Batch done = current;
          current = null;
          inFlightLines -= done.count;
          inFlightBytes -= done.bytes;
          if (done.end instanceof UncheckedIOException) {
            stalled = false;
            throw (UncheckedIOException) done.end;
          }
          if (done.end != null) {
            finish();
            stopWorkers();
            problem((InvalidJsonException) done.end);
            return null;
          }
        }
        fill();
        current = pending.poll();
        if (current == null) {
          stopWorkers();
          return null;
        }
        current.await();
        delivered = 0;
      }
    }

    /** Reads and hands out batches while the window has room; the first batch always fits. */
    private void fill() {
      while (!inputDone && !stalled
          && (pending.isEmpty() || (pending.size() < maxBatches && inFlightBytes < MAX_IN_FLIGHT_BYTES))) {
        Batch batch = read();
        if (batch == null) {
          return;
        }
        batches++;
        inFlightLines += batch.count;
        inFlightBytes += batch.bytes;
        maxInFlightLines = Math.max(maxInFlightLines, inFlightLines);
        maxInFlightBytes = Math.max(maxInFlightBytes, inFlightBytes);
        pending.add(batch);
        if (workers == null && pending.size() == 1 && (inputDone || stalled)) {
          batch.run(); // all there is fits one batch: no thread is worth starting
        } else {
          workers().execute(batch);
        }
      }
    }

    private ThreadPoolExecutor workers() {
      if (workers == null) {
        workers = WorkerThreads.pool(threads, IDLE_SECONDS, "linernotes-lines", started::add);
      }
      return workers;
    }

    /** The next lines, up to a batch, split as {@link LinesIterator#advance()} splits them; null at the end. */
    private Batch read() {
      Batch batch = new Batch();
      while (batch.count < BATCH_LINES && batch.bytes < BATCH_BYTES) {
        boolean more;
        try {
          more = lines.next();
        } catch (LineSplitter.LineTooLongException e) {
          inputDone = true;
          batch.end = tooLong(source, lineNumber + 1);
          break;
        } catch (CharacterCodingException e) {
          inputDone = true;
          batch.end = undecodable(source, lineNumber + 1, e);
          break;
        } catch (IOException e) {
          stalled = true;
          batch.end = new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
          break;
        }
        if (!more) {
          inputDone = true;
          break;
        }
        lineNumber++;
        boolean bom = strayBom(lines, lineNumber);
        if (lines.isBlank()) {
          continue;
        }
        index++;
        batch.add(lines.detach(), lineNumber, index, bom, lines.length());
      }
      return batch.count == 0 && batch.end == null ? null : batch;
    }

    /** What {@link LinesIterator#advance()} makes of one line after splitting it: an album, a problem or a failure. */
    private Object process(LineSplitter.Line line, long number, long albumIndex, boolean bom) {
      try {
        Object result = lineResult(line, number, bom, source);
        if (work == null || !(result instanceof Album)) {
          return result;
        }
        Album album = (Album) result;
        return new Worked(album, work.apply(new CatalogueEntry(album, albumIndex, number, ValuePath.root())));
      } catch (RuntimeException | Error e) {
        return new WorkerThreads.Failure(e);
      }
    }

    private void stopWorkers() {
      if (workers != null) {
        workers.shutdown();
      }
    }

    /** Stops the workers and waits until none is left: each ends with the line it is on. */
    @Override
    public void close() {
      closed = true;
      pending.clear();
      current = null;
      if (workers == null) {
        return;
      }
      WorkerThreads.stopAndWait(workers);
    }

    /** The most lines read ahead and not yet delivered at any time so far. */
    long maxInFlightLines() {
      return maxInFlightLines;
    }

    /** The most bytes of such lines at any time so far. */
    long maxInFlightBytes() {
      return maxInFlightBytes;
    }

    /** The batches made so far. */
    long batches() {
      return batches;
    }

    /** The most batches that may be read ahead. */
    int maxBatches() {
      return maxBatches;
    }

    /** The worker threads started so far. */
    List<Thread> threads() {
      return List.copyOf(started);
    }

    /** Whether no worker thread is running or can start any more: never started, or all ended. */
    boolean workersTerminated() {
      return workers == null || workers.isTerminated();
    }

    /** Lines handed to the workers together, and their results once {@link #await()} returns. */
    private final class Batch implements Runnable {
      final LineSplitter.Line[] lines = new LineSplitter.Line[BATCH_LINES];
      final long[] numbers = new long[BATCH_LINES];
      final long[] indices = new long[BATCH_LINES];
      final boolean[] boms = new boolean[BATCH_LINES];
      final Object[] results = new Object[BATCH_LINES];
      private final CountDownLatch done = new CountDownLatch(1);
      int count;
      long bytes;
      /** After the lines: the problem that ends the reading, or the input failure to throw; else null. */
      RuntimeException end;

      void add(LineSplitter.Line line, long number, long albumIndex, boolean bom, int length) {
        lines[count] = line;
        numbers[count] = number;
        indices[count] = albumIndex;
        boms[count] = bom;
        count++;
        bytes += length;
      }

      @Override
      public void run() {
        try {
          for (int i = 0; i < count && !closed; i++) {
            results[i] = process(lines[i], numbers[i], indices[i], boms[i]);
            lines[i] = null;
          }
        } finally {
          done.countDown();
        }
      }

      /** Waits for the results; an interrupt is kept for later, as the wait is one batch long at most. */
      void await() {
        WorkerThreads.await(done);
      }
    }
  }

  private final class DocumentIterator extends Advancing implements Closeable {
    private final String source;
    private final Object input;
    private JsonParser parser;
    private int albumsDepth = -1;
    private boolean sawFormat;
    private boolean sawVersion;
    private boolean sawAlbums;
    private boolean singleAlbum;
    private long index;

    DocumentIterator(Object input, String source) {
      this.input = input;
      this.source = source;
    }

    private JsonParser parser() {
      if (parser == null) {
        parser = input instanceof InputStream ? mapper.createParser(checkedStart((InputStream) input))
            : mapper.createParser(withoutBom((Reader) input));
      }
      return parser;
    }

    /** The bytes, refused here when they start like UTF-16 or UTF-32. */
    private InputStream checkedStart(InputStream in) {
      PushbackInputStream pushback = new PushbackInputStream(in, Utf8Input.HEAD);
      byte[] head = new byte[Utf8Input.HEAD];
      int n = 0;
      try {
        for (int read; n < head.length && (read = pushback.read(head, n, head.length - n)) > 0; ) {
          n += read;
        }
        pushback.unread(head, 0, n);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
      }
      String problem = Utf8Input.problem(head, 0, n);
      if (problem != null) {
        throw InvalidJsonException.of(source, 1, 1, ValuePath.root(), JsonRule.ENCODING, problem);
      }
      return pushback;
    }

    /** The characters, after a byte-order mark that opens them. */
    private Reader withoutBom(Reader in) {
      PushbackReader pushback = new PushbackReader(in, 1);
      try {
        int first = pushback.read();
        if (first >= 0 && first != Utf8Input.BOM) {
          pushback.unread(first);
        }
      } catch (CharacterCodingException e) {
        throw InvalidJsonException.of(source, 1, 1, ValuePath.root(), JsonRule.ENCODING, "the input cannot be decoded (" + e + ")");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
      }
      return pushback;
    }

    @Override
    public void close() {
      if (parser != null) {
        parser.close();
      }
    }

    private InvalidJsonException here(ValuePath path, JsonRule rule, String reason) {
      TokenStreamLocation at = parser.currentTokenLocation();
      return InvalidJsonException.of(source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), path,
          rule, reason);
    }

    @Override
    Album advance() {
      try {
        if (albumsDepth < 0 && !openAlbums()) {
          return singleAlbum ? readSingleAlbum() : null;
        }
        while (true) {
          JsonToken token = parser.nextToken();
          if (token == JsonToken.END_ARRAY) {
            closeDocument();
            return null;
          }
          if (token == null) {
            throw here(ALBUMS, JsonRule.SYNTAX, "the document ends inside the albums array");
          }
          long position = index++;
          albumIndex = position;
          albumPath = ALBUMS.index((int) position);
          albumLine = Math.max(0, parser.currentTokenLocation().getLineNr());
          if (token == JsonToken.VALUE_NULL) {
            problem(here(ALBUMS.index((int) position), JsonRule.NULL_VALUE, "an album must not be null"));
            continue;
          }
          if (index > limits.maxAlbums()) {
            finish();
            problem(here(ALBUMS.index((int) position), JsonRule.LIMIT,
                "more than " + limits.maxAlbums() + " albums in one document; reading stops here"));
            return null;
          }
          try {
            return albumReader.readValue(parser);
          } catch (StreamReadException | StreamConstraintsException e) {
            rethrowInputFailure(e, source);
            finish();
            problem(LinerNotesJson.translate(source, e, ALBUMS.index((int) position), 0, albumLine));
            return null;
          } catch (JacksonException e) {
            rethrowInputFailure(e, source);
            problem(LinerNotesJson.translate(source, e, ALBUMS.index((int) position), 0, albumLine));
            skipToAlbums();
          }
        }
      } catch (InvalidJsonException e) {
        finish();
        problem(e);
        return null;
      } catch (JacksonException e) {
        finish();
        rethrowInputFailure(e, source);
        problem(LinerNotesJson.translate(source, e, albumsDepth < 0 ? ValuePath.root() : ALBUMS, 0, 0));
        return null;
      }
    }

    /**
     * Reads up to the first album; false when the document has no albums array to read, which is also
     * the case for a file that holds one album.
     */
    private boolean openAlbums() {
      JsonParser p = parser();
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw first == null ? here(ValuePath.root(), JsonRule.SYNTAX, "the document is empty")
            : here(ValuePath.root(), JsonRule.WRONG_TYPE, "a catalogue document is a JSON object");
      }
      while (true) {
        JsonToken token = p.nextToken();
        if (token == JsonToken.END_OBJECT) {
          finishDocument();
          return false;
        }
        String name = p.currentName();
        if (index == 0 && !sawFormat && !sawVersion && !isHeader(name)) {
          singleAlbum = true;
          return false;
        }
        p.nextToken();
        if ("albums".equals(name)) {
          if (!p.isExpectedStartArrayToken()) {
            throw here(ALBUMS, JsonRule.WRONG_TYPE, "albums must be an array");
          }
          sawAlbums = true;
          albumsDepth = p.streamReadContext().getNestingDepth();
          return true;
        }
        header(name);
      }
    }

    private boolean isHeader(String name) {
      return "format".equals(name) || "version".equals(name) || "albums".equals(name);
    }

    /**
     * Reads the one album of a file that starts like an album rather than a catalogue document, as
     * {@link LinerNotesJson#write(Object)} writes it; the parser is at its first property.
     */
    private Album readSingleAlbum() {
      singleAlbum = false;
      index = 1;
      albumIndex = 0;
      albumPath = ValuePath.root();
      albumLine = Math.max(1, parser.currentTokenLocation().getLineNr());
      Album album;
      try {
        album = albumReader.readValue(parser);
      } catch (JacksonException e) {
        finish();
        rethrowInputFailure(e, source);
        problem(LinerNotesJson.translate(source, e, ValuePath.root(), 0, albumLine));
        return null;
      }
      if (parser.nextToken() != null) {
        finish();
        problem(here(ValuePath.root(), JsonRule.SYNTAX, "there is more after the end of the album"));
        return null;
      }
      finish();
      return album;
    }

    private void header(String name) {
      JsonParser p = parser;
      if ("format".equals(name)) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          throw here(ValuePath.root().property("format"), JsonRule.WRONG_TYPE, "format must be the string \"" + FORMAT + "\"");
        }
        if (!FORMAT.equals(p.getString())) {
          throw here(ValuePath.root().property("format"), JsonRule.UNKNOWN_FORMAT, "this is not a Liner Notes catalogue: format is \""
              + Printable.of(p.getString(), Printable.QUOTED) + "\", expected \"" + FORMAT + "\"");
        }
        sawFormat = true;
      } else if ("version".equals(name)) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
          throw here(ValuePath.root().property("version"), JsonRule.WRONG_TYPE, "version must be a whole number");
        }
        if (p.getNumberValue().intValue() != VERSION || !String.valueOf(VERSION).equals(p.getString())) {
          throw here(ValuePath.root().property("version"), JsonRule.UNSUPPORTED_VERSION,
              "catalogue version " + p.getString() + " is not supported; this library reads version " + VERSION);
        }
        sawVersion = true;
      } else {
        throw here(ValuePath.root().property(name), JsonRule.UNKNOWN_PROPERTY,
            "unknown property \"" + Printable.of(name, Printable.QUOTED) + "\"");
      }
    }

    private void skipToAlbums() {
      while (parser.streamReadContext().getNestingDepth() > albumsDepth) {
        if (parser.nextToken() == null) {
          throw here(ALBUMS, JsonRule.SYNTAX, "the document ends inside an album");
        }
      }
    }

    private void closeDocument() {
      JsonParser p = parser;
      while (true) {
        JsonToken token = p.nextToken();
        if (token == JsonToken.END_OBJECT) {
          finishDocument();
          return;
        }
        if (token == null) {
          throw here(ValuePath.root(), JsonRule.SYNTAX, "the document ends before its closing brace");
        }
        String name = p.currentName();
        p.nextToken();
        header(name);
      }
    }

    private void finishDocument() {
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw here(ValuePath.root(), JsonRule.SYNTAX, "there is more after the end of the document");
      }
      if (!sawFormat) {
        throw here(ValuePath.root().property("format"), JsonRule.REQUIRED, "the document has no format marker; expected \"" + FORMAT + "\"");
      }
      if (!sawVersion) {
        throw here(ValuePath.root().property("version"), JsonRule.REQUIRED, "the document has no version");
      }
      if (!sawAlbums) {
        throw here(ALBUMS, JsonRule.REQUIRED, "the document has no albums array");
      }
      finish();
    }
  }
}
