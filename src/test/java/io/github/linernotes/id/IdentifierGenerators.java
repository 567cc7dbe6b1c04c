package io.github.linernotes.id;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.UUID;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid identifiers, varied in every way the text forms allow (hyphens,
 * spaces, letter case, ranges), plus generators of near-miss and random text for robustness tests.
 *
 * <p>Check digits are computed here independently of {@link CheckDigits}, so a wrong formula in the
 * library cannot hide behind the generator. This class touches no Jackson class: tests that run with
 * only one Jackson major on the class path use it.
 */
@SuppressWarnings("exports") // the tests are patched into the library's module; QuickTheories is not a module
public final class IdentifierGenerators {

  private IdentifierGenerators() {}

  /** Valid ISBN-10s: bare, hyphenated or space-separated into up to four parts, some with {@code x}. */
  public static Gen<Isbn> isbn10s() {
    return randoms(12).map(r -> {
      String body = digitString(r, 0, 9);
      char check = isbn10Check(body);
      if (check == 'X' && r[9] % 4 == 0) {
        check = 'x';
      }
      return Isbn.parse(split(body + check, r[10], r[11], false));
    });
  }

  /** Valid ISBN-13s with prefix 978 or 979: bare, or split into up to five parts by hyphens or spaces. */
  public static Gen<Isbn> isbn13s() {
    return randoms(13).map(r -> {
      String body = (r[9] % 2 == 0 ? "978" : "979") + digitString(r, 0, 9);
      return Isbn.parse(split(body + gs1Check(body), r[10], r[11], true));
    });
  }

  /** Valid ISBN-10s and ISBN-13s, with and without separators. */
  public static Gen<Isbn> isbns() {
    return isbn10s().mix(isbn13s(), 50);
  }

  /** Valid ISSNs, given with or without the hyphen and with either case of {@code x}. */
  public static Gen<Issn> issns() {
    return randoms(9).map(r -> {
      String body = digitString(r, 0, 7);
      String check = String.valueOf(issnCheck(body));
      if (check.equals("X") && r[7] % 2 == 0) {
        check = "x";
      }
      String text = r[8] % 2 == 0 ? body.substring(0, 4) + '-' + body.substring(4) + check : body + check;
      return Issn.parse(text);
    });
  }

  /**
   * Valid ISRCs with random prefixes, registrants, years and designations, given bare or with the three
   * hyphens, in upper, lower or mixed case.
   */
  public static Gen<Isrc> isrcs() {
    return randoms(14).map(r -> {
      StringBuilder sb = new StringBuilder();
      sb.append(UPPER.charAt(r[0] % 26)).append(UPPER.charAt(r[1] % 26));
      for (int i = 2; i < 5; i++) {
        sb.append(REGISTRANT_CHARS.charAt(r[i] % REGISTRANT_CHARS.length()));
      }
      sb.append(digitString(r, 5, 7));
      String code = sb.toString();
      switch (r[12] % 3) {
        case 0:
          break;
        case 1:
          code = code.toLowerCase(java.util.Locale.ROOT);
          break;
        default:
          StringBuilder mixed = new StringBuilder(code);
          for (int i = 0; i < mixed.length(); i++) {
            if ((r[13] >> i & 1) == 1) {
              mixed.setCharAt(i, Character.toLowerCase(mixed.charAt(i)));
            }
          }
          code = mixed.toString();
          break;
      }
      if (r[12] % 2 == 0) {
        code = code.substring(0, 2) + '-' + code.substring(2, 5) + '-' + code.substring(5, 7) + '-' + code.substring(7);
      }
      return Isrc.parse(code);
    });
  }

  /**
   * Valid ISWCs with random work numbers, given as {@code T-NNN.NNN.NNN-C}, {@code T-NNNNNNNNN-C} or
   * {@code TNNNNNNNNNC}, with {@code T} in either case.
   */
  public static Gen<Iswc> iswcs() {
    return randoms(11).map(r -> {
      String body = digitString(r, 0, 9);
      char check = iswcCheck(body);
      String t = r[10] % 4 == 0 ? "t" : "T";
      switch (r[9] % 3) {
        case 0:
          return Iswc.parse(t + "-" + body.substring(0, 3) + '.' + body.substring(3, 6) + '.' + body.substring(6)
              + '-' + check);
        case 1:
          return Iswc.parse(t + "-" + body + '-' + check);
        default:
          return Iswc.parse(t + body + check);
      }
    });
  }

  /** Valid UPC-A and EAN-13 barcodes, bare or grouped by spaces and hyphens as sleeves print them. */
  public static Gen<Barcode> barcodes() {
    return randoms(15).map(r -> {
      int length = r[12] % 2 == 0 ? 12 : 13;
      String body = digitString(r, 0, length - 1);
      String digits = body + gs1Check(body);
      return Barcode.parse(r[13] % 3 == 0 ? digits : sprinkleSeparators(digits, r[14]));
    });
  }

