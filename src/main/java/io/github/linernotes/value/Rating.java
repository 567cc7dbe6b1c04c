package io.github.linernotes.value;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.linernotes.internal.Failures;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A rating as a review published it. There are exactly three kinds:
 * <ul>
 *   <li>a {@link Score} on a scale: 4.5 of 5 in steps of a half, 4 of 5, 8.1 of 10;</li>
 *   <li>a {@link Letter} grade from A+ to F;</li>
 *   <li>a {@link Verdict} in words, such as "favorable", with no score at all.</li>
 * </ul>
 * Each kind says whether and how it maps onto a common 0–100 scale: see {@link #normalized()}.
 *
 * <h2>Text</h2>
 * {@link #toString()} and {@link #parse(CharSequence)} use one text form per kind, chosen so that the
 * kinds can never be mistaken for each other:
 * <ul>
 *   <li>a score is {@code 4.5/5}, or {@code 4.5/5 step 0.5} when it has a step;</li>
 *   <li>a letter is the grade itself: {@code B+};</li>
 *   <li>a verdict is in double quotes, with {@code "} and {@code \} inside escaped by a backslash:
 *       {@code "favorable"}, {@code "a \"must\""}.</li>
 * </ul>
 *
 * <h2>JSON</h2>
 * A small object whose {@code type} property names the kind, always written first, followed by the
 * kind's own properties in this order:
 * <pre>{@code
 * {"type":"score","value":4.5,"best":5,"step":0.5}
 * {"type":"score","value":4,"best":5}
 * {"type":"letter","grade":"B+"}
 * {"type":"verdict","verdict":"favorable"}
 * }</pre>
 * Score numbers are JSON numbers, read exactly (never through {@code double}) and written in plain
 * notation; a JSON string where a number belongs is rejected. The step is left out when there is
 * none. Jackson 3 and Jackson 2 (with or without its JDK 8 module) write the same bytes, whether the
 * value is written as a {@code Rating} or as its own class, and whatever the mapper's property sorting
 * and big-decimal settings. A missing or unknown {@code type} is an error.
 *
 * <p>All implementations are immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Score.class, name = "score"),
    @JsonSubTypes.Type(value = Letter.class, name = "letter"),
    @JsonSubTypes.Type(value = Verdict.class, name = "verdict")
})
public sealed interface Rating permits Score, Letter, Verdict {

  /**
   * Returns this rating on a scale from 0 to 100, where one can honestly be derived: a score's value
   * divided by its best, times 100 ({@code 4.5/5} is 90); a letter grade's value from the table in
   * {@link LetterGrade}; nothing for a verdict, which has no number behind it.
   *
   * @return a number from 0 to 100 inclusive, or empty for a verdict
   */
  OptionalDouble normalized();

  /**
   * Returns the rating in its text form ({@code 4.5/5 step 0.5}, {@code B+} or {@code "favorable"}),
   * which {@link #parse(CharSequence)} reads back.
   *
   * @return the text form
   */
  @Override
  String toString();

