package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.linernotes.id.Isbn;
import io.github.linernotes.id.Issn;
import io.github.linernotes.id.WebAddress;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.PublicationDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One source behind the album's facts, with the fields of a CSL-JSON item. Reviews, notes, awards,
 * related works and releases refer to it by its {@link #id()}.
 *
 * <p>A source's date has three states: {@link #issued()} absent means the date was not recorded; a
 * {@link PublicationDate#noDate()} means the source itself has none (cited as "n.d.").
 */
@Value.Immutable
@JsonDeserialize(builder = Citation.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Citation.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "kind", "authors", "title", "containerTitle", "publisher", "publisherPlace",
    "issued", "accessed", "volume", "issue", "pages", "isbn", "issn", "url", "archiveUrl", "archived", "note"})
public abstract class Citation {

  Citation() {}

  /**
   * The citation's local id, unique within the album, made of letters, digits, {@code -}, {@code _}
   * and {@code .}; required.
   *
   * @return the id
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String id() {
    return "";
  }

  /**
   * What kind of source it is; {@link CitationKind#OTHER} unless set.
   *
   * @return the kind
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public CitationKind kind() {
    return CitationKind.OTHER;
  }

  /**
   * The authors in the order credited.
   *
   * @return the authors, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Author> authors();

  /**
   * The title of the article, page, entry or book.
   *
   * @return the title, if any (a short-form reference such as "Dimery 2010, p. 34" has none)
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> title();

  /**
   * The title of the journal, newspaper, magazine, website or database that holds the item.
   *
   * @return the container title, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> containerTitle();

  /**
   * The publisher.
   *
   * @return the publisher, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> publisher();

  /**
   * Where the publisher is, such as {@code Milan}.
   *
   * @return the place, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> publisherPlace();

  /**
   * When the source was issued: a vague or exact date, or explicitly "n.d."; absent when not recorded.
   *
   * @return the issue date, if recorded
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<PublicationDate> issued();

  /**
   * When an online source was read.
   *
   * @return the access date, if recorded
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<PartialDate> accessed();

  /**
   * The volume of a journal or a multi-volume book.
   *
   * @return the volume, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> volume();

  /**
   * The issue number of a journal or magazine.
   *
   * @return the issue, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> issue();

  /**
   * The page or page range cited, such as {@code 34} or {@code 133–136}.
   *
   * @return the pages, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> pages();

  /**
   * The book's ISBN.
   *
   * @return the ISBN, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<Isbn> isbn();

  /**
   * The serial's ISSN.
   *
   * @return the ISSN, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<Issn> issn();

  /**
   * Where the source can be read online.
   *
   * @return the address, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<WebAddress> url();

  /**
   * Where an archived copy can be read.
   *
   * @return the archive address, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<WebAddress> archiveUrl();

  /**
   * When the source was archived; may be known without the archive's address.
   *
   * @return the archive date, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<PartialDate> archived();

  /**
   * Anything else about the source.
   *
   * @return the note, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> note();

  @Value.Check
  final void check() {
    Rules v = Rules.of("Citation");
    v.id("id", id());
    v.optionalName("title", title());
    v.optionalName("containerTitle", containerTitle());
    v.optionalName("publisher", publisher());
    v.optionalName("publisherPlace", publisherPlace());
    v.optionalName("volume", volume());
    v.optionalName("issue", issue());
    v.optionalName("pages", pages());
    v.optionalText("note", note());
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code Citation} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code Citation}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code id}. Rejected: blank or too long texts.
   */
  public static final class Builder extends ImmutableCitation.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code id}, checked like a built value.
   *
   * @param value the new {@code id}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withId(String value);

  /**
   * Returns a copy with another {@code kind}, checked like a built value.
   *
   * @param value the new {@code kind}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withKind(CitationKind value);

  /**
   * Returns a copy with another {@code authors}, checked like a built value.
   *
   * @param elements the new {@code authors}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withAuthors(Author... elements);

  /**
   * Returns a copy with another {@code authors}, checked like a built value.
   *
   * @param elements the new {@code authors}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withAuthors(Iterable<? extends Author> elements);

  /**
   * Returns a copy with another {@code title}, checked like a built value.
   *
   * @param value the new {@code title}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withTitle(String value);

  /**
   * Returns a copy with another {@code title}, checked like a built value.
   *
   * @param optional the new {@code title}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withTitle(Optional<String> optional);

  /**
   * Returns a copy with another {@code containerTitle}, checked like a built value.
   *
   * @param value the new {@code containerTitle}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withContainerTitle(String value);

  /**
   * Returns a copy with another {@code containerTitle}, checked like a built value.
   *
   * @param optional the new {@code containerTitle}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withContainerTitle(Optional<String> optional);

  /**
   * Returns a copy with another {@code publisher}, checked like a built value.
   *
   * @param value the new {@code publisher}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withPublisher(String value);

  /**
   * Returns a copy with another {@code publisher}, checked like a built value.
   *
   * @param optional the new {@code publisher}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withPublisher(Optional<String> optional);

  /**
   * Returns a copy with another {@code publisherPlace}, checked like a built value.
   *
   * @param value the new {@code publisherPlace}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withPublisherPlace(String value);

  /**
   * Returns a copy with another {@code publisherPlace}, checked like a built value.
   *
   * @param optional the new {@code publisherPlace}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withPublisherPlace(Optional<String> optional);

  /**
   * Returns a copy with another {@code issued}, checked like a built value.
   *
   * @param value the new {@code issued}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withIssued(PublicationDate value);

  /**
   * Returns a copy with another {@code issued}, checked like a built value.
   *
   * @param optional the new {@code issued}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withIssued(Optional<? extends PublicationDate> optional);

  /**
   * Returns a copy with another {@code accessed}, checked like a built value.
   *
   * @param value the new {@code accessed}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withAccessed(PartialDate value);

  /**
   * Returns a copy with another {@code accessed}, checked like a built value.
   *
   * @param optional the new {@code accessed}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withAccessed(Optional<? extends PartialDate> optional);

  /**
   * Returns a copy with another {@code volume}, checked like a built value.
   *
   * @param value the new {@code volume}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withVolume(String value);

  /**
   * Returns a copy with another {@code volume}, checked like a built value.
   *
   * @param optional the new {@code volume}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withVolume(Optional<String> optional);

  /**
   * Returns a copy with another {@code issue}, checked like a built value.
   *
   * @param value the new {@code issue}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withIssue(String value);

  /**
   * Returns a copy with another {@code issue}, checked like a built value.
   *
   * @param optional the new {@code issue}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withIssue(Optional<String> optional);

  /**
   * Returns a copy with another {@code pages}, checked like a built value.
   *
   * @param value the new {@code pages}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withPages(String value);

  /**
   * Returns a copy with another {@code pages}, checked like a built value.
   *
   * @param optional the new {@code pages}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withPages(Optional<String> optional);

  /**
   * Returns a copy with another {@code isbn}, checked like a built value.
   *
   * @param value the new {@code isbn}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withIsbn(Isbn value);

  /**
   * Returns a copy with another {@code isbn}, checked like a built value.
   *
   * @param optional the new {@code isbn}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withIsbn(Optional<? extends Isbn> optional);

  /**
   * Returns a copy with another {@code issn}, checked like a built value.
   *
   * @param value the new {@code issn}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withIssn(Issn value);

  /**
   * Returns a copy with another {@code issn}, checked like a built value.
   *
   * @param optional the new {@code issn}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withIssn(Optional<? extends Issn> optional);

  /**
   * Returns a copy with another {@code url}, checked like a built value.
   *
   * @param value the new {@code url}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withUrl(WebAddress value);

  /**
   * Returns a copy with another {@code url}, checked like a built value.
   *
   * @param optional the new {@code url}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withUrl(Optional<? extends WebAddress> optional);

  /**
   * Returns a copy with another {@code archiveUrl}, checked like a built value.
   *
   * @param value the new {@code archiveUrl}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withArchiveUrl(WebAddress value);

  /**
   * Returns a copy with another {@code archiveUrl}, checked like a built value.
   *
   * @param optional the new {@code archiveUrl}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withArchiveUrl(Optional<? extends WebAddress> optional);

  /**
   * Returns a copy with another {@code archived}, checked like a built value.
   *
   * @param value the new {@code archived}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withArchived(PartialDate value);

  /**
   * Returns a copy with another {@code archived}, checked like a built value.
   *
   * @param optional the new {@code archived}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withArchived(Optional<? extends PartialDate> optional);

  /**
   * Returns a copy with another {@code note}, checked like a built value.
   *
   * @param value the new {@code note}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withNote(String value);

  /**
   * Returns a copy with another {@code note}, checked like a built value.
   *
   * @param optional the new {@code note}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Citation withNote(Optional<String> optional);
}
