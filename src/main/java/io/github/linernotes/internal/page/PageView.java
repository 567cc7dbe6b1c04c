package io.github.linernotes.internal.page;

import java.util.List;

/**
 * Everything the liner-notes page template shows, computed beforehand: every value is display text (the
 * template escapes it), a list (possibly empty), a number or a flag, never null. An empty string means
 * "nothing to show". Not part of the library's API (the package is not exported).
 *
 * @param title the album's title
 * @param artist the artist credit as one line
 * @param kind the kinds of album, as words
 * @param jsonLd the schema.org JSON-LD document, already made safe to stand inside a script element
 * @param infobox the infobox rows
 * @param releases the releases with their track lists
 * @param sessions the recording sessions
 * @param works the works and their writers
 * @param credits the album's own credits
 * @param reviews the reviews
 * @param notes the album's notes
 * @param related the related works
 * @param awards the awards of every release
 * @param sourceRefs the citations the album's facts rest on as a whole
 * @param sources the numbered sources
 */
public record PageView(String title, String artist, String kind, String jsonLd, List<Row> infobox,
    List<ReleaseView> releases, List<SessionView> sessions, List<WorkView> works, List<CreditView> credits,
    List<ReviewView> reviews, List<NoteView> notes, List<RelatedView> related, List<AwardView> awards,
    List<Integer> sourceRefs, List<SourceView> sources) {

  /**
   * One row of the infobox or of a fact list.
   *
   * @param label what the row gives
   * @param values one line each
   */
  public record Row(String label, List<String> values) {}

  /**
   * A release.
   *
   * @param anchor the element id of its section
   * @param heading its name
   * @param facts labels, dates, stated length
   * @param media its media
   * @param credits its own credits
   * @param notes its notes
   * @param refs the citations backing it
   */
  public record ReleaseView(String anchor, String heading, List<Row> facts, List<MediumView> media,
      List<CreditView> credits, List<NoteView> notes, List<Integer> refs) {}

  /**
   * A medium of a release.
   *
   * @param heading its name (format, details), may be empty when the release has one medium of unknown format
   * @param sides the track list, one group per side (one group when the positions name no side)
   * @param totalLabel what the medium total is called, empty when there is no medium total row
   * @param total the medium total text
   * @param sections described parts of the medium
   * @param empty true when the medium lists neither tracks nor sections
   */
  public record MediumView(String heading, List<SideView> sides, String totalLabel, String total,
      List<SectionView> sections, boolean empty) {}

  /**
   * One side (or the whole medium) as a table.
   *
   * @param caption the table caption
   * @param tracks the rows
   * @param totalLabel the label of the total row
   * @param total the total text
   */
  public record SideView(String caption, List<TrackView> tracks, String totalLabel, String total) {}

  /**
   * One track.
   *
   * @param position as printed
   * @param title the title
   * @param detail version, take, artists and the like; may be empty
   * @param length the length as printed, empty if unknown
   * @param duration the length as an HTML duration string, empty if unknown
   * @param notes the track's and its recording's notes
   */
  public record TrackView(String position, String title, String detail, String length, String duration,
      List<NoteView> notes) {}

  /**
   * A described part of a medium.
   *
   * @param range the tracks it covers, may be empty
   * @param description what it holds
   * @param detail version and flags, may be empty
   * @param refs its citations
   */
  public record SectionView(String range, String description, String detail, List<Integer> refs) {}

  /**
   * A recording session.
   *
   * @param anchor the element id of its section
   * @param heading when and where, as a heading
   * @param lineUp who played
   * @param recordings what was recorded, titles
   * @param notes its notes
   */
  public record SessionView(String anchor, String heading, List<CreditView> lineUp, List<String> recordings,
      List<NoteView> notes) {}

  /**
   * A person's credit.
   *
   * @param name the name, with the credited name when it differs
   * @param what instruments and roles
   * @param on the recordings or tracks it is limited to, or a phrase for all of them
   */
  public record CreditView(String name, String what, String on) {}

  /**
   * A work.
   *
   * @param title the title
   * @param composers the composers
   * @param writers lyricists and arrangers, with their parts
   * @param iswc the ISWC, may be empty
   */
  public record WorkView(String title, String composers, String writers, String iswc) {}

  /**
   * A review.
   *
   * @param publication where it appeared
   * @param reviewer who wrote it, may be empty
   * @param shown the rating as published: stars, a score, a letter or the verdict's words; may be empty
   * @param spoken the rating in words for assistive technology, empty when {@code shown} reads well
   * @param stars true when {@code shown} is a row of stars
   * @param outOf100 the 0–100 figure, may be empty
   * @param refs the citation
   */
  public record ReviewView(String publication, String reviewer, String shown, String spoken, boolean stars,
      String outOf100, List<Integer> refs) {}

  /**
   * A note.
   *
   * @param attribution who said it, may be empty
   * @param text the text
   * @param refs its citations
   */
  public record NoteView(String attribution, String text, List<Integer> refs) {}

  /**
   * A related work.
   *
   * @param relation how it is related
   * @param title its title
   * @param detail kind, creator, date
   * @param note its note, may be empty
   * @param refs its citations
   */
  public record RelatedView(String relation, String title, String detail, String note, List<Integer> refs) {}

  /**
   * An award.
   *
   * @param text the award, category, year and outcome
   * @param release the element id of the release it went to
   * @param releaseName the release's name
   * @param refs its citations
   */
  public record AwardView(String text, String release, String releaseName, List<Integer> refs) {}

  /**
   * A numbered source.
   *
   * @param number its number, from 1
   * @param parts the formatted reference in pieces
   */
  public record SourceView(int number, List<Part> parts) {}

  /**
   * A piece of a formatted reference.
   *
   * @param text the text
   * @param style {@code plain}, {@code italic} or {@code link}
   * @param href the address of a link, empty otherwise
   */
  public record Part(String text, String style, String href) {}
}
