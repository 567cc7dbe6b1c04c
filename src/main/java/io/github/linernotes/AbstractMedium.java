package io.github.linernotes;

import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One disc, record or file set within a release, with its tracks in order. The sides of a record show in
 * the track positions ({@code A1}…{@code B5}; a two-record set runs A, B on the first and C, D on the
 * second medium).
 */
@Value.Immutable
@JsonSerialize(as = Medium.class)
@JsonDeserialize(builder = Medium.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = Medium.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Medium.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"format", "title", "tracks", "sections"})
abstract class AbstractMedium {

  /**
   * The format, such as {@link MediumFormat#VINYL_10_INCH}.
   *
   * @return the format, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<MediumFormat> format();

  /**
   * The medium's own title, when it has one.
   *
   * @return the title, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> title();

  /**
   * The tracks in order; positions are unique within the medium. May be empty when the track list
   * is not known.
   *
   * @return the tracks, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Track> tracks();

  /**
   * Runs of tracks described together: what a medium holds when its track list is not known, or
   * what sets some of its tracks apart (alternate takes, another mix).
   *
   * @return the sections, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<MediumSection> sections();

  @Value.Check
  final void check() {
    Validation.check(this);
  }
}
