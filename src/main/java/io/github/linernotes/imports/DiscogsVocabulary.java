package io.github.linernotes.imports;

import io.github.linernotes.CompanyRole;
import io.github.linernotes.CreditRole;
import io.github.linernotes.IdentifierType;
import io.github.linernotes.MediumFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The fixed tables from Discogs' words to the model's vocabularies: roles, formats, companies, codes, countries. */
final class DiscogsVocabulary {

  private DiscogsVocabulary() {}

  private static final Map<String, List<CreditRole>> ROLES = new HashMap<>();
  private static final Map<String, CompanyRole> COMPANIES = new HashMap<>();
  private static final Map<String, IdentifierType> IDENTIFIERS = new HashMap<>();
  private static final Map<String, String> COUNTRIES = new HashMap<>();
  /** Words that start an instrument's name word: {@code Guitar}, {@code Saxophone}, {@code Vocals}. */
  private static final List<String> INSTRUMENT_STEMS = List.of("guitar", "saxophon", "synthesi", "keyboard",
      "drum", "percussion", "piano", "violin", "trumpet", "trombone", "clarinet", "vocal", "flute", "cello");
  /** Whole words (a final s allowed) that name an instrument or a voice. */
  private static final List<String> INSTRUMENT_WORDS = List.of("bass", "organ", "sax", "synth", "viola",
      "harmonica", "banjo", "mandolin", "harp", "vibraphone", "vibes", "horn", "tuba", "oboe", "bassoon", "cornet",
      "congas", "bongos", "tambourine", "sitar", "accordion", "clavinet", "mellotron", "strings", "turntables",
      "sampler", "harpsichord", "celesta", "glockenspiel", "marimba", "xylophone", "timpani", "ukulele", "fiddle",
      "bagpipes", "whistle", "recorder", "kalimba", "tabla", "bouzouki", "theremin", "moog", "cymbal", "voice",
      "electronics", "tapes", "shaker", "cowbell", "triangle", "bells", "chimes", "woodwind", "brass", "lute",
      "zither", "didgeridoo", "melodica", "rhodes", "wurlitzer", "hammond", "beatbox", "scratches", "handclaps",
      "whistling", "kazoo", "autoharp", "dobro", "steel", "koto", "shamisen", "erhu", "oud", "balalaika",
      "contrabass", "piccolo", "euphonium", "sousaphone", "tenor", "alto", "baritone", "soprano", "choir",
      "chorus", "flugelhorn", "congas", "claves", "guiro", "cabasa", "timbales", "djembe", "harmonium",
      "glass", "lyre", "dulcimer", "ocarina", "pipa", "santoor", "sarod", "shakuhachi", "tanpura", "vocoder");

