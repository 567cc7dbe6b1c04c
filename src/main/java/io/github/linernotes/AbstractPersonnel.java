package io.github.linernotes;

import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One credited person: the name as credited, the instruments played and the roles held, and the tracks
 * the credit covers (all tracks when the list is empty). Used for a session's line-up, for album-,
 * release- and track-level credits.
 */
@Value.Immutable
@JsonSerialize(as = Personnel.class)
@JsonDeserialize(builder = Personnel.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = Personnel.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Personnel.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "instruments", "roles", "roleNote", "tracks", "ids"})
abstract class AbstractPersonnel {

  /**
   * The person's name as credited, such as {@code Barney Wilen}; required, never blank.
   *
   * @return the name
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String name() {
    return "";
  }

  /**
   * The instruments played, as credited ({@code trumpet}, {@code double bass}); no duplicates.
   *
   * @return the instruments, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<String> instruments();

  /**
   * The roles held; no duplicates. A person who plays an instrument is a {@link CreditRole#PERFORMER}.
   *
   * @return the roles, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<CreditRole> roles();

  /**
   * What the person did, in words, when the roles alone do not say it (for example the part someone
   * played in getting a record made).
   *
   * @return the note, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> roleNote();

  /**
   * The track positions the credit covers, as printed ({@code A1}, {@code B5}); empty means every track.
   * Each position must exist: in the release that holds the credit, or, for album and session credits,
   * in at least one of the album's releases.
   *
   * @return the positions, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<String> tracks();

  /**
   * The person's identifiers in outside databases.
   *
   * @return the identifiers, if any are known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<ExternalIds> ids();

  /**
   * Makes a performer credit: a name and the instruments played on every track.
   *
   * @param name the name as credited
   * @param instruments the instruments played
   * @return the credit, with the role {@link CreditRole#PERFORMER}
   * @throws ValidationException if the name or an instrument is blank, or an instrument is repeated
   */
  public static Personnel performer(String name, String... instruments) {
    return Personnel.builder().name(name).addInstruments(instruments).addRoles(CreditRole.PERFORMER).build();
  }

  @Value.Check
  final void check() {
    Validation.check(this);
  }
}
