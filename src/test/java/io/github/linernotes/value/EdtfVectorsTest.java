package io.github.linernotes.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.linernotes.value.InvalidValueException.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks {@link PartialDate} against the EDTF test vectors generated from the reference
 * implementation edtf.js (src/test/resources/edtf/, copied unchanged from the shared vectors with
 * their README).
 *
 * <p>Which rows are in scope:
 *
 * <table>
 *   <caption>Scope of the vector rows</caption>
 *   <tr><th>rows</th><th>in scope?</th><th>why</th></tr>
 *   <tr><td>type {@code Date} without {@code T}: years, year-months, days, qualified dates,
 *       unspecified digits ({@code XXXX}, {@code 201X}, {@code 2020-XX}, ...)</td>
 *       <td>yes</td><td>the partial dates an album catalogue records</td></tr>
 *   <tr><td>type {@code Season} ({@code 2020-21} to {@code 2020-24})</td><td>yes</td>
 *       <td>cheap, and some releases are only dated "spring 1959"</td></tr>
 *   <tr><td>type {@code Interval} (closed, open {@code ..}, unknown empty ends, qualified ends)</td>
 *       <td>yes</td><td>recording sessions and release spans</td></tr>
 *   <tr><td>type {@code Date} with a time of day ({@code 2020-05-01T10:30Z} ...)</td><td>no</td>
 *       <td>no album metadata is dated to the minute; must fail with UNSUPPORTED</td></tr>
 *   <tr><td>type {@code Century} ({@code 19}, {@code -05} ...)</td><td>no</td>
 *       <td>two digits read as a century are a trap for a year typed short; must fail with
 *       UNSUPPORTED (a century of recordings is {@code 19XX})</td></tr>
 *   <tr><td>type {@code Year} ({@code Y10000}, {@code Y-10000} ...)</td><td>no</td>
 *       <td>years beyond four digits have no place in a catalogue; must fail with UNSUPPORTED</td></tr>
 * </table>
 *
 * <p>In-scope rows must parse, print back the {@code edtf} column, and have bounds matching
 * {@code min} and {@code max} (epoch milliseconds in UTC, read as days; {@code Infinity} and
 * {@code -Infinity} are open ends and an empty cell an unknown end, both an empty bound).
 *
 * <p>A second, larger file, {@code edtfjs-sample.tsv}, holds generated strings with edtf.js's verdict
 * on each (see README-edtfjs-sample.md there); {@link #agreesWithEdtfJsOnGeneratedStrings()} checks
 * that this class accepts what edtf.js accepts at level 1 and prints it the same way, apart from the
 * documented differences.
 */
class EdtfVectorsTest {

  /** One row of a vector file. */
  static final class Row {
    final String file;
    final String input;
    final String type;
    final String min;
    final String max;
    final String edtf;

    Row(String file, String[] cells) {
      this.file = file;
      this.input = cells[0];
      this.type = cells[1];
      this.min = cells[3];
      this.max = cells[4];
      this.edtf = cells.length > 5 ? cells[5] : "";
    }

    boolean inScope() {
      return (type.equals("Date") || type.equals("Season") || type.equals("Interval")) && input.indexOf('T') < 0;
    }

    @Override
    public String toString() {
      return file + ": " + input;
    }
  }

  static List<String[]> read(String resource) {
    InputStream in = EdtfVectorsTest.class.getResourceAsStream(resource);
    assertThat(in).as(resource + " on the class path").isNotNull();
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      assertThat(header).startsWith("input\t");
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty()) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static List<Row> vectors() {
    List<Row> rows = new ArrayList<>();
    for (String file : new String[] {"level0.tsv", "level1.tsv"}) {
      for (String[] cells : read("/edtf/" + file)) {
        rows.add(new Row(file, cells));
      }
    }
    return rows;
  }

  static Stream<Arguments> inScope() {
    return vectors().stream().filter(Row::inScope).map(Arguments::of);
  }

  static Stream<Arguments> outOfScope() {
    return vectors().stream().filter(row -> !row.inScope()).map(Arguments::of);
  }

  /** Reads an edtf.js bound: empty for open or unknown, otherwise the UTC day of the instant. */
  static Optional<LocalDate> day(String millis) {
    if (millis.isEmpty() || millis.equals("null") || millis.equals("Infinity") || millis.equals("-Infinity")) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.ofEpochDay(Math.floorDiv(Long.parseLong(millis), 86_400_000L)));
  }

  @Test
  void allRowsAreThere() {
    List<Row> rows = vectors();
    assertThat(rows).hasSize(72);
    assertThat(rows.stream().filter(Row::inScope)).hasSize(54);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inScope")
  void readsInScopeRows(Row row) {
    PartialDate date = PartialDate.parse(row.input);

    assertThat(date.toString()).isEqualTo(row.edtf);
    assertThat(date.earliest()).as("earliest").isEqualTo(day(row.min));
    assertThat(date.latest()).as("latest").isEqualTo(day(row.max));
    assertThat(date.isInterval()).isEqualTo(row.type.equals("Interval"));
    assertThat(date.precision() == DatePrecision.SEASON).isEqualTo(row.type.equals("Season"));
    assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outOfScope")
  void rejectsOutOfScopeRowsAsUnsupported(Row row) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> PartialDate.parse(row.input));

    assertThat(e).as(row.input).isNotNull();
    assertThat(e.kind()).as(e.getMessage()).isEqualTo(Kind.UNSUPPORTED);
    assertThat(e.errorIndex()).isPresent();
  }

  // --- generated strings with edtf.js's verdict ---

  /**
   * Each row of edtfjs-sample.tsv says whether edtf.js's grammar (any level) accepts the string,
   * whether {@code edtf(s, {level: 1})} accepts it, and if so its type, canonical text and bounds.
   * This class must agree, except for these documented differences:
   *
   * <ul>
   *   <li>times of day, centuries and Y-years are rejected as UNSUPPORTED;
   *   <li>days that do not exist are rejected as NO_SUCH_DATE, where edtf.js rolls them over (its
   *       printed text then differs from the input), except February 29 of year 0000, a leap year
   *       here and in {@link LocalDate}, which edtf.js rolls over to March;
   *   <li>the lone {@code /} is rejected;
   *   <li>an interval is accepted when its start's earliest day is not after its end's latest day,
   *       where edtf.js also demands that the end's earliest day be after the start's;
   *   <li>bounds in years before 0100 are not compared: edtf.js treats year 0000 as a common year and
   *       mixes up negative years that have a month, a season or unspecified digits.
   * </ul>
   *
   * <p>Strings that edtf.js's grammar rejects must fail with a kind other than UNSUPPORTED, and
   * strings it accepts but this class rejects must fail with UNSUPPORTED unless the failure is one
   * of the differences above.
   */
  @Test
  void agreesWithEdtfJsOnGeneratedStrings() {
    List<String[]> rows = read("/edtf/edtfjs-sample.tsv");
    assertThat(rows).hasSizeGreaterThan(2500);
    int accepted = 0;
    int comparedBounds = 0;
    for (String[] cells : rows) {
      String input = unquote(cells[0]);
      boolean grammar = cells[1].equals("yes");
      boolean level1 = cells[2].equals("ok");
      String type = cells[3];
      String edtf = cells[4];
      PartialDate date = null;
      InvalidValueException error = null;
      try {
        date = PartialDate.parse(input);
      } catch (InvalidValueException e) {
        error = e;
      }
      String what = input + " -> " + (error == null ? date : error.getMessage());

      if (!grammar) {
        assertThat(error).as(what).isNotNull();
        assertThat(error.kind()).as(what).isNotEqualTo(Kind.UNSUPPORTED);
        continue;
      }
      if (error != null) {
        Kind kind = error.kind();
        boolean rolledOver = level1 && !edtf.equals(input) && kind == Kind.NO_SUCH_DATE;
        boolean outOfScope = level1 && (type.equals("Century") || type.equals("Year") || edtf.indexOf('T') >= 0)
            && kind == Kind.UNSUPPORTED;
        boolean semantic = !level1 && (kind == Kind.NO_SUCH_DATE || kind == Kind.REVERSED_INTERVAL);
        boolean lonelySlash = input.equals("/") && kind == Kind.SYNTAX;
        boolean wider = !level1 && kind == Kind.UNSUPPORTED;
        assertThat(rolledOver || outOfScope || semantic || lonelySlash || wider).as(what).isTrue();
        continue;
      }
      if (!level1) {
        assertThat(isOrderedOnlyByBounds(date)).as(what).isTrue();
        continue;
      }
      accepted++;
      if (!input.contains("0000-02-29")) {
        assertThat(date.toString()).as(what).isEqualTo(edtf);
      }
      if (date.earliest().map(d -> d.getYear() >= 100).orElse(true)
          && date.latest().map(d -> d.getYear() >= 100).orElse(true)) {
        comparedBounds++;
        assertThat(date.earliest()).as(what).isEqualTo(day(cells[5]));
        assertThat(date.latest()).as(what).isEqualTo(day(cells[6]));
      }
    }
    assertThat(accepted).isGreaterThan(1000);
    assertThat(comparedBounds).isGreaterThan(500);
  }

  /** An interval edtf.js rejects only because the end's earliest day is not after the start's. */
  private static boolean isOrderedOnlyByBounds(PartialDate date) {
    String text = date.toString();
    int slash = text.indexOf('/');
    if (slash <= 0 || slash == text.length() - 1 || text.startsWith("..") || text.endsWith("..")) {
      return false;
    }
    PartialDate start = PartialDate.parse(text.substring(0, slash));
    PartialDate end = PartialDate.parse(text.substring(slash + 1));
    return !end.earliest().get().isAfter(start.earliest().get())
        && !start.earliest().get().isAfter(end.latest().get());
  }

  /** Reads the JSON string literal in the input column. */
  private static String unquote(String json) {
    assertThat(json).startsWith("\"").endsWith("\"");
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < json.length() - 1; i++) {
      char c = json.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char escaped = json.charAt(++i);
      switch (escaped) {
        case 'u':
          sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
          i += 4;
          break;
        case 'n':
          sb.append('\n');
          break;
        case 't':
          sb.append('\t');
          break;
        default:
          sb.append(escaped);
      }
    }
    return sb.toString();
  }
}
