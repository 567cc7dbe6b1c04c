package io.github.linernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linernotes.Album;
import io.github.linernotes.ReferenceAlbums;
import io.github.linernotes.Release;
import io.github.linernotes.ReleaseEvent;
import io.github.linernotes.Review;
import io.github.linernotes.json.CatalogueWriter;
import io.github.linernotes.value.PartialDate;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate reports consistency findings; only errors, or warnings under --strict, make it fail. */
class ValidateFindingsTest {

  private static final Terminal FIXED_DAY = new Terminal(false, () -> 0L, Progress.THRESHOLD_BYTES,
      HeldOutput.DEFAULT_HOLD_LIMIT, LocalDate.of(2026, 11, 28));
  private static final Album REFERENCE = ReferenceAlbums.ascenseurPourLEchafaud();

  /** The reference album with a review that cites nothing: a warning. */
  private static Album withWarning() {
    return Album.builder().from(REFERENCE).addReviews(Review.builder().publication("Down Beat").build()).build();
  }

  /** The reference album with its LP dated before the 1957 session: an error. */
  private static Album withError() {
    List<Release> releases = new ArrayList<>(REFERENCE.releases());
    Release lp = releases.get(0);
    releases.set(0, lp.withEvents(ReleaseEvent.builder().date(PartialDate.parse("1956")).area("XE").build()));
    return REFERENCE.withReleases(releases).withFirstReleased(PartialDate.parse("1956"));
  }

  @Test
  void warningsArePrintedButDoNotFailWithoutStrict(@TempDir Path dir) {
    Path file = dir.resolve("warn.jsonl");
    CatalogueWriter.writeLines(List.of(REFERENCE, withWarning()), file);
    Cli.Result result = Cli.run(FIXED_DAY, new byte[0], "validate", file.toString());
    assertThat(result.status).isZero();
    assertThat(result.out.lines()).containsExactly(
        file + ":2: /reviews/4: warning: the review in Down Beat names no citation [review-without-citation]");
    assertThat(result.err).contains("2 albums, 0 problems, 0 errors, 1 warning");

    Cli.Result strict = Cli.run(FIXED_DAY, new byte[0], "validate", "--strict", file.toString());
    assertThat(strict.status).isEqualTo(1);
    assertThat(strict.out).isEqualTo(result.out);
  }

  @Test
  void errorsFailAndArePlacedInTheDocument(@TempDir Path dir) {
    Path file = dir.resolve("error.json");
    CatalogueWriter.writeDocument(List.of(REFERENCE, withError()), file);
    Cli.Result result = Cli.run(FIXED_DAY, new byte[0], "validate", file.toString());
    assertThat(result.status).isEqualTo(1);
    assertThat(result.out.lines()).anySatisfy(line -> assertThat(line)
        .startsWith(file + ":3: /albums/1/releases/0/events/0/date: error: issued 1956, before session")
        .endsWith("[release-before-recording]"));
  }

  @Test
  void theReferenceAlbumIsCleanEvenUnderStrict(@TempDir Path dir) {
    Path file = dir.resolve("reference.json");
    CatalogueWriter.writeDocument(List.of(REFERENCE), file);
    Cli.Result result = Cli.run(FIXED_DAY, new byte[0], "validate", "--strict", file.toString());
    assertThat(result.status).isZero();
    assertThat(result.out).isEmpty();
  }

  @Test
  void strictBelongsToValidateOnly(@TempDir Path dir) {
    Path file = dir.resolve("reference.json");
    CatalogueWriter.writeDocument(List.of(REFERENCE), file);
    assertThat(Cli.run(FIXED_DAY, new byte[0], "format", "--strict", file.toString()).status).isEqualTo(2);
    assertThat(Cli.run(FIXED_DAY, new byte[0], "validate", "--help").out).contains("--strict");
  }
}
