package io.github.linernotes;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One issue of the album: an LP, a CD edition, a download. It has its own labels and catalogue
 * numbers, release dates and places, media with tracks, stated length and track count, awards and
 * identifiers. Its title is given only when it differs from the album's.
 */
@Value.Immutable
@JsonSerialize(as = Release.class)
@JsonDeserialize(builder = Release.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = Release.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Release.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "title", "status", "labels", "events", "packaging", "media", "statedLength",
    "statedTrackCount", "credits", "awards", "barcode", "ids", "citations", "notes"})
abstract class AbstractRelease {

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
   * Whether it was an official, promotional or bootleg issue.
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
    Validation.check(this);
  }
}
