package io.github.linernotes;

import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One date and place where a release was issued, as MusicBrainz's release events. Either may be
 * unknown, but not both. The date may be vague ({@code 198X}) or unknown (absent); the area is an ISO
 * 3166-1 alpha-2 country code, or {@code XE} for Europe and {@code XW} for the whole world (the
 * codes MusicBrainz uses for those regions).
 */
@Value.Immutable
@JsonSerialize(as = ReleaseEvent.class)
@JsonDeserialize(builder = ReleaseEvent.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ReleaseEvent.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = ReleaseEvent.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"date", "area"})
abstract class AbstractReleaseEvent {

  /**
   * When the release was issued there.
   *
   * @return the date, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<PartialDate> date();

  /**
   * Where it was issued: a country code such as {@code US}, {@code XE} (Europe) or {@code XW}
   * (worldwide).
   *
   * @return the area code, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> area();

  @Value.Check
  final void check() {
    Validation.check(this);
  }
}
