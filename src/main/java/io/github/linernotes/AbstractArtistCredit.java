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
 * One name in an album's artist credit, as MusicBrainz keeps it: the name as printed, the text that
 * joins it to the next name ({@code " & "}, {@code " with "}), and optionally the artist's identifiers.
 */
@Value.Immutable
@JsonSerialize(as = ArtistCredit.class)
@JsonDeserialize(builder = ArtistCredit.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ArtistCredit.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = ArtistCredit.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "joinPhrase", "ids"})
abstract class AbstractArtistCredit {

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
    Validation.check(this);
  }
}
