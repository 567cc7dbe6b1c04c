package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The physical or digital format of a medium, after the formats of MusicBrainz and Discogs. */
public enum MediumFormat {
  /** A 7-inch vinyl record. */
  @JsonProperty("7-inch-vinyl") VINYL_7_INCH,
  /** A 10-inch vinyl record. */
  @JsonProperty("10-inch-vinyl") VINYL_10_INCH,
  /** A 12-inch vinyl record. */
  @JsonProperty("12-inch-vinyl") VINYL_12_INCH,
  /** A shellac 78 rpm record. */
  @JsonProperty("shellac") SHELLAC,
  /** A compact disc. */
  @JsonProperty("cd") CD,
  /** A Super Audio CD. */
  @JsonProperty("sacd") SACD,
  /** A compact cassette. */
  @JsonProperty("cassette") CASSETTE,
  /** A reel-to-reel tape. */
  @JsonProperty("reel-to-reel") REEL_TO_REEL,
  /** Files sold or streamed without a physical carrier. */
  @JsonProperty("digital") DIGITAL,
  /** Any other format. */
  @JsonProperty("other") OTHER;

  /** Reads the JSON name exactly; anything else, however close, is refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static MediumFormat fromJson(String name) {
    return JsonNames.lookup(MediumFormat.class, name);
  }
}
