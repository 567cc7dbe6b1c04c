package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part a person played in making a recording, after the credit roles of MusicBrainz and Discogs.
 * Instruments are kept apart, in {@link Personnel#instruments()}.
 */
public enum CreditRole {
  /** Plays or sings on the recording. */
  @JsonProperty("performer") PERFORMER,
  /** Leads the group. */
  @JsonProperty("leader") LEADER,
  /** Wrote the music. */
  @JsonProperty("composer") COMPOSER,
  /** Wrote the words. */
  @JsonProperty("lyricist") LYRICIST,
  /** Arranged the music. */
  @JsonProperty("arranger") ARRANGER,
  /** Conducted. */
  @JsonProperty("conductor") CONDUCTOR,
  /** Produced the recording. */
  @JsonProperty("producer") PRODUCER,
  /** Recording engineer. */
  @JsonProperty("engineer") ENGINEER,
  /** Mixed the recording. */
  @JsonProperty("mixing") MIXING,
  /** Mastered or remastered the recording. */
  @JsonProperty("mastering") MASTERING,
  /** Wrote the liner notes. */
  @JsonProperty("liner-notes") LINER_NOTES,
  /** Photography. */
  @JsonProperty("photography") PHOTOGRAPHY,
  /** Cover art or design. */
  @JsonProperty("design") DESIGN,
  /** Directed a film or production the music belongs to. */
  @JsonProperty("director") DIRECTOR,
  /** Any other part; describe it in {@link Personnel#roleNote()}. */
  @JsonProperty("other") OTHER;

  /** Reads the JSON name exactly; anything else, however close, is refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static CreditRole fromJson(String name) {
    return JsonNames.lookup(CreditRole.class, name);
  }
}
