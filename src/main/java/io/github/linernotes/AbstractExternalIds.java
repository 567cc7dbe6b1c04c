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
 * Identifiers of one thing (an album, a release, a person, a label) in outside databases. At least one
 * identifier must be given: an empty set of identifiers is rejected rather than written as {@code {}}.
 */
@Value.Immutable
@JsonSerialize(as = ExternalIds.class)
@JsonDeserialize(builder = ExternalIds.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ExternalIds.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = ExternalIds.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"musicBrainz", "discogs", "wikidata"})
abstract class AbstractExternalIds {

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
    Validation.check(this);
  }
}
