package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
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
    @JsonSubTypes.Type(value = Rating.Score.class, name = "score"),
    @JsonSubTypes.Type(value = Rating.Letter.class, name = "letter"),
    @JsonSubTypes.Type(value = Rating.Verdict.class, name = "verdict")
})
public sealed interface Rating permits Rating.Score, Rating.Letter, Rating.Verdict {

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
      throw InvalidValueException.atIndex("Rating", input, 0, InvalidValueException.Kind.EMPTY,
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

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isBlank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A score on a scale from 0 to a best value, optionally in fixed steps: 4.5 of 5 in steps of 0.5,
   * 4 of 5, 8.1 of 10, 87 of 100.
   *
   * <p>The rules: the best value is above 0 and at most 1000; the value is from 0 to the best value;
   * every number has at most three decimal places; a step is above 0 and at most the best value, and
   * both the value and the best value are multiples of it. Numbers are kept normalised, without
   * trailing zeros and never in exponent notation, so {@code 5}, {@code 5.0} and {@code 5.00} are
   * the same number and print as {@code 5}.
   *
   * <p>Two scores are equal when their values, best values and steps are equal: 4 of 5 is not equal
   * to 8 of 10, nor to 4 of 5 in steps of 1, although they normalise alike.
   *
   * <p>Instances are immutable and thread-safe.
   */
  @JsonTypeName("score")
  @JsonPropertyOrder({"value", "best", "step"})
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  final class Score implements Rating {

    private static final String TYPE = "Rating";
    private static final BigDecimal MAX_BEST = BigDecimal.valueOf(1000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_DECIMALS = 3;

    private final BigDecimal value;
    private final BigDecimal best;
    private final BigDecimal step;

    private Score(BigDecimal value, BigDecimal best, BigDecimal step) {
      this.value = value;
      this.best = best;
      this.step = step;
    }

    /**
     * Checks and normalises the numbers. When {@code input} is null the numbers did not come from
     * text and problems are reported without a position.
     */
    static Score create(BigDecimal value, BigDecimal best, BigDecimal step,
        String input, int valueAt, int bestAt, int stepAt) {
      String shown = input != null ? input
          : value + "/" + best + (step == null ? "" : " step " + step);
      if (best.signum() <= 0) {
        throw fail(shown, input, bestAt, InvalidValueException.Kind.OUT_OF_RANGE,
            "the best score must be above 0");
      }
      if (best.compareTo(MAX_BEST) > 0) {
        throw fail(shown, input, bestAt, InvalidValueException.Kind.OUT_OF_RANGE,
            "the best score must be at most 1000");
      }
      if (value.signum() < 0) {
        throw fail(shown, input, valueAt, InvalidValueException.Kind.OUT_OF_RANGE,
            "a score cannot be negative");
      }
      if (value.compareTo(best) > 0) {
        throw fail(shown, input, valueAt, InvalidValueException.Kind.OUT_OF_RANGE,
            "the score is above the best score");
      }
      if (step != null && step.signum() <= 0) {
        throw fail(shown, input, stepAt, InvalidValueException.Kind.OUT_OF_RANGE,
            "the step must be above 0");
      }
      if (step != null && step.compareTo(best) > 0) {
        throw fail(shown, input, stepAt, InvalidValueException.Kind.OUT_OF_RANGE,
            "the step must not be above the best score");
      }
      BigDecimal v = normalize(value, shown, input, valueAt);
      BigDecimal b = normalize(best, shown, input, bestAt);
      BigDecimal s = step == null ? null : normalize(step, shown, input, stepAt);
      if (s != null && v.remainder(s).signum() != 0) {
        throw fail(shown, input, valueAt, InvalidValueException.Kind.OUT_OF_RANGE,
            "the score is not a multiple of the step");
      }
      if (s != null && b.remainder(s).signum() != 0) {
        throw fail(shown, input, bestAt, InvalidValueException.Kind.OUT_OF_RANGE,
            "the best score is not a multiple of the step");
      }
      return new Score(v, b, s);
    }

    /**
     * Only called on numbers from 0 to 1000. A number's scale can still be huge ({@code 1e-100000000}
     * is nine characters), so zero and numbers below 0.001 are settled before any rescaling, which
     * would otherwise compute a power of ten with as many digits as the scale.
     */
    private static BigDecimal normalize(BigDecimal number, String shown, String input, int at) {
      BigDecimal n = number;
      if (n.signum() == 0) {
        return BigDecimal.ZERO;
      }
      if ((long) n.scale() - MAX_DECIMALS >= n.precision()) {
        throw fail(shown, input, at, InvalidValueException.Kind.LENGTH,
            "a score has at most three decimal places");
      }
      if (n.scale() > MAX_DECIMALS) {
        BigDecimal cut = n.setScale(MAX_DECIMALS, RoundingMode.DOWN);
        if (cut.compareTo(n) != 0) {
          throw fail(shown, input, at, InvalidValueException.Kind.LENGTH,
              "a score has at most three decimal places");
        }
        n = cut;
      }
      n = n.stripTrailingZeros();
      return n.scale() < 0 ? n.setScale(0) : n;
    }

    private static InvalidValueException fail(String shown, String input, int at,
        InvalidValueException.Kind kind, String reason) {
      return input != null && at >= 0
          ? InvalidValueException.atIndex(TYPE, input, at, kind, reason)
          : InvalidValueException.of(TYPE, shown, kind, reason);
    }

    /** Reads text that starts like a score: {@code value/best} or {@code value/best step s}. */
    static Score parseText(String input) {
      int length = input.length();
      int valueEnd = decimalEnd(input, 0);
      if (valueEnd == length || input.charAt(valueEnd) != '/') {
        throw InvalidValueException.atIndex(TYPE, input, valueEnd, InvalidValueException.Kind.SYNTAX,
            "'/' and the best score are expected after the score");
      }
      int bestAt = valueEnd + 1;
      int bestEnd = decimalEnd(input, bestAt);
      BigDecimal step = null;
      int stepAt = -1;
      if (bestEnd < length) {
        if (!input.startsWith(" step ", bestEnd)) {
          throw InvalidValueException.atIndex(TYPE, input, bestEnd, InvalidValueException.Kind.SYNTAX,
              "only \" step \" and a step may follow the best score");
        }
        stepAt = bestEnd + 6;
        int stepEnd = decimalEnd(input, stepAt);
        if (stepEnd < length) {
          throw InvalidValueException.atIndex(TYPE, input, stepEnd, InvalidValueException.Kind.SYNTAX,
              "unexpected character after the step");
        }
        step = new BigDecimal(input.substring(stepAt, stepEnd));
      }
      return create(new BigDecimal(input.substring(0, valueEnd)),
          new BigDecimal(input.substring(bestAt, bestEnd)), step, input, 0, bestAt, stepAt);
    }

    /** Reads a text that must be one decimal number and nothing else. */
    static BigDecimal wholeDecimal(String input) {
      if (isBlank(input, 0, input.length())) {
        throw InvalidValueException.atIndex(TYPE, input, 0, InvalidValueException.Kind.EMPTY,
            "a score cannot be empty");
      }
      int end = decimalEnd(input, 0);
      if (end < input.length()) {
        throw InvalidValueException.atIndex(TYPE, input, end, InvalidValueException.Kind.SYNTAX,
            "unexpected character after the number");
      }
      return new BigDecimal(input);
    }

    /**
     * Scans a decimal number (ASCII digits, then optionally a point and one to three digits) that
     * starts at {@code from} and returns the index just after it. Whatever it accepts is a valid
     * {@link BigDecimal} text with at most four significant integer digits.
     */
    private static int decimalEnd(String input, int from) {
      int length = input.length();
      if (from < length && (input.charAt(from) == '-' || input.charAt(from) == '\u2212')) {
        throw InvalidValueException.atIndex(TYPE, input, from, InvalidValueException.Kind.OUT_OF_RANGE,
            "a score is never negative");
      }
      int i = from;
      while (i < length && isAsciiDigit(input.charAt(i))) {
        i++;
      }
      if (i == from) {
        throw InvalidValueException.atIndex(TYPE, input, from, InvalidValueException.Kind.SYNTAX,
            "a digit 0-9 is expected");
      }
      int significant = from;
      while (significant < i - 1 && input.charAt(significant) == '0') {
        significant++;
      }
      if (i - significant > 4) {
        throw InvalidValueException.atIndex(TYPE, input, from, InvalidValueException.Kind.OUT_OF_RANGE,
            "a score is at most 1000");
      }
      if (i < length && input.charAt(i) == '.') {
        int fractionStart = i + 1;
        i = fractionStart;
        while (i < length && isAsciiDigit(input.charAt(i))) {
          i++;
        }
        if (i == fractionStart) {
          throw InvalidValueException.atIndex(TYPE, input, fractionStart, InvalidValueException.Kind.SYNTAX,
              "digits are expected after the decimal point");
        }
        if (i - fractionStart > MAX_DECIMALS) {
          throw InvalidValueException.atIndex(TYPE, input, fractionStart, InvalidValueException.Kind.LENGTH,
              "a score has at most three decimal places");
        }
      }
      return i;
    }

    private static boolean isAsciiDigit(char c) {
      return c >= '0' && c <= '9';
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static Score fromJson(ScoreFields fields) {
      JsonNumber value = fields.value;
      JsonNumber best = fields.best;
      if (value == null || best == null) {
        throw InvalidValueException.of(TYPE, "{value: " + (value == null ? "missing" : value.number)
                + ", best: " + (best == null ? "missing" : best.number) + "}",
            InvalidValueException.Kind.SYNTAX, "a score needs both a value and a best score");
      }
      return create(value.number, best.number, fields.step == null ? null : fields.step.number, null, -1, -1, -1);
    }

    /**
     * The properties of a score as read from JSON. Jackson fills it through setters, so a property that
     * is left out is never touched (a strict mapper that refuses nulls still accepts a missing step).
     */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE,
        creatorVisibility = JsonAutoDetect.Visibility.ANY)
    private static final class ScoreFields {
      private JsonNumber value;
      private JsonNumber best;
      private JsonNumber step;

      @JsonCreator(mode = JsonCreator.Mode.DEFAULT)
      ScoreFields() {}

      @JsonProperty("value")
      void value(JsonNumber number) {
        this.value = number;
      }

      @JsonProperty("best")
      void best(JsonNumber number) {
        this.best = number;
      }

      @JsonProperty("step")
      void step(JsonNumber number) {
        this.step = number;
      }
    }

    /**
     * Returns the score given.
     *
     * @return the value, from 0 to {@link #best()}, normalised
     */
    public BigDecimal value() {
      return value;
    }

    /**
     * Returns the top of the scale.
     *
     * @return the best score, above 0 and at most 1000, normalised
     */
    public BigDecimal best() {
      return best;
    }

    /**
     * Returns the step of the scale, when the publication uses one (half stars on a five-star scale
     * are a step of 0.5).
     *
     * @return the step, normalised, or empty when the scale has none
     */
    public Optional<BigDecimal> step() {
      return Optional.ofNullable(step);
    }

    @JsonProperty("value")
    private BigDecimal jsonValue() {
      return value;
    }

    @JsonProperty("best")
    private BigDecimal jsonBest() {
      return best;
    }

    @JsonProperty("step")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private BigDecimal jsonStep() {
      return step;
    }

    /**
     * Returns the value divided by the best score, times 100: 4.5 of 5 is 90.
     *
     * @return the normalised score, from 0 to 100, never empty
     */
    @Override
    public OptionalDouble normalized() {
      return OptionalDouble.of(value.multiply(HUNDRED).divide(best, MathContext.DECIMAL64).doubleValue());
    }

    /**
     * Tells whether another object is a score with the same value, best score and step.
     *
     * @param obj the object to compare with
     * @return true when all three numbers are equal
     */
    @Override
    public boolean equals(Object obj) {
      if (this == obj) {
        return true;
      }
      if (!(obj instanceof Score)) {
        return false;
      }
      Score other = (Score) obj;
      return value.equals(other.value) && best.equals(other.best) && Objects.equals(step, other.step);
    }

    /**
     * Returns a hash code computed from the value, best score and step.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return Objects.hash(value, best, step);
    }

    /**
     * Returns the score as text: {@code 4.5/5}, or {@code 4.5/5 step 0.5} with a step.
     *
     * @return the text, which {@link Rating#parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
      String text = value.toPlainString() + '/' + best.toPlainString();
      return step == null ? text : text + " step " + step.toPlainString();
    }

    /**
     * A number in a score's JSON. Jackson reads a JSON number through the delegating creator, as an
     * exact {@link BigDecimal}; a JSON string goes to the constructor taking text, which refuses it,
     * so that {@code "4.5"} is not silently taken for {@code 4.5}.
     */
    @JsonAutoDetect(creatorVisibility = JsonAutoDetect.Visibility.ANY)
    private static final class JsonNumber {
      private final BigDecimal number;

      private JsonNumber(BigDecimal number) {
        this.number = number;
      }

      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      static JsonNumber of(BigDecimal number) {
        if (number == null) {
          throw InvalidValueException.of(TYPE, "null", InvalidValueException.Kind.SYNTAX,
              "a score is a JSON number");
        }
        return new JsonNumber(number);
      }

      // Never called by this library: Jackson finds it and calls it for JSON strings.
      public JsonNumber(String text) {
        throw InvalidValueException.of(TYPE, text, InvalidValueException.Kind.SYNTAX,
            "a score is a JSON number, not a string");
      }
    }
  }

  /**
   * A letter grade rating, such as B+. Its normalised value comes from the table in
   * {@link LetterGrade}.
   *
   * <p>Instances are immutable and thread-safe.
   */
  @JsonTypeName("letter")
  @JsonPropertyOrder({"grade"})
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  final class Letter implements Rating {

    private static final Letter[] ALL = new Letter[LetterGrade.values().length];

    static {
      for (LetterGrade grade : LetterGrade.values()) {
        ALL[grade.ordinal()] = new Letter(grade);
      }
    }

    private final LetterGrade grade;

    private Letter(LetterGrade grade) {
      this.grade = grade;
    }

    static Letter of(LetterGrade grade) {
      return ALL[grade.ordinal()];
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static Letter fromJson(GradeField field) {
      String grade = field.grade;
      if (grade == null) {
        throw InvalidValueException.of("Rating", "{grade: missing}", InvalidValueException.Kind.SYNTAX,
            "a letter rating needs a grade");
      }
      return of(LetterGrade.parse(grade));
    }

    /**
     * The property of a letter rating as read from JSON, set through a setter so that every mapper
     * treats a repeated key alike: the last one is checked (a creator parameter would make Jackson 2
     * fail on the repetition with a definition error).
     */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE,
        creatorVisibility = JsonAutoDetect.Visibility.ANY)
    private static final class GradeField {
      private String grade;

      @JsonCreator(mode = JsonCreator.Mode.DEFAULT)
      GradeField() {}

      @JsonProperty("grade")
      void grade(String text) {
        this.grade = text;
      }
    }

    /**
     * Returns the grade.
     *
     * @return the grade
     */
    public LetterGrade grade() {
      return grade;
    }

    @JsonProperty("grade")
    private String jsonGrade() {
      return grade.toString();
    }

    /**
     * Returns the grade's value from the table in {@link LetterGrade}: B+ is 83.
     *
     * @return the normalised grade, from 0 to 100, never empty
     */
    @Override
    public OptionalDouble normalized() {
      return OptionalDouble.of(grade.normalized());
    }

    /**
     * Tells whether another object is a letter rating with the same grade.
     *
     * @param obj the object to compare with
     * @return true when the grades are equal
     */
    @Override
    public boolean equals(Object obj) {
      return this == obj || obj instanceof Letter && ((Letter) obj).grade == grade;
    }

    /**
     * Returns a hash code computed from the grade.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return grade.ordinal() + 31;
    }

    /**
     * Returns the grade as text with an ASCII sign: {@code B+}, {@code C-}.
     *
     * @return the text, which {@link Rating#parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
      return grade.toString();
    }
  }

  /**
   * A verdict in words with no score, as some publications give instead of stars: "favorable",
   * "essential", "recommended".
   *
   * <p>The words are trimmed of surrounding whitespace and must then be non-empty, at most 200
   * characters (Unicode code points) long, and free of control characters, line and paragraph
   * separators and unpaired surrogates. Any other text, in any script, is kept exactly. Two verdicts
   * are equal when their words are equal, case included.
   *
   * <p>Instances are immutable and thread-safe.
   */
  @JsonTypeName("verdict")
  @JsonPropertyOrder({"verdict"})
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  final class Verdict implements Rating {

    private static final String TYPE = "Rating";
    private static final int MAX_CODE_POINTS = 200;

    // Not named after the accessor: Jackson 2 would otherwise infer the field as a way to set
    // "verdict" and let a repeated key bypass the creator and its rules.
    private final String words;

    private Verdict(String words) {
      this.words = words;
    }

    /**
     * Returns how many chars the allowed character at {@code i} takes (1, or 2 for a surrogate pair),
     * or 0 when the character is not allowed in a verdict.
     */
    static int charLength(String s, int i) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 0;
      }
      if (Character.isLowSurrogate(c)) {
        return 0;
      }
      int type = Character.getType(c);
      return type == Character.CONTROL || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR ? 0 : 1;
    }

    static InvalidValueException badChar(String input, int at) {
      char c = input.charAt(at);
      String what = Character.isSurrogate(c) ? "an unpaired surrogate"
          : String.format("control characters or line breaks (U+%04X)", (int) c);
      return InvalidValueException.atIndex(TYPE, input, at, InvalidValueException.Kind.SYNTAX,
          "a verdict cannot contain " + what);
    }

    /**
     * Trims already checked words and applies the remaining rules; problems are reported at
     * {@code at} in {@code input}.
     */
    static Verdict create(String words, String input, int at) {
      int start = 0;
      int end = words.length();
      while (start < end && isSpace(words.charAt(start))) {
        start++;
      }
      while (end > start && isSpace(words.charAt(end - 1))) {
        end--;
      }
      if (start == end) {
        throw InvalidValueException.atIndex(TYPE, input, at, InvalidValueException.Kind.EMPTY,
            "a verdict cannot be empty");
      }
      if (words.codePointCount(start, end) > MAX_CODE_POINTS) {
        throw InvalidValueException.atIndex(TYPE, input, at, InvalidValueException.Kind.LENGTH,
            "a verdict has at most 200 characters");
      }
      return new Verdict(words.substring(start, end));
    }

    /** Reads a verdict in double quotes, in which only {@code \"} and {@code \\} are escapes. */
    static Verdict parseQuoted(String input) {
      int length = input.length();
      StringBuilder words = new StringBuilder(length);
      int i = 1;
      while (true) {
        if (i >= length) {
          throw InvalidValueException.atIndex(TYPE, input, length, InvalidValueException.Kind.SYNTAX,
              "the closing double quote of the verdict is missing");
        }
        char c = input.charAt(i);
        if (c == '"') {
          if (i != length - 1) {
            throw InvalidValueException.atIndex(TYPE, input, i + 1, InvalidValueException.Kind.SYNTAX,
                "unexpected character after the closing double quote");
          }
          break;
        }
        if (c == '\\') {
          char next = i + 1 < length ? input.charAt(i + 1) : 0;
          if (next != '"' && next != '\\') {
            throw InvalidValueException.atIndex(TYPE, input, i, InvalidValueException.Kind.SYNTAX,
                "only \\\" and \\\\ may be escaped in a verdict");
          }
          words.append(next);
          i += 2;
          continue;
        }
        int n = charLength(input, i);
        if (n == 0) {
          throw badChar(input, i);
        }
        words.append(input, i, i + n);
        i += n;
      }
      return create(words.toString(), input, 1);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static Verdict fromJson(VerdictField field) {
      if (field.verdict == null) {
        throw InvalidValueException.of(TYPE, "{verdict: missing}", InvalidValueException.Kind.SYNTAX,
            "a verdict rating needs its words");
      }
      return verdict(field.verdict);
    }

    /** The property of a verdict as read from JSON; set through a setter, as {@code GradeField} says why. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE,
        creatorVisibility = JsonAutoDetect.Visibility.ANY)
    private static final class VerdictField {
      private String verdict;

      @JsonCreator(mode = JsonCreator.Mode.DEFAULT)
      VerdictField() {}

      @JsonProperty("verdict")
      void verdict(String text) {
        this.verdict = text;
      }
    }

    /**
     * Returns the words of the verdict, trimmed, without quotes or escapes.
     *
     * @return the words, never blank
     */
    @JsonProperty("verdict")
    public String text() {
      return words;
    }

    /**
     * Returns nothing: a verdict has no number behind it, and putting one on it would invent data.
     *
     * @return always empty
     */
    @Override
    public OptionalDouble normalized() {
      return OptionalDouble.empty();
    }

    /**
     * Tells whether another object is a verdict with exactly the same words.
     *
     * @param obj the object to compare with
     * @return true when the words are equal
     */
    @Override
    public boolean equals(Object obj) {
      return this == obj || obj instanceof Verdict && ((Verdict) obj).words.equals(words);
    }

    /**
     * Returns a hash code computed from the words.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return words.hashCode();
    }

    /**
     * Returns the verdict in double quotes, with {@code "} and {@code \} escaped by a backslash:
     * {@code "favorable"}.
     *
     * @return the text, which {@link Rating#parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(words.length() + 2).append('"');
      for (int i = 0; i < words.length(); i++) {
        char c = words.charAt(i);
        if (c == '"' || c == '\\') {
          sb.append('\\');
        }
        sb.append(c);
      }
      return sb.append('"').toString();
    }
  }
}
