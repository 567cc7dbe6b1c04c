/**
 * One way to say "this is wrong, here, because": {@link io.github.linernotes.problem.Problem} (a code, a
 * {@link io.github.linernotes.problem.ValuePath} and a message) and {@link io.github.linernotes.problem.ProblemCode},
 * shared by the record rules, the JSON readers and the consistency checks, with one format for a problem
 * on one line. The codes themselves live with the families that use them.
 */
package io.github.linernotes.problem;
