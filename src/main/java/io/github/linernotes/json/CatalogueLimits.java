package io.github.linernotes.json;

/**
 * Limits that protect a program reading catalogue files it does not trust. Input that goes past a limit
 * ends in an {@link InvalidJsonException} with the code {@code limit} — never in a
 * {@code StackOverflowError}, an {@code OutOfMemoryError} or a hang.
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>what it bounds</th></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>64</td><td>objects and arrays inside one another (an
 *       album needs fewer than 15)</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>100,000</td><td>characters in one string or property
 *       name (the longest text an album may hold is 20,000)</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>32</td><td>characters in one number</td></tr>
 *   <tr><td>{@link #maxDocumentBytes()}</td><td>1 GiB</td><td>the size of a catalogue document</td></tr>
 *   <tr><td>{@link #maxAlbumBytes()}</td><td>16 MiB</td><td>the size of one line of a JSON Lines file</td></tr>
 *   <tr><td>{@link #maxAlbums()}</td><td>10,000,000</td><td>albums in one catalogue document</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public final class CatalogueLimits {

  private static final CatalogueLimits DEFAULTS = new CatalogueLimits(64, 100_000, 32, 1L << 30, 16L << 20,
      10_000_000L);

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final long maxDocumentBytes;
  private final long maxAlbumBytes;
  private final long maxAlbums;

  private CatalogueLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentBytes,
      long maxAlbumBytes, long maxAlbums) {
    this.maxNestingDepth = positive(maxNestingDepth, "maxNestingDepth");
    this.maxStringLength = positive(maxStringLength, "maxStringLength");
    this.maxNumberLength = positive(maxNumberLength, "maxNumberLength");
    this.maxDocumentBytes = positive(maxDocumentBytes, "maxDocumentBytes");
    this.maxAlbumBytes = positive(maxAlbumBytes, "maxAlbumBytes");
    this.maxAlbums = positive(maxAlbums, "maxAlbums");
  }

  private static int positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, not " + value);
    }
    return value;
  }

  private static long positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, not " + value);
    }
    return value;
  }

  /**
   * Returns the default limits, listed in the class description.
   *
   * @return the defaults
   */
  public static CatalogueLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns how deeply objects and arrays may be nested.
   *
   * @return the maximum depth
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest string or property name accepted, in characters.
   *
   * @return the maximum length
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest number accepted, in characters.
   *
   * @return the maximum length
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the largest catalogue document accepted, in bytes (in characters for text sources).
   *
   * @return the maximum size
   */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * Returns the longest line of a JSON Lines file accepted, in bytes (in characters for text sources).
   *
   * @return the maximum size of one album
   */
  public long maxAlbumBytes() {
    return maxAlbumBytes;
  }

  /**
   * Returns the most albums one catalogue document may hold.
   *
   * @return the maximum count
   */
  public long maxAlbums() {
    return maxAlbums;
  }

  /**
   * Returns these limits with another nesting depth.
   *
   * @param depth the maximum depth, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if {@code depth} is below 1
   */
  public CatalogueLimits withMaxNestingDepth(int depth) {
    return new CatalogueLimits(depth, maxStringLength, maxNumberLength, maxDocumentBytes, maxAlbumBytes, maxAlbums);
  }

  /**
   * Returns these limits with another string length.
   *
   * @param length the maximum length in characters, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if {@code length} is below 1
   */
  public CatalogueLimits withMaxStringLength(int length) {
    return new CatalogueLimits(maxNestingDepth, length, maxNumberLength, maxDocumentBytes, maxAlbumBytes, maxAlbums);
  }

  /**
   * Returns these limits with another number length.
   *
   * @param length the maximum length in characters, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if {@code length} is below 1
   */
  public CatalogueLimits withMaxNumberLength(int length) {
    return new CatalogueLimits(maxNestingDepth, maxStringLength, length, maxDocumentBytes, maxAlbumBytes, maxAlbums);
  }

  /**
   * Returns these limits with another document size.
   *
   * @param bytes the maximum size, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if {@code bytes} is below 1
   */
  public CatalogueLimits withMaxDocumentBytes(long bytes) {
    return new CatalogueLimits(maxNestingDepth, maxStringLength, maxNumberLength, bytes, maxAlbumBytes, maxAlbums);
  }

  /**
   * Returns these limits with another JSON Lines line size.
   *
   * @param bytes the maximum size of one line, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if {@code bytes} is below 1
   */
  public CatalogueLimits withMaxAlbumBytes(long bytes) {
    return new CatalogueLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentBytes, bytes, maxAlbums);
  }

  /**
   * Returns these limits with another album count.
   *
   * @param count the most albums per document, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if {@code count} is below 1
   */
  public CatalogueLimits withMaxAlbums(long count) {
    return new CatalogueLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentBytes, maxAlbumBytes,
        count);
  }

  @Override
  public String toString() {
    return "CatalogueLimits[nesting=" + maxNestingDepth + ", string=" + maxStringLength + ", number="
        + maxNumberLength + ", document=" + maxDocumentBytes + ", album=" + maxAlbumBytes + ", albums=" + maxAlbums
        + "]";
  }
}
