package io.github.linernotes.consistency;

import io.github.linernotes.Album;
import io.github.linernotes.AlbumLink;
import io.github.linernotes.Citation;
import io.github.linernotes.CompanyCredit;
import io.github.linernotes.CompanyRole;
import io.github.linernotes.CreditRole;
import io.github.linernotes.Medium;
import io.github.linernotes.MediumFormat;
import io.github.linernotes.Note;
import io.github.linernotes.Personnel;
import io.github.linernotes.Recording;
import io.github.linernotes.Release;
import io.github.linernotes.ReleaseEvent;
import io.github.linernotes.Session;
import io.github.linernotes.Track;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.RunningTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks albums for facts that contradict each other and returns {@link Finding}s; it never throws for
 * what it finds and never changes the album. Vague dates raise no false alarm: a date comparison fires
 * only when the two dates' bounds cannot overlap ({@link PartialDate#isCertainlyBefore(PartialDate)}).
 *
 * <p>The rules, by {@link FindingCode}:
 * <ul>
 *   <li>{@code stated-length-mismatch}: every track of a release has a length and they add up (rounded to
 *       the second when the stated length has no milliseconds) to something other than the stated length;
 *       {@code stated-length-exceeded} when the tracks that have a length already add up to more;
 *       {@code stated-length-unverifiable} (info) naming the tracks without a length otherwise. A release
 *       that lists no tracks is not checked.</li>
 *   <li>{@code stated-track-count-mismatch}: a release lists tracks, and not as many as it states.</li>
 *   <li>{@code release-before-recording}: a release event certainly precedes a session that one of the
 *       release's tracks names; or, when its tracks name no session, every dated session of the album
 *       (all of them dated).</li>
 *   <li>{@code date-in-future}: any date of the album whose earliest day is after the day of the check.</li>
 *   <li>{@code first-release-after-release}: a release event certainly precedes the album's first release
 *       date.</li>
 *   <li>{@code review-without-citation}, {@code unused-citation}.</li>
 *   <li>{@code accessed-before-issued}, {@code archived-before-issued}: a citation read or archived
 *       certainly before its issue date.</li>
 *   <li>{@code duplicate-recording}: two tracks of one medium with the same title (ignoring case and
 *       surrounding space), session, take, version and alternate-take flag.</li>
 *   <li>{@code credit-outside-session}: a session's musician is credited on a track position where every
 *       track that names a session names another one.</li>
 *   <li>{@code unknown-role}, {@code unknown-format} (info): a role or format as credited that no known
 *       value stands for; kept as credited, never refused.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class ConsistencyCheck {

  private final LocalDate today;

  private ConsistencyCheck(LocalDate today) {
    this.today = today;
  }

  /**
   * Returns a check that takes {@code today} as the day of the check, for the {@code date-in-future} rule.
   *
   * @param today the day of the check
   * @return the check
   * @throws NullPointerException if {@code today} is null
   */
  public static ConsistencyCheck asOf(LocalDate today) {
    return new ConsistencyCheck(Objects.requireNonNull(today, "today"));
  }

  /**
   * Returns a check that takes the current UTC day as the day of the check.
   *
   * @return the check
   */
  public static ConsistencyCheck today() {
    return asOf(LocalDate.now(ZoneOffset.UTC));
  }

  /**
   * Checks one album.
   *
   * @param album the album
   * @return the findings, in the album's field order; empty when nothing was found
   * @throws NullPointerException if {@code album} is null
   */
  public List<Finding> check(Album album) {
    Objects.requireNonNull(album, "album");
    Run run = new Run(album);
    run.releases();
    run.firstRelease();
    run.reviews();
    run.citations();
    run.sessionCredits();
    run.futureDates();
    run.vocabulary();
    return List.copyOf(run.findings);
  }

  /**
   * Checks every album of a catalogue. Paths start with {@code albums[i].}, as the albums' place in a
   * catalogue document.
   *
   * @param albums the albums
   * @return the findings, album by album
   * @throws NullPointerException if {@code albums} or one of them is null
   */
  public List<Finding> checkCatalogue(Iterable<Album> albums) {
    Objects.requireNonNull(albums, "albums");
    List<Finding> all = new ArrayList<>();
    int i = 0;
    for (Album album : albums) {
      String prefix = "albums[" + i++ + "]";
      for (Finding f : check(album)) {
        List<String> paths = new ArrayList<>();
        f.paths().forEach(p -> paths.add(p.isRoot() ? prefix : p.toString().startsWith("[") ? prefix + p
            : prefix + "." + p));
        all.add(new Finding(f.code(), paths, f.message()));
      }
    }
    return all;
  }

  private final class Run {
    final Album album;
    final List<Finding> findings = new ArrayList<>();

    Run(Album album) {
      this.album = album;
      for (Recording recording : album.recordings()) {
        recordings.putIfAbsent(recording.id(), recording);
      }
    }

    final Map<String, Recording> recordings = new HashMap<>();

    /** The session a track was recorded at: its recording's, or its own when it names no recording. */
    Optional<String> sessionOf(Track track) {
      Recording recording = track.recording().map(recordings::get).orElse(null);
      return recording != null ? recording.session() : track.session();
    }

    /** What makes two tracks the same recording: the recording they name, or what they say of it. */
    List<Object> recordingKey(Track track) {
      if (track.recording().isPresent()) {
        return List.of("recording", track.recording().get());
      }
      return List.of(track.title().strip().toLowerCase(Locale.ROOT), track.session(), track.take(),
          track.version(), track.alternateTake());
    }

    void add(FindingCode code, String message, String... paths) {
      findings.add(new Finding(code, List.of(paths), message));
    }

    void releases() {
      for (int r = 0; r < album.releases().size(); r++) {
        Release release = album.releases().get(r);
        String rp = "releases[" + r + "]";
        statedLength(release, rp);
        trackCount(release, rp);
        recordingDates(release, rp);
        duplicates(release, rp);
      }
    }

    /** Roles and formats as credited that no known value stands for: kept, and reported as info. */
    void vocabulary() {
      credits(album.credits(), "credits");
      for (int s = 0; s < album.sessions().size(); s++) {
        credits(album.sessions().get(s).lineUp(), "sessions[" + s + "].lineUp");
      }
      for (int r = 0; r < album.releases().size(); r++) {
        Release release = album.releases().get(r);
        String rp = "releases[" + r + "]";
        credits(release.credits(), rp + ".credits");
        for (int c = 0; c < release.companies().size(); c++) {
          CompanyCredit company = release.companies().get(c);
          if (company.role() == CompanyRole.OTHER && company.creditedRole().isPresent()) {
            add(FindingCode.UNKNOWN_ROLE, "company role \"" + company.creditedRole().get()
                + "\" is not one the model knows; it is kept as credited", rp + ".companies[" + c + "].creditedRole");
          }
        }
        for (int m = 0; m < release.media().size(); m++) {
          Medium medium = release.media().get(m);
          String mp = rp + ".media[" + m + "]";
          if (medium.format().orElse(MediumFormat.OTHER) == MediumFormat.OTHER && !medium.descriptions().isEmpty()) {
            add(FindingCode.UNKNOWN_FORMAT, "format \"" + String.join(", ", medium.descriptions())
                + "\" is not one the model knows; it is kept as printed", mp + ".descriptions");
          }
          for (int t = 0; t < medium.tracks().size(); t++) {
            credits(medium.tracks().get(t).credits(), mp + ".tracks[" + t + "].credits");
          }
        }
      }
    }

    private void credits(List<Personnel> credits, String path) {
      for (int i = 0; i < credits.size(); i++) {
        Personnel credit = credits.get(i);
        if (!credit.creditedRoles().isEmpty() && (credit.roles().isEmpty() || credit.roles().contains(CreditRole.OTHER))) {
          add(FindingCode.UNKNOWN_ROLE, "roles as credited \"" + String.join(", ", credit.creditedRoles())
              + "\" are not all ones the model knows; they are kept as credited", path + "[" + i + "].creditedRoles");
        }
      }
    }

    private void statedLength(Release release, String rp) {
      if (release.statedLength().isEmpty()) {
        return;
      }
      RunningTime stated = release.statedLength().get();
      List<RunningTime> known = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      List<String> missingPaths = new ArrayList<>();
      int listed = 0;
      for (int m = 0; m < release.media().size(); m++) {
        List<Track> tracks = release.media().get(m).tracks();
        for (int t = 0; t < tracks.size(); t++) {
          listed++;
          Optional<RunningTime> length = tracks.get(t).length();
          if (length.isPresent()) {
            known.add(length.get());
          } else {
            missing.add(tracks.get(t).position());
            missingPaths.add(rp + ".media[" + m + "].tracks[" + t + "].length");
          }
        }
      }
      if (listed == 0) {
        return;
      }
      long total = 0;
      for (RunningTime length : known) {
        total += length.toMillis();
      }
      String sum = lengthText(known, total);
      String statedPath = rp + ".statedLength";
      if (missing.isEmpty()) {
        boolean wholeSeconds = stated.toMillis() % 1000 == 0;
        long compared = wholeSeconds ? (total + 500) / 1000 * 1000 : total;
        if (compared != stated.toMillis()) {
          add(FindingCode.STATED_LENGTH_MISMATCH, "tracks sum to " + sum + ", stated length " + stated, statedPath);
        }
      } else if (total > stated.toMillis()) {
        add(FindingCode.STATED_LENGTH_EXCEEDED, "the tracks with a length already sum to " + sum
            + ", more than the stated length " + stated + " (without a length: " + String.join(", ", missing) + ")",
            statedPath);
      } else {
        List<String> paths = new ArrayList<>();
        paths.add(statedPath);
        paths.addAll(missingPaths);
        findings.add(new Finding(FindingCode.STATED_LENGTH_UNVERIFIABLE, paths, "stated length " + stated
            + " cannot be checked: " + (missing.size() == 1 ? "track " : "tracks ") + String.join(", ", missing)
            + (missing.size() == 1 ? " has" : " have") + " no length; the others sum to " + sum));
      }
    }

    /**
     * The sum as {@link RunningTime#sum(Iterable)} prints it; a sum past {@link RunningTime#MAX}, which
     * no running time can hold, in the same {@code h:mm:ss} form.
     */
    private static String lengthText(List<RunningTime> parts, long total) {
      if (total <= RunningTime.MAX.toMillis()) {
        return RunningTime.sum(parts).toString();
      }
      long seconds = total / 1000;
      String text = String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
      return total % 1000 == 0 ? text : text + String.format(Locale.ROOT, ".%03d", total % 1000);
    }

    private void trackCount(Release release, String rp) {
      if (release.statedTrackCount().isEmpty()) {
        return;
      }
      int listed = release.media().stream().mapToInt(m -> m.tracks().size()).sum();
      int stated = release.statedTrackCount().getAsInt();
      if (listed > 0 && listed != stated) {
        add(FindingCode.STATED_TRACK_COUNT_MISMATCH, "lists " + listed + (listed == 1 ? " track" : " tracks")
            + ", stated track count " + stated, rp + ".statedTrackCount");
      }
    }

    private void recordingDates(Release release, String rp) {
      Set<String> sessionIds = new HashSet<>();
      release.media().forEach(m -> m.tracks().forEach(t -> sessionOf(t).ifPresent(sessionIds::add)));
      for (int e = 0; e < release.events().size(); e++) {
        Optional<PartialDate> issued = release.events().get(e).date();
        if (issued.isEmpty()) {
          continue;
        }
        if (sessionIds.isEmpty()) {
          beforeEverySession(issued.get(), rp + ".events[" + e + "].date");
          continue;
        }
        for (int s = 0; s < album.sessions().size(); s++) {
          Session session = album.sessions().get(s);
          if (sessionIds.contains(session.id()) && session.date().isPresent()
              && issued.get().isCertainlyBefore(session.date().get())) {
            add(FindingCode.RELEASE_BEFORE_RECORDING, "issued " + issued.get() + ", before session \""
                    + session.id() + "\" recorded " + session.date().get() + " whose recordings it holds",
                rp + ".events[" + e + "].date", "sessions[" + s + "].date");
          }
        }
      }
    }

    /**
     * A release whose tracks name no session still holds recordings of the album: if it was issued
     * certainly before every dated session of the album, and every session is dated, it came out before any
     * of its music was recorded.
     */
    private void beforeEverySession(PartialDate issued, String path) {
      List<Session> sessions = album.sessions();
      if (sessions.isEmpty()) {
        return;
      }
      int earliest = -1;
      for (int s = 0; s < sessions.size(); s++) {
        Optional<PartialDate> recorded = sessions.get(s).date();
        if (recorded.isEmpty() || !issued.isCertainlyBefore(recorded.get())) {
          return;
        }
        if (earliest < 0 || recorded.get().isCertainlyBefore(sessions.get(earliest).date().get())) {
          earliest = s;
        }
      }
      Session first = sessions.get(earliest);
      add(FindingCode.RELEASE_BEFORE_RECORDING, "issued " + issued + ", before every session of the album; the"
          + " earliest, \"" + first.id() + "\", was recorded " + first.date().get(), path,
          "sessions[" + earliest + "].date");
    }

    private void duplicates(Release release, String rp) {
      for (int m = 0; m < release.media().size(); m++) {
        Medium medium = release.media().get(m);
        Map<List<Object>, Integer> seen = new HashMap<>();
        for (int t = 0; t < medium.tracks().size(); t++) {
          Track track = medium.tracks().get(t);
          List<Object> key = recordingKey(track);
          Integer first = seen.putIfAbsent(key, t);
          if (first != null) {
            String mp = rp + ".media[" + m + "]";
            add(FindingCode.DUPLICATE_RECORDING, "\"" + track.title() + "\" at " + track.position()
                    + " is the same recording as at " + medium.tracks().get(first).position(),
                mp + ".tracks[" + t + "]", mp + ".tracks[" + first + "]");
          }
        }
      }
    }

    void firstRelease() {
      if (album.firstReleased().isEmpty()) {
        return;
      }
      PartialDate first = album.firstReleased().get();
      for (int r = 0; r < album.releases().size(); r++) {
        List<ReleaseEvent> events = album.releases().get(r).events();
        for (int e = 0; e < events.size(); e++) {
          Optional<PartialDate> date = events.get(e).date();
          if (date.isPresent() && date.get().isCertainlyBefore(first)) {
            add(FindingCode.FIRST_RELEASE_AFTER_RELEASE, "first released " + first + ", but releases[" + r
                    + "] was issued " + date.get(), "firstReleased", "releases[" + r + "].events[" + e + "].date");
          }
        }
      }
    }

    void reviews() {
      for (int i = 0; i < album.reviews().size(); i++) {
        if (album.reviews().get(i).citation().isEmpty()) {
          add(FindingCode.REVIEW_WITHOUT_CITATION, "the review in " + album.reviews().get(i).publication()
              + " names no citation", "reviews[" + i + "]");
        }
      }
    }

    void citations() {
      Set<String> used = new HashSet<>(album.sources());
      album.reviews().forEach(r -> r.citation().ifPresent(used::add));
      notes(album.notes(), used);
      album.relatedWorks().forEach(w -> used.addAll(w.citations()));
      album.sessions().forEach(s -> notes(s.notes(), used));
      for (Release release : album.releases()) {
        used.addAll(release.citations());
        notes(release.notes(), used);
        release.awards().forEach(a -> used.addAll(a.citations()));
        for (Medium medium : release.media()) {
          medium.sections().forEach(s -> used.addAll(s.citations()));
          medium.tracks().forEach(t -> notes(t.notes(), used));
        }
      }
      for (int i = 0; i < album.citations().size(); i++) {
        Citation c = album.citations().get(i);
        String cp = "citations[" + i + "]";
        if (!used.contains(c.id())) {
          add(FindingCode.UNUSED_CITATION, "citation \"" + c.id() + "\" is not referred to by anything", cp);
        }
        Optional<PartialDate> issued = c.issued().flatMap(d -> d.date());
        if (issued.isPresent()) {
          c.accessed().filter(a -> a.isCertainlyBefore(issued.get())).ifPresent(a -> add(
              FindingCode.ACCESSED_BEFORE_ISSUED, "accessed " + a + ", before it was issued " + issued.get(),
              cp + ".accessed", cp + ".issued"));
          c.archived().filter(a -> a.isCertainlyBefore(issued.get())).ifPresent(a -> add(
              FindingCode.ARCHIVED_BEFORE_ISSUED, "archived " + a + ", before it was issued " + issued.get(),
              cp + ".archived", cp + ".issued"));
        }
      }
    }

    private void notes(List<Note> notes, Set<String> used) {
      notes.forEach(n -> used.addAll(n.citations()));
    }

    void sessionCredits() {
      Map<String, Set<String>> sessionsAtPosition = new HashMap<>();
      for (Release release : album.releases()) {
        for (Medium medium : release.media()) {
          for (Track track : medium.tracks()) {
            Set<String> sessions = sessionsAtPosition.computeIfAbsent(track.position(), p -> new HashSet<>());
            sessions.add(sessionOf(track).orElse(""));
          }
        }
      }
      for (int s = 0; s < album.sessions().size(); s++) {
        Session session = album.sessions().get(s);
        for (int p = 0; p < session.lineUp().size(); p++) {
          Personnel person = session.lineUp().get(p);
          for (int r = 0; r < person.recordings().size(); r++) {
            Recording recording = recordings.get(person.recordings().get(r));
            if (recording != null && recording.session().isPresent()
                && !recording.session().get().equals(session.id())) {
              add(FindingCode.CREDIT_OUTSIDE_SESSION, person.name() + " of session \"" + session.id()
                  + "\" is credited on recording \"" + recording.id() + "\", which comes from session "
                  + recording.session().get(), "sessions[" + s + "].lineUp[" + p + "].recordings[" + r + "]");
            }
          }
          for (int t = 0; t < person.tracks().size(); t++) {
            Set<String> there = sessionsAtPosition.getOrDefault(person.tracks().get(t), Set.of());
            if (!there.isEmpty() && !there.contains(session.id()) && !there.contains("")) {
              add(FindingCode.CREDIT_OUTSIDE_SESSION, person.name() + " of session \"" + session.id()
                      + "\" is credited on " + person.tracks().get(t) + ", where every track comes from "
                      + (there.size() == 1 ? "session " : "sessions ") + String.join(", ", new java.util.TreeSet<>(there)),
                  "sessions[" + s + "].lineUp[" + p + "].tracks[" + t + "]");
            }
          }
        }
      }
    }

    void futureDates() {
      future(album.firstReleased(), "firstReleased");
      for (int s = 0; s < album.sessions().size(); s++) {
        future(album.sessions().get(s).date(), "sessions[" + s + "].date");
      }
      for (int r = 0; r < album.releases().size(); r++) {
        Release release = album.releases().get(r);
        for (int e = 0; e < release.events().size(); e++) {
          future(release.events().get(e).date(), "releases[" + r + "].events[" + e + "].date");
        }
        for (int a = 0; a < release.awards().size(); a++) {
          future(release.awards().get(a).date(), "releases[" + r + "].awards[" + a + "].date");
        }
      }
      for (int c = 0; c < album.citations().size(); c++) {
        Citation citation = album.citations().get(c);
        String cp = "citations[" + c + "]";
        future(citation.issued().flatMap(d -> d.date()), cp + ".issued");
        future(citation.accessed(), cp + ".accessed");
        future(citation.archived(), cp + ".archived");
      }
      for (int w = 0; w < album.relatedWorks().size(); w++) {
        future(album.relatedWorks().get(w).date(), "relatedWorks[" + w + "].date");
      }
      album.chronology().ifPresent(ch -> {
        future(ch.previous().flatMap(AlbumLink::date), "chronology.previous.date");
        future(ch.next().flatMap(AlbumLink::date), "chronology.next.date");
      });
    }

    private void future(Optional<PartialDate> date, String path) {
      if (date.isPresent()) {
        Optional<LocalDate> earliest = date.get().earliest();
        if (earliest.isPresent() && earliest.get().isAfter(today)) {
          add(FindingCode.DATE_IN_FUTURE, date.get() + " is after the day of the check, " + today, path);
        }
      }
    }
  }
}
