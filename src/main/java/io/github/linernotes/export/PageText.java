package io.github.linernotes.export;

import io.github.linernotes.ArtistCredit;
import io.github.linernotes.Venue;
import io.github.linernotes.value.Letter;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.PublicationDate;
import io.github.linernotes.value.Rating;
import io.github.linernotes.value.RunningTime;
import io.github.linernotes.value.Score;
import io.github.linernotes.value.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Display text for the liner-notes page: dates, lengths, ratings, names and places in plain English. */
final class PageText {

  private static final Pattern SINGLE =
      Pattern.compile("(-?)([0-9X]{4})(?:-([0-9X]{2})(?:-([0-9X]{2}))?)?([?~%]?)");
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private PageText() {}

  /** A date as a reader says it: "4–5 December 1957", "April 2006", "the 1980s", "about 1988". */
  static String date(PartialDate date) {
    String text = date.toString();
    int slash = text.indexOf('/');
    if (slash < 0) {
      return single(text);
    }
    String start = text.substring(0, slash);
    String end = text.substring(slash + 1);
    if (start.equals("..") && end.equals("..")) {
      return "at an open time";
    }
    if (end.equals("..")) {
      return "from " + single(start) + " on";
    }
    if (start.equals("..")) {
      return "up to " + single(end);
    }
    if (end.isEmpty()) {
      return single(start) + " – unknown";
    }
    if (start.isEmpty()) {
      return "unknown – " + single(end);
    }
    Matcher a = SINGLE.matcher(start);
    Matcher b = SINGLE.matcher(end);
    if (a.matches() && b.matches() && a.group(1).isEmpty() && b.group(1).isEmpty()
        && a.group(5).isEmpty() && b.group(5).isEmpty() && isPlainDay(a) && isPlainDay(b)
        && a.group(2).equals(b.group(2))) {
      int m1 = Integer.parseInt(a.group(3));
      int m2 = Integer.parseInt(b.group(3));
      int d1 = Integer.parseInt(a.group(4));
      int d2 = Integer.parseInt(b.group(4));
      if (m1 == m2) {
        return d1 + "–" + d2 + " " + monthName(m1) + " " + a.group(2);
      }
      return d1 + " " + monthName(m1) + " – " + d2 + " " + monthName(m2) + " " + a.group(2);
    }
    return single(start) + " – " + single(end);
  }

  private static boolean isPlainDay(Matcher m) {
    return m.group(4) != null && m.group(2).indexOf('X') < 0 && m.group(3).indexOf('X') < 0
        && m.group(4).indexOf('X') < 0 && Integer.parseInt(m.group(3)) <= 12;
  }

  private static String single(String text) {
    Matcher m = SINGLE.matcher(text);
    if (!m.matches()) {
      return text;
    }
    boolean negative = !m.group(1).isEmpty();
    String digits = m.group(2);
    String month = m.group(3);
    String day = m.group(4);
    String qualifier = m.group(5);
    int masked = 0;
    for (int i = digits.length() - 1; i >= 0 && digits.charAt(i) == 'X'; i--) {
      masked++;
    }
    String shown;
    if (masked == 4) {
      shown = "an unknown year";
    } else if (masked > 0) {
      String low = digits.replace('X', '0');
      String high = digits.replace('X', '9');
      String era = negative ? " BCE (astronomical years -" + low + " to -" + high + ")" : "";
      shown = masked <= 2 && !negative ? "the " + Integer.parseInt(low) + "s" : low + "–" + high + era;
    } else {
      int year = Integer.parseInt(digits) * (negative ? -1 : 1);
      String yearText = year > 0 ? Integer.toString(year) : (1 - year) + " BCE";
      if (month == null || month.equals("XX")) {
        shown = yearText;
      } else {
        int mo = Integer.parseInt(month);
        if (mo > 12) {
          shown = quarter(mo) + " " + yearText;
        } else if (day == null || day.equals("XX")) {
          shown = monthName(mo) + " " + yearText;
        } else {
          shown = Integer.parseInt(day) + " " + monthName(mo) + " " + yearText;
        }
      }
    }
    switch (qualifier) {
      case "?":
        return shown + " (uncertain)";
      case "~":
        return "about " + shown;
      case "%":
        return "about " + shown + " (uncertain)";
      default:
        return shown;
    }
  }

