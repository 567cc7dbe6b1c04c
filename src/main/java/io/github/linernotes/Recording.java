package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.linernotes.id.Isrc;
import io.github.linernotes.value.RunningTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One captured performance, as MusicBrainz keeps recordings: the take made at a session, in a version or
 * mix, with its measured length, its own artist credit when it differs from the album's, who plays what
 * on it, the works it performs and its ISRCs. Tracks on a release's media refer to it by its
 * {@link #id()}, so that one recording issued on three releases is said once.
 */
@Value.Immutable
@JsonDeserialize(builder = Recording.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Recording.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "title", "artists", "session", "take", "version", "alternateTake", "length", "credits", "works", "isrcs", "ids", "notes"})
public abstract class Recording {

  Recording() {}

  /**
   * The recording's local id, unique within the album, made of letters, digits, {@code -}, {@code _}
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
   * The recording's title; required, never blank. A track may print it differently.
   *
   * @return the title
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String title() {
    return "";
  }

  /**
   * The recording's artist credit, when it differs from the album's.
   *
   * @return the artists, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<ArtistCredit> artists();

  /**
   * The id of the album's session the recording was made at; must resolve.
   *
   * @return the session, if known
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
   * Which mix or version it is, such as {@code film mix, with added reverb}.
   *
   * @return the version, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> version();

  /**
   * Whether this is an alternate take rather than the master take. Written to JSON only when true.
   *
   * @return true or false
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  @JsonInclude(Include.NON_DEFAULT)
  public boolean alternateTake() {
    return false;
  }

  /**
   * The length as measured from the audio.
   *
   * @return the length, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<RunningTime> length();

  /**
   * Who plays what on this recording, beyond the line-up of its session; the credits name no track
   * positions of their own.
   *
   * @return the credits, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Personnel> credits();

  /**
   * The ids of the album's works this recording performs; each must resolve; no value twice.
   *
   * @return the works, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<String> works();

  /**
   * The recording's ISRCs; no value twice.
   *
   * @return the isrcs, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Isrc> isrcs();

  /**
   * The recording's identifiers in outside databases (a MusicBrainz recording id).
   *
   * @return the ids, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<ExternalIds> ids();

  /**
   * Notes about the recording.
   *
   * @return the notes, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Note> notes();

  @Value.Check
  final void check() {
    Rules v = Rules.of("Recording");
    v.id("id", id());
    v.name("title", title());
    session().ifPresent(s -> v.id("session", s));
    v.take("take", take());
    v.optionalName("version", version());
    v.creditsWithoutPositions("credits", credits(), "recording");
    v.idList("works", works());
    v.unique("isrcs", isrcs());
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code Recording}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code id} and {@code title}. Rejected: a take below 1, ids that are not ids, repeated works
   * or ISRCs, and credits that name track positions.
   */
  public static final class Builder extends ImmutableRecording.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code id}, checked like a built value.
   *
   * @param value the new {@code id}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withId(String value);

  /**
   * Returns a copy with another {@code title}, checked like a built value.
   *
   * @param value the new {@code title}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withTitle(String value);

  /**
   * Returns a copy with another {@code artists}, checked like a built value.
   *
   * @param elements the new {@code artists}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withArtists(ArtistCredit... elements);

  /**
   * Returns a copy with another {@code artists}, checked like a built value.
   *
   * @param elements the new {@code artists}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withArtists(Iterable<? extends ArtistCredit> elements);

  /**
   * Returns a copy with another {@code session}, checked like a built value.
   *
   * @param value the new {@code session}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withSession(String value);

  /**
   * Returns a copy with another {@code session}, checked like a built value.
   *
   * @param optional the new {@code session}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withSession(Optional<String> optional);

  /**
   * Returns a copy with another {@code take}, checked like a built value.
   *
   * @param value the new {@code take}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withTake(int value);

  /**
   * Returns a copy with another {@code take}, checked like a built value.
   *
   * @param optional the new {@code take}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withTake(OptionalInt optional);

  /**
   * Returns a copy with another {@code version}, checked like a built value.
   *
   * @param value the new {@code version}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withVersion(String value);

  /**
   * Returns a copy with another {@code version}, checked like a built value.
   *
   * @param optional the new {@code version}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withVersion(Optional<String> optional);

  /**
   * Returns a copy with another {@code alternateTake}, checked like a built value.
   *
   * @param value the new {@code alternateTake}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withAlternateTake(boolean value);

  /**
   * Returns a copy with another {@code length}, checked like a built value.
   *
   * @param value the new {@code length}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withLength(RunningTime value);

  /**
   * Returns a copy with another {@code length}, checked like a built value.
   *
   * @param optional the new {@code length}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withLength(Optional<? extends RunningTime> optional);

  /**
   * Returns a copy with another {@code credits}, checked like a built value.
   *
   * @param elements the new {@code credits}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withCredits(Personnel... elements);

  /**
   * Returns a copy with another {@code credits}, checked like a built value.
   *
   * @param elements the new {@code credits}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withCredits(Iterable<? extends Personnel> elements);

  /**
   * Returns a copy with another {@code works}, checked like a built value.
   *
   * @param elements the new {@code works}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withWorks(String... elements);

  /**
   * Returns a copy with another {@code works}, checked like a built value.
   *
   * @param elements the new {@code works}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withWorks(Iterable<String> elements);

  /**
   * Returns a copy with another {@code isrcs}, checked like a built value.
   *
   * @param elements the new {@code isrcs}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withIsrcs(Isrc... elements);

  /**
   * Returns a copy with another {@code isrcs}, checked like a built value.
   *
   * @param elements the new {@code isrcs}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withIsrcs(Iterable<? extends Isrc> elements);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param value the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withIds(ExternalIds value);

  /**
   * Returns a copy with another {@code ids}, checked like a built value.
   *
   * @param optional the new {@code ids}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withIds(Optional<? extends ExternalIds> optional);

  /**
   * Returns a copy with another {@code notes}, checked like a built value.
   *
   * @param elements the new {@code notes}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withNotes(Note... elements);

  /**
   * Returns a copy with another {@code notes}, checked like a built value.
   *
   * @param elements the new {@code notes}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Recording withNotes(Iterable<? extends Note> elements);
}
