package io.github.linernotes.problem;

/**
 * A stable code of one kind of problem. Each family of problems has an enum of codes: the record rules
 * ({@code io.github.linernotes.Rule}), the JSON reader's problems ({@code io.github.linernotes.json.JsonRule})
 * and the consistency findings ({@code io.github.linernotes.consistency.FindingCode}). The code strings
 * never change meaning between releases and are what messages and JSON reports show.
 */
public interface ProblemCode {

  /**
   * Returns the code as it appears in messages, such as {@code required} or {@code unknown-citation}.
   *
   * @return the code string
   */
  String code();
}
