package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a release was official, after MusicBrainz's release status. */
public enum ReleaseStatus {
  /** Issued by the artist or the label. */
  @JsonProperty("official") OFFICIAL,
  /** Given away for promotion (radio, press). */
  @JsonProperty("promotional") PROMOTIONAL,
  /** Issued without the consent of the artist or label. */
  @JsonProperty("bootleg") BOOTLEG,
  /** Planned but never issued. */
  @JsonProperty("withdrawn") WITHDRAWN;

  /** Reads the JSON name exactly; anything else, however close, is refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static ReleaseStatus fromJson(String name) {
    return JsonNames.lookup(ReleaseStatus.class, name);
  }
}