  private static String quarter(int season) {
    switch (season) {
      case 21:
        return "January–March";
      case 22:
        return "April–June";
      case 23:
        return "July–September";
      default:
        return "October–December";
    }
  }

  private static String monthName(int month) {
    return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** A source's date: the date, or "n.d." for a source that has none. */
  static String date(PublicationDate date) {
    return date.date().map(PageText::date).orElse("n.d.");
  }

  /** A length as printed. */
  static String length(RunningTime length) {
    return length.toString();
  }

  /** A length as an HTML duration string (ISO 8601), for a {@code time} element's {@code datetime}. */
  static String duration(RunningTime length) {
    return length.toDuration().toString();
  }

  /**
   * The total of a group of tracks: their sum when all have a length, the sum of those that have one and how
   * many lack one, or "not given".
   */
  static String total(List<RunningTime> known, int unknown) {
    if (known.isEmpty()) {
      return unknown == 0 ? "—" : "not given";
    }
    String sum = RunningTime.sum(known).toString();
    if (unknown == 0) {
      return sum;
    }
    return "at least " + sum + " (" + unknown + (unknown == 1 ? " track has" : " tracks have") + " no length)";
  }

  /** An artist credit as one line, with its join phrases: "Miles Davis", "Simon & Garfunkel". */
  static String credit(List<ArtistCredit> artists) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < artists.size(); i++) {
      ArtistCredit a = artists.get(i);
      out.append(a.creditedAs().orElse(a.name()));
      if (a.joinPhrase().isPresent()) {
        out.append(a.joinPhrase().get());
      } else if (i < artists.size() - 1) {
        out.append(i == artists.size() - 2 ? " and " : ", ");
      }
    }
    return out.toString().strip();
  }

  /** A place: venue name, city, country. */
  static String venue(Venue venue) {
    List<String> parts = new ArrayList<>();
    venue.name().ifPresent(parts::add);
    venue.city().ifPresent(parts::add);
    venue.country().map(PageText::country).ifPresent(parts::add);
    return String.join(", ", parts);
  }

  /** A country or area code in English: FR is France, XE Europe, XW worldwide. */
  static String country(String code) {
    switch (code) {
      case "XE":
        return "Europe";
      case "XW":
        return "worldwide";
      default:
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equals(code) ? code : name;
    }
  }

  /** An enum constant's words: {@code POSSIBLY_INSPIRED_BY} is "possibly inspired by". */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The first letter upper case. */
  static String capitalized(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /** A number without trailing zeros or exponent. */
  static String number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /** A rating as published: stars for a score out of 5 in halves, "8.1 of 10", the letter, the verdict. */
  static String shown(Rating rating) {
    if (rating instanceof Score) {
      Score s = (Score) rating;
      if (isStars(s)) {
        int halves = s.value().multiply(TWO).intValueExact();
        return "★".repeat(halves / 2) + (halves % 2 == 1 ? "½" : "") + "☆".repeat((10 - halves) / 2);
      }
      return number(s.value()) + " of " + number(s.best());
    }
    if (rating instanceof Letter) {
      return ((Letter) rating).grade().toString().replace('-', '−');
    }
    return "“" + ((Verdict) rating).text() + "”";
  }

  /** Whether a rating is shown as a row of stars. */
  static boolean isStars(Rating rating) {
    if (!(rating instanceof Score)) {
      return false;
    }
    Score s = (Score) rating;
    BigDecimal halves = s.value().multiply(TWO);
    return s.best().compareTo(FIVE) == 0 && halves.stripTrailingZeros().scale() <= 0;
  }

  /** The words for a row of stars, for assistive technology: "4.5 of 5 stars". */
  static String spoken(Rating rating) {
    Score s = (Score) rating;
    return number(s.value()) + " of 5 stars";
  }

  /** The 0–100 figure: a whole number, or one decimal. */
  static String outOf100(OptionalDouble normalized) {
    if (normalized.isEmpty()) {
      return "—";
    }
    BigDecimal value = BigDecimal.valueOf(normalized.getAsDouble()).setScale(1, RoundingMode.HALF_UP);
    return number(value);
  }

  /**
   * Text as the page can carry it: Unicode noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF), which no HTML
   * document may contain, become U+FFFD; everything else is kept.
   */
  static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (isNonCharacter(cp)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += n;
    }
    return out == null ? text : out.toString();
  }

  static boolean isNonCharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }
}
