package io.github.linernotes.value;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid, varied {@link RunningTime}s and {@link Rating}s, for these
 * types' tests and for tests that build whole albums. Touches no Jackson class.
 */
@SuppressWarnings("exports") // the generators hand out QuickTheories types, which is their purpose
public final class LengthAndRatingGenerators {

  /** 999:59:59.999 in milliseconds. */
  static final long MAX_MILLIS = 1_000L * 3_600_000 - 1;

  private LengthAndRatingGenerators() {
  }

  /**
   * Running times from 0:00 to 999:59:59.999, mostly below a few hours, in both styles, with and
   * without milliseconds, made from sleeve text, from ISO text and from milliseconds.
   *
   * @return the generator
   */
  public static Gen<RunningTime> runningTimes() {
    Gen<Long> seconds = Generate.frequency(
        Pair.of(6, longs().between(0, 3_599)),
        Pair.of(3, longs().between(3_600, 6 * 3_600)),
        Pair.of(1, longs().between(6 * 3_600, MAX_MILLIS / 1_000)));
    Gen<Integer> fraction = Generate.frequency(
        Pair.of(3, Generate.constant(0)),
        Pair.of(2, integers().between(1, 999)));
    Gen<Integer> form = integers().between(0, 3);
    return seconds.zip(fraction, form, (s, f, k) -> {
      long millis = s * 1_000 + f;
      switch (k) {
        case 0:
          return RunningTime.parse(minutesText(millis));
        case 1:
          return RunningTime.parse(hoursText(millis));
        case 2:
          return RunningTime.ofMillis(millis);
        default:
          return RunningTime.parse(Duration.ofMillis(millis).toString());
      }
    });
  }

  /**
   * Realistic track lengths, from 0:30 to 25:00, in minutes style as sleeves print them, a quarter
   * of them measured to the millisecond.
   *
   * @return the generator
   */
  public static Gen<RunningTime> trackLengths() {
    Gen<Integer> fraction = Generate.frequency(
        Pair.of(3, Generate.constant(0)),
        Pair.of(1, integers().between(1, 999)));
    return integers().between(30, 1_499).zip(fraction,
        (s, f) -> RunningTime.parse(minutesText(s * 1_000L + f)))
        .mix(Generate.pick(List.of(RunningTime.parse("25:00"), RunningTime.parse("0:30"))), 5);
  }

  /**
   * Every shape of rating: scores with and without a step, letter grades and verdicts.
   *
   * @return the generator
   */
  public static Gen<Rating> ratings() {
    return Generate.frequency(
        Pair.of(3, scores().map(s -> (Rating) s)),
        Pair.of(1, letters().map(l -> (Rating) l)),
        Pair.of(1, verdicts().map(v -> (Rating) v)));
  }

  /**
   * Scores on real-world scales (4.5 of 5 in half stars, 8.1 of 10, 87 of 100) and on random valid
   * scales with up to three decimal places and a best score up to 1000.
   *
   * @return the generator
   */
  public static Gen<Score> scores() {
    Gen<Score> realWorld = Generate.pick(List.of(
        Rating.score(new BigDecimal("4.5"), new BigDecimal("5"), new BigDecimal("0.5")),
        Rating.score(new BigDecimal("4"), new BigDecimal("5")),
        Rating.score(new BigDecimal("8.1"), new BigDecimal("10")),
        Rating.score(new BigDecimal("87"), new BigDecimal("100")),
        Rating.score(new BigDecimal("3.5"), new BigDecimal("4"), new BigDecimal("0.5")),
        Rating.score(new BigDecimal("0"), new BigDecimal("5"), new BigDecimal("1")),
        Rating.score(new BigDecimal("10"), new BigDecimal("10")),
        Rating.score(new BigDecimal("1000"), new BigDecimal("1000"))));
    Gen<Score> stepped = integers().between(0, 3).flatMap(decimals ->
        integers().between(1, 50).flatMap(stepUnits -> {
          BigDecimal step = BigDecimal.valueOf(stepUnits, decimals);
          int maxSteps = BigDecimal.valueOf(1000).divideToIntegralValue(step).intValueExact();
          return integers().between(1, Math.min(maxSteps, 2_000)).flatMap(steps ->
              integers().between(0, steps).map(given -> Rating.score(
                  step.multiply(BigDecimal.valueOf(given)), step.multiply(BigDecimal.valueOf(steps)),
                  step)));
        }));
    Gen<Score> free = integers().between(0, 3).flatMap(decimals -> {
      int top = 1_000 * (int) Math.pow(10, decimals);
      return integers().between(1, top).flatMap(best ->
          integers().between(0, best).map(given -> Rating.score(
              BigDecimal.valueOf(given, decimals), BigDecimal.valueOf(best, decimals))));
    });
    return Generate.frequency(Pair.of(2, realWorld), Pair.of(3, stepped), Pair.of(3, free));
  }

