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

/**
 * Another work connected with the album: the film its music was made for, a record that may have
 * inspired it, a later album it foreshadows.
 */
@Value.Immutable
@JsonSerialize(as = RelatedWork.class)
@JsonDeserialize(builder = RelatedWork.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = RelatedWork.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = RelatedWork.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"relation", "kind", "title", "creator", "creatorRole", "date", "ids", "note", "citations"})
abstract class AbstractRelatedWork {

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
    Validation.check(this);
  }
}
