package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude.Include;
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
 * One track of a medium: its position as printed, title and length, the session it was recorded at,
 * which take and which mix or version it is, and credits that belong to this track alone.
 */
@Value.Immutable
@JsonSerialize(as = Track.class)
@JsonDeserialize(builder = Track.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = Track.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Track.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"position", "title", "length", "session", "take", "version", "alternateTake",
    "previouslyUnreleased", "credits", "notes"})
abstract class AbstractTrack {

  /**
   * The position as printed on the release: {@code A1}, {@code B5}, {@code 1-17}, {@code 17}. Required,
   * unique within its medium, at most 20 characters, no spaces.
   *
   * @return the position
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String position() {
    return "";
  }

  /**
   * The title as printed; required, never blank.
   *
   * @return the title
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String title() {
    return "";
  }

  /**
   * The length, as printed on the release or measured from the audio.
   *
   * @return the length, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<RunningTime> length();

  /**
   * The id of the album's session this recording comes from; must resolve.
   *
   * @return the session id, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> session();

  /**
   * The take number, 1 or more.
   *
   * @return the take, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract OptionalInt take();

  /**
   * Which mix or version of the recording this is, such as {@code film mix, with added reverb}.
   *
   * @return the version, if stated
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> version();

  /**
   * Whether this is an alternate take rather than the master take. Written to JSON only when true.
   *
   * @return true for an alternate take
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  @JsonInclude(Include.NON_DEFAULT)
  public boolean alternateTake() {
    return false;
  }

  /**
   * Whether this release was the first to issue the recording. Written to JSON only when true.
   *
   * @return true when previously unreleased
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  @JsonInclude(Include.NON_DEFAULT)
  public boolean previouslyUnreleased() {
    return false;
  }

  /**
   * Credits for this track alone (a guest soloist); their own track lists must be empty.
   *
   * @return the credits, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Personnel> credits();

  /**
   * Notes about this track.
   *
   * @return the notes, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Note> notes();

  /**
   * Makes a track from its position, title and length as printed.
   *
   * @param position the position, such as {@code A1}
   * @param title the title
   * @param length the length as printed, such as {@code 2:45}
   * @return the track
   * @throws ValidationException if the position or title is blank or the position has spaces
   * @throws InvalidValueException if the length cannot be parsed
   */
  public static Track of(String position, String title, String length) {
    return Track.builder().position(position).title(title).length(RunningTime.parse(length)).build();
  }

  @Value.Check
  final void check() {
    Validation.check(this);
  }
}
