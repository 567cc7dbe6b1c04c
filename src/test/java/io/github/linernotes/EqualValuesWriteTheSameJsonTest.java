package io.github.linernotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.linernotes.id.Barcode;
import io.github.linernotes.id.DiscogsId;
import io.github.linernotes.id.Isbn;
import io.github.linernotes.id.Isrc;
import io.github.linernotes.id.Issn;
import io.github.linernotes.id.Iswc;
import io.github.linernotes.id.MusicBrainzId;
import io.github.linernotes.id.WebAddress;
import io.github.linernotes.id.WikidataId;
import io.github.linernotes.json.LinerNotesJson;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.PublicationDate;
import io.github.linernotes.value.Rating;
import io.github.linernotes.value.RunningTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Equal values write the same JSON: for every value and record type, pairs drawn from small pools of the
 * same facts made in different ways (parsed from other spellings, built by other factories, summed,
 * copied) are compared, and whenever two are {@code equals}, their JSON must be identical. Each check also
 * requires that some pairs were equal, so that it cannot pass by never comparing anything.
 */
class EqualValuesWriteTheSameJsonTest {

  private static final int EXAMPLES = 400;

  private static <T> Gen<T> oneOf(List<java.util.function.Supplier<T>> makers) {
    return SourceDSL.integers().between(0, makers.size() - 1).map(i -> makers.get(i).get());
  }

  private static <T> void check(String what, Gen<T> values) {
    AtomicInteger equalPairs = new AtomicInteger();
    qt().withExamples(EXAMPLES).forAll(values, values).checkAssert((a, b) -> {
      if (a.equals(b)) {
        equalPairs.incrementAndGet();
        assertThat(a.hashCode()).as("%s: equal values have equal hash codes", what).isEqualTo(b.hashCode());
        assertThat(LinerNotesJson.write(a)).as("%s: %s and %s are equal", what, a, b).isEqualTo(LinerNotesJson.write(b));
        assertThat(a.toString()).as("%s: equal values print the same", what).isEqualTo(b.toString());
      }
    });
    assertThat(equalPairs.get()).as("%s: some pairs were equal", what).isPositive();
  }

  static Gen<RunningTime> runningTimes() {
    return oneOf(List.of(
        () -> RunningTime.parse("71:18"), () -> RunningTime.parse("1:11:18"), () -> RunningTime.ofSeconds(4278),
        () -> RunningTime.of(Duration.ofSeconds(4278)), () -> RunningTime.parse("PT1H11M18S"),
        () -> RunningTime.sum(List.of(RunningTime.parse("70:00"), RunningTime.parse("1:18"))),
        () -> RunningTime.parse("2:45"), () -> RunningTime.parse("0:02:45"), () -> RunningTime.parse("2:45.000"),
        () -> RunningTime.ofMillis(165_000), () -> RunningTime.parse("0:00"), () -> RunningTime.parse("0:00:00"),
        () -> RunningTime.ZERO));
  }

  static Gen<Isbn> isbns() {
    return oneOf(List.of(() -> Isbn.parse("978-88-904905-9-0"), () -> Isbn.parse("9788890490590"),
        () -> Isbn.parse("978 88 904905 9 0"), () -> Isbn.parse("0-19-512510-X"), () -> Isbn.parse("0-19-512510-x"),
        () -> Isbn.parse("019512510X"), () -> Isbn.parse("019512510X").toIsbn13(),
        () -> Isbn.parse("978-0-19-512510-8")));
  }

