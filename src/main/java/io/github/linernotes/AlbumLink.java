package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.linernotes.value.PartialDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A reference to another album by title, for chronologies. */
@Value.Immutable
@JsonDeserialize(builder = AlbumLink.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = AlbumLink.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"title", "date", "ids"})
public abstract class AlbumLink {

  AlbumLink() {}

  /**
   * The other album's title; required, never blank.
   *
   * @return the title
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String title() {
    return "";
  }

  /**
   * The other album's first release date.
   *
   * @return the date, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<PartialDate> date();

  /**
   * The other album's identifiers.
   *
   * @return the identifiers, if any are known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<ExternalIds> ids();

  /**
   * Makes a link from a title alone.
   *
   * @param title the other album's title
   * @return the link
   * @throws ValidationException if the title is blank
   */
  public static AlbumLink of(String title) {
    return AlbumLink.builder().title(title).build();
  }

  @Value.Check
  final void check() {
    Rules v = Rules.of("AlbumLink");
    v.name("title", title());
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code AlbumLink} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code AlbumLink}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code title}.
   */
  public static final class Builder extends ImmutableAlbumLink.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code title}, checked like a built value.
   *
   * @param value the new {@code title}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract AlbumLink withTitle(String value);

  /**
   * Returns a copy with another {@code date}, checked like a built value.
   *
   * @param value the new {@code date}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract AlbumLink withDate(PartialDate value);

  /**
   * Returns a copy with another {@code date}, checked like a built value.
   *
   * @param optional the new {@code date}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract AlbumLink withDate(Optional<? extends PartialDate> optional);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param value the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract AlbumLink withIds(ExternalIds value);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param optional the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract AlbumLink withIds(Optional<? extends ExternalIds> optional);
}