  static {
    role(CreditRole.PRODUCER, "producer", "co-producer", "produced by", "co-produced by", "additional producer",
        "producer [produced by]");
    role(CreditRole.EXECUTIVE_PRODUCER, "executive producer", "executive-producer");
    role(CreditRole.COMPOSER, "written-by", "written by", "composed by", "music by", "songwriter", "composer",
        "written-by, composed by", "score");
    role(CreditRole.LYRICIST, "lyrics by", "words by", "lyricist", "libretto by");
    ROLES.put("songwriter", List.of(CreditRole.COMPOSER, CreditRole.LYRICIST));
    role(CreditRole.ARRANGER, "arranged by", "arranger", "horns arranged by", "strings arranged by",
        "vocals arranged by");
    role(CreditRole.ORCHESTRATOR, "orchestrated by");
    role(CreditRole.CONDUCTOR, "conductor", "conducted by", "directed by [musical director]");
    role(CreditRole.ENGINEER, "engineer", "assistant engineer", "mixing engineer", "sound engineer",
        "engineer [assistant]", "mastering engineer");
    role(CreditRole.RECORDING_ENGINEER, "recorded by", "recording engineer");
    role(CreditRole.MIXING, "mixed by", "mixing", "mixed by [mixed]");
    role(CreditRole.MASTERING, "mastered by", "remastered by", "mastering");
    role(CreditRole.LACQUER_CUT, "lacquer cut by", "cut by");
    role(CreditRole.REMIXER, "remix", "remixed by", "remixer");
    role(CreditRole.DJ_MIX, "dj mix", "mixed by [dj mix]");
    role(CreditRole.EDITOR, "edited by", "editor", "edit");
    role(CreditRole.DESIGN, "design", "sleeve", "layout", "graphic design", "artwork", "artwork by", "cover",
        "design concept", "typography", "lettering");
    role(CreditRole.ART_DIRECTION, "art direction", "creative director");
    role(CreditRole.ILLUSTRATION, "illustration", "illustrated by", "painting", "drawing");
    role(CreditRole.PHOTOGRAPHY, "photography by", "photography", "photographs by");
    role(CreditRole.LINER_NOTES, "liner notes", "sleeve notes");
    role(CreditRole.DIRECTOR, "directed by", "director", "film director", "video director");
    role(CreditRole.ORCHESTRA, "orchestra");
    role(CreditRole.CHORUS_MASTER, "chorus master", "choir master", "chorus director");
    role(CreditRole.LEADER, "leader", "bandleader", "band leader");
    role(CreditRole.PERFORMER, "performer", "featuring", "read by", "narrator", "performed by", "musician",
        "soloist", "ensemble", "band", "backing band");

    COMPANIES.put("pressed by", CompanyRole.PRESSED_BY);
    COMPANIES.put("manufactured by", CompanyRole.MANUFACTURED_BY);
    COMPANIES.put("distributed by", CompanyRole.DISTRIBUTED_BY);
    COMPANIES.put("marketed by", CompanyRole.MARKETED_BY);
    COMPANIES.put("licensed from", CompanyRole.LICENSED_FROM);
    COMPANIES.put("licensed to", CompanyRole.LICENSED_TO);
    COMPANIES.put("phonographic copyright (p)", CompanyRole.PHONOGRAPHIC_COPYRIGHT);
    COMPANIES.put("copyright (c)", CompanyRole.COPYRIGHT);
    COMPANIES.put("published by", CompanyRole.PUBLISHED_BY);
    COMPANIES.put("recorded at", CompanyRole.RECORDED_AT);
    COMPANIES.put("mixed at", CompanyRole.MIXED_AT);
    COMPANIES.put("mastered at", CompanyRole.MASTERED_AT);
    COMPANIES.put("lacquer cut at", CompanyRole.LACQUER_CUT_AT);
    COMPANIES.put("printed by", CompanyRole.PRINTED_BY);

    IDENTIFIERS.put("asin", IdentifierType.ASIN);
    IDENTIFIERS.put("label code", IdentifierType.LABEL_CODE);
    IDENTIFIERS.put("matrix / runout", IdentifierType.MATRIX_RUNOUT);
    IDENTIFIERS.put("mastering sid code", IdentifierType.MASTERING_SID);
    IDENTIFIERS.put("mould sid code", IdentifierType.MOULD_SID);
    IDENTIFIERS.put("price code", IdentifierType.PRICE_CODE);
    IDENTIFIERS.put("rights society", IdentifierType.RIGHTS_SOCIETY);
    IDENTIFIERS.put("other", IdentifierType.OTHER);

    for (String code : Locale.getISOCountries()) {
      COUNTRIES.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
    }
    String[][] specials = {
        {"europe", "XE"}, {"worldwide", "XW"}, {"uk", "GB"}, {"usa", "US"}, {"us", "US"},
        {"united kingdom", "GB"}, {"united states", "US"}, {"holland", "NL"}, {"russia", "RU"},
        {"south korea", "KR"}, {"north korea", "KP"}, {"czech republic", "CZ"}, {"hong kong", "HK"},
        {"macau", "MO"}, {"ivory coast", "CI"}, {"macedonia", "MK"}, {"burma", "MM"}, {"vietnam", "VN"},
        {"bosnia & herzegovina", "BA"}, {"bosnia and herzegovina", "BA"}, {"trinidad & tobago", "TT"},
        {"congo, democratic republic of the", "CD"}, {"congo, republic of the", "CG"}, {"palestine", "PS"},
        {"taiwan", "TW"}, {"iran", "IR"}, {"syria", "SY"}, {"laos", "LA"}, {"moldova, republic of", "MD"},
        {"saint kitts and nevis", "KN"}, {"saint vincent and the grenadines", "VC"},
        {"antigua & barbuda", "AG"}, {"turkey", "TR"}, {"reunion", "RE"}, {"curaçao", "CW"},
    };
    for (String[] s : specials) {
      COUNTRIES.put(s[0], s[1]);
    }
  }

  private static void role(CreditRole role, String... words) {
    for (String w : words) {
      ROLES.put(w, List.of(role));
    }
  }

  private static String key(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }

  /** The known roles a Discogs role word (without its bracketed detail) stands for; empty if none. */
  static List<CreditRole> roles(String base) {
    return ROLES.getOrDefault(key(base), List.of());
  }