  @Test
  void valueTypes() {
    check("RunningTime", runningTimes());
    check("Isbn", isbns());
    check("Issn", oneOf(List.of(() -> Issn.parse("1478-8810"), () -> Issn.parse("14788810"),
        () -> Issn.parse("0028-0836"))));
    check("Isrc", oneOf(List.of(() -> Isrc.parse("USRC17607839"), () -> Isrc.parse("US-RC1-76-07839"),
        () -> Isrc.parse("usrc17607839"), () -> Isrc.parse("us-rc1-76-07839"), () -> Isrc.parse("Us-Rc1-76-07839"),
        () -> Isrc.parse("GB0A10500001"), () -> Isrc.parse("gb-0a1-05-00001"))));
    check("Iswc", oneOf(List.of(() -> Iswc.parse("T-034.524.680-1"), () -> Iswc.parse("T0345246801"),
        () -> Iswc.parse("T-034524680-1"), () -> Iswc.parse("t-034.524.680-1"), () -> Iswc.parse("t0345246801"),
        () -> Iswc.parse("T-123.456.789-4"), () -> Iswc.parse("t-123456789-4"))));
    check("Barcode", oneOf(List.of(() -> Barcode.parse("0 42284 73912 2"), () -> Barcode.parse("0042284739122"),
        () -> Barcode.parse("042284739122"))));
    check("WebAddress", oneOf(List.of(() -> WebAddress.parse("https://example.org/page"),
        () -> WebAddress.parse("HTTPS://example.org/page"), () -> WebAddress.parse("https://EXAMPLE.org/page"),
        () -> WebAddress.parse("https://example.org/page/"))));
    check("MusicBrainzId", oneOf(List.of(() -> MusicBrainzId.parse("b1392450-e666-3926-a536-22c65f834433"),
        () -> MusicBrainzId.parse("B1392450-E666-3926-A536-22C65F834433"))));
    check("DiscogsId", oneOf(List.of(() -> DiscogsId.parse("21491"), () -> DiscogsId.of(21491),
        () -> DiscogsId.parse("8000"))));
    check("WikidataId", oneOf(List.of(() -> WikidataId.parse("Q202996"), () -> WikidataId.of(202996))));
    check("PartialDate", oneOf(List.of(() -> PartialDate.parse("1958"), () -> PartialDate.parse("1958-04"),
        () -> PartialDate.parse("1957-12-04/1957-12-05"), () -> PartialDate.parse("198X"))));
    check("PublicationDate", oneOf(List.of(() -> PublicationDate.parse("n.d."), () -> PublicationDate.parse("1958"),
        () -> PublicationDate.of(PartialDate.parse("1958")))));
    check("Rating", oneOf(List.of(() -> Rating.parse("4.5/5 step 0.5"),
        () -> Rating.score(new BigDecimal("4.50"), new BigDecimal("5.0"), new BigDecimal("0.5")),
        () -> Rating.parse("4/5"), () -> Rating.score("4", "5"), () -> Rating.parse("B+"), () -> Rating.letter("B+"),
        () -> Rating.parse("C\u2212"), () -> Rating.letter("C-"), () -> Rating.verdict(" favorable "),
        () -> Rating.parse("\"favorable\""))));
  }

  /**
   * Every record type: generated values and their copies (read back from JSON, or rebuilt from a builder)
   * are equal and write the same JSON, and two generated values that happen to be equal do too.
   */
  @Test
  void everyRecordTypeAndItsCopies() {
    for (java.util.Map.Entry<Class<?>, Gen<?>> entry : DomainJsonFixtures.generators().entrySet()) {
      checkCopies(entry.getKey(), entry.getValue());
    }
  }

  private static <T> void checkCopies(Class<?> type, Gen<T> values) {
    qt().withExamples(60).forAll(values, values).checkAssert((a, b) -> {
      Object copy = LinerNotesJson.read(LinerNotesJson.write(a), type);
      assertThat(copy).isEqualTo(a);
      assertThat(LinerNotesJson.write(copy)).isEqualTo(LinerNotesJson.write(a));
      if (a.equals(b)) {
        assertThat(LinerNotesJson.write(a)).isEqualTo(LinerNotesJson.write(b));
      }
    });
  }

  @Test
  void recordTypes() {
    Gen<Release> releases = runningTimes().zip(SourceDSL.booleans().all(), (length, copied) -> {
      Release release = Release.builder().id("r").statedLength(length).build();
      return copied ? Release.builder().from(release).build() : release;
    });
    check("Release", releases);
    Gen<Track> tracks = runningTimes().map(length -> Track.builder().position("A1").title("T").length(length).build());
    check("Track", tracks);
    check("Citation", isbns().map(isbn -> Citation.builder().id("c").isbn(isbn).build()));
    Function<Release, Album> album = r -> Album.builder().title("T").addArtists(ArtistCredit.of("X")).addReleases(r)
        .build();
    check("Album", releases.map(album));
    check("reference album", SourceDSL.booleans().all().map(copy -> copy
        ? LinerNotesJson.read(LinerNotesJson.write(ReferenceAlbums.ascenseurPourLEchafaud()), Album.class)
        : ReferenceAlbums.ascenseurPourLEchafaud()));
  }
}
