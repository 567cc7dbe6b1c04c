package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What kind of album a work is, after MusicBrainz's primary and secondary release-group types. An album
 * may have several (a live soundtrack is both {@link #LIVE} and {@link #SOUNDTRACK}).
 */
public enum AlbumKind {
  /** Recorded in a studio for the album. */
  @JsonProperty("studio") STUDIO,
  /** Recorded before an audience. */
  @JsonProperty("live") LIVE,
  /** Music made for a film, a play or a broadcast. */
  @JsonProperty("soundtrack") SOUNDTRACK,
  /** Gathered from earlier releases. */
  @JsonProperty("compilation") COMPILATION,
  /** An extended play: longer than a single, shorter than an album. */
  @JsonProperty("ep") EP,
  /** A single. */
  @JsonProperty("single") SINGLE,
  /** Remixes of earlier recordings. */
  @JsonProperty("remix") REMIX,
  /** Demonstration recordings. */
  @JsonProperty("demo") DEMO,
  /** A radio or television broadcast. */
  @JsonProperty("broadcast") BROADCAST,
  /** Anything else. */
  @JsonProperty("other") OTHER;

  /** Reads the JSON name exactly; anything else, however close, is refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static AlbumKind fromJson(String name) {
    return JsonNames.lookup(AlbumKind.class, name);
  }
}
