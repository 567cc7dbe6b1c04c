package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Where a session was recorded: a studio, club or hall, with its city and country. At least a name or a
 * city is given.
 */
@Value.Immutable
@JsonDeserialize(builder = Venue.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Venue.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "city", "country"})
public abstract class Venue {

  Venue() {}

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
    Rules v = Rules.of("Venue");
    if (name().isEmpty() && city().isEmpty()) {
      v.add("", Rule.REQUIRED, "a venue needs a name, a city or both");
    }
    v.optionalName("name", name());
    v.optionalName("city", city());
    country().ifPresent(c -> {
      if (!Rules.COUNTRIES.contains(c)) {
        v.add("country", Rule.INVALID_CODE, "\"" + c + "\" is not an ISO 3166-1 alpha-2 country code");
      }
    });
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code Venue} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code Venue}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: a name, a city or both; the country is an ISO 3166-1 alpha-2 code.
   */
  public static final class Builder extends ImmutableVenue.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code name}, checked like a built value.
   *
   * @param value the new {@code name}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Venue withName(String value);

  /**
   * Returns a copy with another {@code name}, checked like a built value.
   *
   * @param optional the new {@code name}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Venue withName(Optional<String> optional);

  /**
   * Returns a copy with another {@code city}, checked like a built value.
   *
   * @param value the new {@code city}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Venue withCity(String value);

  /**
   * Returns a copy with another {@code city}, checked like a built value.
   *
   * @param optional the new {@code city}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Venue withCity(Optional<String> optional);

  /**
   * Returns a copy with another {@code country}, checked like a built value.
   *
   * @param value the new {@code country}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Venue withCountry(String value);

  /**
   * Returns a copy with another {@code country}, checked like a built value.
   *
   * @param optional the new {@code country}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Venue withCountry(Optional<String> optional);
}
