package io.github.linernotes;

import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A label that issued a release, with the catalogue number it gave the release. */
@Value.Immutable
@JsonSerialize(as = LabelInfo.class)
@JsonDeserialize(builder = LabelInfo.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = LabelInfo.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = LabelInfo.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "catalogueNumber", "ids"})
abstract class AbstractLabelInfo {

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
    Validation.check(this);
  }
}
