package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.linernotes.value.PartialDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** An award or nomination that a release received. */
@Value.Immutable
@JsonDeserialize(builder = Award.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Award.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "category", "date", "outcome", "citations"})
public abstract class Award {

  Award() {}

  /**
   * The award, such as {@code Grammy Award}; required, never blank.
   *
   * @return the name
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String name() {
    return "";
  }

  /**
   * The category, such as {@code Best Jazz Performance, Solo or Small Group}.
   *
   * @return the category, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> category();

  /**
   * When it was awarded, usually the year of the ceremony.
   *
   * @return the date, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<PartialDate> date();

  /**
   * Whether it was won or only a nomination; {@link AwardOutcome#NOMINATED} unless set.
   *
   * @return the outcome
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public AwardOutcome outcome() {
    return AwardOutcome.NOMINATED;
  }

  /**
   * The ids of citations that back the award; each must resolve.
   *
   * @return the citation ids, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<String> citations();

  @Value.Check
  final void check() {
    Rules v = Rules.of("Award");
    v.name("name", name());
    v.optionalName("category", category());
    v.idList("citations", citations());
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code Award} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code Award}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code name}.
   */
  public static final class Builder extends ImmutableAward.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code name}, checked like a built value.
   *
   * @param value the new {@code name}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Award withName(String value);

  /**
   * Returns a copy with another {@code category}, checked like a built value.
   *
   * @param value the new {@code category}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Award withCategory(String value);

  /**
   * Returns a copy with another {@code category}, checked like a built value.
   *
   * @param optional the new {@code category}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Award withCategory(Optional<String> optional);

  /**
   * Returns a copy with another {@code date}, checked like a built value.
   *
   * @param value the new {@code date}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Award withDate(PartialDate value);

  /**
   * Returns a copy with another {@code date}, checked like a built value.
   *
   * @param optional the new {@code date}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Award withDate(Optional<? extends PartialDate> optional);

  /**
   * Returns a copy with another {@code outcome}, checked like a built value.
   *
   * @param value the new {@code outcome}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Award withOutcome(AwardOutcome value);

  /**
   * Returns a copy with another {@code citations}, checked like a built value.
   *
   * @param elements the new {@code citations}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Award withCitations(String... elements);

  /**
   * Returns a copy with another {@code citations}, checked like a built value.
   *
   * @param elements the new {@code citations}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Award withCitations(Iterable<String> elements);
}