  /** Whether a Discogs role word names an instrument or a voice. */
  static boolean isInstrument(String base) {
    String k = key(base);
    if (ROLES.containsKey(k)) {
      return false;
    }
    for (String word : k.split("[^\\p{L}]+")) {
      for (String stem : INSTRUMENT_STEMS) {
        if (word.startsWith(stem)) {
          return true;
        }
      }
      for (String w : INSTRUMENT_WORDS) {
        if (word.equals(w) || word.equals(w + "s")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether an instrument word is a voice. */
  static boolean isVoice(String base) {
    String k = key(base);
    return k.contains("vocal") || k.equals("voice") || k.contains("choir") || k.contains("chorus");
  }

  static Optional<CompanyRole> companyRole(String entityTypeName) {
    return Optional.ofNullable(COMPANIES.get(key(entityTypeName)));
  }

  static Optional<IdentifierType> identifierType(String type) {
    return Optional.ofNullable(IDENTIFIERS.get(key(type)));
  }

  /** The ISO 3166-1 alpha-2 code (or XE, XW) of a Discogs country name; empty for a region without one. */
  static Optional<String> countryCode(String name) {
    return Optional.ofNullable(COUNTRIES.get(key(name)));
  }

  /** The family of a format for reading positions: CD, DVD, BR, SIDE (records and tapes) or OTHER. */
  static String family(MediumFormat f) {
    if (f == null) {
      return "OTHER";
    }
    switch (f) {
      case CD: case CD_R: case ENHANCED_CD: case MIXED_MODE_CD: case HDCD: case SACD:
        return "CD";
      case DVD: case DVD_AUDIO: case DVD_VIDEO:
        return "DVD";
      case BLU_RAY:
        return "BR";
      case VINYL: case VINYL_7_INCH: case VINYL_10_INCH: case VINYL_12_INCH: case FLEXI_DISC: case SHELLAC:
      case CASSETTE: case REEL_TO_REEL: case EIGHT_TRACK:
        return "SIDE";
      default:
        return "OTHER";
    }
  }

  /** The family a Discogs position prefix ({@code CD}, {@code DVD}, {@code BR}) names; empty if none. */
  static Optional<String> prefixFamily(String prefix) {
    switch (prefix.toUpperCase(Locale.ROOT)) {
      case "CD": case "CDR": case "SACD": case "HDCD":
        return Optional.of("CD");
      case "DVD": case "DVDR":
        return Optional.of("DVD");
      case "BR": case "BD": case "BLURAY":
        return Optional.of("BR");
      default:
        return Optional.empty();
    }
  }

  /**
   * The medium format of a Discogs format name with its descriptions; empty when the name is not a medium
   * Discogs knows (then it is kept as text).
   */
  static Optional<MediumFormat> format(String name, List<String> descriptions) {
    String k = key(name);
    switch (k) {
      case "vinyl":
        if (descriptions.contains("12\"")) {
          return Optional.of(MediumFormat.VINYL_12_INCH);
        } else if (descriptions.contains("10\"")) {
          return Optional.of(MediumFormat.VINYL_10_INCH);
        } else if (descriptions.contains("7\"")) {
          return Optional.of(MediumFormat.VINYL_7_INCH);
        } else if (descriptions.contains("LP")) {
          return Optional.of(MediumFormat.VINYL_12_INCH);
        }
        return Optional.of(MediumFormat.VINYL);
      case "shellac":
        return Optional.of(MediumFormat.SHELLAC);
      case "flexi-disc":
        return Optional.of(MediumFormat.FLEXI_DISC);
      case "cd":
        if (descriptions.contains("HDCD")) {
          return Optional.of(MediumFormat.HDCD);
        } else if (descriptions.contains("Enhanced")) {
          return Optional.of(MediumFormat.ENHANCED_CD);
        }
        return Optional.of(MediumFormat.CD);
      case "cdr":
        return Optional.of(MediumFormat.CD_R);
      case "sacd":
        return Optional.of(MediumFormat.SACD);
      case "hdcd":
        return Optional.of(MediumFormat.HDCD);
      case "dvd":
      case "dvdr":
        if (descriptions.contains("DVD-Video")) {
          return Optional.of(MediumFormat.DVD_VIDEO);
        } else if (descriptions.contains("DVD-Audio")) {
          return Optional.of(MediumFormat.DVD_AUDIO);
        }
        return Optional.of(MediumFormat.DVD);
      case "blu-ray":
      case "blu-ray-r":
        return Optional.of(MediumFormat.BLU_RAY);
      case "cassette":
        return Optional.of(MediumFormat.CASSETTE);
      case "dat":
        return Optional.of(MediumFormat.DAT);
      case "reel-to-reel":
        return Optional.of(MediumFormat.REEL_TO_REEL);
      case "8-track cartridge":
        return Optional.of(MediumFormat.EIGHT_TRACK);
      case "minidisc":
        return Optional.of(MediumFormat.MINIDISC);
      case "file":
        return Optional.of(MediumFormat.DIGITAL);
      default:
        return Optional.empty();
    }
  }
}
