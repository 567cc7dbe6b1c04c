package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.linernotes.internal.JsonNames;

/** What kind of source a citation points to; the JSON names are CSL item types where CSL has one. */
public enum CitationKind {
  /** An article in an academic journal ({@code article-journal}). */
  @JsonProperty("article-journal") JOURNAL_ARTICLE,
  /** An article in a magazine ({@code article-magazine}). */
  @JsonProperty("article-magazine") MAGAZINE_ARTICLE,
  /** An article in a newspaper ({@code article-newspaper}). */
  @JsonProperty("article-newspaper") NEWSPAPER_ARTICLE,
  /** A book ({@code book}). */
  @JsonProperty("book") BOOK,
  /** A chapter of a book ({@code chapter}). */
  @JsonProperty("chapter") CHAPTER,
  /** A web page ({@code webpage}). */
  @JsonProperty("webpage") WEB_PAGE,
  /** An entry in a database such as Discogs or MusicBrainz ({@code dataset} in CSL terms). */
  @JsonProperty("database-entry") DATABASE_ENTRY,
  /** Liner notes or other text printed with a release. */
  @JsonProperty("liner-notes") LINER_NOTES,
  /** Anything else. */
  @JsonProperty("other") OTHER;

  /** Reads the JSON name exactly; anything else, however close, is refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static CitationKind fromJson(String name) {
    return JsonNames.lookup(CitationKind.class, name);
  }
}
