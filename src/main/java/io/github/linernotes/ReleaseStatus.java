package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.linernotes.internal.JsonNames;

/** Whether and how a release was issued, after MusicBrainz's release statuses. */
public enum ReleaseStatus {
  /** Issued by the artist or the label. */
  @JsonProperty("official") OFFICIAL,
  /** Given away for promotion (radio, press). */
  @JsonProperty("promotion") PROMOTION,
  /** Issued without the consent of the artist or label. */
  @JsonProperty("bootleg") BOOTLEG,
  /** Not a release of its own: a transliterated or translated listing of another release. */
  @JsonProperty("pseudo-release") PSEUDO_RELEASE,
  /** Issued, then taken back by the artist or the label. */
  @JsonProperty("withdrawn") WITHDRAWN,
  /** Issued, then struck from the artist's or label's history as if it had never been. */
  @JsonProperty("expunged") EXPUNGED,
  /** Planned but never issued. */
  @JsonProperty("cancelled") CANCELLED;

  /** Reads the JSON name exactly; anything else, however close, is refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static ReleaseStatus fromJson(String name) {
    return JsonNames.lookup(ReleaseStatus.class, name);
  }
}
