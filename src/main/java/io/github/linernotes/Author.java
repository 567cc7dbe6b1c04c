package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An author of a cited source, split as CSL splits names: family name and given names. An organisation
 * as author goes in {@link #family()} alone.
 */
@Value.Immutable
@JsonDeserialize(builder = Author.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Author.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"family", "given"})
public abstract class Author {

  Author() {}

  /**
   * The family name, or an organisation's full name; required, never blank.
   *
   * @return the family name
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String family() {
    return "";
  }

  /**
   * The given names and initials, such as {@code Michael G.}.
   *
   * @return the given names, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> given();

  /**
   * Makes an author from a family name and given names.
   *
   * @param family the family name
   * @param given the given names
   * @return the author
   * @throws ValidationException if either is blank
   */
  public static Author of(String family, String given) {
    return Author.builder().family(family).given(given).build();
  }

  /**
   * Makes an author known only by family name (or an organisation).
   *
   * @param family the family name
   * @return the author
   * @throws ValidationException if it is blank
   */
  public static Author of(String family) {
    return Author.builder().family(family).build();
  }

  @Value.Check
  final void check() {
    Rules v = Rules.of("Author");
    v.name("family", family());
    v.optionalName("given", given());
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code Author} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code Author}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code family}.
   */
  public static final class Builder extends ImmutableAuthor.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code family}, checked like a built value.
   *
   * @param value the new {@code family}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Author withFamily(String value);

  /**
   * Returns a copy with another {@code given}, checked like a built value.
   *
   * @param value the new {@code given}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Author withGiven(String value);

  /**
   * Returns a copy with another {@code given}, checked like a built value.
   *
   * @param optional the new {@code given}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Author withGiven(Optional<String> optional);
}
