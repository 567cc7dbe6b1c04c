package io.github.linernotes.cli;

import io.github.linernotes.Album;
import io.github.linernotes.Award;
import io.github.linernotes.Citation;
import io.github.linernotes.LabelInfo;
import io.github.linernotes.Medium;
import io.github.linernotes.MediumSection;
import io.github.linernotes.Personnel;
import io.github.linernotes.Release;
import io.github.linernotes.ReleaseEvent;
import io.github.linernotes.Review;
import io.github.linernotes.Session;
import io.github.linernotes.Track;
import io.github.linernotes.Venue;
import io.github.linernotes.json.LinerNotesJson;
import io.github.linernotes.value.RunningTime;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Prints an album as a short, readable summary, the way liner notes would set it out. */
final class Summary {

  private final PrintStream out;

  private Summary(PrintStream out) {
    this.out = out;
  }

  /** Prints {@code album} to {@code out}. */
  static void print(Album album, PrintStream out) {
    new Summary(out).album(album);
  }

  private void album(Album album) {
    out.println(album.title());
    List<String> byline = new ArrayList<>();
    byline.add(album.artistCredit());
    album.firstReleased().ifPresent(date -> byline.add(date.toString()));
    if (!album.kinds().isEmpty()) {
      byline.add(album.kinds().stream().map(Summary::words).collect(Collectors.joining(", ")));
    }
    out.println(String.join(" · ", byline));

    if (!album.sessions().isEmpty()) {
      out.println();
      out.println("Sessions");
      album.sessions().forEach(this::session);
    }
    if (!album.releases().isEmpty()) {
      out.println();
      out.println("Releases");
      album.releases().forEach(release -> release(album, release));
    }
    if (!album.reviews().isEmpty()) {
      out.println();
      out.println("Reviews");
      album.reviews().forEach(this::review);
    }
    if (!album.citations().isEmpty()) {
      out.println();
      out.println("Sources");
      album.citations().forEach(this::citation);
      if (!album.sources().isEmpty()) {
        out.println("  The album as a whole rests on "
            + album.sources().stream().map(id -> "[" + id + "]").collect(Collectors.joining(", ")) + ".");
      }
    }
  }

  private void session(Session session) {
    out.println("  " + session.date().map(Object::toString).orElse("date unknown")
        + session.venue().map(venue -> ", " + place(venue)).orElse(""));
    for (Personnel person : session.lineUp()) {
      out.println("    " + person.name()
          + (person.instruments().isEmpty() ? "" : " (" + String.join(", ", person.instruments()) + ")"));
    }
  }

  private static String place(Venue venue) {
    List<String> parts = new ArrayList<>();
    venue.name().ifPresent(parts::add);
    venue.city().ifPresent(parts::add);
    venue.country().ifPresent(parts::add);
    return String.join(", ", parts);
  }

  private void release(Album album, Release release) {
    List<String> facts = new ArrayList<>();
    String labels = release.labels().stream().map(Summary::label).collect(Collectors.joining(" / "));
    if (!labels.isEmpty()) {
      facts.add(labels);
    }
    for (ReleaseEvent event : release.events()) {
      facts.add(event.date().map(Object::toString).orElse("date unknown")
          + event.area().map(area -> " (" + area + ")").orElse(""));
    }
    release.statedLength().ifPresent(length -> facts.add(length.toString()));
    out.println("  " + release.title().orElse(album.title()) + (facts.isEmpty() ? "" : ": " + String.join(", ", facts)));

    for (Medium medium : release.media()) {
      medium.format().ifPresent(format -> out.println("    " + words(format)
          + medium.title().map(title -> ": " + title).orElse("")));
      for (Track track : medium.tracks()) {
        out.println(String.format(Locale.ROOT, "    %-4s %-42s %s", track.position(), track.title(),
            track.length().map(Object::toString).orElse("")).stripTrailing());
      }
      for (MediumSection section : medium.sections()) {
        String range = section.firstPosition()
            .map(first -> first + section.lastPosition().filter(last -> !last.equals(first)).map(last -> "–" + last)
                .orElse("") + ": ")
            .orElse("");
        out.println("    " + range + section.description());
      }
    }
    Optional<RunningTime> total = trackTotal(release);
    total.filter(sum -> release.statedLength().map(stated -> !stated.equals(sum)).orElse(true))
        .ifPresent(sum -> out.println("    tracks add up to " + sum));
    for (Award award : release.awards()) {
      out.println("    " + award.name() + award.category().map(category -> ", " + category).orElse("") + ": "
          + words(award.outcome()) + award.date().map(date -> " (" + date + ")").orElse(""));
    }
  }

  /** The sum of the track lengths, when every track of the release has one. */
  private static Optional<RunningTime> trackTotal(Release release) {
    List<RunningTime> lengths = new ArrayList<>();
    for (Medium medium : release.media()) {
      for (Track track : medium.tracks()) {
        if (track.length().isEmpty()) {
          return Optional.empty();
        }
        lengths.add(track.length().get());
      }
    }
    return lengths.isEmpty() ? Optional.empty() : Optional.of(RunningTime.sum(lengths));
  }

  private static String label(LabelInfo label) {
    return label.name() + label.catalogueNumber().map(number -> " " + number).orElse("");
  }

  private void review(Review review) {
    StringBuilder line = new StringBuilder("  ").append(review.publication());
    review.reviewer().ifPresent(reviewer -> line.append(" (").append(reviewer).append(')'));
    line.append(": ").append(review.rating().map(Object::toString).orElse("no rating"));
    review.score().ifPresent(score -> line.append(" = ").append(number(score)).append("/100"));
    review.citation().ifPresent(id -> line.append(" [").append(id).append(']'));
    out.println(line);
  }

  private void citation(Citation citation) {
    List<String> parts = new ArrayList<>();
    String authors = citation.authors().stream()
        .map(author -> author.family() + author.given().map(given -> ", " + given).orElse(""))
        .collect(Collectors.joining("; "));
    if (!authors.isEmpty()) {
      parts.add(authors);
    }
    citation.title().ifPresent(title -> parts.add("\"" + title + "\""));
    citation.containerTitle().ifPresent(parts::add);
    citation.publisher().ifPresent(parts::add);
    citation.issued().ifPresent(date -> parts.add(date.toString()));
    citation.pages().ifPresent(pages -> parts.add("p. " + pages));
    citation.isbn().ifPresent(isbn -> parts.add("ISBN " + isbn));
    citation.issn().ifPresent(issn -> parts.add("ISSN " + issn));
    citation.url().ifPresent(url -> parts.add(url.toString()));
    out.println("  [" + citation.id() + "] " + String.join(", ", parts));
  }

  /** An enum constant as the JSON form names it: {@code VINYL_10_INCH} becomes {@code 10-inch-vinyl}. */
  private static String words(Enum<?> constant) {
    String json = LinerNotesJson.write(constant);
    return json.startsWith("\"") && json.endsWith("\"") ? json.substring(1, json.length() - 1)
        : constant.name().toLowerCase(Locale.ROOT);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }
}
