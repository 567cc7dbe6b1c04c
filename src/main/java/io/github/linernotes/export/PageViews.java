package io.github.linernotes.export;

import io.github.linernotes.Album;
import io.github.linernotes.AlbumKind;
import io.github.linernotes.AlbumLink;
import io.github.linernotes.Author;
import io.github.linernotes.Award;
import io.github.linernotes.Citation;
import io.github.linernotes.CitationKind;
import io.github.linernotes.CreditRole;
import io.github.linernotes.LabelInfo;
import io.github.linernotes.Medium;
import io.github.linernotes.MediumFormat;
import io.github.linernotes.MediumSection;
import io.github.linernotes.Note;
import io.github.linernotes.Personnel;
import io.github.linernotes.Recording;
import io.github.linernotes.RelatedWork;
import io.github.linernotes.Release;
import io.github.linernotes.ReleaseEvent;
import io.github.linernotes.Review;
import io.github.linernotes.Session;
import io.github.linernotes.Track;
import io.github.linernotes.Work;
import io.github.linernotes.WorkRelation;
import io.github.linernotes.internal.page.PageView.AwardView;
import io.github.linernotes.internal.page.PageView.CreditView;
import io.github.linernotes.internal.page.PageView.MediumView;
import io.github.linernotes.internal.page.PageView.NoteView;
import io.github.linernotes.internal.page.PageView.Part;
import io.github.linernotes.internal.page.PageView.RelatedView;
import io.github.linernotes.internal.page.PageView.ReleaseView;
import io.github.linernotes.internal.page.PageView.ReviewView;
import io.github.linernotes.internal.page.PageView.Row;
import io.github.linernotes.internal.page.PageView.SectionView;
import io.github.linernotes.internal.page.PageView.SessionView;
import io.github.linernotes.internal.page.PageView.SideView;
import io.github.linernotes.internal.page.PageView.SourceView;
import io.github.linernotes.internal.page.PageView.TrackView;
import io.github.linernotes.internal.page.PageView.WorkView;
import io.github.linernotes.internal.page.PageView;
import io.github.linernotes.value.RunningTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns an album into the page's view: every text it shows, in the order it shows them. */
final class PageViews {

  /** A side letter at the start of a position: A1, B12, AA3, C; not CD1 or 12. */
  private static final Pattern SIDE = Pattern.compile("([A-Z]{1,2})(?=[0-9]|[.-]|$).*");

  private final Album album;
  private final Map<String, Integer> numbers = new HashMap<>();
  private final Map<String, Recording> recordings = new HashMap<>();
  private final List<String> releaseNames = new ArrayList<>();

  private PageViews(Album album) {
    this.album = album;
    for (int i = 0; i < album.citations().size(); i++) {
      numbers.put(album.citations().get(i).id(), i + 1);
    }
    for (Recording r : album.recordings()) {
      recordings.put(r.id(), r);
    }
    for (Release r : album.releases()) {
      releaseNames.add(releaseName(r));
    }
  }

  static PageView of(Album album, String jsonLd) {
    return new PageViews(album).view(jsonLd);
  }

  private PageView view(String jsonLd) {
    String kind = album.kinds().stream().map(PageViews::kindWord).collect(Collectors.joining(", "));
    List<ReleaseView> releases = new ArrayList<>();
    List<AwardView> awards = new ArrayList<>();
    for (int i = 0; i < album.releases().size(); i++) {
      Release r = album.releases().get(i);
      releases.add(release(r, i));
      for (Award a : r.awards()) {
        awards.add(new AwardView(award(a), "release-" + (i + 1), releaseNames.get(i), refs(a.citations())));
      }
    }
    List<SessionView> sessions = new ArrayList<>();
    for (int i = 0; i < album.sessions().size(); i++) {
      sessions.add(session(album.sessions().get(i), i));
    }
    List<WorkView> works = album.works().stream().map(PageViews::work).collect(Collectors.toList());
    List<CreditView> credits = unlimited(album.credits().stream().map(p -> credit(p, "the whole album"))
        .collect(Collectors.toList()), album.credits());
    List<ReviewView> reviews = album.reviews().stream().map(this::review).collect(Collectors.toList());
    List<RelatedView> related = album.relatedWorks().stream().map(this::related).collect(Collectors.toList());
    List<SourceView> sources = new ArrayList<>();
    for (int i = 0; i < album.citations().size(); i++) {
      sources.add(new SourceView(i + 1, source(album.citations().get(i))));
    }
    return new PageView(album.title(), PageText.credit(album.artists()), kind, jsonLd, infobox(), releases,
        sessions, works, credits, reviews, notes(album.notes()), related, awards, refs(album.sources()), sources);
  }

