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
 * An album as a work: its title and artist credit, what kind of album it is, its recording sessions and
 * its releases, its credits, reviews, the citations behind its facts, notes, related works and its place
 * in the artist's chronology.
 *
 * <p>Built with {@code Album.builder()}; {@code build()} throws one {@link ValidationException} listing
 * every broken rule, including every reference (track to session, credit to track position, review,
 * note, award and release to citation) that does not resolve inside the album.
 */
@Value.Immutable
@JsonSerialize(as = Album.class)
@JsonDeserialize(builder = Album.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = Album.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Album.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"title", "artists", "kinds", "genres", "styles", "firstReleased", "sessions", "releases",
    "credits", "reviews", "citations", "sources", "notes", "relatedWorks", "chronology", "ids"})
abstract class AbstractAlbum {

  /**
   * The album's title exactly as published, accents and apostrophes included; required.
   *
   * @return the title
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String title() {
    return "";
  }

  /**
   * The artist credit: one or more credited names in order, each with its join phrase; required.
   *
   * @return the credited names, never empty in a built album
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<ArtistCredit> artists();

  /**
   * What kind of album it is; no duplicates.
   *
   * @return the kinds, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<AlbumKind> kinds();

  /**
   * Broad genres, such as {@code jazz}; no duplicates.
   *
   * @return the genres, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<String> genres();

  /**
   * Narrower styles, such as {@code cool jazz}; no duplicates.
   *
   * @return the styles, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<String> styles();

  /**
   * When the album was first released anywhere, possibly only a year.
   *
   * @return the date, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<PartialDate> firstReleased();

  /**
   * The recording sessions; ids are unique.
   *
   * @return the sessions, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Session> sessions();

  /**
   * The releases; ids are unique.
   *
   * @return the releases, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Release> releases();

  /**
   * Credits for the album as a whole (composer of every piece, producer, people without whom it would
   * not exist).
   *
   * @return the credits, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Personnel> credits();

  /**
   * Critics' reviews.
   *
   * @return the reviews, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Review> reviews();

  /**
   * The sources behind the album's facts; ids are unique.
   *
   * @return the citations, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Citation> citations();

  /**
   * The ids of citations that document the album as a whole, rather than one statement, release or
   * review; each must resolve.
   *
   * @return the citation ids, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<String> sources();

  /**
   * Notes about the album: background, claims and opinions, backed by citations.
   *
   * @return the notes, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Note> notes();

  /**
   * Other works connected with the album.
   *
   * @return the related works, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<RelatedWork> relatedWorks();

  /**
   * The album's place in the artist's chronology.
   *
   * @return the chronology, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<Chronology> chronology();

  /**
   * The album's identifiers in outside databases (MusicBrainz release group, Discogs master, Wikidata).
   *
   * @return the identifiers, if any are known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<ExternalIds> ids();

  /**
   * Returns the artist credit as one line of text: each name followed by its join phrase.
   *
   * @return the credit, such as {@code Miles Davis}
   */
  public String artistCredit() {
    StringBuilder sb = new StringBuilder();
    for (ArtistCredit credit : artists()) {
      sb.append(credit.name()).append(credit.joinPhrase().orElse(""));
    }
    return sb.toString();
  }

  /**
   * Finds a citation by its id.
   *
   * @param id the citation id
   * @return the citation, if the album has one with that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Citation> citation(String id) {
    java.util.Objects.requireNonNull(id, "id");
    return citations().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Finds a session by its id.
   *
   * @param id the session id
   * @return the session, if the album has one with that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Session> session(String id) {
    java.util.Objects.requireNonNull(id, "id");
    return sessions().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Finds a release by its id.
   *
   * @param id the release id
   * @return the release, if the album has one with that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Release> release(String id) {
    java.util.Objects.requireNonNull(id, "id");
    return releases().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  @Value.Check
  final void check() {
    Validation.check(this);
  }
}
