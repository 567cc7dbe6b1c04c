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
 * Where the album stands in its artist's output: the album before it and the one after. Either may be
 * absent (not known, or there is none), but not both.
 */
@Value.Immutable
@JsonSerialize(as = Chronology.class)
@JsonDeserialize(builder = Chronology.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = Chronology.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Chronology.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"previous", "next"})
abstract class AbstractChronology {

  /**
   * The artist's previous album.
   *
   * @return the link, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<AlbumLink> previous();

  /**
   * The artist's next album.
   *
   * @return the link, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<AlbumLink> next();

  @Value.Check
  final void check() {
    Validation.check(this);
  }
}
