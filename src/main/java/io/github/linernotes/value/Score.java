package io.github.linernotes.value;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.linernotes.internal.Failures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

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
public final class Score implements Rating {

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
        ? Failures.atIndex(TYPE, input, at, kind, reason)
        : Failures.of(TYPE, shown, kind, reason);
  }

  /** Reads text that starts like a score: {@code value/best} or {@code value/best step s}. */
  static Score parseText(String input) {
    int length = input.length();
    int valueEnd = decimalEnd(input, 0);
    if (valueEnd == length || input.charAt(valueEnd) != '/') {
      throw Failures.atIndex(TYPE, input, valueEnd, InvalidValueException.Kind.SYNTAX,
          "'/' and the best score are expected after the score");
    }
    int bestAt = valueEnd + 1;
    int bestEnd = decimalEnd(input, bestAt);
    BigDecimal step = null;
    int stepAt = -1;
    if (bestEnd < length) {
      if (!input.startsWith(" step ", bestEnd)) {
        throw Failures.atIndex(TYPE, input, bestEnd, InvalidValueException.Kind.SYNTAX,
            "only \" step \" and a step may follow the best score");
      }
      stepAt = bestEnd + 6;
      int stepEnd = decimalEnd(input, stepAt);
      if (stepEnd < length) {
        throw Failures.atIndex(TYPE, input, stepEnd, InvalidValueException.Kind.SYNTAX,
            "unexpected character after the step");
      }
      step = new BigDecimal(input.substring(stepAt, stepEnd));
    }
    return create(new BigDecimal(input.substring(0, valueEnd)),
        new BigDecimal(input.substring(bestAt, bestEnd)), step, input, 0, bestAt, stepAt);
  }

  /** Reads a text that must be one decimal number and nothing else. */
  static BigDecimal wholeDecimal(String input) {
    if (Rating.isBlank(input, 0, input.length())) {
      throw Failures.atIndex(TYPE, input, 0, InvalidValueException.Kind.EMPTY,
          "a score cannot be empty");
    }
    int end = decimalEnd(input, 0);
    if (end < input.length()) {
      throw Failures.atIndex(TYPE, input, end, InvalidValueException.Kind.SYNTAX,
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
      throw Failures.atIndex(TYPE, input, from, InvalidValueException.Kind.OUT_OF_RANGE,
          "a score is never negative");
    }
    int i = from;
    while (i < length && isAsciiDigit(input.charAt(i))) {
      i++;
    }
    if (i == from) {
      throw Failures.atIndex(TYPE, input, from, InvalidValueException.Kind.SYNTAX,
          "a digit 0-9 is expected");
    }
    int significant = from;
    while (significant < i - 1 && input.charAt(significant) == '0') {
      significant++;
    }
    if (i - significant > 4) {
      throw Failures.atIndex(TYPE, input, from, InvalidValueException.Kind.OUT_OF_RANGE,
          "a score is at most 1000");
    }
    if (i < length && input.charAt(i) == '.') {
      int fractionStart = i + 1;
      i = fractionStart;
      while (i < length && isAsciiDigit(input.charAt(i))) {
        i++;
      }
      if (i == fractionStart) {
        throw Failures.atIndex(TYPE, input, fractionStart, InvalidValueException.Kind.SYNTAX,
            "digits are expected after the decimal point");
      }
      if (i - fractionStart > MAX_DECIMALS) {
        throw Failures.atIndex(TYPE, input, fractionStart, InvalidValueException.Kind.LENGTH,
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
      throw Failures.of(TYPE, "{value: " + (value == null ? "missing" : value.number)
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
        throw Failures.of(TYPE, "null", InvalidValueException.Kind.SYNTAX,
            "a score is a JSON number");
      }
      return new JsonNumber(number);
    }

    // Never called by this library: Jackson finds it and calls it for JSON strings.
    public JsonNumber(String text) {
      throw Failures.of(TYPE, text, InvalidValueException.Kind.SYNTAX,
          "a score is a JSON number, not a string");
    }
  }
}
