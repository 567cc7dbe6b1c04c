package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One name in an album's artist credit, as MusicBrainz keeps it: the name as printed, the text that
 * joins it to the next name ({@code " & "}, {@code " with "}), and optionally the artist's identifiers.
 */
@Value.Immutable
@JsonDeserialize(builder = ArtistCredit.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = ArtistCredit.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "creditedAs", "joinPhrase", "ids"})
public abstract class ArtistCredit {

  ArtistCredit() {}

  /**
   * The name as credited on the release; required, never blank.
   *
   * @return the credited name
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String name() {
    return "";
  }

  /**
   * The name exactly as printed on this release, when it differs from the artist's name in {@link #name()}:
   * Discogs' "ANV", MusicBrainz's "credited as" ({@code Sir Brian Burrows} for {@code Brian Burrows}).
   *
   * @return the name as printed, if it differs
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> creditedAs();

  /**
   * The text printed after this name to join it to the next one, such as {@code " & "}; kept exactly,
   * spaces included. Absent for the last name.
   *
   * @return the join phrase, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> joinPhrase();

  /**
   * The artist's identifiers in outside databases.
   *
   * @return the identifiers, if any are known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<ExternalIds> ids();

  /**
   * Makes a credit for a single name with no join phrase and no identifiers.
   *
   * @param name the credited name
   * @return the credit
   * @throws ValidationException if the name is blank
   */
  public static ArtistCredit of(String name) {
    return ArtistCredit.builder().name(name).build();
  }

  @Value.Check
  final void check() {
    Rules v = Rules.of("ArtistCredit");
    v.name("name", name());
    joinPhrase().ifPresent(p -> {
      if (p.isEmpty()) {
        v.add("joinPhrase", Rule.BLANK, "must not be empty when present");
      } else {
        v.length("joinPhrase", p, Rules.MAX_NAME_LENGTH);
        v.characters("joinPhrase", p, false);
      }
    });
    v.optionalName("creditedAs", creditedAs());
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code ArtistCredit} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code ArtistCredit}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code name}. A join phrase may be blank but not empty, and holds no control characters.
   */
  public static final class Builder extends ImmutableArtistCredit.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code name}, checked like a built value.
   *
   * @param value the new {@code name}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ArtistCredit withName(String value);

  /**
   * Returns a copy with another {@code joinPhrase}, checked like a built value.
   *
   * @param value the new {@code joinPhrase}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ArtistCredit withJoinPhrase(String value);

  /**
   * Returns a copy with another {@code joinPhrase}, checked like a built value.
   *
   * @param optional the new {@code joinPhrase}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ArtistCredit withJoinPhrase(Optional<String> optional);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param value the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ArtistCredit withIds(ExternalIds value);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param optional the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ArtistCredit withIds(Optional<? extends ExternalIds> optional);

  /**
   * Returns a copy with another {@code creditedAs}, checked like a built value.
   *
   * @param value the new {@code creditedAs}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ArtistCredit withCreditedAs(String value);

  /**
   * Returns a copy with another {@code creditedAs}, checked like a built value.
   *
   * @param optional the new {@code creditedAs}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ArtistCredit withCreditedAs(Optional<String> optional);
}
