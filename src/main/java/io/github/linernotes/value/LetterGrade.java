package io.github.linernotes.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.linernotes.internal.Failures;
import java.util.Objects;

/**
 * A letter grade as publications print it, from {@code A+} down to {@code F}, with its place on the
 * 0–100 scale that reviews are compared on.
 *
 * <p>The normalised value is one table, built from thirds of a letter and rounded to whole numbers,
 * anchored at A = 100, B+ = 83, B− = 67 and F = 0; A+ cannot go above the top of the scale, so it
 * shares 100 with A, and there is no E:
 * <table class="striped">
 *   <caption>Normalised values of letter grades</caption>
 *   <thead>
 *     <tr><th scope="col">Grade</th><th scope="col">+</th><th scope="col">plain</th><th scope="col">−</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">A</th><td>100</td><td>100</td><td>92</td></tr>
 *     <tr><th scope="row">B</th><td>83</td><td>75</td><td>67</td></tr>
 *     <tr><th scope="row">C</th><td>58</td><td>50</td><td>42</td></tr>
 *     <tr><th scope="row">D</th><td>33</td><td>25</td><td>17</td></tr>
 *     <tr><th scope="row">F</th><td>—</td><td>0</td><td>—</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>The text form is the letter followed by {@code +} or an ASCII hyphen-minus {@code -}:
 * {@code A+}, {@code B}, {@code C-}. {@link #parse(CharSequence)} also accepts the minus sign
 * U+2212 and the en dash U+2013 that typeset magazines use in place of the hyphen; letters are upper
 * case only. As JSON a grade is the string of its text form.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LetterGrade {
  /** A+, normalised to 100. */
  A_PLUS("A+", 100),
  /** A, normalised to 100. */
  A("A", 100),
  /** A−, normalised to 92. */
  A_MINUS("A-", 92),
  /** B+, normalised to 83. */
  B_PLUS("B+", 83),
  /** B, normalised to 75. */
  B("B", 75),
  /** B−, normalised to 67. */
  B_MINUS("B-", 67),
  /** C+, normalised to 58. */
  C_PLUS("C+", 58),
  /** C, normalised to 50. */
  C("C", 50),
  /** C−, normalised to 42. */
  C_MINUS("C-", 42),
  /** D+, normalised to 33. */
  D_PLUS("D+", 33),
  /** D, normalised to 25. */
  D("D", 25),
  /** D−, normalised to 17. */
  D_MINUS("D-", 17),
  /** F, normalised to 0. */
  F("F", 0);

  private static final String TYPE = "LetterGrade";
  private static final LetterGrade[] VALUES = values();

  private final String text;
  private final int normalized;

  LetterGrade(String text, int normalized) {
    this.text = text;
    this.normalized = normalized;
  }

  /**
   * Reads a letter grade: {@code A}, {@code B}, {@code C} or {@code D}, optionally followed by
   * {@code +} or a minus ({@code -}, U+2212 or U+2013), or {@code F} alone.
   *
   * @param text the grade, exactly, without surrounding whitespace
   * @return the grade
   * @throws InvalidValueException when the text is empty or blank ({@code EMPTY}) or is not a letter
   *     grade, such as {@code E}, {@code F+}, {@code b} or {@code A++} ({@code SYNTAX}); the exception
   *     gives the position of the problem
   * @throws NullPointerException when {@code text} is null
   */
  public static LetterGrade parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String input = text.toString();
    return parse(TYPE, input, 0, input.length());
  }

  /**
   * Reads a grade from {@code input[from, to)}, reporting problems as {@code type} at positions in
   * the whole input.
   */
  static LetterGrade parse(String type, String input, int from, int to) {
    if (isBlank(input, from, to)) {
      throw Failures.atIndex(type, input, from, InvalidValueException.Kind.EMPTY,
          "a letter grade cannot be empty");
    }
    char letter = input.charAt(from);
    int row = letter == 'F' ? 4 : letter >= 'A' && letter <= 'D' ? letter - 'A' : -1;
    if (row < 0) {
      throw Failures.atIndex(type, input, from, InvalidValueException.Kind.SYNTAX,
          "a letter grade is A, B, C, D or F, in upper case");
    }
    if (from + 1 == to) {
      return row == 4 ? F : VALUES[row * 3 + 1];
    }
    char sign = input.charAt(from + 1);
    int column = sign == '+' ? 0 : sign == '-' || sign == '\u2212' || sign == '\u2013' ? 2 : -1;
    if (column < 0) {
      throw Failures.atIndex(type, input, from + 1, InvalidValueException.Kind.SYNTAX,
          "only + or - may follow the letter of a grade");
    }
    if (row == 4) {
      throw Failures.atIndex(type, input, from + 1, InvalidValueException.Kind.SYNTAX,
          "F has no plus or minus");
    }
    if (from + 2 != to) {
      throw Failures.atIndex(type, input, from + 2, InvalidValueException.Kind.SYNTAX,
          "unexpected character after the letter grade");
    }
    return VALUES[row * 3 + column];
  }

  private static boolean isBlank(String input, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = input.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static LetterGrade fromJson(String text) {
    return parse(text);
  }

  /**
   * Returns the grade's value on the 0–100 scale, from the table in the
   * {@linkplain LetterGrade class documentation}.
   *
   * @return the normalised value, from 0 (F) to 100 (A and A+)
   */
  public int normalized() {
    return normalized;
  }

  /**
   * Returns the grade as text with an ASCII sign: {@code A+}, {@code B}, {@code C-}.
   *
   * @return the text, which {@link #parse(CharSequence)} reads back and which is also the JSON form
   */
  @JsonValue
  @Override
  public String toString() {
    return text;
  }
}
