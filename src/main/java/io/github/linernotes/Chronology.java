package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Where the album stands in its artist's output: the album before it and the one after. Either may be
 * absent (not known, or there is none), but not both.
 */
@Value.Immutable
@JsonDeserialize(builder = Chronology.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Chronology.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"previous", "next"})
public abstract class Chronology {

  Chronology() {}

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
    if (previous().isEmpty() && next().isEmpty()) {
      Rules v = Rules.of("Chronology");
      v.add("", Rule.REQUIRED, "a chronology needs a previous album, a next album or both");
      v.done();
    }
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code Chronology} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code Chronology}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: a previous album, a next album or both.
   */
  public static final class Builder extends ImmutableChronology.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code previous}, checked like a built value.
   *
   * @param value the new {@code previous}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Chronology withPrevious(AlbumLink value);

  /**
   * Returns a copy with another {@code previous}, checked like a built value.
   *
   * @param optional the new {@code previous}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Chronology withPrevious(Optional<? extends AlbumLink> optional);

  /**
   * Returns a copy with another {@code next}, checked like a built value.
   *
   * @param value the new {@code next}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Chronology withNext(AlbumLink value);

  /**
   * Returns a copy with another {@code next}, checked like a built value.
   *
   * @param optional the new {@code next}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Chronology withNext(Optional<? extends AlbumLink> optional);
}
