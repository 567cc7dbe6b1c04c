package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.linernotes.id.Iswc;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A composition that recordings perform, as MusicBrainz keeps works: its title, who wrote the music, the
 * words and the arrangement, its ISWC and its identifiers. Recordings refer to it by its {@link #id()}.
 */
@Value.Immutable
@JsonDeserialize(builder = Work.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Work.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "title", "composers", "lyricists", "arrangers", "iswc", "ids"})
public abstract class Work {

  Work() {}

  /**
   * The work's local id, unique within the album, made of letters, digits, {@code -}, {@code _} and
   * {@code .}; required.
   *
   * @return the id
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String id() {
    return "";
  }

  /**
   * The work's title; required, never blank.
   *
   * @return the title
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String title() {
    return "";
  }

  /**
   * Who wrote the music.
   *
   * @return the composers, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<ArtistCredit> composers();

  /**
   * Who wrote the words.
   *
   * @return the lyricists, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<ArtistCredit> lyricists();

  /**
   * Who arranged it, when the arrangement is part of the work.
   *
   * @return the arrangers, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<ArtistCredit> arrangers();

  /**
   * The work's International Standard Musical Work Code.
   *
   * @return the iswc, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<Iswc> iswc();

  /**
   * The work's identifiers in outside databases (a MusicBrainz work id).
   *
   * @return the ids, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<ExternalIds> ids();

  @Value.Check
  final void check() {
    Rules v = Rules.of("Work");
    v.id("id", id());
    v.name("title", title());
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code Work}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code id} and {@code title}. Rejected: an id that is not an id and a blank or too long title.
   */
  public static final class Builder extends ImmutableWork.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code id}, checked like a built value.
   *
   * @param value the new {@code id}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Work withId(String value);

  /**
   * Returns a copy with another {@code title}, checked like a built value.
   *
   * @param value the new {@code title}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Work withTitle(String value);

  /**
   * Returns a copy with another {@code composers}, checked like a built value.
   *
   * @param elements the new {@code composers}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Work withComposers(ArtistCredit... elements);

  /**
   * Returns a copy with another {@code composers}, checked like a built value.
   *
   * @param elements the new {@code composers}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Work withComposers(Iterable<? extends ArtistCredit> elements);

  /**
   * Returns a copy with another {@code lyricists}, checked like a built value.
   *
   * @param elements the new {@code lyricists}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Work withLyricists(ArtistCredit... elements);

  /**
   * Returns a copy with another {@code lyricists}, checked like a built value.
   *
   * @param elements the new {@code lyricists}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Work withLyricists(Iterable<? extends ArtistCredit> elements);

  /**
   * Returns a copy with another {@code arrangers}, checked like a built value.
   *
   * @param elements the new {@code arrangers}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Work withArrangers(ArtistCredit... elements);

  /**
   * Returns a copy with another {@code arrangers}, checked like a built value.
   *
   * @param elements the new {@code arrangers}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Work withArrangers(Iterable<? extends ArtistCredit> elements);

  /**
   * Returns a copy with another {@code iswc}, checked like a built value.
   *
   * @param value the new {@code iswc}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Work withIswc(Iswc value);

  /**
   * Returns a copy with another {@code iswc}, checked like a built value.
   *
   * @param optional the new {@code iswc}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Work withIswc(Optional<? extends Iswc> optional);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param value the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Work withIds(ExternalIds value);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param optional the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Work withIds(Optional<? extends ExternalIds> optional);
}