  /** MusicBrainz ids from random UUIDs (half of them shaped like version 4), from either letter case. */
  public static Gen<MusicBrainzId> musicBrainzIds() {
    return longs().all().zip(longs().all(), integers().between(0, 3), (high, low, style) -> {
      UUID uuid = style % 2 == 0
          ? new UUID(high & ~0xF000L | 0x4000L, low & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L)
          : new UUID(high, low);
      switch (style) {
        case 0:
          return MusicBrainzId.of(uuid);
        case 1:
          return MusicBrainzId.parse(uuid.toString().toUpperCase(java.util.Locale.ROOT));
        default:
          return MusicBrainzId.parse(uuid.toString());
      }
    });
  }

  /** Discogs ids: mostly of the size Discogs issues, some anywhere up to {@link Long#MAX_VALUE}. */
  public static Gen<DiscogsId> discogsIds() {
    return Generate.longRange(1, 40_000_000L).mix(Generate.longRange(1, Long.MAX_VALUE), 25).map(DiscogsId::of);
  }

  /** Wikidata item ids: mostly of realistic size, some anywhere up to {@link Long#MAX_VALUE}. */
  public static Gen<WikidataId> wikidataIds() {
    return Generate.longRange(1, 140_000_000L).mix(Generate.longRange(1, Long.MAX_VALUE), 25).map(WikidataId::of);
  }

  /**
   * Valid web addresses: http or https (sometimes in upper case), a domain name, IPv4 or IPv6 host,
   * an optional port, and paths, queries and fragments with sub-delimiters and percent escapes.
   */
  public static Gen<WebAddress> webAddresses() {
    return randoms(40).map(r -> WebAddress.parse(webAddressText(r)));
  }

  /**
   * Text near valid identifiers: each value from {@code valid} with one to three random edits (a
   * character deleted, inserted, replaced or swapped with its neighbour, or the text cut short), the
   * new characters drawn from digits, separators, letters that matter to identifiers, and troublemakers
   * such as Arabic-Indic and full-width digits, lone surrogates, emoji and control characters. Some
   * results are still valid.
   *
   * @param valid the texts to start from
   * @return the edited texts
   */
  public static Gen<String> mutationsOf(Gen<String> valid) {
    return valid.zip(randoms(10), IdentifierGenerators::mutate);
  }

