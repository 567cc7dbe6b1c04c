package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.linernotes.internal.JsonNames;

/**
 * What kind of album a work is: MusicBrainz's primary release-group types (album, single, EP,
 * broadcast, other) and secondary types (compilation, soundtrack, spoken word, interview, audiobook,
 * audio drama, live, remix, DJ-mix, mixtape, demo, field recording), and studio. An album may have
 * several (a live soundtrack is both {@link #LIVE} and {@link #SOUNDTRACK}).
 */
public enum AlbumKind {
  /** An album: MusicBrainz's primary type for a full-length release. */
  @JsonProperty("album") ALBUM,
  /** A single. */
  @JsonProperty("single") SINGLE,
  /** An extended play: longer than a single, shorter than an album. */
  @JsonProperty("ep") EP,
  /** A radio or television broadcast. */
  @JsonProperty("broadcast") BROADCAST,
  /** Recorded in a studio for the album. */
  @JsonProperty("studio") STUDIO,
  /** Gathered from earlier releases. */
  @JsonProperty("compilation") COMPILATION,
  /** Music made for a film, a play or a broadcast. */
  @JsonProperty("soundtrack") SOUNDTRACK,
  /** Spoken word that is neither an interview nor an audiobook: poetry, speeches, stand-up. */
  @JsonProperty("spokenword") SPOKENWORD,
  /** An interview. */
  @JsonProperty("interview") INTERVIEW,
  /** A book read aloud. */
  @JsonProperty("audiobook") AUDIOBOOK,
  /** A play for voices: a radio play, an audio drama. */
  @JsonProperty("audio-drama") AUDIO_DRAMA,
  /** Recorded before an audience. */
  @JsonProperty("live") LIVE,
  /** Remixes of earlier recordings. */
  @JsonProperty("remix") REMIX,
  /** A DJ's continuous mix of other artists' recordings. */
  @JsonProperty("dj-mix") DJ_MIX,
  /** A mixtape or street album, issued outside the usual channels. */
  @JsonProperty("mixtape") MIXTAPE,
  /** Demonstration recordings. */
  @JsonProperty("demo") DEMO,
  /** Sounds recorded where they happen: nature, cities, ceremonies. */
  @JsonProperty("field-recording") FIELD_RECORDING,
  /** Anything else. */
  @JsonProperty("other") OTHER;

  /** Reads the JSON name exactly; anything else, however close, is refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static AlbumKind fromJson(String name) {
    return JsonNames.lookup(AlbumKind.class, name);
  }
}
