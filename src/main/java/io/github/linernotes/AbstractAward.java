package io.github.linernotes;

import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** An award or nomination that a release received. */
@Value.Immutable
@JsonSerialize(as = Award.class)
@JsonDeserialize(builder = Award.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = Award.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Award.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "category", "date", "outcome", "citations"})
abstract class AbstractAward {

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
    Validation.check(this);
  }
}
