package io.github.linernotes;

import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where a session was recorded: a studio, club or hall, with its city and country. At least a name or a
 * city is given.
 */
@Value.Immutable
@JsonSerialize(as = Venue.class)
@JsonDeserialize(builder = Venue.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = Venue.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Venue.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "city", "country"})
abstract class AbstractVenue {

  /**
   * The venue's name, such as {@code Le Poste Parisien}. A venue known only by its city has none, but
   * a venue needs a name or a city.
   *
   * @return the name, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> name();

  /**
   * The city.
   *
   * @return the city, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> city();

  /**
   * The country as an ISO 3166-1 alpha-2 code in capitals, such as {@code FR}; other text is rejected.
   *
   * @return the country code, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> country();

  @Value.Check
  final void check() {
    Validation.check(this);
  }
}
