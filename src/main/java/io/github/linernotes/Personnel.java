package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One credited person: the name as credited, the instruments played and the roles held, and the tracks
 * the credit covers (all tracks when the list is empty). Used for a session's line-up, for album-,
 * release- and track-level credits.
 */
@Value.Immutable
@JsonDeserialize(builder = Personnel.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Personnel.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "creditedAs", "instruments", "roles", "creditedRoles", "roleNote", "tracks",
    "recordings", "ids"})
public abstract class Personnel {

  Personnel() {}

  /**
   * The person's name, such as {@code Barney Wilen}: the name the source knows the person by (a MusicBrainz or
   * Discogs artist's own name), or the name as credited when that is all there is; required, never blank.
   *
   * @return the name
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String name() {
    return "";
  }

  /**
   * The name as printed in this credit, when it differs from {@link #name()}: Discogs' name variation, MusicBrainz' credited name ({@code Frida} for Anni-Frid Lyngstad).
   *
   * @return the name as credited, if it differs
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> creditedAs();

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
   * The roles exactly as credited, beside their known meanings in {@link #roles()}: {@code Producer
   * [Produced By]}, {@code Lacquer Cut By}, {@code Written-By}; kept even when no known role matches; no value twice.
   *
   * @return the roles as credited, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<String> creditedRoles();

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
   * The ids of the album's recordings this credit is limited to, for a session line-up or an album
   * credit that does not apply to every recording; each must resolve; no value twice.
   *
   * @return the recordings, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<String> recordings();

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
    Rules v = Rules.of("Personnel");
    v.name("name", name());
    v.nameList("instruments", instruments());
    v.unique("roles", roles());
    v.optionalText("roleNote", roleNote());
    v.positionList("tracks", tracks());
    v.nameList("creditedRoles", creditedRoles());
    v.idList("recordings", recordings());
    v.optionalName("creditedAs", creditedAs());
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code Personnel} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code Personnel}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code name}. Rejected: repeated instruments, roles or track positions, and positions with
   * spaces.
   */
  public static final class Builder extends ImmutablePersonnel.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code name}, checked like a built value.
   *
   * @param value the new {@code name}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Personnel withName(String value);

  /**
   * Returns a copy with another {@code instruments}, checked like a built value.
   *
   * @param elements the new {@code instruments}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Personnel withInstruments(String... elements);

  /**
   * Returns a copy with another {@code instruments}, checked like a built value.
   *
   * @param elements the new {@code instruments}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Personnel withInstruments(Iterable<String> elements);

  /**
   * Returns a copy with another {@code roles}, checked like a built value.
   *
   * @param elements the new {@code roles}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Personnel withRoles(CreditRole... elements);

  /**
   * Returns a copy with another {@code roles}, checked like a built value.
   *
   * @param elements the new {@code roles}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Personnel withRoles(Iterable<? extends CreditRole> elements);

  /**
   * Returns a copy with another {@code roleNote}, checked like a built value.
   *
   * @param value the new {@code roleNote}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Personnel withRoleNote(String value);

  /**
   * Returns a copy with another {@code roleNote}, checked like a built value.
   *
   * @param optional the new {@code roleNote}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Personnel withRoleNote(Optional<String> optional);

  /**
   * Returns a copy with another {@code tracks}, checked like a built value.
   *
   * @param elements the new {@code tracks}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Personnel withTracks(String... elements);

  /**
   * Returns a copy with another {@code tracks}, checked like a built value.
   *
   * @param elements the new {@code tracks}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Personnel withTracks(Iterable<String> elements);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param value the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Personnel withIds(ExternalIds value);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param optional the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Personnel withIds(Optional<? extends ExternalIds> optional);

  /**
   * Returns a copy with another {@code creditedRoles}, checked like a built value.
   *
   * @param elements the new {@code creditedRoles}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Personnel withCreditedRoles(String... elements);

  /**
   * Returns a copy with another {@code creditedRoles}, checked like a built value.
   *
   * @param elements the new {@code creditedRoles}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Personnel withCreditedRoles(Iterable<String> elements);

  /**
   * Returns a copy with another {@code recordings}, checked like a built value.
   *
   * @param elements the new {@code recordings}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Personnel withRecordings(String... elements);

  /**
   * Returns a copy with another {@code recordings}, checked like a built value.
   *
   * @param elements the new {@code recordings}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Personnel withRecordings(Iterable<String> elements);

  /**
   * Returns a copy with another {@code creditedAs}, checked like a built value.
   *
   * @param value the new {@code creditedAs}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Personnel withCreditedAs(String value);

  /**
   * Returns a copy with another {@code creditedAs}, checked like a built value.
   *
   * @param optional the new {@code creditedAs}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Personnel withCreditedAs(Optional<String> optional);
}
