package io.github.linernotes.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.linernotes.internal.Failures;
import java.util.Objects;
import java.util.Optional;

/**
 * When a cited source was published: either an EDTF {@link PartialDate} ({@code 1958-03},
 * {@code 1988?}) or the explicit statement that the source carries no date, written {@code n.d.} as
 * citation styles print it.
 *
 * <p>"No date" is a fact about the source and differs from a date that was simply not recorded: a
 * citation whose date is unrecorded has no {@code PublicationDate} at all (an empty
 * {@link Optional} in the model), while one whose source is undated has {@link #noDate()}.
 *
 * <p>The text form, which is also the JSON form (a string), is exactly {@code n.d.} or the canonical
 * EDTF text of the date; {@link #parse(CharSequence)} reads back what {@link #toString()} writes.
 * Two values are equal when both are "no date" or both hold equal dates.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PublicationDate {

  private static final String TYPE = "PublicationDate";
  private static final String NO_DATE_TEXT = "n.d.";
  private static final PublicationDate NO_DATE = new PublicationDate(null);

  private final PartialDate date;

  private PublicationDate(PartialDate date) {
    this.date = date;
  }

  /**
   * Makes a publication date from an EDTF date.
   *
   * @param date the date, which may be an interval or carry a qualifier
   * @return the publication date
   * @throws NullPointerException if {@code date} is null
   */
  public static PublicationDate of(PartialDate date) {
    return new PublicationDate(Objects.requireNonNull(date, "date"));
  }

  /**
   * Returns the statement that the source carries no date ({@code n.d.}).
   *
   * @return the single "no date" value
   */
  public static PublicationDate noDate() {
    return NO_DATE;
  }

  /**
   * Reads {@code n.d.} (exactly, in lower case with both full stops) or an EDTF date as
   * {@link PartialDate#parse(CharSequence)} reads it.
   *
   * @param text the text, such as {@code n.d.} or {@code 1958-03}
   * @return the publication date
   * @throws InvalidValueException if the text is neither; the kind and index are those
   *     {@link PartialDate#parse(CharSequence)} reports, except that a misspelt "no date" such as
   *     {@code N.D.} or {@code nd} is reported as {@code SYNTAX} at index 0
   * @throws NullPointerException if {@code text} is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PublicationDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (s.equals(NO_DATE_TEXT)) {
      return NO_DATE;
    }
    if (!s.isEmpty() && (s.charAt(0) == 'n' || s.charAt(0) == 'N')) {
      throw Failures.atIndex(TYPE, s, 0, InvalidValueException.Kind.SYNTAX,
          "a source without a date is written exactly \"n.d.\"");
    }
    try {
      return new PublicationDate(PartialDate.parse(s));
    } catch (InvalidValueException e) {
      throw Failures.atIndex(TYPE, s, e.errorIndex().orElse(0), e.kind(), e.reason());
    }
  }

  /**
   * Returns the date, unless the source carries none.
   *
   * @return the date, or empty for {@link #noDate()}
   */
  public Optional<PartialDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * Tells whether this is the statement that the source carries no date.
   *
   * @return true for {@link #noDate()}
   */
  public boolean isNoDate() {
    return date == null;
  }

  /**
   * Compares the dates, or "no date" with "no date".
   *
   * @param obj the object to compare with
   * @return true if {@code obj} is a {@code PublicationDate} with an equal date, or both are
   *     "no date"
   */
  @Override
  public boolean equals(Object obj) {
    return obj == this || (obj instanceof PublicationDate && Objects.equals(((PublicationDate) obj).date, date));
  }

  /**
   * Returns a hash of the text form.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /**
   * Returns {@code n.d.} or the canonical EDTF text of the date; this is also the JSON form.
   *
   * @return the text
   */
  @JsonValue
  @Override
  public String toString() {
    return date == null ? NO_DATE_TEXT : date.toString();
  }
}
