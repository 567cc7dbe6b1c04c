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
 * An album as a work: its title and artist credit, what kind of album it is, its recording sessions and
 * its releases, its credits, reviews, the citations behind its facts, notes, related works and its place
 * in the artist's chronology.
 *
 * <p>Built with {@code Album.builder()}; {@code build()} throws one {@link ValidationException} listing
 * every broken rule, including every reference (track to session, credit to track position, review,
 * note, award and release to citation) that does not resolve inside the album.
 */
@Value.Immutable
@JsonDeserialize(builder = Album.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Album.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"title", "artists", "kinds", "genres", "styles", "firstReleased", "sessions",
    "recordings", "works", "releases", "credits", "reviews", "citations", "sources", "notes", "relatedWorks",
    "chronology", "ids"})
public abstract class Album {

  Album() {}

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
   * The album's recordings: each captured performance once, which the tracks of every release refer to;
   * ids unique.
   *
   * @return the recordings, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Recording> recordings();

  /**
   * The works the album's recordings perform; ids unique.
   *
   * @return the works, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Work> works();

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
    Rules v = Rules.of("Album");
    v.name("title", title());
    if (artists().isEmpty()) {
      v.add("artists", Rule.REQUIRED, "an album needs at least one credited artist");
    }
    v.unique("kinds", kinds());
    v.nameList("genres", genres());
    v.nameList("styles", styles());

    AlbumReferences.resolve(this, v);
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code Album} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code Album}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code title} (not blank) and at least one artist. Rejected: texts that are blank, too long or
   * hold control characters or unpaired surrogates; repeated kinds, genres and styles; two sessions, releases
   * or citations with one id; and every reference inside the album that does not resolve (a track's session,
   * a credit's track positions, a review's, note's, award's, release's or related work's citation).
   */
  public static final class Builder extends ImmutableAlbum.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code title}, checked like a built value.
   *
   * @param value the new {@code title}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withTitle(String value);

  /**
   * Returns a copy with another {@code artists}, checked like a built value.
   *
   * @param elements the new {@code artists}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withArtists(ArtistCredit... elements);

  /**
   * Returns a copy with another {@code artists}, checked like a built value.
   *
   * @param elements the new {@code artists}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withArtists(Iterable<? extends ArtistCredit> elements);

  /**
   * Returns a copy with another {@code kinds}, checked like a built value.
   *
   * @param elements the new {@code kinds}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withKinds(AlbumKind... elements);

  /**
   * Returns a copy with another {@code kinds}, checked like a built value.
   *
   * @param elements the new {@code kinds}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withKinds(Iterable<? extends AlbumKind> elements);

  /**
   * Returns a copy with another {@code genres}, checked like a built value.
   *
   * @param elements the new {@code genres}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withGenres(String... elements);

  /**
   * Returns a copy with another {@code genres}, checked like a built value.
   *
   * @param elements the new {@code genres}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withGenres(Iterable<String> elements);

  /**
   * Returns a copy with another {@code styles}, checked like a built value.
   *
   * @param elements the new {@code styles}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withStyles(String... elements);

  /**
   * Returns a copy with another {@code styles}, checked like a built value.
   *
   * @param elements the new {@code styles}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withStyles(Iterable<String> elements);

  /**
   * Returns a copy with another {@code firstReleased}, checked like a built value.
   *
   * @param value the new {@code firstReleased}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withFirstReleased(PartialDate value);

  /**
   * Returns a copy with another {@code firstReleased}, checked like a built value.
   *
   * @param optional the new {@code firstReleased}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withFirstReleased(Optional<? extends PartialDate> optional);

  /**
   * Returns a copy with another {@code sessions}, checked like a built value.
   *
   * @param elements the new {@code sessions}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withSessions(Session... elements);

  /**
   * Returns a copy with another {@code sessions}, checked like a built value.
   *
   * @param elements the new {@code sessions}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withSessions(Iterable<? extends Session> elements);

  /**
   * Returns a copy with another {@code releases}, checked like a built value.
   *
   * @param elements the new {@code releases}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withReleases(Release... elements);

  /**
   * Returns a copy with another {@code releases}, checked like a built value.
   *
   * @param elements the new {@code releases}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withReleases(Iterable<? extends Release> elements);

  /**
   * Returns a copy with another {@code credits}, checked like a built value.
   *
   * @param elements the new {@code credits}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withCredits(Personnel... elements);

  /**
   * Returns a copy with another {@code credits}, checked like a built value.
   *
   * @param elements the new {@code credits}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withCredits(Iterable<? extends Personnel> elements);

  /**
   * Returns a copy with another {@code reviews}, checked like a built value.
   *
   * @param elements the new {@code reviews}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withReviews(Review... elements);

  /**
   * Returns a copy with another {@code reviews}, checked like a built value.
   *
   * @param elements the new {@code reviews}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withReviews(Iterable<? extends Review> elements);

  /**
   * Returns a copy with another {@code citations}, checked like a built value.
   *
   * @param elements the new {@code citations}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withCitations(Citation... elements);

  /**
   * Returns a copy with another {@code citations}, checked like a built value.
   *
   * @param elements the new {@code citations}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withCitations(Iterable<? extends Citation> elements);

  /**
   * Returns a copy with another {@code sources}, checked like a built value.
   *
   * @param elements the new {@code sources}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withSources(String... elements);

  /**
   * Returns a copy with another {@code sources}, checked like a built value.
   *
   * @param elements the new {@code sources}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withSources(Iterable<String> elements);

  /**
   * Returns a copy with another {@code notes}, checked like a built value.
   *
   * @param elements the new {@code notes}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withNotes(Note... elements);

  /**
   * Returns a copy with another {@code notes}, checked like a built value.
   *
   * @param elements the new {@code notes}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withNotes(Iterable<? extends Note> elements);

  /**
   * Returns a copy with another {@code relatedWorks}, checked like a built value.
   *
   * @param elements the new {@code relatedWorks}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withRelatedWorks(RelatedWork... elements);

  /**
   * Returns a copy with another {@code relatedWorks}, checked like a built value.
   *
   * @param elements the new {@code relatedWorks}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withRelatedWorks(Iterable<? extends RelatedWork> elements);

  /**
   * Returns a copy with another {@code chronology}, checked like a built value.
   *
   * @param value the new {@code chronology}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withChronology(Chronology value);

  /**
   * Returns a copy with another {@code chronology}, checked like a built value.
   *
   * @param optional the new {@code chronology}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withChronology(Optional<? extends Chronology> optional);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param value the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withIds(ExternalIds value);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param optional the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withIds(Optional<? extends ExternalIds> optional);

  /**
   * Returns a copy with another {@code recordings}, checked like a built value.
   *
   * @param elements the new {@code recordings}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withRecordings(Recording... elements);

  /**
   * Returns a copy with another {@code recordings}, checked like a built value.
   *
   * @param elements the new {@code recordings}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withRecordings(Iterable<? extends Recording> elements);

  /**
   * Returns a copy with another {@code works}, checked like a built value.
   *
   * @param elements the new {@code works}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withWorks(Work... elements);

  /**
   * Returns a copy with another {@code works}, checked like a built value.
   *
   * @param elements the new {@code works}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Album withWorks(Iterable<? extends Work> elements);
}