  private static String kindWord(AlbumKind kind) {
    switch (kind) {
      case EP:
        return "EP";
      case DJ_MIX:
        return "DJ mix";
      case SPOKENWORD:
        return "Spoken word";
      default:
        return PageText.capitalized(PageText.words(kind));
    }
  }

  // ---------------------------------------------------------------- infobox

  private List<Row> infobox() {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("Artist", List.of(PageText.credit(album.artists()))));
    album.firstReleased().ifPresent(d -> rows.add(new Row("Released", List.of(PageText.date(d)))));
    List<String> recorded = new ArrayList<>();
    Set<String> places = new LinkedHashSet<>();
    for (Session s : album.sessions()) {
      s.date().ifPresent(d -> recorded.add(PageText.date(d)));
      s.venue().map(PageText::venue).filter(v -> !v.isEmpty()).ifPresent(places::add);
    }
    add(rows, "Recorded", recorded);
    add(rows, album.kinds().contains(AlbumKind.LIVE) ? "Venue" : "Studio", new ArrayList<>(places));
    List<String> genres = new ArrayList<>(album.genres());
    genres.addAll(album.styles());
    add(rows, "Genre", genres);
    List<String> lengths = new ArrayList<>();
    Set<String> labels = new LinkedHashSet<>();
    for (int i = 0; i < album.releases().size(); i++) {
      Release r = album.releases().get(i);
      Optional<RunningTime> length = r.statedLength().or(() -> completeSum(r));
      int index = i;
      length.ifPresent(l -> lengths.add(PageText.length(l) + " (" + releaseNames.get(index) + ")"));
      for (LabelInfo l : r.labels()) {
        labels.add(l.name() + l.catalogueNumber().map(c -> " " + c).orElse(""));
      }
    }
    for (Release r : album.releases()) {
      for (LabelInfo l : r.labels()) {
        // a label without a number adds nothing when the same label is already listed with one
        if (l.catalogueNumber().isEmpty() && labels.stream().anyMatch(x -> x.startsWith(l.name() + " "))) {
          labels.remove(l.name());
        }
      }
    }
    add(rows, "Length", lengths);
    add(rows, "Label", new ArrayList<>(labels));
    album.chronology().ifPresent(c -> {
      c.previous().ifPresent(p -> rows.add(new Row("Previous album", List.of(link(p)))));
      c.next().ifPresent(n -> rows.add(new Row("Next album", List.of(link(n)))));
    });
    return rows;
  }

  private static void add(List<Row> rows, String label, List<String> values) {
    if (!values.isEmpty()) {
      rows.add(new Row(label, values));
    }
  }

  private static String link(AlbumLink link) {
    return link.title() + link.date().map(d -> " (" + PageText.date(d) + ")").orElse("");
  }

  private static Optional<RunningTime> completeSum(Release r) {
    List<RunningTime> lengths = new ArrayList<>();
    for (Medium m : r.media()) {
      for (Track t : m.tracks()) {
        if (t.length().isEmpty()) {
          return Optional.empty();
        }
        lengths.add(t.length().get());
      }
    }
    return lengths.isEmpty() ? Optional.empty() : Optional.of(RunningTime.sum(lengths));
  }

  // ---------------------------------------------------------------- releases

  private String releaseName(Release r) {
    if (r.title().isPresent()) {
      return r.title().get();
    }
    List<String> parts = new ArrayList<>();
    String labels = r.labels().stream().map(LabelInfo::name).distinct().collect(Collectors.joining(" / "));
    if (!labels.isEmpty()) {
      parts.add(labels);
    }
    r.media().stream().map(Medium::format).flatMap(Optional::stream).findFirst()
        .ifPresent(f -> parts.add(format(f)));
    String name = parts.isEmpty() ? "Release" : String.join(" ", parts);
    Optional<String> year = r.events().stream().map(ReleaseEvent::date).flatMap(Optional::stream)
        .map(PageText::date).findFirst();
    return name + year.map(y -> ", " + y).orElse("");
  }

  private static String format(MediumFormat format) {
    switch (format) {
      case CD:
        return "CD";
      case CD_R:
        return "CD-R";
      case HDCD:
        return "HDCD";
      case SACD:
        return "SACD";
      case DVD:
        return "DVD";
      case DVD_AUDIO:
        return "DVD-Audio";
      case DVD_VIDEO:
        return "DVD-Video";
      case BLU_RAY:
        return "Blu-ray";
      case DAT:
        return "DAT";
      case MINIDISC:
        return "MiniDisc";
      case USB:
        return "USB drive";
      case VINYL_7_INCH:
        return "7-inch vinyl";
      case VINYL_10_INCH:
        return "10-inch vinyl";
      case VINYL_12_INCH:
        return "12-inch vinyl";
      case EIGHT_TRACK:
        return "8-track cartridge";
      default:
        return PageText.words(format).replace("mixed mode", "mixed-mode").replace("reel to reel", "reel-to-reel")
            .replace("flexi disc", "flexi-disc");
    }
  }

  /** What a medium total is called: "LP total", "CD total". */
  private static String shortName(Optional<MediumFormat> format) {
    if (format.isEmpty()) {
      return "Total";
    }
    switch (format.get()) {
      case VINYL:
      case VINYL_10_INCH:
      case VINYL_12_INCH:
        return "LP total";
      case VINYL_7_INCH:
        return "Record total";
      case CASSETTE:
        return "Cassette total";
      default:
        return format(format.get()) + " total";
    }
  }

  private ReleaseView release(Release r, int index) {
    List<Row> facts = new ArrayList<>();
    add(facts, "Label", r.labels().stream()
        .map(l -> l.name() + l.catalogueNumber().map(c -> ", " + c).orElse("")).collect(Collectors.toList()));
    add(facts, "Released", r.events().stream().map(e -> {
      String when = e.date().map(PageText::date).orElse("date not given");
      Optional<String> where = e.areaName().or(() -> e.area().map(PageText::country));
      return when + where.map(w -> ", " + w).orElse("");
    }).collect(Collectors.toList()));
    if (!r.artists().isEmpty()) {
      add(facts, "Credited to", List.of(PageText.credit(r.artists())));
    }
    r.packaging().ifPresent(p -> facts.add(new Row("Packaging", List.of(p))));
    r.barcode().ifPresent(b -> facts.add(new Row("Barcode", List.of(b.toString()))));
    List<String> length = new ArrayList<>();
    Optional<RunningTime> sum = completeSum(r);
    r.statedLength().ifPresent(s -> length.add(PageText.length(s) + " stated"));
    sum.ifPresent(s -> {
      if (r.statedLength().isEmpty() || !r.statedLength().get().isEqual(s)) {
        length.add("tracks add up to " + PageText.length(s));
      } else {
        length.set(0, PageText.length(s) + " (stated; the tracks add up to the same)");
      }
    });
    add(facts, "Length", length);
    r.statedTrackCount().ifPresent(n -> facts.add(new Row("Tracks", List.of(n + " stated"))));
    List<MediumView> media = new ArrayList<>();
    for (int i = 0; i < r.media().size(); i++) {
      media.add(medium(r.media().get(i), i, r.media().size()));
    }
    List<CreditView> credits = unlimited(r.credits().stream().map(p -> credit(p, "every track"))
        .collect(Collectors.toList()), r.credits());
    return new ReleaseView("release-" + (index + 1), releaseNames.get(index), facts, media, credits,
        notes(r.notes()), refs(r.citations()));
  }

  private MediumView medium(Medium m, int index, int count) {
    List<String> heading = new ArrayList<>();
    m.format().map(PageViews::format).ifPresent(heading::add);
    heading.addAll(m.descriptions());
    m.channels().map(PageText::words).ifPresent(heading::add);
    String name = String.join(", ", heading);
    if (m.title().isPresent()) {
      name = m.title().get() + (name.isEmpty() ? "" : " (" + name + ")");
    }
    if (count > 1) {
      name = "Disc " + (index + 1) + (name.isEmpty() ? "" : ": " + name);
    }
    List<SideView> sides = new ArrayList<>();
    List<List<Track>> groups = new ArrayList<>();
    List<String> letters = new ArrayList<>();
    for (Track t : m.tracks()) {
      Matcher side = SIDE.matcher(t.position());
      String letter = side.matches() ? side.group(1) : "";
      if (groups.isEmpty() || !letters.get(letters.size() - 1).equals(letter)) {
        groups.add(new ArrayList<>());
        letters.add(letter);
      }
      groups.get(groups.size() - 1).add(t);
    }
    boolean sided = letters.stream().anyMatch(l -> !l.isEmpty());
    List<RunningTime> allKnown = new ArrayList<>();
    int allUnknown = 0;
    for (int g = 0; g < groups.size(); g++) {
      List<RunningTime> known = new ArrayList<>();
      int unknown = 0;
      List<TrackView> rows = new ArrayList<>();
      for (Track t : groups.get(g)) {
        rows.add(track(t));
        if (t.length().isPresent()) {
          known.add(t.length().get());
        } else {
          unknown++;
        }
      }
      allKnown.addAll(known);
      allUnknown += unknown;
      String letter = letters.get(g);
      String caption = !sided ? "Tracks" : letter.isEmpty() ? "Other tracks" : "Side " + letter;
      String totalLabel = !sided ? "Total" : letter.isEmpty() ? "Total" : "Side " + letter + " total";
      sides.add(new SideView(caption, rows, totalLabel, PageText.total(known, unknown)));
    }
    String totalLabel = sides.size() > 1 ? shortName(m.format()) : "";
    List<SectionView> sections = m.sections().stream().map(this::section).collect(Collectors.toList());
    return new MediumView(name, sides, totalLabel, PageText.total(allKnown, allUnknown), sections,
        m.tracks().isEmpty() && m.sections().isEmpty());
  }

  private TrackView track(Track t) {
    Optional<Recording> rec = t.recording().map(recordings::get);
    List<String> detail = new ArrayList<>();
    if (!t.artists().isEmpty()) {
      detail.add("by " + PageText.credit(t.artists()));
    } else if (rec.isPresent() && !rec.get().artists().isEmpty()) {
      detail.add("by " + PageText.credit(rec.get().artists()));
    }
    t.version().or(() -> rec.flatMap(Recording::version)).ifPresent(detail::add);
    if (t.take().isPresent()) {
      detail.add("take " + t.take().getAsInt());
    } else if (rec.isPresent() && rec.get().take().isPresent()) {
      detail.add("take " + rec.get().take().getAsInt());
    }
    if (t.alternateTake() || rec.map(Recording::alternateTake).orElse(false)) {
      detail.add("alternate take");
    }
    if (t.previouslyUnreleased()) {
      detail.add("previously unreleased");
    }
    for (Personnel p : t.credits()) {
      String what = what(p);
      detail.add(p.name() + (what.isEmpty() ? "" : " (" + what + ")"));
    }
    List<NoteView> notes = new ArrayList<>(notes(t.notes()));
    rec.ifPresent(r -> notes.addAll(notes(r.notes())));
    String length = t.length().map(PageText::length).orElse("");
    String duration = t.length().map(PageText::duration).orElse("");
    return new TrackView(t.position(), t.title(), String.join(" · ", detail), length, duration, notes);
  }

  private SectionView section(MediumSection s) {
    String range;
    if (s.firstPosition().isPresent() && s.lastPosition().isPresent()) {
      range = s.firstPosition().get().equals(s.lastPosition().get()) ? "Track " + s.firstPosition().get()
          : "Tracks " + s.firstPosition().get() + "–" + s.lastPosition().get();
    } else if (s.firstPosition().isPresent()) {
      range = "From track " + s.firstPosition().get();
    } else {
      range = s.lastPosition().map(p -> "Up to track " + p).orElse("");
    }
    List<String> detail = new ArrayList<>();
    s.version().ifPresent(v -> detail.add("version: " + v));
    if (s.alternateTakes()) {
      detail.add("alternate takes");
    }
    if (s.previouslyUnreleased()) {
      detail.add("previously unreleased");
    }
    return new SectionView(range, s.description(), detail.isEmpty() ? "" : "(" + String.join("; ", detail) + ")",
        refs(s.citations()));
  }

  // ---------------------------------------------------------------- sessions, credits, works

  private SessionView session(Session s, int index) {
    List<String> heading = new ArrayList<>();
    s.date().map(PageText::date).ifPresent(heading::add);
    s.venue().map(PageText::venue).filter(v -> !v.isEmpty()).ifPresent(heading::add);
    String title = heading.isEmpty() ? "Session " + s.id() : String.join(" · ", heading);
    List<CreditView> lineUp = unlimited(s.lineUp().stream()
        .map(p -> credit(p, "all recordings of the session")).collect(Collectors.toList()), s.lineUp());
    Set<String> recorded = new LinkedHashSet<>();
    for (Recording r : album.recordings()) {
      if (r.session().filter(s.id()::equals).isPresent()) {
        recorded.add(r.title());
      }
    }
    for (Release r : album.releases()) {
      for (Medium m : r.media()) {
        for (Track t : m.tracks()) {
          if (t.session().filter(s.id()::equals).isPresent()) {
            recorded.add(t.title());
          }
        }
      }
    }
    return new SessionView("session-" + (index + 1), title, lineUp, new ArrayList<>(recorded), notes(s.notes()));
  }

  /** When no credit of a list is limited, none says what it covers: the page leaves that column out. */
  private static List<CreditView> unlimited(List<CreditView> views, List<Personnel> people) {
    if (people.stream().anyMatch(p -> !p.recordings().isEmpty() || !p.tracks().isEmpty())) {
      return views;
    }
    return views.stream().map(v -> new CreditView(v.name(), v.what(), "")).collect(Collectors.toList());
  }

  private CreditView credit(Personnel p, String everything) {
    String name = p.name() + p.creditedAs().filter(c -> !c.equals(p.name())).map(c -> " (credited as " + c + ")")
        .orElse("");
    List<String> on = new ArrayList<>();
    for (String id : p.recordings()) {
      Recording r = recordings.get(id);
      on.add(r == null ? id : r.title());
    }
    if (!p.tracks().isEmpty()) {
      on.add((p.tracks().size() == 1 ? "track " : "tracks ") + String.join(", ", p.tracks()));
    }
    return new CreditView(name, what(p), on.isEmpty() ? everything : String.join("; ", on));
  }

  private static String what(Personnel p) {
    List<String> parts = new ArrayList<>(p.instruments());
    if (!p.creditedRoles().isEmpty()) {
      parts.addAll(p.creditedRoles());
    } else {
      for (CreditRole role : p.roles()) {
        boolean implied = (role == CreditRole.PERFORMER && !p.instruments().isEmpty())
            || (role == CreditRole.OTHER && p.roleNote().isPresent());
        if (!implied) {
          parts.add(PageText.words(role));
        }
      }
    }
    p.roleNote().ifPresent(parts::add);
    return String.join(", ", parts);
  }

  private static WorkView work(Work w) {
    List<String> writers = new ArrayList<>();
    if (!w.lyricists().isEmpty()) {
      writers.add("words: " + PageText.credit(w.lyricists()));
    }
    if (!w.arrangers().isEmpty()) {
      writers.add("arranged by " + PageText.credit(w.arrangers()));
    }
    return new WorkView(w.title(), PageText.credit(w.composers()), String.join("; ", writers),
        w.iswc().map(Object::toString).orElse(""));
  }

  // ---------------------------------------------------------------- reviews, notes, related, awards

  private ReviewView review(Review r) {
    String shown = r.rating().map(PageText::shown).orElse("not rated");
    boolean stars = r.rating().map(PageText::isStars).orElse(false);
    String spoken = stars ? PageText.spoken(r.rating().get()) : "";
    String outOf100 = r.rating().map(x -> PageText.outOf100(x.normalized())).orElse("—");
    return new ReviewView(r.publication(), r.reviewer().orElse(""), shown, spoken, stars, outOf100,
        refs(r.citation().stream().collect(Collectors.toList())));
  }

  private List<NoteView> notes(List<Note> notes) {
    return notes.stream().map(n -> new NoteView(n.attributedTo().orElse(""), n.text(), refs(n.citations())))
        .collect(Collectors.toList());
  }

  private RelatedView related(RelatedWork w) {
    List<String> detail = new ArrayList<>();
    detail.add(PageText.words(w.kind()));
    w.creator().ifPresent(c -> {
      Optional<CreditRole> role = w.creatorRole();
      if (role.isPresent() && role.get() == CreditRole.DIRECTOR) {
        detail.add("directed by " + c);
      } else if (role.isPresent() && role.get() == CreditRole.PERFORMER) {
        detail.add("by " + c);
      } else {
        detail.add(c + role.map(x -> " (" + PageText.words(x) + ")").orElse(""));
      }
    });
    w.date().map(PageText::date).ifPresent(detail::add);
    String note = w.note().map(n -> n.endsWith(".") ? n.substring(0, n.length() - 1) : n).orElse("");
    return new RelatedView(relation(w.relation()), w.title(), String.join(", ", detail), note,
        refs(w.citations()));
  }

  private static String relation(WorkRelation relation) {
    return relation == WorkRelation.OTHER ? "Related" : PageText.capitalized(PageText.words(relation));
  }

  private static String award(Award a) {
    StringBuilder out = new StringBuilder(a.name());
    a.category().ifPresent(c -> out.append(", ").append(c));
    a.date().ifPresent(d -> out.append(", ").append(PageText.date(d)));
    return out.append(": ").append(PageText.words(a.outcome())).toString();
  }

  // ---------------------------------------------------------------- sources

  private List<Integer> refs(List<String> ids) {
    List<Integer> out = new ArrayList<>();
    for (String id : ids) {
      Integer n = numbers.get(id);
      if (n != null && !out.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }

  private static List<Part> source(Citation c) {
    List<Part> parts = new ArrayList<>();
    String issued = c.issued().map(PageText::date).orElse("");
    if (!c.authors().isEmpty()) {
      String authors = c.authors().stream().map(PageViews::author).collect(Collectors.joining("; "));
      plain(parts, authors + (issued.isEmpty() ? ". " : " (" + issued + "). "));
    }
    boolean standalone = c.containerTitle().isEmpty() && (c.kind() == CitationKind.BOOK
        || c.kind() == CitationKind.LINER_NOTES || c.kind() == CitationKind.OTHER);
    if (c.title().isPresent()) {
      if (standalone) {
        parts.add(new Part(c.title().get(), "italic", ""));
        plain(parts, ". ");
      } else {
        plain(parts, "“" + c.title().get() + "”. ");
      }
    }
    if (c.containerTitle().isPresent()) {
      parts.add(new Part(c.containerTitle().get(), "italic", ""));
      String volume = c.volume().orElse("") + c.issue().map(i -> " (" + i + ")").orElse("");
      plain(parts, (volume.isBlank() ? "" : " " + volume.strip()) + ". ");
    } else if (c.volume().isPresent() || c.issue().isPresent()) {
      plain(parts, c.volume().map(v -> "Vol. " + v).orElse("") + c.issue().map(i -> " no. " + i).orElse("")
          + ". ");
    }
    if (c.publisher().isPresent() || c.publisherPlace().isPresent()) {
      String place = c.publisherPlace().orElse("");
      String publisher = c.publisher().orElse("");
      plain(parts, place + (place.isEmpty() || publisher.isEmpty() ? "" : ": ") + publisher + ". ");
    }
    if (c.authors().isEmpty() && !issued.isEmpty()) {
      plain(parts, issued + ". ");
    }
    c.pages().ifPresent(p -> plain(parts, (p.matches(".*[-–,].*") ? "pp. " : "p. ") + p + ". "));
    c.isbn().ifPresent(i -> plain(parts, "ISBN " + i + ". "));
    c.issn().ifPresent(i -> plain(parts, "ISSN " + i + ". "));
    c.url().ifPresent(u -> {
      parts.add(new Part(u.toString(), "link", u.toString()));
      plain(parts, ". ");
    });
    if (c.archiveUrl().isPresent() || c.archived().isPresent()) {
      plain(parts, "Archived");
      c.archiveUrl().ifPresent(u -> {
        plain(parts, " at ");
        parts.add(new Part(u.toString(), "link", u.toString()));
      });
      c.archived().ifPresent(d -> plain(parts, " on " + PageText.date(d)));
      plain(parts, ". ");
    }
    c.accessed().ifPresent(d -> plain(parts, "Retrieved " + PageText.date(d) + ". "));
    c.note().ifPresent(n -> plain(parts, n));
    if (parts.isEmpty()) {
      plain(parts, PageText.capitalized(PageText.words(c.kind())) + " (no details recorded).");
    }
    Part last = parts.get(parts.size() - 1);
    if (last.style().equals("plain")) {
      parts.set(parts.size() - 1, new Part(last.text().strip(), "plain", ""));
    }
    return parts;
  }

  private static String author(Author a) {
    return a.family() + a.given().map(g -> ", " + g).orElse("");
  }

  private static void plain(List<Part> parts, String text) {
    parts.add(new Part(text, "plain", ""));
  }
}
