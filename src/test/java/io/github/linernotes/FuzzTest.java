package io.github.linernotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.linernotes.consistency.ConsistencyCheck;
import io.github.linernotes.id.Barcode;
import io.github.linernotes.id.DiscogsId;
import io.github.linernotes.id.IdentifierGenerators;
import io.github.linernotes.id.Isbn;
import io.github.linernotes.id.Isrc;
import io.github.linernotes.id.Issn;
import io.github.linernotes.id.Iswc;
import io.github.linernotes.id.MusicBrainzId;
import io.github.linernotes.id.WebAddress;
import io.github.linernotes.id.WikidataId;
import io.github.linernotes.json.CatalogueEntry;
import io.github.linernotes.json.CatalogueReader;
import io.github.linernotes.json.InvalidJsonException;
import io.github.linernotes.json.LinerNotesJson;
import io.github.linernotes.value.DateGenerators;
import io.github.linernotes.value.InvalidValueException;
import io.github.linernotes.value.LengthAndRatingGenerators;
import io.github.linernotes.value.Letter;
import io.github.linernotes.value.LetterGrade;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.PublicationDate;
import io.github.linernotes.value.Rating;
import io.github.linernotes.value.RunningTime;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A mutation fuzzer in the build. It takes the reference album and generated albums, bends their JSON at
 * the level of bytes, of tokens and of structure, and feeds the result to every entry point: the
 * library's reader, the catalogue reader (strict and lenient, documents and JSON Lines, from a string,
 * a reader and a byte stream), plain Jackson 3 and Jackson 2 mappers, every value type's {@code parse},
 * and the consistency check on whatever was accepted. Every input must end, within {@link #HANG_SECONDS}
 * (a guard against hangs, not a measure of speed), in one of two ways:
 * <ul>
 *   <li>an accepted value that writes the same JSON from the library, Jackson 3 and Jackson 2 and reads
 *       back to an equal value, which the library's strict reader accepts too;</li>
 *   <li>the documented exception, located: {@link InvalidJsonException} from the library's readers,
 *       {@link InvalidValueException} from {@code parse}, Jackson's own exception from plain mappers.</li>
 * </ul>
 * The readers must agree with each other, and lenient reading must account for every line.
 *
 * <p>{@code mvn verify} runs a fixed seed and a bounded count. A long run, which prints the outcomes per
 * entry point: {@code mvn -B -q test-compile surefire:test@default-test -Dtest=FuzzTest -Dfuzz.count=200000
 * -Dfuzz.seed=7}.
 */
class FuzzTest {

  private static final long SEED = Long.getLong("fuzz.seed", 20_261_201L);
  private static final int COUNT = Integer.getInteger("fuzz.count", 400);
  private static final long HANG_SECONDS = 20;
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static final JsonMapper JACKSON3 = JsonMapper.builder().build();
  private static final ObjectMapper JACKSON2 = new ObjectMapper().registerModule(new Jdk8Module());
  private static final ObjectMapper JACKSON2_UTF8 = com.fasterxml.jackson.databind.json.JsonMapper.builder()
      .addModule(new Jdk8Module())
      .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
  private static final String REFERENCE = LinerNotesJson.write(ReferenceAlbums.ascenseurPourLEchafaud());
  private static final String HEADER = "{\"format\":\"linernotes/catalogue\",\"version\":1,\"albums\":[";

  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "fuzz-worker");
    t.setDaemon(true);
    return t;
  });
  private static final Map<String, Map<String, LongAdder>> OUTCOMES = new ConcurrentHashMap<>();

  /** JSON texts that have broken the library before, or sit on the edge of a rule. */
  private static final String[] TOKENS = {
      "null", "true", "false", "0", "-0", "-1", "1e-100000000", "1e-999999999", "1e400", "0e-99999999",
      "99999999999999999999999", "0.0001", "4.5", "1000.001", "\"\"", "\" \"", "\"\\u0000\"", "\"\\uD800\"",
      "\"\\uDFFFx\"", "\"\\uD83C\\uDFB5\"", "\"a\\r\\nb\"", "\"\\u2028\"", "\"\\uFEFF\"", "\"\\t\"",
      "\"999:59:59\"", "\"0:01\"", "\"71:18\"", "\"1:11:18\"", "\"PT1H\"", "\"1958-02-29\"", "\"198X\"",
      "\"n.d.\"", "\"../1958\"", "\"1957-12-04/1957-12-05\"", "\"978-88-904905-9-0\"", "\"0-306-40615-2\"",
      "\"1478-8810\"", "\"0 42284 73912 2\"", "\"A+\"", "\"soundtrack\"", "\" soundtrack\"", "\"won\"",
      "\"XE\"", "\"ZZ\"", "\"Q202996\"", "\"https://example.org/\"", "\"b1392450-e666-3926-a536-22c65f834433\"",
      "{}", "[]", "[null]", "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]",
      "{\"type\":\"score\",\"value\":6,\"best\":5}", "{\"type\":\"score\",\"value\":1e-9999999,\"best\":5}",
      "{\"type\":\"verdict\",\"verdict\":\" \"}", "{\"type\":\"letter\",\"grade\":\"A\",\"grade\":\"B\"}",
      "{\"type\":\"stars\"}", "{\"name\":\"x\"}", "{\"id\":\"x\"}", "\"" + "x".repeat(1500) + "\""};

  private static final byte[] BYTES = {0x00, 0x0A, 0x0D, 0x09, 0x20, '"', '\\', '{', '}', '[', ']', ',', ':',
      'n', '0', '9', 'e', '-', '.', (byte) 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC3,
      (byte) 0xE2, (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0xF8, (byte) 0xFE, (byte) 0xFF};

  private static final byte[][] BYTE_RUNS = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF},
      {0, 0, 0}, {0x0D}, {0x0D, 0x0A}, {0x0A, 0x0A}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, "null\n".getBytes(StandardCharsets.UTF_8)};

  private static final String[] NAMES = {"title", "artists", "kinds", "releases", "media", "tracks", "position",
      "length", "session", "take", "rating", "type", "value", "best", "step", "citation", "citations", "id",
      "statedLength", "statedTrackCount", "format", "version", "albums", "bogus", "joinPhrase", "date", "ids"};

  @AfterAll
  static void printOutcomes() {
    StringBuilder sb = new StringBuilder("fuzz outcomes (seed " + SEED + ", " + COUNT + " cases):\n");
    new TreeMap<>(OUTCOMES).forEach((entry, outcomes) -> sb.append("  ").append(entry).append(": ")
        .append(new TreeMap<>(outcomes).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "))).append('\n'));
    System.out.print(sb);
  }

  // ---- catalogues -----------------------------------------------------------------------------------

  @Test
  void mutatedAlbumsAndCataloguesEndInAValueOrALocatedError() {
    Gen<Case> cases = DomainGenerators.albums().zip(SourceDSL.longs().all(),
        (album, seed) -> new Case(seed, LinerNotesJson.write(album)));
    qt().withFixedSeed(SEED).withExamples(COUNT).withShrinkCycles(20).forAll(cases)
        .checkAssert(c -> withinBound(c, () -> check(c)));
  }

  /** One input: a seed album's JSON and the seed of the mutations to apply to it. */
  static final class Case {
    final long seed;
    final String album;

    Case(long seed, String album) {
      this.seed = seed;
      this.album = album;
    }

    @Override
    public String toString() {
      return "Case(seed " + seed + ", album " + album.length() + " chars: " + album + ")";
    }
  }

  private static void check(Case c) {
    SplittableRandom random = new SplittableRandom(c.seed);
    List<String> sources = new ArrayList<>(List.of(c.album, random.nextInt(4) == 0 ? REFERENCE : c.album));
    String mutant = mutateText(random, sources.get(random.nextInt(2)), sources);
    checkOneAlbum(mutant);
    checkOnePart(random, sources);

    int count = 1 + random.nextInt(4);
    List<String> albums = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      albums.add(random.nextInt(3) == 0 ? mutant : random.nextInt(4) == 0 ? "" : c.album);
    }
    String lines = String.join(random.nextBoolean() ? "\n" : "\r\n", albums) + (random.nextBoolean() ? "\n" : "");
    checkLines(random.nextInt(3) == 0 ? mutateText(random, lines, sources) : lines, random);

    List<String> members = albums.stream().filter(a -> !a.isEmpty()).collect(Collectors.toList());
    String document = HEADER + String.join(",\n", members) + "]}";
    checkDocument(random.nextInt(3) == 0 ? mutateText(random, document, sources) : document, random);
  }

  private static void checkOneAlbum(String json) {
    Album strict = outcome("LinerNotesJson.read", () -> LinerNotesJson.read(json, Album.class));
    Album three = outcome("Jackson3.readValue", () -> JACKSON3.readValue(json, Album.class));
    Album two = outcome("Jackson2.readValue", () -> JACKSON2.readValue(json, Album.class));
    for (Album album : Arrays.asList(strict, three, two)) {
      if (album != null) {
        assertRoundTrips(album);
      }
    }
    if (strict != null) {
      assertThat(three).as("a plain Jackson 3 mapper reads what the library reads").isEqualTo(strict);
      assertThat(two).as("a plain Jackson 2 mapper reads what the library reads").isEqualTo(strict);
      List<Album> asCatalogue = outcome("CatalogueReader.document(one album)",
          () -> CatalogueReader.strict().readDocument(json));
      assertThat(asCatalogue).as("a file of one album").containsExactly(strict);
    }
  }

  /** Which type each property of an album holds, for reading a part of an album on its own. */
  private static final Map<String, Class<?>> PARTS = Map.ofEntries(
      Map.entry("releases", Release.class), Map.entry("sessions", Session.class),
      Map.entry("citations", Citation.class), Map.entry("reviews", Review.class), Map.entry("rating", Rating.class),
      Map.entry("tracks", Track.class), Map.entry("media", Medium.class), Map.entry("lineUp", Personnel.class),
      Map.entry("credits", Personnel.class), Map.entry("notes", Note.class), Map.entry("labels", LabelInfo.class),
      Map.entry("events", ReleaseEvent.class), Map.entry("artists", ArtistCredit.class),
      Map.entry("authors", Author.class), Map.entry("awards", Award.class), Map.entry("relatedWorks", RelatedWork.class),
      Map.entry("chronology", Chronology.class), Map.entry("ids", ExternalIds.class), Map.entry("venue", Venue.class),
      Map.entry("sections", MediumSection.class), Map.entry("previous", AlbumLink.class),
      Map.entry("next", AlbumLink.class), Map.entry("recordings", Recording.class), Map.entry("works", Work.class),
      Map.entry("companies", CompanyCredit.class), Map.entry("identifiers", ReleaseIdentifier.class));

  /** A part of an album (a release, a track, a rating…), mutated and read as its own type by every mapper. */
  private static void checkOnePart(SplittableRandom random, List<String> sources) {
    List<Map.Entry<Class<?>, JsonNode>> parts = new ArrayList<>();
    collectParts(JACKSON3.readTree(sources.get(random.nextInt(sources.size()))), parts);
    if (parts.isEmpty()) {
      return;
    }
    Map.Entry<Class<?>, JsonNode> part = parts.get(random.nextInt(parts.size()));
    String json = mutateText(random, JACKSON3.writeValueAsString(part.getValue()), sources);
    checkOneValue(json, part.getKey());
  }

  private static void collectParts(JsonNode node, List<Map.Entry<Class<?>, JsonNode>> parts) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        Class<?> type = PARTS.get(property.getKey());
        JsonNode value = property.getValue();
        if (type != null && value.isObject()) {
          parts.add(Map.entry(type, value));
        } else if (type != null && value.isArray()) {
          value.values().stream().filter(JsonNode::isObject).forEach(v -> parts.add(Map.entry(type, v)));
        }
        collectParts(value, parts);
      }
    } else if (node.isArray()) {
      node.values().forEach(v -> collectParts(v, parts));
    }
  }

  private static <T> void checkOneValue(String json, Class<T> type) {
    String name = type.getSimpleName();
    T strict = outcome("LinerNotesJson.read(" + name + ")", () -> LinerNotesJson.read(json, type));
    T three = outcome("Jackson3.readValue(" + name + ")", () -> JACKSON3.readValue(json, type));
    T two = outcome("Jackson2.readValue(" + name + ")", () -> JACKSON2.readValue(json, type));
    for (T value : Arrays.asList(strict, three, two)) {
      if (value != null) {
        String written = LinerNotesJson.write(value);
        assertThat(LinerNotesJson.read(written, type)).as("the library reads back what it writes").isEqualTo(value);
        assertSameJson(value, written);
      }
    }
    if (strict != null) {
      assertThat(three).as("a plain Jackson 3 mapper reads what the library reads").isEqualTo(strict);
      assertThat(two).as("a plain Jackson 2 mapper reads what the library reads").isEqualTo(strict);
    }
  }

  private static void checkLines(String text, SplittableRandom random) {
    byte[] bytes = random.nextInt(5) == 0 ? mutateBytes(random, text.getBytes(StandardCharsets.UTF_8))
        : text.getBytes(StandardCharsets.UTF_8);
    List<Function<CatalogueReader, List<Album>>> chars = List.of(
        r -> r.readLines(text),
        r -> toList(r.streamLines(new StringReader(text), "fuzz")));
    List<Function<CatalogueReader, List<Album>>> utf8 = List.of(
        r -> toList(r.streamLines(new ByteArrayInputStream(bytes), "fuzz")),
        r -> toList(r.streamLineEntries(new ByteArrayInputStream(bytes), "fuzz").map(CatalogueEntry::album)));
    compareReaders("lines", chars, utf8, isUtf8Of(bytes, text));
    checkLenientLines(text, chars.get(0));
    checkLenientLines(isUtf8Of(bytes, text) ? text : null, utf8.get(0));
  }

  /** Whether the bytes are the text in UTF-8, which a text with an unpaired surrogate has no way to be. */
  private static boolean isUtf8Of(byte[] bytes, String text) {
    return new String(bytes, StandardCharsets.UTF_8).equals(text);
  }

  private static void checkDocument(String text, SplittableRandom random) {
    byte[] bytes = random.nextInt(5) == 0 ? mutateBytes(random, text.getBytes(StandardCharsets.UTF_8))
        : text.getBytes(StandardCharsets.UTF_8);
    List<Function<CatalogueReader, List<Album>>> chars = List.of(
        r -> r.readDocument(text),
        r -> r.readDocument(new StringReader(text), "fuzz"));
    List<Function<CatalogueReader, List<Album>>> utf8 = List.of(
        r -> r.readDocument(new ByteArrayInputStream(bytes), "fuzz"),
        r -> toList(r.streamDocumentEntries(new ByteArrayInputStream(bytes), "fuzz").map(CatalogueEntry::album)));
    compareReaders("document", chars, utf8, isUtf8Of(bytes, text));
    for (Function<CatalogueReader, List<Album>> read : List.of(chars.get(0), utf8.get(0))) {
      List<InvalidJsonException> problems = new ArrayList<>();
      List<Album> lenient = outcome("CatalogueReader.document(lenient)",
          () -> read.apply(CatalogueReader.strict().lenient(problems::add)));
      assertThat(lenient).as("lenient reading never throws").isNotNull();
      lenient.forEach(FuzzTest::assertRoundTrips);
      List<Album> strict = quietly(() -> read.apply(CatalogueReader.strict()));
      if (problems.isEmpty()) {
        assertThat(strict).as("with no problem reported, lenient and strict read the same").isEqualTo(lenient);
      } else {
        assertThat(strict).as("a reported problem fails strict reading").isNull();
        problems.forEach(FuzzTest::assertLocated);
      }
    }
  }

  /** The string and reader paths agree exactly; the byte paths agree with each other, and with them on the same text. */
  private static void compareReaders(String kind, List<Function<CatalogueReader, List<Album>>> chars,
      List<Function<CatalogueReader, List<Album>>> utf8, boolean sameText) {
    List<Object> results = new ArrayList<>();
    String[] names = {"String", "Reader", "InputStream", "entries"};
    int i = 0;
    for (Function<CatalogueReader, List<Album>> read : Stream.concat(chars.stream(), utf8.stream()).toList()) {
      String entry = "CatalogueReader." + kind + "(strict, " + names[i++] + ")";
      results.add(result(entry, () -> read.apply(CatalogueReader.strict())));
    }
    assertThat(results.get(1)).as("%s: reader and string", kind).isEqualTo(results.get(0));
    assertThat(results.get(3)).as("%s: entries and stream", kind).isEqualTo(results.get(2));
    if (sameText) {
      Object fromChars = results.get(0);
      Object fromBytes = results.get(2);
      if (fromChars instanceof List || fromBytes instanceof List) {
        assertThat(fromBytes).as("%s: bytes and characters of the same text", kind).isEqualTo(fromChars);
      } else {
        assertThat(((Failure) fromBytes).line).as("%s: the line of the problem", kind)
            .isEqualTo(((Failure) fromChars).line);
      }
    }
    for (Object result : results) {
      if (result instanceof List) {
        ((List<?>) result).forEach(a -> assertRoundTrips((Album) a));
      }
    }
  }

  /** Every line that is not blank is either an album or one reported problem, unless reading was cut short. */
  private static void checkLenientLines(String text, Function<CatalogueReader, List<Album>> read) {
    List<InvalidJsonException> problems = new ArrayList<>();
    List<Album> albums = outcome("CatalogueReader.lines(lenient)",
        () -> read.apply(CatalogueReader.strict().lenient(problems::add)));
    assertThat(albums).as("lenient reading never throws").isNotNull();
    problems.forEach(FuzzTest::assertLocated);
    boolean cutShort = problems.stream().anyMatch(p -> p.reason().endsWith("reading stops here"));
    if (text != null && !cutShort) {
      assertThat(albums.size() + problems.size()).as("albums and problems account for every line")
          .isEqualTo(nonBlankLines(text));
    }
    List<Album> strict = quietly(() -> read.apply(CatalogueReader.strict()));
    if (problems.isEmpty()) {
      assertThat(strict).as("with no problem reported, lenient and strict read the same").isEqualTo(albums);
    }
  }

  private static long nonBlankLines(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return Arrays.stream(body.split("\n", -1)).filter(l -> !l.chars().allMatch(ch -> ch == ' ' || ch == '\t'
        || ch == '\r')).count();
  }

  // ---- value types ----------------------------------------------------------------------------------

  @Test
  void mutatedValueTextsEndInAValueOrAnInvalidValueException() {
    List<ValueType<?>> types = List.of(
        new ValueType<>("PartialDate", DateGenerators.partialDates(), PartialDate::parse, PartialDate.class),
        new ValueType<>("PublicationDate", DateGenerators.publicationDates(), PublicationDate::parse,
            PublicationDate.class),
        new ValueType<>("RunningTime", LengthAndRatingGenerators.runningTimes(), RunningTime::parse,
            RunningTime.class),
        new ValueType<>("Rating", LengthAndRatingGenerators.ratings(), Rating::parse, Rating.class),
        new ValueType<>("LetterGrade", LengthAndRatingGenerators.letters().map(Letter::grade),
            LetterGrade::parse, LetterGrade.class),
        new ValueType<>("Isbn", IdentifierGenerators.isbns(), Isbn::parse, Isbn.class),
        new ValueType<>("Issn", IdentifierGenerators.issns(), Issn::parse, Issn.class),
        new ValueType<>("Isrc", IdentifierGenerators.isrcs(), Isrc::parse, Isrc.class),
        new ValueType<>("Iswc", IdentifierGenerators.iswcs(), Iswc::parse, Iswc.class),
        new ValueType<>("Barcode", IdentifierGenerators.barcodes(), Barcode::parse, Barcode.class),
        new ValueType<>("MusicBrainzId", IdentifierGenerators.musicBrainzIds(), MusicBrainzId::parse,
            MusicBrainzId.class),
        new ValueType<>("DiscogsId", IdentifierGenerators.discogsIds(), DiscogsId::parse, DiscogsId.class),
        new ValueType<>("WikidataId", IdentifierGenerators.wikidataIds(), WikidataId::parse, WikidataId.class),
        new ValueType<>("WebAddress", IdentifierGenerators.webAddresses(), WebAddress::parse, WebAddress.class));
    for (ValueType<?> type : types) {
      type.fuzz();
    }
  }

  private static final class ValueType<T> {
    final String name;
    final Gen<? extends T> valid;
    final Function<String, T> parse;
    final Class<T> type;

    ValueType(String name, Gen<? extends T> valid, Function<String, T> parse, Class<T> type) {
      this.name = name;
      this.valid = valid;
      this.parse = parse;
      this.type = type;
    }

    void fuzz() {
      Gen<String> texts = valid.zip(SourceDSL.longs().all(), (value, seed) -> {
        SplittableRandom random = new SplittableRandom(seed);
        String text = value.toString();
        int edits = random.nextInt(4);
        for (int i = 0; i < edits; i++) {
          text = mutateValue(random, text);
        }
        return text;
      });
      qt().withFixedSeed(SEED).withExamples(Math.max(50, COUNT / 4)).forAll(texts)
          .checkAssert(text -> withinBound(text, () -> check(text)));
    }

    private void check(String text) {
      T value = outcome(name + ".parse", () -> parse.apply(text));
      if (value == null) {
        return;
      }
      String shown = value.toString();
      assertThat(parse.apply(shown)).as("%s reads back what it prints", name).isEqualTo(value);
      assertThat(parse.apply(shown).toString()).as("%s prints what it read", name).isEqualTo(shown);
      String json = LinerNotesJson.write(value);
      assertThat(LinerNotesJson.read(json, type)).isEqualTo(value);
      assertSameJson(value, json);
    }
  }

  private static String mutateValue(SplittableRandom random, String text) {
    StringBuilder sb = new StringBuilder(text);
    int at = sb.length() == 0 ? 0 : random.nextInt(sb.length() + 1);
    String[] pieces = {"\u0000", " ", "\u00a0", "\t", "\n", "\uD800", "\uDC00", "\uD83C\uDFB5", "\uFEFF", "-",
        "\u2212", "0", "9", "X", "x", "?", "~", "%", "/", "..", ":", ".", "e", "E", "+", "step", "\"", "\\", "1e-99999",
        "99999999999999999999", "\u0663", "\uFF11"};
    switch (random.nextInt(5)) {
      case 0:
        return sb.insert(at, pieces[random.nextInt(pieces.length)]).toString();
      case 1:
        return sb.length() == 0 ? "" : sb.deleteCharAt(Math.min(at, sb.length() - 1)).toString();
      case 2:
        return sb.length() == 0 ? "x" : sb.replace(Math.min(at, sb.length() - 1), Math.min(at, sb.length() - 1) + 1,
            pieces[random.nextInt(pieces.length)]).toString();
      case 3:
        return sb.substring(0, at);
      default:
        return sb.append(sb, 0, at).toString();
    }
  }

  // ---- mutations ------------------------------------------------------------------------------------

  private static String mutateText(SplittableRandom random, String text, List<String> donors) {
    String result = text;
    int steps = 1 + random.nextInt(3);
    for (int i = 0; i < steps; i++) {
      switch (random.nextInt(3)) {
        case 0:
          result = new String(mutateBytes(random, result.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
          break;
        case 1:
          result = mutateTokens(random, result);
          break;
        default:
          result = mutateStructure(random, result, donors.get(random.nextInt(donors.size())));
      }
    }
    return result;
  }

  private static byte[] mutateBytes(SplittableRandom random, byte[] bytes) {
    if (bytes.length == 0) {
      return BYTE_RUNS[random.nextInt(BYTE_RUNS.length)];
    }
    int at = random.nextInt(bytes.length);
    byte[] out;
    switch (random.nextInt(6)) {
      case 0:
        out = bytes.clone();
        out[at] ^= (byte) (1 << random.nextInt(8));
        return out;
      case 1:
        out = bytes.clone();
        out[at] = BYTES[random.nextInt(BYTES.length)];
        return out;
      case 2: {
        byte[] run = BYTE_RUNS[random.nextInt(BYTE_RUNS.length)];
        out = new byte[bytes.length + run.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(run, 0, out, at, run.length);
        System.arraycopy(bytes, at, out, at + run.length, bytes.length - at);
        return out;
      }
      case 3: {
        int length = 1 + random.nextInt(Math.min(64, bytes.length - at));
        out = new byte[bytes.length - length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(bytes, at + length, out, at, bytes.length - at - length);
        return out;
      }
      case 4:
        return Arrays.copyOf(bytes, at);
      default: {
        int length = 1 + random.nextInt(Math.min(64, bytes.length - at));
        out = new byte[bytes.length + length];
        System.arraycopy(bytes, 0, out, 0, at + length);
        System.arraycopy(bytes, at, out, at + length, bytes.length - at);
        return out;
      }
    }
  }

  /** Replaces, repeats or removes one token: a string, a number, a literal or a punctuation mark. */
  private static String mutateTokens(SplittableRandom random, String text) {
    List<int[]> tokens = tokens(text);
    if (tokens.isEmpty()) {
      return TOKENS[random.nextInt(TOKENS.length)];
    }
    int[] token = tokens.get(random.nextInt(tokens.size()));
    String before = text.substring(0, token[0]);
    String after = text.substring(token[1]);
    switch (random.nextInt(4)) {
      case 0:
      case 1:
        return before + TOKENS[random.nextInt(TOKENS.length)] + after;
      case 2:
        return before + after;
      default: {
        // a repeated key: "name":value, copied in place
        String piece = text.substring(token[0], token[1]);
        return piece.startsWith("\"") && after.startsWith(":")
            ? before + piece + ":" + TOKENS[random.nextInt(TOKENS.length)] + "," + piece + after
            : before + piece + piece + after;
      }
    }
  }

  private static List<int[]> tokens(String text) {
    List<int[]> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n && tokens.size() < 20_000) {
      char c = text.charAt(i);
      int start = i;
      if (c == '"') {
        i++;
        while (i < n && text.charAt(i) != '"') {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        i = Math.min(n, i + 1);
      } else if (c == '-' || Character.isLetterOrDigit(c)) {
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || "+-.".indexOf(text.charAt(i)) >= 0)) {
          i++;
        }
      } else {
        i++;
        if (Character.isWhitespace(c)) {
          continue;
        }
      }
      tokens.add(new int[] {start, i});
    }
    return tokens;
  }

  /** Edits the parsed tree: removes, repeats, moves or transplants a member, or nests it deeply. */
  private static String mutateStructure(SplittableRandom random, String text, String donorText) {
    JsonNode root;
    JsonNode donor;
    try {
      root = JACKSON3.readTree(text);
      donor = JACKSON3.readTree(donorText);
    } catch (RuntimeException e) {
      return mutateTokens(random, text);
    }
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    List<JsonNode> parts = new ArrayList<>();
    collect(donor, parts);
    if (containers.isEmpty() || parts.isEmpty()) {
      return mutateTokens(random, text);
    }
    JsonNode target = containers.get(random.nextInt(containers.size()));
    JsonNode part = anyChild(random, parts.get(random.nextInt(parts.size())));
    if (target instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) target;
      List<String> names = new ArrayList<>(object.propertyNames());
      String name = !names.isEmpty() && random.nextBoolean() ? names.get(random.nextInt(names.size()))
          : NAMES[random.nextInt(NAMES.length)];
      switch (random.nextInt(4)) {
        case 0:
          object.remove(name);
          break;
        case 1:
          object.set(name, part.deepCopy());
          break;
        case 2:
          object.set(name, nest(part.deepCopy(), 1 + random.nextInt(80)));
          break;
        default:
          object.set(name, JACKSON3.readTree(TOKENS[random.nextInt(TOKENS.length)]));
      }
    } else {
      ArrayNode array = (ArrayNode) target;
      switch (random.nextInt(4)) {
        case 0:
          if (!array.isEmpty()) {
            array.remove(random.nextInt(array.size()));
          }
          break;
        case 1:
          if (!array.isEmpty()) {
            array.add(array.get(random.nextInt(array.size())).deepCopy());
          }
          break;
        case 2:
          array.insert(array.isEmpty() ? 0 : random.nextInt(array.size()), part.deepCopy());
          break;
        default:
          if (array.size() > 1) {
            JsonNode first = array.get(0);
            array.set(0, array.get(array.size() - 1));
            array.set(array.size() - 1, first);
          }
      }
    }
    return JACKSON3.writeValueAsString(root);
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainer()) {
      containers.add(node);
      for (JsonNode child : node.values()) {
        collect(child, containers);
      }
    }
  }

  private static JsonNode anyChild(SplittableRandom random, JsonNode container) {
    List<JsonNode> children = new ArrayList<>(container.values());
    return children.isEmpty() || random.nextInt(4) == 0 ? container : children.get(random.nextInt(children.size()));
  }

  private static JsonNode nest(JsonNode node, int depth) {
    JsonNode nested = node;
    for (int i = 0; i < depth; i++) {
      nested = JACKSON3.createArrayNode().add(nested);
    }
    return nested;
  }

  // ---- the oracle -----------------------------------------------------------------------------------

  /** An accepted album writes the same JSON everywhere, reads back equal, and passes the consistency check. */
  private static void assertRoundTrips(Album album) {
    String json = LinerNotesJson.write(album);
    Album back = LinerNotesJson.read(json, Album.class);
    assertThat(back).as("the library reads back what it writes").isEqualTo(album);
    assertThat(LinerNotesJson.write(back)).as("and writes it the same").isEqualTo(json);
    assertSameJson(album, json);
    try {
      assertThat(JACKSON3.readValue(json, Album.class)).isEqualTo(album);
      assertThat(JACKSON2.readValue(json, Album.class)).isEqualTo(album);
    } catch (java.io.IOException e) {
      throw new AssertionError("Jackson 2 cannot read what the library writes: " + json, e);
    }
    outcome("ConsistencyCheck.check", () -> ConsistencyCheck.asOf(TODAY).check(album)).forEach(f -> {
      assertThat(f.toString()).doesNotContain("\n");
      assertThat(f.paths()).isNotEmpty();
    });
  }

  private static void assertSameJson(Object value, String json) {
    try {
      assertThat(JACKSON3.writeValueAsString(value)).as("Jackson 3 text").isEqualTo(json);
      assertThat(JACKSON2.writeValueAsString(value)).as("Jackson 2 text").isEqualTo(json);
      byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
      assertThat(JACKSON3.writeValueAsBytes(value)).as("Jackson 3 bytes").isEqualTo(utf8);
      assertThat(JACKSON2_UTF8.writeValueAsBytes(value)).as("Jackson 2 bytes").isEqualTo(utf8);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertLocated(InvalidJsonException e) {
    assertThat(e.getMessage()).as("a located message").startsWith(e.source()).contains("[" + e.code() + "]");
    assertThat(e.getMessage()).as("one line per problem").hasLineCount(e.problems().size());
    assertThat(e.code()).isNotBlank();
    assertThat(e.pointer()).matches("(/[^/]*)*");
  }

  /** What one entry point did: an album list, or where and why it failed. */
  private static final class Failure {
    final String code;
    final long line;
    final long column;

    Failure(InvalidJsonException e) {
      this.code = e.code();
      this.line = e.line();
      this.column = e.column();
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Failure && ((Failure) obj).code.equals(code) && ((Failure) obj).line == line
          && ((Failure) obj).column == column;
    }

    @Override
    public int hashCode() {
      return Objects.hash(code, line, column);
    }

    @Override
    public String toString() {
      return code + "@" + line + ":" + column;
    }
  }

  private static Object result(String entry, ThrowingSupplier<List<Album>> read) {
    try {
      List<Album> albums = read.get();
      count(entry, "accepted");
      return albums;
    } catch (InvalidJsonException e) {
      count(entry, e.code());
      assertLocated(e);
      return new Failure(e);
    } catch (Exception e) {
      throw new AssertionError(entry + " threw an undocumented " + e, e);
    }
  }

  /**
   * Runs one entry point: returns its value, or null when it failed with the documented exception for it,
   * which is counted; anything else fails the test.
   */
  private static <T> T outcome(String entry, ThrowingSupplier<T> call) {
    try {
      T value = call.get();
      count(entry, "accepted");
      return value;
    } catch (InvalidJsonException e) {
      assertLocated(e);
      count(entry, e.code());
    } catch (InvalidValueException e) {
      assertThat(entry).as("InvalidValueException only from parse").endsWith(".parse");
      assertThat(e.getMessage()).as("a one-line message").doesNotContain("\n").contains(e.valueType());
      count(entry, "invalid-value/" + e.kind());
    } catch (tools.jackson.core.JacksonException e) {
      assertThat(entry).as("a Jackson 3 exception only from Jackson 3").startsWith("Jackson3");
      count(entry, e.getClass().getSimpleName());
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      assertThat(entry).as("a Jackson 2 exception only from Jackson 2").startsWith("Jackson2");
      assertThat(e.getLocation()).as("Jackson 2 locates its failures").isNotNull();
      count(entry, e.getClass().getSimpleName());
    } catch (Exception e) {
      throw new AssertionError(entry + " threw an undocumented " + e, e);
    }
    return null;
  }

  private static <T> T quietly(ThrowingSupplier<T> call) {
    try {
      return call.get();
    } catch (InvalidJsonException e) {
      return null;
    } catch (Exception e) {
      throw new AssertionError("threw an undocumented " + e, e);
    }
  }

  private static void count(String entry, String outcome) {
    OUTCOMES.computeIfAbsent(entry, k -> new ConcurrentHashMap<>()).computeIfAbsent(outcome, k -> new LongAdder())
        .increment();
  }

  private static List<Album> toList(Stream<Album> albums) {
    try (albums) {
      return albums.collect(Collectors.toList());
    }
  }

  @FunctionalInterface
  private interface ThrowingSupplier<T> {
    T get() throws Exception;
  }

  /** Runs the check on the worker thread; an input that does not end within the bound is a hang. */
  private static void withinBound(Object input, Runnable check) {
    Future<?> done = WORKER.submit(check);
    try {
      done.get(HANG_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      done.cancel(true);
      throw new AssertionError("no end within " + HANG_SECONDS + " s: " + input);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof AssertionError) {
        throw (AssertionError) cause;
      }
      throw new AssertionError("failed on " + input + ": " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