  /**
   * Returns a score with no step, such as 4 of 5 or 8.1 of 10.
   *
   * @param value the score given, from 0 to {@code best}, with at most three decimal places
   * @param best the top of the scale, above 0 and at most 1000, with at most three decimal places
   * @return the score, with both numbers normalised ({@code 5.0} becomes {@code 5})
   * @throws InvalidValueException of kind {@code OUT_OF_RANGE} when {@code best} is not above 0, is
   *     above 1000, or {@code value} is negative or above {@code best}; of kind {@code LENGTH} when a
   *     number has more than three decimal places
   * @throws NullPointerException when an argument is null
   */
  static Score score(BigDecimal value, BigDecimal best) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(best, "best");
    return Score.create(value, best, null, null, -1, -1, -1);
  }

  /**
   * Returns a score on a scale with a step, such as 4.5 of 5 in steps of 0.5.
   *
   * @param value the score given, from 0 to {@code best}, a multiple of {@code step}
   * @param best the top of the scale, above 0 and at most 1000, a multiple of {@code step}
   * @param step the smallest difference the scale can show, above 0 and at most {@code best}
   * @return the score, with all three numbers normalised ({@code 0.50} becomes {@code 0.5})
   * @throws InvalidValueException of kind {@code OUT_OF_RANGE} when a number is outside the rules
   *     above; of kind {@code LENGTH} when a number has more than three decimal places
   * @throws NullPointerException when an argument is null
   */
  static Score score(BigDecimal value, BigDecimal best, BigDecimal step) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(best, "best");
    Objects.requireNonNull(step, "step");
    return Score.create(value, best, step, null, -1, -1, -1);
  }

  /**
   * Returns a score with no step from two decimal numbers written as text, such as
   * {@code score("4.5", "5")}. Each number is ASCII digits with an optional point and one to three
   * decimals; there is no sign and no exponent.
   *
   * @param value the score given, from 0 to {@code best}
   * @param best the top of the scale, above 0 and at most 1000
   * @return the score
   * @throws InvalidValueException of kind {@code EMPTY} or {@code SYNTAX} when a text is not a
   *     number, or for the reasons {@link #score(BigDecimal, BigDecimal)} gives
   * @throws NullPointerException when an argument is null
   */
  static Score score(String value, String best) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(best, "best");
    BigDecimal v = Score.wholeDecimal(value);
    BigDecimal b = Score.wholeDecimal(best);
    return Score.create(v, b, null, value + "/" + best, 0, value.length() + 1, -1);
  }

  /**
   * Returns a letter grade rating.
   *
   * @param grade the grade
   * @return the rating
   * @throws NullPointerException when {@code grade} is null
   */
  static Letter letter(LetterGrade grade) {
    return Letter.of(Objects.requireNonNull(grade, "grade"));
  }

  /**
   * Returns a letter grade rating from its text, as {@link LetterGrade#parse(CharSequence)} reads it:
   * {@code A+}, {@code B}, {@code C-}, {@code C−}.
   *
   * @param grade the grade as text
   * @return the rating
   * @throws InvalidValueException when the text is not a letter grade
   * @throws NullPointerException when {@code grade} is null
   */
  static Letter letter(String grade) {
    Objects.requireNonNull(grade, "grade");
    return Letter.of(LetterGrade.parse(grade));
  }

  /**
   * Returns a verbal verdict, such as "favorable" or "essential". Leading and trailing whitespace
   * (including no-break spaces) is removed first.
   *
   * @param verdict the words of the verdict: after trimming not empty, at most 200 characters
   *     (Unicode code points), with no control characters, line or paragraph separators and no
   *     unpaired surrogates
   * @return the verdict
   * @throws InvalidValueException of kind {@code EMPTY} when nothing is left after trimming, of kind
   *     {@code LENGTH} when it is longer than 200 characters, of kind {@code SYNTAX} at the position
   *     of a forbidden character
   * @throws NullPointerException when {@code verdict} is null
   */
  static Verdict verdict(String verdict) {
    Objects.requireNonNull(verdict, "verdict");
    for (int i = 0; i < verdict.length(); ) {
      int n = Verdict.charLength(verdict, i);
      if (n == 0) {
        throw Verdict.badChar(verdict, i);
      }
      i += n;
    }
    return Verdict.create(verdict, verdict, 0);
  }

  /**
   * Reads a rating in the text form that {@link #toString()} writes: a score such as {@code 4.5/5}
   * or {@code 4.5/5 step 0.5}, a letter grade such as {@code B+}, or a verdict in double quotes such
   * as {@code "favorable"}. Text that starts with a double quote is a verdict, text that starts with
   * a digit is a score, anything else is read as a letter grade.
   *
   * <p>Score numbers are ASCII digits with an optional point and one to three decimals, with no sign
   * or exponent, separated by {@code /} and by exactly {@code " step "}, without other spaces.
   *
   * @param text the rating, exactly, without surrounding whitespace
   * @return the rating
   * @throws InvalidValueException of kind {@code EMPTY} for empty or blank text, {@code SYNTAX} for
   *     text of no known shape (including an unclosed quote or an unknown escape), and otherwise as
   *     the factories for each kind; the exception gives the position of the problem
   * @throws NullPointerException when {@code text} is null
   */
  static Rating parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String input = text.toString();
    if (isBlank(input, 0, input.length())) {
      throw Failures.atIndex("Rating", input, 0, InvalidValueException.Kind.EMPTY,
          "a rating cannot be empty");
    }
    char first = input.charAt(0);
    if (first == '"') {
      return Verdict.parseQuoted(input);
    }
    if (first >= '0' && first <= '9' || first == '.' || first == '-' || first == '\u2212') {
      return Score.parseText(input);
    }
    return Letter.of(LetterGrade.parse("Rating", input, 0, input.length()));
  }

  /** Whether a character counts as space around a rating or verdict. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Whether {@code s} holds only space from {@code from} to {@code to}. */
  static boolean isBlank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

}
