package io.github.linernotes.consistency;

import io.github.linernotes.problem.ProblemCode;

/**
 * The stable codes of consistency findings, each with its severity. The {@link #code()} strings never
 * change meaning between releases; new codes may be added.
 */
public enum FindingCode implements ProblemCode {
  /** A release's tracks, all with lengths, add up to something other than its stated length. */
  STATED_LENGTH_MISMATCH("stated-length-mismatch", Severity.WARNING),
  /** A release states its length but some of its tracks have none, so the sum cannot be checked. */
  STATED_LENGTH_UNVERIFIABLE("stated-length-unverifiable", Severity.INFO),
  /** A release's tracks with lengths already add up to more than its stated length. */
  STATED_LENGTH_EXCEEDED("stated-length-exceeded", Severity.WARNING),
  /** A release lists a different number of tracks than it states. */
  STATED_TRACK_COUNT_MISMATCH("stated-track-count-mismatch", Severity.WARNING),
  /** A release was certainly issued before a session whose recordings it holds took place. */
  RELEASE_BEFORE_RECORDING("release-before-recording", Severity.ERROR),
  /** A date that certainly lies after the day of the check. */
  DATE_IN_FUTURE("date-in-future", Severity.WARNING),
  /** The album's first release date is certainly later than one of its releases. */
  FIRST_RELEASE_AFTER_RELEASE("first-release-after-release", Severity.WARNING),
  /** A review that names no citation. */
  REVIEW_WITHOUT_CITATION("review-without-citation", Severity.WARNING),
  /** A citation that nothing in the album refers to. */
  UNUSED_CITATION("unused-citation", Severity.WARNING),
  /** A source read online certainly before it was published. */
  ACCESSED_BEFORE_ISSUED("accessed-before-issued", Severity.ERROR),
  /** A source archived certainly before it was published. */
  ARCHIVED_BEFORE_ISSUED("archived-before-issued", Severity.ERROR),
  /** The same recording (title, session, take and version) appears twice on one medium. */
  DUPLICATE_RECORDING("duplicate-recording", Severity.WARNING),
  /** A session's musician is credited on a position where no track from that session is. */
  CREDIT_OUTSIDE_SESSION("credit-outside-session", Severity.WARNING),
  /** A role as credited that no known role stands for: kept, and reported so that it can be mapped. */
  UNKNOWN_ROLE("unknown-role", Severity.INFO),
  /** A medium whose format the model does not know, described only by its printed details. */
  UNKNOWN_FORMAT("unknown-format", Severity.INFO),
  /**
   * An album of a catalogue that names the same MusicBrainz release group or Discogs master as an album
   * before it ({@link SharedAlbumIds}): most likely one album entered twice.
   */
  SHARED_ALBUM_ID("shared-album-id", Severity.WARNING);

  private final String code;
  private final Severity severity;

  FindingCode(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /**
   * Returns the stable code.
   *
   * @return the code, such as {@code stated-length-mismatch}
   */
  public String code() {
    return code;
  }

  /**
   * Returns how serious findings with this code are.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /** Returns {@link #code()}. */
  @Override
  public String toString() {
    return code;
  }
}
