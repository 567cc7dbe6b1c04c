package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.linernotes.id.DiscogsId;
import io.github.linernotes.id.MusicBrainzId;
import io.github.linernotes.id.WikidataId;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Identifiers of one thing (an album, a release, a person, a label) in outside databases. At least one
 * identifier must be given: an empty set of identifiers is rejected rather than written as {@code {}}.
 */
@Value.Immutable
@JsonDeserialize(builder = ExternalIds.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = ExternalIds.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"musicBrainz", "discogs", "wikidata"})
public abstract class ExternalIds {

  ExternalIds() {}

  /**
   * The MusicBrainz identifier (release group for an album, release for a release, artist for a person).
   *
   * @return the id, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<MusicBrainzId> musicBrainz();

  /**
   * The Discogs identifier (master for an album, release for a release, artist for a person).
   *
   * @return the id, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<DiscogsId> discogs();

  /**
   * The Wikidata item.
   *
   * @return the id, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<WikidataId> wikidata();

  @Value.Check
  final void check() {
    if (musicBrainz().isEmpty() && discogs().isEmpty() && wikidata().isEmpty()) {
      Rules v = Rules.of("ExternalIds");
      v.add("", Rule.EMPTY_IDS, "give at least one identifier, or leave the ids out");
      v.done();
    }
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code ExternalIds} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code ExternalIds}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: at least one identifier.
   */
  public static final class Builder extends ImmutableExternalIds.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code musicBrainz}, checked like a built value.
   *
   * @param value the new {@code musicBrainz}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ExternalIds withMusicBrainz(MusicBrainzId value);

  /**
   * Returns a copy with another {@code musicBrainz}, checked like a built value.
   *
   * @param optional the new {@code musicBrainz}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ExternalIds withMusicBrainz(Optional<? extends MusicBrainzId> optional);

  /**
   * Returns a copy with another {@code discogs}, checked like a built value.
   *
   * @param value the new {@code discogs}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ExternalIds withDiscogs(DiscogsId value);

  /**
   * Returns a copy with another {@code discogs}, checked like a built value.
   *
   * @param optional the new {@code discogs}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ExternalIds withDiscogs(Optional<? extends DiscogsId> optional);

  /**
   * Returns a copy with another {@code wikidata}, checked like a built value.
   *
   * @param value the new {@code wikidata}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ExternalIds withWikidata(WikidataId value);

  /**
   * Returns a copy with another {@code wikidata}, checked like a built value.
   *
   * @param optional the new {@code wikidata}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ExternalIds withWikidata(Optional<? extends WikidataId> optional);
}
