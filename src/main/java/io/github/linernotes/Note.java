package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A statement about a record, in the catalogue's own words, optionally attributed to the person whose
 * view it is and backed by citations (by citation id). Background, claims and opinions are notes.
 */
@Value.Immutable
@JsonDeserialize(builder = Note.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Note.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"text", "attributedTo", "citations"})
public abstract class Note {

  Note() {}

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
    Rules v = Rules.of("Note");
    v.text("text", text());
    v.optionalName("attributedTo", attributedTo());
    v.idList("citations", citations());
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code Note} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code Note}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code text} (line breaks and tabs allowed). Citation ids must be ids, none twice.
   */
  public static final class Builder extends ImmutableNote.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code text}, checked like a built value.
   *
   * @param value the new {@code text}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Note withText(String value);

  /**
   * Returns a copy with another {@code attributedTo}, checked like a built value.
   *
   * @param value the new {@code attributedTo}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Note withAttributedTo(String value);

  /**
   * Returns a copy with another {@code attributedTo}, checked like a built value.
   *
   * @param optional the new {@code attributedTo}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Note withAttributedTo(Optional<String> optional);

  /**
   * Returns a copy with another {@code citations}, checked like a built value.
   *
   * @param elements the new {@code citations}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Note withCitations(String... elements);

  /**
   * Returns a copy with another {@code citations}, checked like a built value.
   *
   * @param elements the new {@code citations}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Note withCitations(Iterable<String> elements);
}
