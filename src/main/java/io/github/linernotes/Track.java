package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.linernotes.value.RunningTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One track of a medium: its position as printed, title and length, the session it was recorded at,
 * which take and which mix or version it is, and credits that belong to this track alone.
 */
@Value.Immutable
@JsonDeserialize(builder = Track.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Track.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"position", "title", "artists", "recording", "length", "session", "take", "version",
    "alternateTake", "previouslyUnreleased", "credits", "notes", "ids"})
public abstract class Track {

  Track() {}

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
   * The track's own artist credit, when it differs from the release's (a compilation, a guest, "Various").
   *
   * @return the artists, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<ArtistCredit> artists();

  /**
   * The id of the album's recording this track is an appearance of; must resolve. When it is given,
   * the recording says the session, take, version and alternate take, and the track does not.
   *
   * @return the recording id, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> recording();

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
   * The track's identifiers in outside databases (a MusicBrainz track id).
   *
   * @return the ids, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<ExternalIds> ids();

  /**
   * Makes a track from its position, title and length as printed.
   *
   * @param position the position, such as {@code A1}
   * @param title the title
   * @param length the length as printed, such as {@code 2:45}
   * @return the track
   * @throws ValidationException if the position or title is blank or the position has spaces
   * @throws io.github.linernotes.value.InvalidValueException if the length cannot be parsed
   */
  public static Track of(String position, String title, String length) {
    return Track.builder().position(position).title(title).length(RunningTime.parse(length)).build();
  }

  @Value.Check
  final void check() {
    Rules v = Rules.of("Track");
    v.position("position", position());
    v.name("title", title());
    if (session().isPresent()) {
      v.id("session", session().get());
    }
    v.take("take", take());
    v.optionalName("version", version());
    v.creditsWithoutPositions("credits", credits(), "track");
    recording().ifPresent(r -> {
      v.id("recording", r);
      if (session().isPresent() || take().isPresent() || version().isPresent() || alternateTake()) {
        v.add("recording", Rule.CONFLICTING_VALUES,
            "a track that names its recording leaves the session, take, version and alternate take to it");
      }
    });
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code Track} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code Track}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code position} (at most 20 characters, no spaces) and {@code title}. Rejected: a take below
   * 1, a session id that is not an id, and credits that name track positions (a track's credits are its own).
   */
  public static final class Builder extends ImmutableTrack.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code position}, checked like a built value.
   *
   * @param value the new {@code position}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withPosition(String value);

  /**
   * Returns a copy with another {@code title}, checked like a built value.
   *
   * @param value the new {@code title}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withTitle(String value);

  /**
   * Returns a copy with another {@code length}, checked like a built value.
   *
   * @param value the new {@code length}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withLength(RunningTime value);

  /**
   * Returns a copy with another {@code length}, checked like a built value.
   *
   * @param optional the new {@code length}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withLength(Optional<? extends RunningTime> optional);

  /**
   * Returns a copy with another {@code session}, checked like a built value.
   *
   * @param value the new {@code session}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withSession(String value);

  /**
   * Returns a copy with another {@code session}, checked like a built value.
   *
   * @param optional the new {@code session}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withSession(Optional<String> optional);

  /**
   * Returns a copy with another {@code take}, checked like a built value.
   *
   * @param value the new {@code take}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withTake(int value);

  /**
   * Returns a copy with another {@code take}, checked like a built value.
   *
   * @param optional the new {@code take}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withTake(OptionalInt optional);

  /**
   * Returns a copy with another {@code version}, checked like a built value.
   *
   * @param value the new {@code version}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withVersion(String value);

  /**
   * Returns a copy with another {@code version}, checked like a built value.
   *
   * @param optional the new {@code version}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withVersion(Optional<String> optional);

  /**
   * Returns a copy with another {@code alternateTake}, checked like a built value.
   *
   * @param value the new {@code alternateTake}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withAlternateTake(boolean value);

  /**
   * Returns a copy with another {@code previouslyUnreleased}, checked like a built value.
   *
   * @param value the new {@code previouslyUnreleased}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withPreviouslyUnreleased(boolean value);

  /**
   * Returns a copy with another {@code credits}, checked like a built value.
   *
   * @param elements the new {@code credits}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withCredits(Personnel... elements);

  /**
   * Returns a copy with another {@code credits}, checked like a built value.
   *
   * @param elements the new {@code credits}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withCredits(Iterable<? extends Personnel> elements);

  /**
   * Returns a copy with another {@code notes}, checked like a built value.
   *
   * @param elements the new {@code notes}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withNotes(Note... elements);

  /**
   * Returns a copy with another {@code notes}, checked like a built value.
   *
   * @param elements the new {@code notes}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withNotes(Iterable<? extends Note> elements);

  /**
   * Returns a copy with another {@code artists}, checked like a built value.
   *
   * @param elements the new {@code artists}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withArtists(ArtistCredit... elements);

  /**
   * Returns a copy with another {@code artists}, checked like a built value.
   *
   * @param elements the new {@code artists}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withArtists(Iterable<? extends ArtistCredit> elements);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param value the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withIds(ExternalIds value);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param optional the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withIds(Optional<? extends ExternalIds> optional);

  /**
   * Returns a copy with another {@code recording}, checked like a built value.
   *
   * @param value the new {@code recording}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withRecording(String value);

  /**
   * Returns a copy with another {@code recording}, checked like a built value.
   *
   * @param optional the new {@code recording}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Track withRecording(Optional<String> optional);
}
