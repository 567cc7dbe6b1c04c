package io.github.linernotes.imports;

import io.github.linernotes.AlbumKind;
import io.github.linernotes.CompanyRole;
import io.github.linernotes.CreditRole;
import io.github.linernotes.MediumFormat;
import io.github.linernotes.ReleaseStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * MusicBrainz's names for release-group types, release statuses, medium formats and relationship types, and
 * what they mean in the model. Names are matched without regard to case; every table is immutable.
 */
final class MusicBrainzVocabulary {

  private MusicBrainzVocabulary() {}

  private static final Map<String, AlbumKind> KINDS = lower(Map.ofEntries(
      Map.entry("Album", AlbumKind.ALBUM), Map.entry("Single", AlbumKind.SINGLE), Map.entry("EP", AlbumKind.EP),
      Map.entry("Broadcast", AlbumKind.BROADCAST), Map.entry("Other", AlbumKind.OTHER),
      Map.entry("Compilation", AlbumKind.COMPILATION), Map.entry("Soundtrack", AlbumKind.SOUNDTRACK),
      Map.entry("Spokenword", AlbumKind.SPOKENWORD), Map.entry("Interview", AlbumKind.INTERVIEW),
      Map.entry("Audiobook", AlbumKind.AUDIOBOOK), Map.entry("Audio drama", AlbumKind.AUDIO_DRAMA),
      Map.entry("Live", AlbumKind.LIVE), Map.entry("Remix", AlbumKind.REMIX), Map.entry("DJ-mix", AlbumKind.DJ_MIX),
      Map.entry("Mixtape/Street", AlbumKind.MIXTAPE), Map.entry("Demo", AlbumKind.DEMO),
      Map.entry("Field recording", AlbumKind.FIELD_RECORDING)));

  private static final Map<String, ReleaseStatus> STATUSES = lower(Map.of(
      "Official", ReleaseStatus.OFFICIAL, "Promotion", ReleaseStatus.PROMOTION, "Bootleg", ReleaseStatus.BOOTLEG,
      "Pseudo-Release", ReleaseStatus.PSEUDO_RELEASE, "Withdrawn", ReleaseStatus.WITHDRAWN,
      "Expunged", ReleaseStatus.EXPUNGED, "Cancelled", ReleaseStatus.CANCELLED));

  /** Formats whose name is exactly a model format. */
  private static final Map<String, MediumFormat> FORMATS = lower(Map.ofEntries(
      Map.entry("Vinyl", MediumFormat.VINYL), Map.entry("7\" Vinyl", MediumFormat.VINYL_7_INCH),
      Map.entry("10\" Vinyl", MediumFormat.VINYL_10_INCH), Map.entry("12\" Vinyl", MediumFormat.VINYL_12_INCH),
      Map.entry("Flexi-disc", MediumFormat.FLEXI_DISC), Map.entry("Shellac", MediumFormat.SHELLAC),
      Map.entry("CD", MediumFormat.CD), Map.entry("CD-R", MediumFormat.CD_R),
      Map.entry("Enhanced CD", MediumFormat.ENHANCED_CD), Map.entry("Mixed Mode CD", MediumFormat.MIXED_MODE_CD),
      Map.entry("HDCD", MediumFormat.HDCD), Map.entry("SACD", MediumFormat.SACD), Map.entry("DVD", MediumFormat.DVD),
      Map.entry("DVD-Audio", MediumFormat.DVD_AUDIO), Map.entry("DVD-Video", MediumFormat.DVD_VIDEO),
      Map.entry("Blu-ray", MediumFormat.BLU_RAY), Map.entry("Cassette", MediumFormat.CASSETTE),
      Map.entry("DAT", MediumFormat.DAT), Map.entry("Reel-to-reel", MediumFormat.REEL_TO_REEL),
      Map.entry("8-Track Cartridge", MediumFormat.EIGHT_TRACK), Map.entry("MiniDisc", MediumFormat.MINIDISC),
      Map.entry("Digital Media", MediumFormat.DIGITAL), Map.entry("USB Flash Drive", MediumFormat.USB)));

