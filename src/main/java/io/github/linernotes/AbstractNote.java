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
 * A statement about a record, in the catalogue's own words, optionally attributed to the person whose
 * view it is and backed by citations (by citation id). Background, claims and opinions are notes.
 */
@Value.Immutable
@JsonSerialize(as = Note.class)
@JsonDeserialize(builder = Note.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = Note.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Note.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"text", "attributedTo", "citations"})
abstract class AbstractNote {

  /**
   * The statement; required, never blank.
   *
   * @return the text
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String text() {
    return "";
  }

  /**
   * Whose view the statement is, when it is an opinion rather than an established fact.
   *
   * @return the person, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> attributedTo();

  /**
   * The ids of the album's citations that back the statement; each must resolve.
   *
   * @return the citation ids, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<String> citations();

  /**
   * Makes a note with no attribution and no citations.
   *
   * @param text the statement
   * @return the note
   * @throws ValidationException if the text is blank
   */
  public static Note of(String text) {
    return Note.builder().text(text).build();
  }

  @Value.Check
  final void check() {
    Validation.check(this);
  }
}
