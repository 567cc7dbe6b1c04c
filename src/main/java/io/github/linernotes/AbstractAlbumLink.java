package io.github.linernotes;

import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A reference to another album by title, for chronologies. */
@Value.Immutable
@JsonSerialize(as = AlbumLink.class)
@JsonDeserialize(builder = AlbumLink.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = AlbumLink.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = AlbumLink.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"title", "date", "ids"})
abstract class AbstractAlbumLink {

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
    Validation.check(this);
  }
}