  /** Formats that are a kind of a model format; the medium keeps the MusicBrainz name in its descriptions. */
  private static final Map<String, MediumFormat> FORMAT_KINDS = lower(Map.ofEntries(
      Map.entry("7\" Flexi-disc", MediumFormat.FLEXI_DISC), Map.entry("10\" Shellac", MediumFormat.SHELLAC),
      Map.entry("12\" Shellac", MediumFormat.SHELLAC), Map.entry("7\" Shellac", MediumFormat.SHELLAC),
      Map.entry("8cm CD", MediumFormat.CD), Map.entry("Copy Control CD", MediumFormat.CD),
      Map.entry("Blu-spec CD", MediumFormat.CD), Map.entry("SHM-CD", MediumFormat.CD),
      Map.entry("HQCD", MediumFormat.CD), Map.entry("CD+G", MediumFormat.CD), Map.entry("8cm CD+G", MediumFormat.CD),
      Map.entry("Data CD", MediumFormat.CD), Map.entry("DTS CD", MediumFormat.CD), Map.entry("CDV", MediumFormat.CD),
      Map.entry("Hybrid SACD", MediumFormat.SACD), Map.entry("Hybrid SACD (CD layer)", MediumFormat.SACD),
      Map.entry("Hybrid SACD (SACD layer)", MediumFormat.SACD), Map.entry("SHM-SACD", MediumFormat.SACD),
      Map.entry("SACD (2 channels)", MediumFormat.SACD), Map.entry("SACD (multichannel)", MediumFormat.SACD),
      Map.entry("DualDisc", MediumFormat.DVD), Map.entry("DVDplus", MediumFormat.DVD),
      Map.entry("Blu-ray-R", MediumFormat.BLU_RAY), Map.entry("Microcassette", MediumFormat.CASSETTE),
      Map.entry("Download Card", MediumFormat.DIGITAL), Map.entry("Minimax CD", MediumFormat.CD)));

  private static final Map<String, CompanyRole> COMPANY_ROLES = lower(Map.ofEntries(
      Map.entry("phonographic copyright", CompanyRole.PHONOGRAPHIC_COPYRIGHT),
      Map.entry("copyright", CompanyRole.COPYRIGHT), Map.entry("distributed", CompanyRole.DISTRIBUTED_BY),
      Map.entry("manufactured", CompanyRole.MANUFACTURED_BY), Map.entry("marketed", CompanyRole.MARKETED_BY),
      Map.entry("printed", CompanyRole.PRINTED_BY), Map.entry("published", CompanyRole.PUBLISHED_BY),
      Map.entry("licensor", CompanyRole.LICENSED_FROM), Map.entry("licensee", CompanyRole.LICENSED_TO),
      Map.entry("pressed", CompanyRole.PRESSED_BY), Map.entry("recorded at", CompanyRole.RECORDED_AT),
      Map.entry("mixed at", CompanyRole.MIXED_AT), Map.entry("mastered at", CompanyRole.MASTERED_AT),
      Map.entry("lacquer cut at", CompanyRole.LACQUER_CUT_AT), Map.entry("manufactured at", CompanyRole.MANUFACTURED_BY),
      Map.entry("pressed at", CompanyRole.PRESSED_BY), Map.entry("printed at", CompanyRole.PRINTED_BY)));

