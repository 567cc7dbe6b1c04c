package io.github.linernotes;

import static io.github.linernotes.CatalogueSchemaSupport.ID;
import static io.github.linernotes.CatalogueSchemaSupport.REGISTRY;
import static io.github.linernotes.CatalogueSchemaSupport.describe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import io.github.linernotes.id.Barcode;
import io.github.linernotes.id.DiscogsId;
import io.github.linernotes.id.IdentifierGenerators;
import io.github.linernotes.id.Isbn;
import io.github.linernotes.id.Issn;
import io.github.linernotes.id.MusicBrainzId;
import io.github.linernotes.id.WebAddress;
import io.github.linernotes.id.WikidataId;
import io.github.linernotes.value.DateGenerators;
import io.github.linernotes.value.InvalidValueException;
import io.github.linernotes.value.LengthAndRatingGenerators;
import io.github.linernotes.value.LetterGrade;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.PublicationDate;
import io.github.linernotes.value.Rating;
import io.github.linernotes.value.RunningTime;
import io.github.linernotes.value.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Each string type of the catalogue schema ({@code #/$defs/partialDate}, {@code #/$defs/isbn},
 * {@code #/$defs/name}…) against the library's own reading of the same text: every text the library
 * accepts, the schema accepts; every text the library rejects for its shape, the schema rejects. Only
 * the reasons the schema cannot see (a check digit, a day the calendar lacks, a number too large, an
 * unassigned country code) may let a text through the schema that the library refuses.
 *
 * <p>The texts are valid values, the same values with one to three random edits, and random garbage.
 */
class CatalogueSchemaValuesTest {

  private static final int EXAMPLES = 1_000;

  /** How the library takes a text. */
  private enum Outcome {
    ACCEPTED,
    /** Rejected for a reason a pattern can express. */
    REJECTED_FOR_SHAPE,
    /** Rejected for a reason the schema says it does not check. */
    REJECTED_BEYOND_SHAPE
  }

  /** A value type's parser, with the failures that lie beyond what the schema checks. */
  private static Function<String, Outcome> parser(Function<String, ?> parse, Predicate<InvalidValueException> beyond) {
    return text -> {
      try {
        parse.apply(text);
        return Outcome.ACCEPTED;
      } catch (InvalidValueException e) {
        return beyond.test(e) ? Outcome.REJECTED_BEYOND_SHAPE : Outcome.REJECTED_FOR_SHAPE;
      }
    };
  }

  /** A record built with the text in one field, with the texts whose rejection lies beyond the schema. */
  private static Function<String, Outcome> record(Consumer<String> build, Predicate<String> beyond) {
    return text -> {
      try {
        build.accept(text);
        return Outcome.ACCEPTED;
      } catch (ValidationException e) {
        return beyond.test(text) ? Outcome.REJECTED_BEYOND_SHAPE : Outcome.REJECTED_FOR_SHAPE;
      }
    };
  }

  private static Predicate<InvalidValueException> kinds(InvalidValueException.Kind... kinds) {
    List<InvalidValueException.Kind> list = List.of(kinds);
    return e -> list.contains(e.kind());
  }

  private static Schema def(String name) {
    return REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/" + name));
  }

  private static void assertAgrees(Schema schema, Function<String, Outcome> library, String text) {
    Outcome outcome = library.apply(text);
    List<Error> errors = schema.validate(JsonNodeFactory.instance.stringNode(text));
    String shown = text.codePoints().mapToObj(c -> c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
        : String.format("\\u%04x", c)).reduce("", String::concat);
    if (outcome == Outcome.ACCEPTED) {
      assertThat(errors).as("%s rejects \"%s\", which the library accepts: %s", schema.getSchemaLocation(), shown,
          describe(errors)).isEmpty();
    } else if (outcome == Outcome.REJECTED_FOR_SHAPE) {
      assertThat(errors).as("%s accepts \"%s\", which the library rejects", schema.getSchemaLocation(), shown)
          .isNotEmpty();
    }
  }

  private static final String DIGITS = "0123456789Xx";

  /** Valid texts with one or two of their digits (or X) replaced by another digit, X or x. */
  private static Gen<String> digitEdits(Gen<String> valid) {
    return in -> {
      StringBuilder sb = new StringBuilder(valid.generate(in));
      int edits = DomainGenerators.between(in, 1, 2);
      for (int e = 0; e < edits; e++) {
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < sb.length(); i++) {
          if (DIGITS.indexOf(sb.charAt(i)) >= 0) {
            places.add(i);
          }
        }
        if (!places.isEmpty()) {
          int at = DomainGenerators.pick(in, places);
          sb.setCharAt(at, DIGITS.charAt(DomainGenerators.between(in, 0, DIGITS.length() - 1)));
        }
      }
      return sb.toString();
    };
  }

  /** Valid texts, the same with random edits or with digits changed, and garbage. */
  private static Gen<String> near(Gen<String> valid) {
    return valid.mix(IdentifierGenerators.mutationsOf(valid), 40).mix(digitEdits(valid), 40)
        .mix(IdentifierGenerators.garbage(), 15);
  }

  /**
   * Checks generated texts and a few chosen ones: the library decides in each case what the schema
   * must say, so the chosen texts need no expected answer of their own.
   */
  private static void check(String defName, Function<String, Outcome> library, Gen<String> valid,
      String... chosen) {
    Schema schema = def(defName);
    for (String text : chosen) {
      assertAgrees(schema, library, text);
    }
    qt().withExamples(EXAMPLES).forAll(near(valid)).checkAssert(text -> assertAgrees(schema, library, text));
  }

  private static final String[] DATES = {
      "1958", "0000", "-0044", "-0000", "1958-00", "1958-12", "1958-13", "1958-1", "1958-12-00", "1958-12-31",
      "1958-12-32", "1958-02-30", "2019-02-29", "1958?", "1958-12~", "1958-12-04%", "1958??", "?1958", "1958-21",
      "1958-24", "1958-25", "1958-20", "1958-21?", "1958-21-01", "198X", "19XX", "1XXX", "XXXX", "-XXXX",
      "-198X", "-00XX", "198X-05", "1985-XX", "1985-XX-XX", "1985-04-XX", "1985-XX-04", "XXXX-XX", "XXXX-12",
      "198X?", "198x", "1957-12-04/1957-12-05", "1958/..", "../1958", "/1958", "1958/", "../..", "/", "..",
      "1958/1959/1960", "1960/1958", "1958?/1960~", "198X/1990", "1958-21/1959", "1958-12-04T10:00",
      "19", "195", "Y10000", "[1958, 1959]", " 1958", "1958 ", "\u0661\u0669\u0665\u0668", "n.d.", "N.D.", "nd", ""};

  @Test
  void partialDates() {
    check("partialDate", PARTIAL_DATE, DateGenerators.partialDates().map(PartialDate::toString), DATES);
  }

  @Test
  void publicationDates() {
    check("publicationDate", PUBLICATION_DATE, DateGenerators.publicationDates().map(PublicationDate::toString),
        DATES);
  }

  private static final Function<String, Outcome> PARTIAL_DATE = parser(PartialDate::parse,
      kinds(InvalidValueException.Kind.NO_SUCH_DATE, InvalidValueException.Kind.REVERSED_INTERVAL));

  private static final Function<String, Outcome> PUBLICATION_DATE = parser(PublicationDate::parse,
      kinds(InvalidValueException.Kind.NO_SUCH_DATE, InvalidValueException.Kind.REVERSED_INTERVAL));

  /** Every input of the EDTF vectors in src/test/resources/edtf, valid or not, at every level. */
  @Test
  void theEdtfVectors() throws IOException {
    List<String> inputs = new ArrayList<>();
    for (String file : List.of("level0.tsv", "level1.tsv")) {
      lines(file).stream().skip(1).map(l -> l.split("\t", -1)[0]).forEach(inputs::add);
    }
    lines("edtfjs-sample.tsv").stream().skip(1)
        .map(l -> CatalogueSchemaSupport.TREES.readValue(l.split("\t", -1)[0], String.class))
        .forEach(inputs::add);
    assertThat(inputs).hasSizeGreaterThan(2_900);
    Schema partial = def("partialDate");
    Schema publication = def("publicationDate");
    for (String input : inputs) {
      assertAgrees(partial, PARTIAL_DATE, input);
      assertAgrees(publication, PUBLICATION_DATE, input);
    }
  }

  private static List<String> lines(String file) throws IOException {
    try {
      Path path = Paths.get(CatalogueSchemaValuesTest.class.getResource("/edtf/" + file).toURI());
      return Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  @Test
  void runningTimes() {
    Gen<RunningTime> times = LengthAndRatingGenerators.runningTimes();
    check("runningTime",
        parser(RunningTime::parse, e -> e.kind() == InvalidValueException.Kind.OUT_OF_RANGE
            && e.reason().contains("1000 hours")),
        times.map(RunningTime::toString).mix(times.map(t -> t.toDuration().toString()), 30),
        "2:45", "02:45", "0:00", "2:5", "2:60", "1:59:59", "1:60:00", "1:59:60", "71:18", "3:50.6", "3:50.600", "3:50.6000",
        "3:50.", "-2:45", "+2:45", "2:45 ", "1000:00:00", "999:59:59.999", "59999:59.999", "60000:00",
        "PT2M45S", "PT1H2M3.5S", "PT1H2M3,5S", "PT", "PT5", "PT1.5M", "PT1S2M", "P1D", "pt2m", "PT0S");
  }

  @Test
  void isbns() {
    check("isbn", parser(Isbn::parse, kinds(InvalidValueException.Kind.CHECK_DIGIT)),
        IdentifierGenerators.isbns().map(Isbn::toString),
        "978-88-904905-9-0", "9788890490590", "978 0 306 81067 1", "0-19-512510-X", "0-19-512510-x",
        "0-19-512510X", "X-19-512510-0", "-978-88-904905-9-0", "978-88-904905-9-0-", "978--88-904905-9-0",
        "9-7-8-8890490590", "9-7-8-8-890490590", "0-3-0-6406152", "0-3-0-6-406152", "977-88-904905-9-0",
        "ISBN 9788890490590", "97888904905", "97888904905900", "978_88_904905_9_0");
  }

  @Test
  void issns() {
    check("issn", parser(Issn::parse, kinds(InvalidValueException.Kind.CHECK_DIGIT)),
        IdentifierGenerators.issns().map(Issn::toString),
        "1478-8810", "14788810", "0035-791X", "0035-791x", "0035791x", "0035 791X", "0035--791X", "003-5791X",
        "ISSN 1478-8810", "1478-881", "X478-8810");
  }

  @Test
  void barcodes() {
    check("barcode", parser(Barcode::parse, kinds(InvalidValueException.Kind.CHECK_DIGIT)),
        IdentifierGenerators.barcodes().map(Barcode::toString),
        "5099749522428", "074646493526", "0 42284 73912 2", "0 7863-68045-1 4", "0  42284 73912 2",
        " 042284739122", "042284739122-", "96385074", "12345678901234", "5O99749522428");
  }

  @Test
  void musicBrainzIds() {
    check("musicBrainzId", parser(MusicBrainzId::parse, e -> false),
        IdentifierGenerators.musicBrainzIds().map(MusicBrainzId::toString),
        "b1392450-e666-3926-a536-22c65f834433", "B1392450-E666-3926-A536-22C65F834433",
        "{b1392450-e666-3926-a536-22c65f834433}", "b1392450e6663926a53622c65f834433",
        "b1392450-e666-3926-a536-22c65f83443", "g1392450-e666-3926-a536-22c65f834433");
  }

  @Test
  void discogsIds() {
    check("discogsId", parser(DiscogsId::parse, kinds(InvalidValueException.Kind.OUT_OF_RANGE)),
        IdentifierGenerators.discogsIds().map(DiscogsId::toString),
        "1", "0", "021491", "21491", "-1", "+1", "r21491", "9223372036854775807", "9223372036854775808",
        "99999999999999999999");
  }

  @Test
  void wikidataIds() {
    check("wikidataId", parser(WikidataId::parse, kinds(InvalidValueException.Kind.OUT_OF_RANGE)),
        IdentifierGenerators.wikidataIds().map(WikidataId::toString),
        "Q1", "Q0", "Q01", "q1", "P175", "L7", "Q", "wd:Q1", "Q9223372036854775807", "Q9223372036854775808");
  }

  /** The schema checks an address's characters and shape; java.net.URI's own reading lies beyond it. */
  @Test
  void webAddresses() {
    check("webAddress", parser(WebAddress::parse, e -> e.kind() == InvalidValueException.Kind.OUT_OF_RANGE
            || e.getCause() instanceof URISyntaxException || e.reason().contains("not a valid domain name")),
        IdentifierGenerators.webAddresses().map(WebAddress::toString),
        "https://example.org", "https://example.org/", "HTTP://EXAMPLE.ORG/", "http://192.0.2.1:8080/x",
        "https://[2001:db8::1]/", "https://example.org:/", "https://example.org:65536/", "https://example.org:99x/",
        "https://user@example.org/", "https://%41.org/", "https:example.org", "https:/example.org",
        "ftp://example.org/", "//example.org/", "www.example.org", "https://example.org/a b",
        "https://example.org/%2", "https://example.org/%zz", "https://example.org/caf\u00e9",
        "https://example.org/<x>", "https://example.org/?q=\"x\"", "https://example.org/#a#b",
        "https://exa_mple.org/", "https:///x");
  }

  /** Unpaired surrogates are invisible to a pattern, which reads UTF-16 units or whole code points. */
  @Test
  void verdicts() {
    check("verdict", verdict(), LengthAndRatingGenerators.verdicts().map(Verdict::text),
        " favorable", "favorable\u00a0", " ", "x");
  }

  /**
   * The library trims a verdict before it counts its characters, which a schema cannot do: text with space
   * around it that is over 200 characters only with that space is accepted but not canonical, and the schema
   * (which describes the canonical form's length) is not asked about it.
   */
  private static Function<String, Outcome> verdict() {
    Function<String, Outcome> parse = parser(Rating::verdict, e -> e.reason().contains("unpaired surrogate"));
    return text -> {
      Outcome outcome = parse.apply(text);
      boolean trimmed = outcome == Outcome.ACCEPTED && !Rating.verdict(text).text().equals(text);
      return trimmed && text.codePointCount(0, text.length()) > 200 ? Outcome.REJECTED_BEYOND_SHAPE : outcome;
    };
  }

  @Test
  void letterGrades() {
    Gen<String> grades = in -> {
      LetterGrade[] all = LetterGrade.values();
      String grade = all[DomainGenerators.between(in, 0, all.length - 1)].toString();
      return DomainGenerators.chance(in, 20) ? grade.replace('-', '\u2212') : grade;
    };
    check("letterGrade", parser(LetterGrade::parse, e -> false), grades);
  }

  @Test
  void names() {
    check("name", record(ArtistCredit::of, text -> false), DomainGenerators::name);
  }

  @Test
  void texts() {
    check("text", record(Note::of, text -> false), DomainGenerators::text);
  }

  /**
   * Lengths: JSON Schema counts code points, the library UTF-16 units, so a position of 20 code points
   * with characters beyond the Basic Multilingual Plane passes the schema and is too long for the library.
   */
  @Test
  void positions() {
    check("position", record(p -> Track.builder().position(p).title("x").build(),
            text -> text.length() > 20 && text.codePointCount(0, text.length()) <= 20),
        in -> DomainGenerators.pick(in, List.of("A1", "B5", "1-17", "17", "C2", "CD1-03", "\u00bd")));
  }

  @Test
  void localIds() {
    check("localId", record(id -> Session.builder().id(id).build(), text -> false),
        in -> DomainGenerators.pick(in, List.of("1", "ref-3", "paris-1957-12", "fontana_10.inch", "X".repeat(64))));
  }

  /** Whether a code is assigned lies beyond the schema, which checks two capital letters. */
  @Test
  void countryCodes() {
    List<String> countries = List.of(Locale.getISOCountries());
    check("countryCode", record(c -> Venue.builder().city("Paris").country(c).build(), text -> text.matches("[A-Z]{2}")),
        in -> DomainGenerators.pick(in, countries));
  }

  @Test
  void areaCodes() {
    List<String> areas = new ArrayList<>(List.of(Locale.getISOCountries()));
    areas.add("XE");
    areas.add("XW");
    check("areaCode", record(a -> ReleaseEvent.builder().area(a).build(), text -> text.matches("[A-Z]{2}")),
        in -> DomainGenerators.pick(in, areas));
  }
}
