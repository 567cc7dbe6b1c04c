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
 * A company credited on a release, other than the label that issued it: who pressed or distributed it,
 * who holds the ℗ and © lines and since when, the studios it was recorded, mixed and mastered at. The
 * role has a known meaning ({@link CompanyRole}) and keeps the words as credited beside it, so that a
 * role the list does not know is kept rather than refused.
 */
@Value.Immutable
@JsonDeserialize(builder = CompanyCredit.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = CompanyCredit.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"role", "creditedRole", "name", "catalogueNumber", "date", "ids"})
public abstract class CompanyCredit {

  CompanyCredit() {}

  /**
   * What the company did; {@link CompanyRole#OTHER} unless set.
   *
   * @return the role
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public CompanyRole role() {
    return CompanyRole.OTHER;
  }

  /**
   * The role exactly as credited, such as {@code Phonographic Copyright (p)} or {@code Record Company}.
   *
   * @return the role as credited, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> creditedRole();

  /**
   * The company's name as credited; required, never blank.
   *
   * @return the name
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String name() {
    return "";
  }

  /**
   * A catalogue number the company gave the release, as printed.
   *
   * @return the catalogue number, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> catalogueNumber();

  /**
   * The date of the credit, usually the year of a ℗ or © line.
   *
   * @return the date, if stated
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<PartialDate> date();

  /**
   * The company's identifiers in outside databases.
   *
   * @return the identifiers, if any are known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<ExternalIds> ids();

  /**
   * Makes a credit of a role and a company name.
   *
   * @param role the role
   * @param name the company's name
   * @return the credit
   * @throws ValidationException if the name is blank or too long
   * @throws NullPointerException if an argument is null
   */
  public static CompanyCredit of(CompanyRole role, String name) {
    return builder().role(role).name(name).build();
  }

  @Value.Check
  final void check() {
    Rules v = Rules.of("CompanyCredit");
    v.optionalName("creditedRole", creditedRole());
    v.name("name", name());
    v.optionalName("catalogueNumber", catalogueNumber());
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
   * Builds one {@code CompanyCredit}: set attributes with the methods named after them, copy an existing
   * value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code name}. Rejected: blank or too long texts and control characters.
   */
  public static final class Builder extends ImmutableCompanyCredit.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code role}.
   *
   * @param value the new {@code role}
   * @return the copy, or this value when nothing changes
   */
  public abstract CompanyCredit withRole(CompanyRole value);

  /**
   * Returns a copy with another {@code creditedRole}, checked like a built value.
   *
   * @param value the new {@code creditedRole}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract CompanyCredit withCreditedRole(String value);

  /**
   * Returns a copy with another {@code creditedRole}, checked like a built value.
   *
   * @param optional the new {@code creditedRole}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract CompanyCredit withCreditedRole(Optional<String> optional);

  /**
   * Returns a copy with another {@code name}, checked like a built value.
   *
   * @param value the new {@code name}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract CompanyCredit withName(String value);

  /**
   * Returns a copy with another {@code catalogueNumber}, checked like a built value.
   *
   * @param value the new {@code catalogueNumber}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract CompanyCredit withCatalogueNumber(String value);

  /**
   * Returns a copy with another {@code catalogueNumber}, checked like a built value.
   *
   * @param optional the new {@code catalogueNumber}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract CompanyCredit withCatalogueNumber(Optional<String> optional);

  /**
   * Returns a copy with another {@code date}.
   *
   * @param value the new {@code date}
   * @return the copy, or this value when nothing changes
   */
  public abstract CompanyCredit withDate(PartialDate value);

  /**
   * Returns a copy with another {@code date}.
   *
   * @param optional the new {@code date}
   * @return the copy, or this value when nothing changes
   */
  public abstract CompanyCredit withDate(Optional<? extends PartialDate> optional);

  /**
   * Returns a copy with other {@code ids}.
   *
   * @param value the new {@code ids}
   * @return the copy, or this value when nothing changes
   */
  public abstract CompanyCredit withIds(ExternalIds value);

  /**
   * Returns a copy with other {@code ids}.
   *
   * @param optional the new {@code ids}
   * @return the copy, or this value when nothing changes
   */
  public abstract CompanyCredit withIds(Optional<? extends ExternalIds> optional);
}
