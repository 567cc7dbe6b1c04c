package io.github.linernotes.value;

/**
 * How narrowly a {@link PartialDate} pins down when something happened, from a single day to
 * nothing at all.
 *
 * <p>The precision describes what is known, not how the date is written: {@code 1985-04-XX} names a
 * day but only its month is known, so its precision is {@link #MONTH}; {@code 1985-XX-XX} is
 * {@link #YEAR}. Qualifiers ({@code ?}, {@code ~}, {@code %}) do not change the precision.
 *
 * <p>The constants are declared from the finest to the coarsest, so {@link #compareTo} orders them
 * that way; {@link #INTERVAL} comes last because an interval is a span between two dates rather than
 * one date known to some precision.
 */
public enum DatePrecision {
  /** A single day, such as {@code 1957-12-04}. */
  DAY,
  /** A month, such as {@code 2006-04} or {@code 1985-04-XX}. */
  MONTH,
  /** A quarter of a year written as an EDTF season, such as {@code 2020-21} (January to March). */
  SEASON,
  /** A year, such as {@code 1958}, {@code 1985-XX} or {@code 1985-XX-XX}. */
  YEAR,
  /** Ten years, such as {@code 198X} (1980 to 1989). */
  DECADE,
  /** A hundred years, such as {@code 19XX} (1900 to 1999). */
  CENTURY,
  /**
   * Nothing is known: the year itself is unspecified, as in {@code XXXX}, {@code XXXX-XX} and
   * {@code XXXX-XX-XX}.
   */
  UNSPECIFIED,
  /**
   * A span between two ends, such as {@code 1957-12-04/1957-12-05} or {@code 1958/..}; each end that
   * is a date has its own precision.
   */
  INTERVAL
}
