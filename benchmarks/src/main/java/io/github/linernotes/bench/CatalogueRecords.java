package io.github.linernotes.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The baseline a user would write by hand: plain Java records with the same JSON shape as the library's
 * types, read and written by a plain Jackson 3 {@code JsonMapper} with no validation at all. Dates, lengths,
 * identifiers and enum values are plain strings; lists are plain lists (null when the property is absent).
 *
 * <p>Each record lists its components in the library's property order, and leaves out absent and empty
 * values when written ({@code NON_EMPTY}, as the library does), so a catalogue read into these records and
 * written back gives the same bytes as the library writes. Rating numbers are {@link BigDecimal}, the usual
 * choice for exact decimals, which also keeps {@code 5} from coming back as {@code 5.0}.
 */
public final class CatalogueRecords {

  private CatalogueRecords() {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record AlbumRecord(
      String title,
      List<ArtistCreditRecord> artists,
      List<String> kinds,
      List<String> genres,
      List<String> styles,
      String firstReleased,
      List<SessionRecord> sessions,
      List<ReleaseRecord> releases,
      List<PersonnelRecord> credits,
      List<ReviewRecord> reviews,
      List<CitationRecord> citations,
      List<String> sources,
      List<NoteRecord> notes,
      List<RelatedWorkRecord> relatedWorks,
      ChronologyRecord chronology,
      ExternalIdsRecord ids) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ArtistCreditRecord(String name, String joinPhrase, ExternalIdsRecord ids) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ExternalIdsRecord(String musicBrainz, String discogs, String wikidata) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record SessionRecord(String id, String date, VenueRecord venue, List<PersonnelRecord> lineUp,
      List<NoteRecord> notes) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record VenueRecord(String name, String city, String country) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PersonnelRecord(String name, List<String> instruments, List<String> roles, String roleNote,
      List<String> tracks, ExternalIdsRecord ids) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record NoteRecord(String text, String attributedTo, List<String> citations) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ReleaseRecord(
      String id,
      String title,
      String status,
      List<LabelRecord> labels,
      List<ReleaseEventRecord> events,
      String packaging,
      List<MediumRecord> media,
      String statedLength,
      Integer statedTrackCount,
      List<PersonnelRecord> credits,
      List<AwardRecord> awards,
      String barcode,
      ExternalIdsRecord ids,
      List<String> citations,
      List<NoteRecord> notes) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record LabelRecord(String name, String catalogueNumber, ExternalIdsRecord ids) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ReleaseEventRecord(String date, String area) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record MediumRecord(String format, String title, List<TrackRecord> tracks,
      List<MediumSectionRecord> sections) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record TrackRecord(
      String position,
      String title,
      String length,
      String session,
      Integer take,
      String version,
      Boolean alternateTake,
      Boolean previouslyUnreleased,
      List<PersonnelRecord> credits,
      List<NoteRecord> notes) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record MediumSectionRecord(String firstPosition, String lastPosition, String description,
      String version, Boolean alternateTakes, Boolean previouslyUnreleased, List<String> citations) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record AwardRecord(String name, String category, String date, String outcome, List<String> citations) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ReviewRecord(String publication, String reviewer, RatingRecord rating, String citation) {}

  /** All three rating shapes in one record: {@code type} says which of the other fields are set. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record RatingRecord(String type, BigDecimal value, BigDecimal best, BigDecimal step, String grade,
      String verdict) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record CitationRecord(
      String id,
      String kind,
      List<AuthorRecord> authors,
      String title,
      String containerTitle,
      String publisher,
      String publisherPlace,
      String issued,
      String accessed,
      String volume,
      String issue,
      String pages,
      String isbn,
      String issn,
      String url,
      String archiveUrl,
      String archived,
      String note) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record AuthorRecord(String family, String given) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record RelatedWorkRecord(String relation, String kind, String title, String creator, String creatorRole,
      String date, ExternalIdsRecord ids, String note, List<String> citations) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ChronologyRecord(AlbumLinkRecord previous, AlbumLinkRecord next) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record AlbumLinkRecord(String title, String date, ExternalIdsRecord ids) {}
}
