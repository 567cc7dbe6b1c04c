package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.linernotes.internal.JsonNames;

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
  /** Sings. */
  @JsonProperty("vocals") VOCALS,
  /** An orchestra or other ensemble credited as performer. */
  @JsonProperty("orchestra") ORCHESTRA,
  /** Prepared a choir. */
  @JsonProperty("chorus-master") CHORUS_MASTER,
  /** Scored the music for an orchestra. */
  @JsonProperty("orchestrator") ORCHESTRATOR,
  /** An executive producer. */
  @JsonProperty("executive-producer") EXECUTIVE_PRODUCER,
  /** Engineered the recording. */
  @JsonProperty("recording-engineer") RECORDING_ENGINEER,
  /** Remixed a recording. */
  @JsonProperty("remixer") REMIXER,
  /** Made a DJ mix. */
  @JsonProperty("dj-mix") DJ_MIX,
  /** Edited the recording. */
  @JsonProperty("editor") EDITOR,
  /** Drew the cover or booklet. */
  @JsonProperty("illustration") ILLUSTRATION,
  /** Directed the art. */
  @JsonProperty("art-direction") ART_DIRECTION,
  /** Cut the lacquers. */
  @JsonProperty("lacquer-cut") LACQUER_CUT,
  /** Any other part; the credit's {@link Personnel#creditedRoles()} or {@link Personnel#roleNote()} say what. */
  @JsonProperty("other") OTHER;

  /** Reads the JSON name exactly; anything else, however close, is refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static CreditRole fromJson(String name) {
    return JsonNames.lookup(CreditRole.class, name);
  }
}
