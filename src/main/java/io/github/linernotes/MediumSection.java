package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A run of consecutive tracks on a medium that share what they are — "tracks 17 to 26: the film mix,
 * with added reverb" — for media whose individual tracks are not all known, or whose parts need saying.
 * The run is given by its first and last position as printed; both are absent when the section
 * describes material spread over the medium. When the medium lists its tracks, the positions must be
 * among them.
 */
@Value.Immutable
@JsonDeserialize(builder = MediumSection.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = MediumSection.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"firstPosition", "lastPosition", "description", "version", "alternateTakes",
    "previouslyUnreleased", "citations"})
public abstract class MediumSection {

  MediumSection() {}

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
    Rules v = Rules.of("MediumSection");
    firstPosition().ifPresent(f -> v.position("firstPosition", f));
    lastPosition().ifPresent(l -> v.position("lastPosition", l));
    if (firstPosition().isPresent() != lastPosition().isPresent()) {
      v.add(firstPosition().isPresent() ? "lastPosition" : "firstPosition", Rule.REQUIRED,
          "a run of tracks needs both its first and its last position");
    }
    v.text("description", description());
    v.optionalName("version", version());
    v.idList("citations", citations());
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code MediumSection} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code MediumSection}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code description}, and both {@code firstPosition} and {@code lastPosition} or neither.
   */
  public static final class Builder extends ImmutableMediumSection.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code firstPosition}, checked like a built value.
   *
   * @param value the new {@code firstPosition}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract MediumSection withFirstPosition(String value);

  /**
   * Returns a copy with another {@code firstPosition}, checked like a built value.
   *
   * @param optional the new {@code firstPosition}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract MediumSection withFirstPosition(Optional<String> optional);

  /**
   * Returns a copy with another {@code lastPosition}, checked like a built value.
   *
   * @param value the new {@code lastPosition}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract MediumSection withLastPosition(String value);

  /**
   * Returns a copy with another {@code lastPosition}, checked like a built value.
   *
   * @param optional the new {@code lastPosition}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract MediumSection withLastPosition(Optional<String> optional);

  /**
   * Returns a copy with another {@code description}, checked like a built value.
   *
   * @param value the new {@code description}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract MediumSection withDescription(String value);

  /**
   * Returns a copy with another {@code version}, checked like a built value.
   *
   * @param value the new {@code version}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract MediumSection withVersion(String value);

  /**
   * Returns a copy with another {@code version}, checked like a built value.
   *
   * @param optional the new {@code version}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract MediumSection withVersion(Optional<String> optional);

  /**
   * Returns a copy with another {@code alternateTakes}, checked like a built value.
   *
   * @param value the new {@code alternateTakes}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract MediumSection withAlternateTakes(boolean value);

  /**
   * Returns a copy with another {@code previouslyUnreleased}, checked like a built value.
   *
   * @param value the new {@code previouslyUnreleased}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract MediumSection withPreviouslyUnreleased(boolean value);

  /**
   * Returns a copy with another {@code citations}, checked like a built value.
   *
   * @param elements the new {@code citations}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract MediumSection withCitations(String... elements);

  /**
   * Returns a copy with another {@code citations}, checked like a built value.
   *
   * @param elements the new {@code citations}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract MediumSection withCitations(Iterable<String> elements);
}
