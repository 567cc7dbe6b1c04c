package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A code printed on or given to a release other than its barcode: an ASIN, a label code, what is
 * scratched in the run-out groove, a mastering SID code. The value is kept exactly as printed, and a
 * description says where it is when a release has several ({@code Side A}, {@code CD1 (Variation 2)}).
 */
@Value.Immutable
@JsonDeserialize(builder = ReleaseIdentifier.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = ReleaseIdentifier.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "value", "description"})
public abstract class ReleaseIdentifier {

  ReleaseIdentifier() {}

  /**
   * What kind of code it is; {@link IdentifierType#OTHER} unless set.
   *
   * @return the type
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public IdentifierType type() {
    return IdentifierType.OTHER;
  }

  /**
   * The code exactly as printed, such as {@code YEX 748-1} or {@code LC 0309}; required, never blank.
   *
   * @return the value
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String value() {
    return "";
  }

  /**
   * Where the code is or what it belongs to, such as {@code Side A} or {@code CD1 (Variation 2)}.
   *
   * @return the description, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> description();

  /**
   * Makes an identifier of a type with a value and no description.
   *
   * @param type the type
   * @param value the code as printed
   * @return the identifier
   * @throws ValidationException if the value is blank or too long
   * @throws NullPointerException if an argument is null
   */
  public static ReleaseIdentifier of(IdentifierType type, String value) {
    return builder().type(type).value(value).build();
  }

  @Value.Check
  final void check() {
    Rules v = Rules.of("ReleaseIdentifier");
    v.name("value", value());
    v.optionalName("description", description());
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code ReleaseIdentifier}: set attributes with the methods named after them, copy an
   * existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code value}. Rejected: a blank or too long value or description, and control characters.
   */
  public static final class Builder extends ImmutableReleaseIdentifier.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code type}, checked like a built value.
   *
   * @param value the new {@code type}
   * @return the copy, or this value when nothing changes
   */
  public abstract ReleaseIdentifier withType(IdentifierType value);

  /**
   * Returns a copy with another {@code value}, checked like a built value.
   *
   * @param value the new {@code value}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ReleaseIdentifier withValue(String value);

  /**
   * Returns a copy with another {@code description}, checked like a built value.
   *
   * @param value the new {@code description}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ReleaseIdentifier withDescription(String value);

  /**
   * Returns a copy with another {@code description}, checked like a built value.
   *
   * @param optional the new {@code description}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract ReleaseIdentifier withDescription(Optional<String> optional);
}
