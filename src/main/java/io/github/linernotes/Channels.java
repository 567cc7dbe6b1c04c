package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.linernotes.internal.JsonNames;

/** How many channels a medium's sound has, as sleeves and databases state it. */
public enum Channels {
  /** One channel. */
  @JsonProperty("mono") MONO,
  /** Two channels. */
  @JsonProperty("stereo") STEREO,
  /** Four channels, as on quadraphonic records. */
  @JsonProperty("quadraphonic") QUADRAPHONIC,
  /** More than two channels around the listener: 5.1, 7.1 and the like. */
  @JsonProperty("surround") SURROUND;

  /** Reads the JSON name exactly; anything else, however close, is refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static Channels fromJson(String name) {
    return JsonNames.lookup(Channels.class, name);
  }
}
