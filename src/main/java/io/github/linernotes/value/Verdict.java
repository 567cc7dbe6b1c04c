package io.github.linernotes.value;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.linernotes.internal.Failures;
import java.util.OptionalDouble;

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
public final class Verdict implements Rating {

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
    return Failures.atIndex(TYPE, input, at, InvalidValueException.Kind.SYNTAX,
        "a verdict cannot contain " + what);
  }

  /**
   * Trims already checked words and applies the remaining rules; problems are reported at
   * {@code at} in {@code input}.
   */
  static Verdict create(String words, String input, int at) {
    int start = 0;
    int end = words.length();
    while (start < end && Rating.isSpace(words.charAt(start))) {
      start++;
    }
    while (end > start && Rating.isSpace(words.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      throw Failures.atIndex(TYPE, input, at, InvalidValueException.Kind.EMPTY,
          "a verdict cannot be empty");
    }
    if (words.codePointCount(start, end) > MAX_CODE_POINTS) {
      throw Failures.atIndex(TYPE, input, at, InvalidValueException.Kind.LENGTH,
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
        throw Failures.atIndex(TYPE, input, length, InvalidValueException.Kind.SYNTAX,
            "the closing double quote of the verdict is missing");
      }
      char c = input.charAt(i);
      if (c == '"') {
        if (i != length - 1) {
          throw Failures.atIndex(TYPE, input, i + 1, InvalidValueException.Kind.SYNTAX,
              "unexpected character after the closing double quote");
        }
        break;
      }
      if (c == '\\') {
        char next = i + 1 < length ? input.charAt(i + 1) : 0;
        if (next != '"' && next != '\\') {
          throw Failures.atIndex(TYPE, input, i, InvalidValueException.Kind.SYNTAX,
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
      throw Failures.of(TYPE, "{verdict: missing}", InvalidValueException.Kind.SYNTAX,
          "a verdict rating needs its words");
    }
    return Rating.verdict(field.verdict);
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
