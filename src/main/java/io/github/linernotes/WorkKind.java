package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.linernotes.internal.JsonNames;

/** What kind of work a {@link RelatedWork} is. */
public enum WorkKind {
  /** A film. */
  @JsonProperty("film") FILM,
  /** An album. */
  @JsonProperty("album") ALBUM,
  /** A soundtrack album. */
  @JsonProperty("soundtrack") SOUNDTRACK,
  /** A single recording or composition. */
  @JsonProperty("song") SONG,
  /** A book. */
  @JsonProperty("book") BOOK,
  /** A play or stage work. */
  @JsonProperty("stage-work") STAGE_WORK,
  /** A radio or television programme. */
  @JsonProperty("broadcast") BROADCAST,
  /** Anything else. */
  @JsonProperty("other") OTHER;

  /** Reads the JSON name exactly; anything else, however close, is refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static WorkKind fromJson(String name) {
    return JsonNames.lookup(WorkKind.class, name);
  }
}
