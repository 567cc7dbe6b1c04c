package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.linernotes.id.Barcode;
import io.github.linernotes.value.RunningTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One issue of the album: an LP, a CD edition, a download. It has its own labels and catalogue
 * numbers, release dates and places, media with tracks, stated length and track count, awards and
 * identifiers. Its title is given only when it differs from the album's.
 */
@Value.Immutable
@JsonDeserialize(builder = Release.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Release.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "title", "artists", "status", "labels", "companies", "events", "packaging",
    "media", "statedLength", "statedTrackCount", "credits", "awards", "barcode", "identifiers", "ids",
    "citations", "notes"})
public abstract class Release {

  Release() {}

  /**
   * The release's local id, unique within the album, made of letters, digits, {@code -}, {@code _}
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
   * The release's own title, when it differs from the album's (an album issued as one side of
   * another record).
   *
   * @return the title, if different
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> title();

  /**
   * The release's own artist credit, when it differs from the album's (a reissue credited to another
   * line-up, a split release).
   *
   * @return the artists, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<ArtistCredit> artists();

  /**
   * Whether it was an official, promotional, bootleg or other issue, after MusicBrainz's statuses.
   *
   * @return the status, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<ReleaseStatus> status();

  /**
   * The labels that issued it, each with its catalogue number.
   *
   * @return the labels, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<LabelInfo> labels();

  /**
   * Companies credited on the release besides its labels: pressing plants, distributors, the holders of
   * the ℗ and © lines, studios.
   *
   * @return the company credits, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<CompanyCredit> companies();

  /**
   * When and where it was issued.
   *
   * @return the release events, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<ReleaseEvent> events();

  /**
   * The packaging, such as {@code gatefold sleeve} or {@code jewel case}.
   *
   * @return the packaging, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> packaging();

  /**
   * The discs, records or file sets, in order.
   *
   * @return the media, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Medium> media();

  /**
   * The total length as stated on the release or by a source, such as {@code 25:38}.
   *
   * @return the stated length, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<RunningTime> statedLength();

  /**
   * The number of tracks as stated on the release or by a source; 0 or more.
   *
   * @return the stated track count, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract OptionalInt statedTrackCount();

  /**
   * Credits for this release; their track positions refer to this release's tracks.
   *
   * @return the credits, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Personnel> credits();

  /**
   * Awards and nominations the release received.
   *
   * @return the awards, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Award> awards();

  /**
   * The barcode printed on the release.
   *
   * @return the barcode, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<Barcode> barcode();

  /**
   * Codes on the release other than its barcode: ASIN, label code, matrix and run-out, SID codes.
   *
   * @return the identifiers, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<ReleaseIdentifier> identifiers();

  /**
   * The release's identifiers in outside databases.
   *
   * @return the identifiers, if any are known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<ExternalIds> ids();

  /**
   * The ids of the album's citations that document this release; each must resolve.
   *
   * @return the citation ids, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<String> citations();

  /**
   * Notes about the release.
   *
   * @return the notes, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Note> notes();

  @Value.Check
  final void check() {
    Rules v = Rules.of("Release");
    v.id("id", id());
    v.optionalName("title", title());
    v.optionalName("packaging", packaging());
    if (statedTrackCount().isPresent() && statedTrackCount().getAsInt() < 0) {
      v.add("statedTrackCount", Rule.OUT_OF_RANGE,
          "track count " + statedTrackCount().getAsInt() + " is negative");
    }
    v.idList("citations", citations());
    if (Rules.namesPositions(credits())) {
      v.creditPositions("credits", credits(), Rules.positionsOf(this), "this release");
    }
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code Release} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code Release}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code id} (letters, digits, {@code -}, {@code _}, {@code .}; at most 64). Rejected: a negative
   * stated track count, blank or too long texts, repeated citation ids, and credits naming a position that no
   * track of the release has.
   */
  public static final class Builder extends ImmutableRelease.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code id}, checked like a built value.
   *
   * @param value the new {@code id}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withId(String value);

  /**
   * Returns a copy with another {@code title}, checked like a built value.
   *
   * @param value the new {@code title}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withTitle(String value);

  /**
   * Returns a copy with another {@code title}, checked like a built value.
   *
   * @param optional the new {@code title}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withTitle(Optional<String> optional);

  /**
   * Returns a copy with another {@code status}, checked like a built value.
   *
   * @param value the new {@code status}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withStatus(ReleaseStatus value);

  /**
   * Returns a copy with another {@code status}, checked like a built value.
   *
   * @param optional the new {@code status}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withStatus(Optional<? extends ReleaseStatus> optional);

  /**
   * Returns a copy with another {@code labels}, checked like a built value.
   *
   * @param elements the new {@code labels}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withLabels(LabelInfo... elements);

  /**
   * Returns a copy with another {@code labels}, checked like a built value.
   *
   * @param elements the new {@code labels}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withLabels(Iterable<? extends LabelInfo> elements);

  /**
   * Returns a copy with another {@code events}, checked like a built value.
   *
   * @param elements the new {@code events}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withEvents(ReleaseEvent... elements);

  /**
   * Returns a copy with another {@code events}, checked like a built value.
   *
   * @param elements the new {@code events}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withEvents(Iterable<? extends ReleaseEvent> elements);

  /**
   * Returns a copy with another {@code packaging}, checked like a built value.
   *
   * @param value the new {@code packaging}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withPackaging(String value);

  /**
   * Returns a copy with another {@code packaging}, checked like a built value.
   *
   * @param optional the new {@code packaging}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withPackaging(Optional<String> optional);

  /**
   * Returns a copy with another {@code media}, checked like a built value.
   *
   * @param elements the new {@code media}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withMedia(Medium... elements);

  /**
   * Returns a copy with another {@code media}, checked like a built value.
   *
   * @param elements the new {@code media}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withMedia(Iterable<? extends Medium> elements);

  /**
   * Returns a copy with another {@code statedLength}, checked like a built value.
   *
   * @param value the new {@code statedLength}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withStatedLength(RunningTime value);

  /**
   * Returns a copy with another {@code statedLength}, checked like a built value.
   *
   * @param optional the new {@code statedLength}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withStatedLength(Optional<? extends RunningTime> optional);

  /**
   * Returns a copy with another {@code statedTrackCount}, checked like a built value.
   *
   * @param value the new {@code statedTrackCount}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withStatedTrackCount(int value);

  /**
   * Returns a copy with another {@code statedTrackCount}, checked like a built value.
   *
   * @param optional the new {@code statedTrackCount}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withStatedTrackCount(OptionalInt optional);

  /**
   * Returns a copy with another {@code credits}, checked like a built value.
   *
   * @param elements the new {@code credits}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withCredits(Personnel... elements);

  /**
   * Returns a copy with another {@code credits}, checked like a built value.
   *
   * @param elements the new {@code credits}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withCredits(Iterable<? extends Personnel> elements);

  /**
   * Returns a copy with another {@code awards}, checked like a built value.
   *
   * @param elements the new {@code awards}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withAwards(Award... elements);

  /**
   * Returns a copy with another {@code awards}, checked like a built value.
   *
   * @param elements the new {@code awards}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withAwards(Iterable<? extends Award> elements);

  /**
   * Returns a copy with another {@code barcode}, checked like a built value.
   *
   * @param value the new {@code barcode}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withBarcode(Barcode value);

  /**
   * Returns a copy with another {@code barcode}, checked like a built value.
   *
   * @param optional the new {@code barcode}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withBarcode(Optional<? extends Barcode> optional);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param value the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withIds(ExternalIds value);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param optional the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withIds(Optional<? extends ExternalIds> optional);

  /**
   * Returns a copy with another {@code citations}, checked like a built value.
   *
   * @param elements the new {@code citations}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withCitations(String... elements);

  /**
   * Returns a copy with another {@code citations}, checked like a built value.
   *
   * @param elements the new {@code citations}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withCitations(Iterable<String> elements);

  /**
   * Returns a copy with another {@code notes}, checked like a built value.
   *
   * @param elements the new {@code notes}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withNotes(Note... elements);

  /**
   * Returns a copy with another {@code notes}, checked like a built value.
   *
   * @param elements the new {@code notes}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withNotes(Iterable<? extends Note> elements);

  /**
   * Returns a copy with another {@code artists}, checked like a built value.
   *
   * @param elements the new {@code artists}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withArtists(ArtistCredit... elements);

  /**
   * Returns a copy with another {@code artists}, checked like a built value.
   *
   * @param elements the new {@code artists}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withArtists(Iterable<? extends ArtistCredit> elements);

  /**
   * Returns a copy with another {@code companies}, checked like a built value.
   *
   * @param elements the new {@code companies}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withCompanies(CompanyCredit... elements);

  /**
   * Returns a copy with another {@code companies}, checked like a built value.
   *
   * @param elements the new {@code companies}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withCompanies(Iterable<? extends CompanyCredit> elements);

  /**
   * Returns a copy with another {@code identifiers}, checked like a built value.
   *
   * @param elements the new {@code identifiers}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withIdentifiers(ReleaseIdentifier... elements);

  /**
   * Returns a copy with another {@code identifiers}, checked like a built value.
   *
   * @param elements the new {@code identifiers}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Release withIdentifiers(Iterable<? extends ReleaseIdentifier> elements);
}
