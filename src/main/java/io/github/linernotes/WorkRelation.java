package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.linernotes.internal.JsonNames;

/** How another work is related to an album. */
public enum WorkRelation {
  /** The album holds music written or recorded for this work (a film, a play). */
  @JsonProperty("music-for") MUSIC_FOR,
  /** This work may have inspired the album; the evidence is not certain. */
  @JsonProperty("possibly-inspired-by") POSSIBLY_INSPIRED_BY,
  /** This work inspired the album. */
  @JsonProperty("inspired-by") INSPIRED_BY,
  /** The album is said to foreshadow this later work. */
  @JsonProperty("anticipates") ANTICIPATES,
  /** The album's recordings were issued again as part of this work. */
  @JsonProperty("reissued-on") REISSUED_ON,
  /** Any other relation; describe it in the note. */
  @JsonProperty("other") OTHER;

  /** Reads the JSON name exactly; anything else, however close, is refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static WorkRelation fromJson(String name) {
    return JsonNames.lookup(WorkRelation.class, name);
  }
}
