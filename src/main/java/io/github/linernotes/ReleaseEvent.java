package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.linernotes.value.PartialDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One date and place where a release was issued, as MusicBrainz's release events. Either may be
 * unknown, but not both. A region without a code is kept by name in {@code areaName}. The date may be vague ({@code 198X}) or unknown (absent); the area is an ISO
 * 3166-1 alpha-2 country code, or {@code XE} for Europe and {@code XW} for the whole world (the
 * codes MusicBrainz uses for those regions).
 */
@Value.Immutable
@JsonDeserialize(builder = ReleaseEvent.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = ReleaseEvent.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"date", "area", "areaName"})
public abstract class ReleaseEvent {

  ReleaseEvent() {}

  /**
   * When the release was issued there.
   *
   * @return the date, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<PartialDate> date();

  /**
   * Where it was issued: a country code such as {@code US}, {@code XE} (Europe) or {@code XW}
   * (worldwide).
   *
   * @return the area code, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> area();

  /**
   * Where it was issued as the source names it, for a region that has no code (such as {@code Australia & New Zealand}); kept as given.
   *
   * @return the name of the area, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> areaName();

  @Value.Check
  final void check() {
    Rules v = Rules.of("ReleaseEvent");
    if (date().isEmpty() && area().isEmpty() && areaName().isEmpty()) {
      v.add("", Rule.REQUIRED, "a release event needs a date, an area or both");
    }
    area().ifPresent(a -> {
      if (!Rules.COUNTRIES.contains(a) && !Rules.REGIONS.contains(a)) {
        v.add("area", Rule.INVALID_CODE,
            "\"" + a + "\" is neither an ISO 3166-1 alpha-2 country code nor XE (Europe) or XW (worldwide)");
      }
    });
    areaName().ifPresent(n -> v.name("areaName", n));
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code ReleaseEvent} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code ReleaseEvent}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: a date, an area (code or name) or both; the area is an ISO 3166-1 alpha-2 code, XE or XW.
   */
  public static final class Builder extends ImmutableReleaseEvent.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code date}, checked like a built value.
   *
   * @param value the new {@code date}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ReleaseEvent withDate(PartialDate value);

  /**
   * Returns a copy with another {@code date}, checked like a built value.
   *
   * @param optional the new {@code date}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ReleaseEvent withDate(Optional<? extends PartialDate> optional);

  /**
   * Returns a copy with another {@code area}, checked like a built value.
   *
   * @param value the new {@code area}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ReleaseEvent withArea(String value);

  /**
   * Returns a copy with another {@code area}, checked like a built value.
   *
   * @param optional the new {@code area}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ReleaseEvent withArea(Optional<String> optional);

  /**
   * Returns a copy with another {@code areaName}, checked like a built value.
   *
   * @param value the new {@code areaName}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ReleaseEvent withAreaName(String value);

  /**
   * Returns a copy with another {@code areaName}, checked like a built value.
   *
   * @param optional the new {@code areaName}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ReleaseEvent withAreaName(Optional<String> optional);
}
