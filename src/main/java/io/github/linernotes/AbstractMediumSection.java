package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A run of consecutive tracks on a medium that share what they are — "tracks 17 to 26: the film mix,
 * with added reverb" — for media whose individual tracks are not all known, or whose parts need saying.
 * The run is given by its first and last position as printed; both are absent when the section
 * describes material spread over the medium. When the medium lists its tracks, the positions must be
 * among them.
 */
@Value.Immutable
@JsonSerialize(as = MediumSection.class)
@JsonDeserialize(builder = MediumSection.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = MediumSection.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = MediumSection.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"firstPosition", "lastPosition", "description", "version", "alternateTakes",
    "previouslyUnreleased", "citations"})
abstract class AbstractMediumSection {

  /**
   * The position of the first track of the run, such as {@code 17}; only together with
   * {@link #lastPosition()}.
   *
   * @return the first position, if the run is known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> firstPosition();

  /**
   * The position of the last track of the run, such as {@code 26}.
   *
   * @return the last position, if the run is known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> lastPosition();

  /**
   * What the tracks are, in the catalogue's words; required.
   *
   * @return the description
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * The mix or version all tracks of the section share, such as {@code film mix, with added reverb}.
   *
   * @return the version, if stated
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> version();

  /**
   * Whether the section holds alternate takes. Written to JSON only when true.
   *
   * @return true for alternate takes
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  @JsonInclude(Include.NON_DEFAULT)
  public boolean alternateTakes() {
    return false;
  }

  /**
   * Whether the section holds recordings not issued before. Written to JSON only when true.
   *
   * @return true when previously unreleased
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  @JsonInclude(Include.NON_DEFAULT)
  public boolean previouslyUnreleased() {
    return false;
  }

  /**
   * The ids of the album's citations that back the description; each must resolve.
   *
   * @return the citation ids, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<String> citations();

  @Value.Check
  final void check() {
    Validation.check(this);
  }
}
