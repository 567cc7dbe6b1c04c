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
 * One source behind the album's facts, with the fields of a CSL-JSON item. Reviews, notes, awards,
 * related works and releases refer to it by its {@link #id()}.
 *
 * <p>A source's date has three states: {@link #issued()} absent means the date was not recorded; a
 * {@link PublicationDate#noDate()} means the source itself has none (cited as "n.d.").
 */
@Value.Immutable
@JsonSerialize(as = Citation.class)
@JsonDeserialize(builder = Citation.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = Citation.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Citation.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "kind", "authors", "title", "containerTitle", "publisher", "publisherPlace",
    "issued", "accessed", "volume", "issue", "pages", "isbn", "issn", "url", "archiveUrl", "archived", "note"})
abstract class AbstractCitation {

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
    Validation.check(this);
  }
}
