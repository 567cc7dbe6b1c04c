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

/** One recording session: when, where, and who played. Tracks refer to it by its {@link #id()}. */
@Value.Immutable
@JsonDeserialize(builder = Session.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Session.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "date", "venue", "lineUp", "notes"})
public abstract class Session {

  Session() {}

  /**
   * The session's local id, unique within the album, made of letters, digits, {@code -}, {@code _}
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
   * When it took place: a day, or an interval for sessions over several days
   * ({@code 1957-12-04/1957-12-05}), possibly vague.
   *
   * @return the date, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<PartialDate> date();

  /**
   * Where it took place.
   *
   * @return the venue, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<Venue> venue();

  /**
   * Who played, with their instruments.
   *
   * @return the line-up, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Personnel> lineUp();

  /**
   * Notes about the session.
   *
   * @return the notes, possibly empty
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract List<Note> notes();

  @Value.Check
  final void check() {
    Rules v = Rules.of("Session");
    v.id("id", id());
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code Session} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code Session}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code id}.
   */
  public static final class Builder extends ImmutableSession.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code id}, checked like a built value.
   *
   * @param value the new {@code id}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Session withId(String value);

  /**
   * Returns a copy with another {@code date}, checked like a built value.
   *
   * @param value the new {@code date}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Session withDate(PartialDate value);

  /**
   * Returns a copy with another {@code date}, checked like a built value.
   *
   * @param optional the new {@code date}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Session withDate(Optional<? extends PartialDate> optional);

  /**
   * Returns a copy with another {@code venue}, checked like a built value.
   *
   * @param value the new {@code venue}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Session withVenue(Venue value);

  /**
   * Returns a copy with another {@code venue}, checked like a built value.
   *
   * @param optional the new {@code venue}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Session withVenue(Optional<? extends Venue> optional);

  /**
   * Returns a copy with another {@code lineUp}, checked like a built value.
   *
   * @param elements the new {@code lineUp}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Session withLineUp(Personnel... elements);

  /**
   * Returns a copy with another {@code lineUp}, checked like a built value.
   *
   * @param elements the new {@code lineUp}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Session withLineUp(Iterable<? extends Personnel> elements);

  /**
   * Returns a copy with another {@code notes}, checked like a built value.
   *
   * @param elements the new {@code notes}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Session withNotes(Note... elements);

  /**
   * Returns a copy with another {@code notes}, checked like a built value.
   *
   * @param elements the new {@code notes}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Session withNotes(Iterable<? extends Note> elements);
}
