package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One disc, record or file set within a release, with its tracks in order. The sides of a record show in
 * the track positions ({@code A1}…{@code B5}; a two-record set runs A, B on the first and C, D on the
 * second medium).
 */
@Value.Immutable
@JsonDeserialize(builder = Medium.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Medium.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"format", "descriptions", "channels", "title", "tracks", "sections"})
public abstract class Medium {

  Medium() {}

  /**
   * The format, such as {@link MediumFormat#VINYL_10_INCH}.
   *
   * @return the format, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<MediumFormat> format();

  /**
   * The format's details as printed, kept exactly: {@code LP}, {@code Album}, {@code 180 Gram},
   * {@code Gatefold}, {@code 45 RPM}, {@code 12" Vinyl}; no value twice.
   *
   * @return the descriptions as printed, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<String> descriptions();

  /**
   * How many channels the medium's sound has.
   *
   * @return the channels, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<Channels> channels();

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
    Rules v = Rules.of("Medium");
    v.optionalName("title", title());
    v.uniquePositions("", this);
    if (!tracks().isEmpty() && !sections().isEmpty()) {
      Set<String> positions = new HashSet<>();
      tracks().forEach(t -> positions.add(t.position()));
      for (int i = 0; i < sections().size(); i++) {
        MediumSection section = sections().get(i);
        String p = "sections[" + i + "].";
        section.firstPosition().filter(f -> !positions.contains(f)).ifPresent(f -> v.add(p + "firstPosition",
            Rule.UNKNOWN_TRACK_POSITION, "no track of this medium has position \"" + f + "\""));
        section.lastPosition().filter(l -> !positions.contains(l)).ifPresent(l -> v.add(p + "lastPosition",
            Rule.UNKNOWN_TRACK_POSITION, "no track of this medium has position \"" + l + "\""));
      }
    }
    v.nameList("descriptions", descriptions());
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code Medium} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code Medium}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Nothing is required. Rejected: two tracks with one position, and sections whose first or last position no
   * track of the medium has.
   */
  public static final class Builder extends ImmutableMedium.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code format}, checked like a built value.
   *
   * @param value the new {@code format}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Medium withFormat(MediumFormat value);

  /**
   * Returns a copy with another {@code format}, checked like a built value.
   *
   * @param optional the new {@code format}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Medium withFormat(Optional<? extends MediumFormat> optional);

  /**
   * Returns a copy with another {@code title}, checked like a built value.
   *
   * @param value the new {@code title}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Medium withTitle(String value);

  /**
   * Returns a copy with another {@code title}, checked like a built value.
   *
   * @param optional the new {@code title}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Medium withTitle(Optional<String> optional);

  /**
   * Returns a copy with another {@code tracks}, checked like a built value.
   *
   * @param elements the new {@code tracks}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Medium withTracks(Track... elements);

  /**
   * Returns a copy with another {@code tracks}, checked like a built value.
   *
   * @param elements the new {@code tracks}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Medium withTracks(Iterable<? extends Track> elements);

  /**
   * Returns a copy with another {@code sections}, checked like a built value.
   *
   * @param elements the new {@code sections}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Medium withSections(MediumSection... elements);

  /**
   * Returns a copy with another {@code sections}, checked like a built value.
   *
   * @param elements the new {@code sections}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Medium withSections(Iterable<? extends MediumSection> elements);

  /**
   * Returns a copy with another {@code descriptions}, checked like a built value.
   *
   * @param elements the new {@code descriptions}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Medium withDescriptions(String... elements);

  /**
   * Returns a copy with another {@code descriptions}, checked like a built value.
   *
   * @param elements the new {@code descriptions}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Medium withDescriptions(Iterable<String> elements);

  /**
   * Returns a copy with another {@code channels}, checked like a built value.
   *
   * @param value the new {@code channels}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Medium withChannels(Channels value);

  /**
   * Returns a copy with another {@code channels}, checked like a built value.
   *
   * @param optional the new {@code channels}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Medium withChannels(Optional<? extends Channels> optional);
}