  /**
   * Every letter grade.
   *
   * @return the generator
   */
  public static Gen<Letter> letters() {
    return Generate.enumValues(LetterGrade.class).map(Rating::letter);
  }

  /**
   * Verdicts: real-world words in several languages, words with quotes and backslashes, random text
   * in Latin, Greek, Cyrillic, Arabic, CJK and emoji, and text at the 200-character limit.
   *
   * @return the generator
   */
  public static Gen<Verdict> verdicts() {
    Gen<String> realWorld = Generate.pick(List.of(
        "favorable", "unfavorable", "mixed", "essential", "recommended", "Pick of the week",
        "très favorable", "chef-d'œuvre", "Empfehlenswert", "отлично", "傑作", "名盤",
        "ممتاز", "👍 must hear", "\"Crown\" album", "back\\slash", "A", "B+", "4.5/5",
        "Ausgezeichnet – ein Muss"));
    Gen<Integer> codePoints = Generate.frequency(
        Pair.of(5, integers().between(0x20, 0x7E)),
        Pair.of(2, integers().between(0xA0, 0xFF)),
        Pair.of(1, integers().between(0x370, 0x4FF)),
        Pair.of(1, integers().between(0x600, 0x6FF)),
        Pair.of(1, integers().between(0x4E00, 0x9FFF)),
        Pair.of(1, integers().between(0x1F300, 0x1FAFF)));
    Gen<String> random = lists().of(codePoints).ofSizeBetween(1, 60).map(LengthAndRatingGenerators::text);
    Gen<String> longest = lists().of(codePoints).ofSize(200).map(LengthAndRatingGenerators::text);
    return Generate.frequency(Pair.of(2, realWorld), Pair.of(5, random), Pair.of(1, longest))
        .map(Rating::verdict);
  }

  /** Builds text from code points whose first and last are not spaces, so nothing is trimmed. */
  private static String text(List<Integer> codePoints) {
    StringBuilder sb = new StringBuilder();
    for (int cp : codePoints) {
      sb.appendCodePoint(cp);
    }
    int first = sb.codePointAt(0);
    if (Character.isWhitespace(first) || Character.isSpaceChar(first)) {
      sb.setCharAt(0, 'x');
    }
    int last = sb.codePointBefore(sb.length());
    if (Character.isWhitespace(last) || Character.isSpaceChar(last)) {
      sb.setCharAt(sb.length() - 1, 'y');
    }
    return sb.toString();
  }

  /**
   * Writes milliseconds as {@code m:ss}, with {@code .mmm} when not whole seconds.
   *
   * @param millis the length
   * @return the text
   */
  static String minutesText(long millis) {
    long s = millis / 1_000;
    return s / 60 + ":" + two(s % 60) + fraction(millis);
  }

  /**
   * Writes milliseconds as {@code h:mm:ss}, with {@code .mmm} when not whole seconds.
   *
   * @param millis the length
   * @return the text
   */
  static String hoursText(long millis) {
    long s = millis / 1_000;
    return s / 3_600 + ":" + two(s / 60 % 60) + ":" + two(s % 60) + fraction(millis);
  }

  private static String two(long n) {
    return n < 10 ? "0" + n : Long.toString(n);
  }

  private static String fraction(long millis) {
    long f = millis % 1_000;
    return f == 0 ? "" : "." + String.format("%03d", f);
  }
}
