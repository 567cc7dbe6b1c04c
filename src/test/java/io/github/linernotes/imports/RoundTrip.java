package io.github.linernotes.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linernotes.Album;
import io.github.linernotes.Jackson2MapperAdapter;
import io.github.linernotes.JsonMapperAdapter;
import io.github.linernotes.consistency.ConsistencyCheck;
import io.github.linernotes.consistency.Severity;
import io.github.linernotes.json.LinerNotesJson;

/** Checks that an imported album is a valid value both Jackson majors write and read back unchanged. */
final class RoundTrip {

  private static final JsonMapperAdapter JACKSON_2 = Jackson2MapperAdapter.standard();

  private RoundTrip() {}

  /** Asserts the round trips and that the consistency check finds no error; returns the album's JSON. */
  static String check(Album album) {
    String json = LinerNotesJson.write(album);
    assertThat(LinerNotesJson.read(json, Album.class)).isEqualTo(album);
    assertThat(JACKSON_2.write(album)).isEqualTo(json);
    assertThat(JACKSON_2.read(json, Album.class)).isEqualTo(album);
    assertThat(ConsistencyCheck.asOf(java.time.LocalDate.of(2026, 1, 1)).check(album))
        .filteredOn(f -> f.severity() == Severity.ERROR)
        .isEmpty();
    return json;
  }
}
