package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A label that issued a release, with the catalogue number it gave the release. */
@Value.Immutable
@JsonDeserialize(builder = LabelInfo.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = LabelInfo.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "catalogueNumber", "ids"})
public abstract class LabelInfo {

  LabelInfo() {}

  /**
   * The label's name, such as {@code Fontana}; required, never blank.
   *
   * @return the name
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String name() {
    return "";
  }

  /**
   * The catalogue number exactly as printed, such as {@code CL 1268}; free text, never blank.
   *
   * @return the catalogue number, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> catalogueNumber();

  /**
   * The label's identifiers in outside databases.
   *
   * @return the identifiers, if any are known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<ExternalIds> ids();

  @Value.Check
  final void check() {
    Rules v = Rules.of("LabelInfo");
    v.name("name", name());
    v.optionalName("catalogueNumber", catalogueNumber());
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code LabelInfo} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code LabelInfo}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code name}.
   */
  public static final class Builder extends ImmutableLabelInfo.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code name}, checked like a built value.
   *
   * @param value the new {@code name}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract LabelInfo withName(String value);

  /**
   * Returns a copy with another {@code catalogueNumber}, checked like a built value.
   *
   * @param value the new {@code catalogueNumber}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract LabelInfo withCatalogueNumber(String value);

  /**
   * Returns a copy with another {@code catalogueNumber}, checked like a built value.
   *
   * @param optional the new {@code catalogueNumber}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract LabelInfo withCatalogueNumber(Optional<String> optional);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param value the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract LabelInfo withIds(ExternalIds value);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param optional the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract LabelInfo withIds(Optional<? extends ExternalIds> optional);
}
