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

/** One recording session: when, where, and who played. Tracks refer to it by its {@link #id()}. */
@Value.Immutable
@JsonSerialize(as = Session.class)
@JsonDeserialize(builder = Session.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = Session.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Session.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "date", "venue", "lineUp", "notes"})
abstract class AbstractSession {

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
    Validation.check(this);
  }
}