  /** Relationship types (artist to release or recording) and the roles they stand for. */
  private static final Map<String, List<CreditRole>> ROLES = lower(Map.ofEntries(
      Map.entry("instrument", List.of(CreditRole.PERFORMER)),
      Map.entry("vocal", List.of(CreditRole.PERFORMER, CreditRole.VOCALS)),
      Map.entry("performer", List.of(CreditRole.PERFORMER)),
      Map.entry("performing orchestra", List.of(CreditRole.ORCHESTRA)),
      Map.entry("conductor", List.of(CreditRole.CONDUCTOR)),
      Map.entry("chorus master", List.of(CreditRole.CHORUS_MASTER)),
      Map.entry("engineer", List.of(CreditRole.ENGINEER)),
      Map.entry("sound", List.of(CreditRole.ENGINEER)),
      Map.entry("audio", List.of(CreditRole.ENGINEER)),
      Map.entry("recording", List.of(CreditRole.RECORDING_ENGINEER)),
      Map.entry("mix", List.of(CreditRole.MIXING)),
      Map.entry("mastering", List.of(CreditRole.MASTERING)),
      Map.entry("producer", List.of(CreditRole.PRODUCER)),
      Map.entry("editor", List.of(CreditRole.EDITOR)),
      Map.entry("arranger", List.of(CreditRole.ARRANGER)),
      Map.entry("instrument arranger", List.of(CreditRole.ARRANGER)),
      Map.entry("vocal arranger", List.of(CreditRole.ARRANGER)),
      Map.entry("orchestrator", List.of(CreditRole.ORCHESTRATOR)),
      Map.entry("remixer", List.of(CreditRole.REMIXER)),
      Map.entry("mix-DJ", List.of(CreditRole.DJ_MIX)),
      Map.entry("design/illustration", List.of(CreditRole.DESIGN, CreditRole.ILLUSTRATION)),
      Map.entry("design", List.of(CreditRole.DESIGN)),
      Map.entry("graphic design", List.of(CreditRole.DESIGN)),
      Map.entry("illustration", List.of(CreditRole.ILLUSTRATION)),
      Map.entry("art direction", List.of(CreditRole.ART_DIRECTION)),
      Map.entry("photography", List.of(CreditRole.PHOTOGRAPHY)),
      Map.entry("liner notes", List.of(CreditRole.LINER_NOTES)),
      Map.entry("lacquer cut", List.of(CreditRole.LACQUER_CUT)),
      Map.entry("composer", List.of(CreditRole.COMPOSER)),
      Map.entry("lyricist", List.of(CreditRole.LYRICIST)),
      Map.entry("librettist", List.of(CreditRole.LYRICIST)),
      Map.entry("writer", List.of(CreditRole.COMPOSER, CreditRole.LYRICIST))));

  /** Relationship types of a performance, whose dates say when the recording was made. */
  static final Set<String> PERFORMING = Set.of("instrument", "vocal", "performer", "performing orchestra",
      "conductor", "chorus master", "concertmaster", "performance", "recorded at", "recorded in");

  /** Attributes of instrument and vocal relationships that say how, not what, someone played or sang. */
  static final Set<String> FLAGS = Set.of("additional", "guest", "solo", "assistant", "associate", "co",
      "executive", "instrumental", "live", "partial", "cover", "medley", "translated", "karaoke");

  static Optional<AlbumKind> kind(String name) {
    return Optional.ofNullable(KINDS.get(key(name)));
  }

  static Optional<ReleaseStatus> status(String name) {
    return Optional.ofNullable(STATUSES.get(key(name)));
  }

  /** The format when MusicBrainz's name is exactly one of the model's. */
  static Optional<MediumFormat> format(String name) {
    return Optional.ofNullable(FORMATS.get(key(name)));
  }

  /** The model's format that a more specific MusicBrainz format belongs to. */
  static Optional<MediumFormat> formatKind(String name) {
    return Optional.ofNullable(FORMAT_KINDS.get(key(name)));
  }

  static Optional<CompanyRole> companyRole(String type) {
    return Optional.ofNullable(COMPANY_ROLES.get(key(type)));
  }

  static Optional<List<CreditRole>> roles(String type) {
    return Optional.ofNullable(ROLES.get(key(type)));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static <V> Map<String, V> lower(Map<String, V> map) {
    Map<String, V> out = new HashMap<>();
    map.forEach((k, v) -> out.put(key(k), v));
    return Map.copyOf(out);
  }
}