  /** Random text: any code points, ASCII, or the troublemaker alphabet, up to 40 characters. */
  public static Gen<String> garbage() {
    Gen<String> troublemakers = randoms(41).map(r -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 1; i <= r[0] % 41; i++) {
        sb.append(TROUBLEMAKERS.get(r[i] % TROUBLEMAKERS.size()));
      }
      return sb.toString();
    });
    return strings().allPossible().ofLengthBetween(0, 40)
        .mix(strings().ascii().ofLengthBetween(0, 40), 50)
        .mix(troublemakers, 40);
  }

  /** Characters and short strings that parsers tend to trip over. */
  static final List<String> TROUBLEMAKERS = List.of(
      "0", "1", "5", "7", "8", "9", "-", " ", "  ", "X", "x", "Q", "q", "P", "a", "T", "t", "US", "F", "g", ":",
      "/", "//", "%",
      "%2", "%zz", "@", "?", "#", "[", "]", "{", "}", "+", ".", "http", "https://", "\u0663", "\uFF13", "\u0969",
      "\uD83C", "\uDFB5", "\uD83C\uDFB5", "\u0000", "\t", "\n", "\u00A0", "\u2013", "\u00E9", "\u0130", "\u017F");

  static String mutate(String text, int[] r) {
    StringBuilder sb = new StringBuilder(text);
    int edits = 1 + r[0] % 3;
    for (int e = 0; e < edits; e++) {
      int pos = sb.length() == 0 ? 0 : r[1 + 3 * e] % (sb.length() + 1);
      String insert = TROUBLEMAKERS.get(r[2 + 3 * e] % TROUBLEMAKERS.size());
      switch (r[3 + 3 * e] % 5) {
        case 0:
          if (pos < sb.length()) {
            sb.deleteCharAt(pos);
          }
          break;
        case 1:
          sb.insert(pos, insert);
          break;
        case 2:
          if (pos < sb.length()) {
            sb.replace(pos, pos + 1, insert);
          } else {
            sb.append(insert);
          }
          break;
        case 3:
          if (pos + 1 < sb.length()) {
            char c = sb.charAt(pos);
            sb.setCharAt(pos, sb.charAt(pos + 1));
            sb.setCharAt(pos + 1, c);
          }
          break;
        default:
          sb.setLength(Math.min(pos, sb.length()));
          break;
      }
    }
    return sb.toString();
  }

  // ---- check digits, computed the textbook way (weights from the left) ----

  static char isbn10Check(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nineDigits.charAt(i) - '0') * (10 - i);
    }
    int check = (11 - sum % 11) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  static char issnCheck(String sevenDigits) {
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (sevenDigits.charAt(i) - '0') * (8 - i);
    }
    int check = (11 - sum % 11) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  /** ISWC check digit: one plus each digit times its position from 1 on the left, up to a multiple of 10. */
  static char iswcCheck(String nineDigits) {
    int sum = 1;
    for (int i = 1; i <= 9; i++) {
      sum += i * (nineDigits.charAt(i - 1) - '0');
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  /** GS1 check digit: weights 1, 3, 1, … from the left for 12 digits, 3, 1, 3, … for 11. */
  static char gs1Check(String body) {
    int sum = 0;
    boolean three = body.length() % 2 == 1;
    for (int i = 0; i < body.length(); i++) {
      sum += (body.charAt(i) - '0') * (three ? 3 : 1);
      three = !three;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  // ---- helpers ----

  private static Gen<int[]> randoms(int count) {
    return Generate.intArrays(Generate.constant(count), Generate.range(0, 1_000_000));
  }

  private static String digitString(int[] r, int from, int count) {
    StringBuilder sb = new StringBuilder(count);
    for (int i = from; i < from + count; i++) {
      sb.append((char) ('0' + r[i] % 10));
    }
    return sb.toString();
  }

  /**
   * Splits an ISBN into registration-group, registrant, publication and check parts (plus the prefix
   * for ISBN-13), joined by hyphens or spaces, or leaves it bare.
   */
  private static String split(String isbn, int style, int cuts, boolean thirteen) {
    if (style % 4 == 0) {
      return isbn;
    }
    String prefix = thirteen ? isbn.substring(0, 3) : "";
    String core = isbn.substring(prefix.length(), isbn.length() - 1);
    char check = isbn.charAt(isbn.length() - 1);
    int group = 1 + cuts % 5;
    int registrant = 1 + (cuts / 5) % (core.length() - group - 1);
    String sep = style % 4 == 3 ? " " : "-";
    String parts = core.substring(0, group) + sep + core.substring(group, group + registrant) + sep
        + core.substring(group + registrant) + sep + check;
    if (style % 4 == 2 && !thirteen) {
      return core + sep + check;
    }
    return thirteen ? prefix + sep + parts : parts;
  }

  private static String sprinkleSeparators(String digits, int seed) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (seed >> (i % 20) & 1) == 1) {
        sb.append((seed >> ((i + 7) % 20) & 1) == 1 ? ' ' : '-');
      }
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String REGISTRANT_CHARS = UPPER + "0123456789";
  private static final String LABEL_CHARS = LETTERS + "0123456789";
  private static final String PATH_CHARS = LABEL_CHARS + "ABCXYZ-._~!$&'()*+,;=:@";

  private static String webAddressText(int[] r) {
    StringBuilder sb = new StringBuilder();
    sb.append(List.of("http", "https", "https", "HTTPS", "Http").get(r[0] % 5)).append("://");
    switch (r[1] % 4) {
      case 0:
        sb.append(r[2] % 256).append('.').append(r[3] % 256).append('.').append(r[4] % 256).append('.')
            .append(r[5] % 256);
        break;
      case 1:
        sb.append("[2001:db8::").append(Integer.toHexString(r[2] % 65536)).append(']');
        break;
      default:
        int labels = 1 + r[2] % 3;
        for (int i = 0; i < labels; i++) {
          sb.append(label(r[3 + i], LABEL_CHARS)).append('.');
        }
        sb.append(label(r[6], LETTERS));
        break;
    }
    if (r[7] % 4 == 0) {
      sb.append(':').append(r[8] % 65536);
    }
    int segments = r[9] % 5;
    for (int i = 0; i < segments; i++) {
      sb.append('/').append(pathText(r[10 + i], r[15 + i]));
    }
    if (r[20] % 3 == 0) {
      sb.append('/');
    }
    if (r[21] % 3 == 0) {
      sb.append('?').append(pathText(r[22], r[23])).append('=').append(pathText(r[24], r[25]));
    }
    if (r[26] % 4 == 0) {
      sb.append('#').append(pathText(r[27], r[28]));
    }
    return sb.toString();
  }

  /** A host label of 1 to 12 characters that starts and ends with a letter or digit from {@code first}. */
  private static String label(int seed, String first) {
    int length = 1 + seed % 12;
    StringBuilder sb = new StringBuilder();
    int x = seed;
    for (int i = 0; i < length; i++) {
      x = x * 1_103_515_245 + 12_345;
      int pick = Math.floorMod(x >> 8, 1000);
      boolean hyphenAllowed = i > 0 && i < length - 1 && first.equals(LABEL_CHARS);
      if (hyphenAllowed && pick % 7 == 0) {
        sb.append('-');
      } else {
        String alphabet = i == 0 ? first : LABEL_CHARS;
        sb.append(alphabet.charAt(pick % alphabet.length()));
      }
    }
    return sb.toString();
  }

  private static String pathText(int seed, int lengthSeed) {
    int length = lengthSeed % 10;
    StringBuilder sb = new StringBuilder();
    int x = seed;
    for (int i = 0; i < length; i++) {
      x = x * 1_103_515_245 + 12_345;
      int pick = Math.floorMod(x >> 8, 1000);
      if (pick % 11 == 0) {
        sb.append('%').append("0123456789ABCDEFabcdef".charAt(pick % 22)).append("0123456789ABCDEF".charAt(pick % 16));
      } else {
        sb.append(PATH_CHARS.charAt(pick % PATH_CHARS.length()));
      }
    }
    return sb.toString();
  }
}
