package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.linernotes.internal.JsonNames;

/**
 * What a company did for a release, after Discogs' company roles and MusicBrainz's label relationships.
 * A role the list does not know is {@link #OTHER}, with the words as credited kept beside it.
 */
public enum CompanyRole {
  /** Pressed the records or discs. */
  @JsonProperty("pressed-by") PRESSED_BY,
  /** Manufactured the release. */
  @JsonProperty("manufactured-by") MANUFACTURED_BY,
  /** Distributed it. */
  @JsonProperty("distributed-by") DISTRIBUTED_BY,
  /** Marketed it. */
  @JsonProperty("marketed-by") MARKETED_BY,
  /** Licensed the recordings to the label. */
  @JsonProperty("licensed-from") LICENSED_FROM,
  /** Was licensed the recordings by the label. */
  @JsonProperty("licensed-to") LICENSED_TO,
  /** Holds the phonographic copyright, the ℗ line. */
  @JsonProperty("phonographic-copyright") PHONOGRAPHIC_COPYRIGHT,
  /** Holds the copyright, the © line. */
  @JsonProperty("copyright") COPYRIGHT,
  /** Published the music. */
  @JsonProperty("published-by") PUBLISHED_BY,
  /** The studio it was recorded at. */
  @JsonProperty("recorded-at") RECORDED_AT,
  /** The studio it was mixed at. */
  @JsonProperty("mixed-at") MIXED_AT,
  /** The studio it was mastered at. */
  @JsonProperty("mastered-at") MASTERED_AT,
  /** The studio its lacquers were cut at. */
  @JsonProperty("lacquer-cut-at") LACQUER_CUT_AT,
  /** Printed the sleeve or booklet. */
  @JsonProperty("printed-by") PRINTED_BY,
  /** Anything else; the credited words say what. */
  @JsonProperty("other") OTHER;

  /** Reads the JSON name exactly; anything else, however close, is refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static CompanyRole fromJson(String name) {
    return JsonNames.lookup(CompanyRole.class, name);
  }
}
