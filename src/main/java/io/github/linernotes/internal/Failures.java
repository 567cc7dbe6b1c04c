package io.github.linernotes.internal;

import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import java.util.Objects;

/**
 * Makes {@link InvalidValueException}s for every package of the library, whose constructor is not
 * public: the exception hands this class its constructor when it is first loaded.
 */
public final class Failures {

  /** The exception's constructor. */
  @FunctionalInterface
  public interface Maker {
    /**
     * Makes the exception.
     *
     * @param valueType the simple name of the type being made
     * @param input the rejected input
     * @param errorIndex where in the input the problem is, or -1
     * @param kind the kind of problem
     * @param reason the reason in words
     * @return the exception
     */
    InvalidValueException make(String valueType, String input, int errorIndex, Kind kind, String reason);
  }

  private static Maker maker;

  private Failures() {}

  /**
   * Called once, by {@link InvalidValueException} as it is loaded.
   *
   * @param constructor the exception's constructor
   */
  public static synchronized void install(Maker constructor) {
    if (maker != null) {
      throw new IllegalStateException("already installed");
    }
    maker = Objects.requireNonNull(constructor, "constructor");
  }

  private static synchronized Maker maker() {
    if (maker == null) {
      try {
        Class.forName(InvalidValueException.class.getName(), true, Failures.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return maker;
  }

  /**
   * Reports text that could not be parsed, at a position of it.
   *
   * @param valueType simple name of the type being parsed, such as {@code "PartialDate"}
   * @param input the text exactly as given
   * @param errorIndex zero-based index in {@code input} where the problem was found; past the end means the end
   * @param kind the kind of problem
   * @param reason a short explanation for people
   * @return the exception, for the caller to throw
   */
  public static InvalidValueException atIndex(String valueType, String input, int errorIndex, Kind kind,
      String reason) {
    if (errorIndex < 0) {
      throw new IllegalArgumentException("errorIndex must not be negative: " + errorIndex);
    }
    return maker().make(valueType, input, Math.min(errorIndex, input.length()), kind, reason);
  }

  /**
   * Reports values that were not text, or a problem of the whole input rather than of one position.
   *
   * @param valueType simple name of the type being made
   * @param input the rejected input as people would write it
   * @param kind the kind of problem
   * @param reason a short explanation for people
   * @return the exception, for the caller to throw
   */
  public static InvalidValueException of(String valueType, String input, Kind kind, String reason) {
    return maker().make(valueType, input, -1, kind, reason);
  }
}
