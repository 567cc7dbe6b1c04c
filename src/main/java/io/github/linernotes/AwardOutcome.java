package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.linernotes.internal.JsonNames;

/** Whether an award was won or only a nomination. */
public enum AwardOutcome {
  /** Nominated, did not win (or the outcome is not known beyond the nomination). */
  @JsonProperty("nominated") NOMINATED,
  /** Won. */
  @JsonProperty("won") WON;

  /** Reads the JSON name exactly; anything else, however close, is refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static AwardOutcome fromJson(String name) {
    return JsonNames.lookup(AwardOutcome.class, name);
  }
}
