package io.github.linernotes.examples;

import io.github.linernotes.Album;
import io.github.linernotes.Citation;
import io.github.linernotes.Medium;
import io.github.linernotes.Personnel;
import io.github.linernotes.ReferenceAlbums;
import io.github.linernotes.Release;
import io.github.linernotes.Review;
import io.github.linernotes.Session;
import io.github.linernotes.Track;
import java.util.stream.Collectors;

/** Prints a short liner-notes summary of the bundled reference album. */
public final class LinerNotesSummary {

  private LinerNotesSummary() {}

  public static void main(String[] args) {
    Album album = ReferenceAlbums.ascenseurPourLEchafaud();
    System.out.println(album.title() + " - " + album.artistCredit()
        + album.firstReleased().map(d -> " (" + d + ")").orElse(""));

    System.out.println("\nSessions");
    for (Session session : album.sessions()) {
      System.out.println("  " + session.date().map(Object::toString).orElse("date unknown") + ", "
          + session.venue().map(v -> v.name().map(n -> n + ", ").orElse("") + v.city().orElse("")).orElse(""));
      for (Personnel person : session.lineUp()) {
        System.out.println("    " + person.name() + " - " + String.join(", ", person.instruments()));
      }
    }

    for (Release release : album.releases()) {
      System.out.println("\n" + release.title().orElse(album.title()) + " - "
          + release.labels().stream().map(l -> l.name() + l.catalogueNumber().map(c -> " " + c).orElse(""))
              .collect(Collectors.joining(" / "))
          + release.events().stream().map(e -> " [" + e.date().map(Object::toString).orElse("date unknown")
              + e.area().map(a -> ", " + a).orElse("") + "]").collect(Collectors.joining())
          + release.statedLength().map(l -> ", " + l).orElse(""));
      for (Medium medium : release.media()) {
        for (Track track : medium.tracks()) {
          System.out.printf("  %-4s %-40s %s%n", track.position(), track.title(),
              track.length().map(Object::toString).orElse(""));
        }
        medium.sections().forEach(s -> System.out.println("  " + s.firstPosition().map(f -> f + "-"
            + s.lastPosition().orElseThrow() + ": ").orElse("") + s.description()));
      }
      release.awards().forEach(a -> System.out.println("  " + a.name() + " " + a.outcome().name().toLowerCase()
          + a.date().map(d -> " (" + d + ")").orElse("") + ": " + a.category().orElse("")));
    }

    System.out.println("\nReviews");
    for (Review review : album.reviews()) {
      System.out.println("  " + review.publication() + ": " + review.rating().map(Object::toString).orElse("-")
          + (review.score().isPresent() ? " (" + review.score().getAsDouble() + "/100)" : "")
          + review.citation().map(c -> " [" + c + "]").orElse(""));
    }

    System.out.println("\nSources");
    for (Citation c : album.citations()) {
      String authors = c.authors().stream().map(a -> a.family() + a.given().map(g -> ", " + g).orElse(""))
          .collect(Collectors.joining("; "));
      System.out.println("  " + c.id() + ". " + (authors.isEmpty() ? "" : authors + " ")
          + c.issued().map(d -> "(" + d + ") ").orElse("") + c.title().map(t -> "\"" + t + "\" ").orElse("")
          + c.containerTitle().orElse("") + c.isbn().map(i -> " ISBN " + i).orElse("")
          + c.issn().map(i -> " ISSN " + i).orElse(""));
    }
  }
}
