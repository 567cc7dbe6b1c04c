package io.github.linernotes.value;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.linernotes.internal.Failures;
import java.util.OptionalDouble;

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
public final class Letter implements Rating {

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
      throw Failures.of("Rating", "{grade: missing}", InvalidValueException.Kind.SYNTAX,
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
