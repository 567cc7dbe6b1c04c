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

/**
 * Another work connected with the album: the film its music was made for, a record that may have
 * inspired it, a later album it foreshadows.
 */
@Value.Immutable
@JsonDeserialize(builder = RelatedWork.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = RelatedWork.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"relation", "kind", "title", "creator", "creatorRole", "date", "ids", "note", "citations"})
public abstract class RelatedWork {

  RelatedWork() {}

  /**
   * How the work relates to the album; {@link WorkRelation#OTHER} unless set.
   *
   * @return the relation
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public WorkRelation relation() {
    return WorkRelation.OTHER;
  }

  /**
   * What kind of work it is; {@link WorkKind#OTHER} unless set.
   *
   * @return the kind
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public WorkKind kind() {
    return WorkKind.OTHER;
  }

  /**
   * The work's title; required, never blank.
   *
   * @return the title
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String title() {
    return "";
  }

  /**
   * The work's main creator: a film's director, an album's artist.
   *
   * @return the creator, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> creator();

  /**
   * The creator's part, such as {@link CreditRole#DIRECTOR}; only together with a creator.
   *
   * @return the role, if stated
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<CreditRole> creatorRole();

  /**
   * When the work appeared.
   *
   * @return the date, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<PartialDate> date();

  /**
   * The work's identifiers in outside databases.
   *
   * @return the identifiers, if any are known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<ExternalIds> ids();

  /**
   * More about the relation, in the catalogue's words.
   *
   * @return the note, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> note();

  /**
   * The ids of citations that back the relation; each must resolve.
   *
   * @return the citation ids, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<String> citations();

  @Value.Check
  final void check() {
    Rules v = Rules.of("RelatedWork");
    v.name("title", title());
    v.optionalName("creator", creator());
    if (creatorRole().isPresent() && creator().isEmpty()) {
      v.add("creatorRole", Rule.CONFLICTING_VALUES, "a creator role needs a creator");
    }
    v.optionalText("note", note());
    v.idList("citations", citations());
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code RelatedWork} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code RelatedWork}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code title}. A creator role needs a creator.
   */
  public static final class Builder extends ImmutableRelatedWork.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code relation}, checked like a built value.
   *
   * @param value the new {@code relation}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract RelatedWork withRelation(WorkRelation value);

  /**
   * Returns a copy with another {@code kind}, checked like a built value.
   *
   * @param value the new {@code kind}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract RelatedWork withKind(WorkKind value);

  /**
   * Returns a copy with another {@code title}, checked like a built value.
   *
   * @param value the new {@code title}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract RelatedWork withTitle(String value);

  /**
   * Returns a copy with another {@code creator}, checked like a built value.
   *
   * @param value the new {@code creator}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract RelatedWork withCreator(String value);

  /**
   * Returns a copy with another {@code creator}, checked like a built value.
   *
   * @param optional the new {@code creator}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract RelatedWork withCreator(Optional<String> optional);

  /**
   * Returns a copy with another {@code creatorRole}, checked like a built value.
   *
   * @param value the new {@code creatorRole}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract RelatedWork withCreatorRole(CreditRole value);

  /**
   * Returns a copy with another {@code creatorRole}, checked like a built value.
   *
   * @param optional the new {@code creatorRole}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract RelatedWork withCreatorRole(Optional<? extends CreditRole> optional);

  /**
   * Returns a copy with another {@code date}, checked like a built value.
   *
   * @param value the new {@code date}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract RelatedWork withDate(PartialDate value);

  /**
   * Returns a copy with another {@code date}, checked like a built value.
   *
   * @param optional the new {@code date}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract RelatedWork withDate(Optional<? extends PartialDate> optional);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param value the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract RelatedWork withIds(ExternalIds value);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param optional the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract RelatedWork withIds(Optional<? extends ExternalIds> optional);

  /**
   * Returns a copy with another {@code note}, checked like a built value.
   *
   * @param value the new {@code note}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract RelatedWork withNote(String value);

  /**
   * Returns a copy with another {@code note}, checked like a built value.
   *
   * @param optional the new {@code note}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract RelatedWork withNote(Optional<String> optional);

  /**
   * Returns a copy with another {@code citations}, checked like a built value.
   *
   * @param elements the new {@code citations}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract RelatedWork withCitations(String... elements);

  /**
   * Returns a copy with another {@code citations}, checked like a built value.
   *
   * @param elements the new {@code citations}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract RelatedWork withCitations(Iterable<String> elements);
}
