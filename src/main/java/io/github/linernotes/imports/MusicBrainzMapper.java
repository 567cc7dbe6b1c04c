package io.github.linernotes.imports;

import io.github.linernotes.Album;
import io.github.linernotes.AlbumKind;
import io.github.linernotes.ArtistCredit;
import io.github.linernotes.CompanyCredit;
import io.github.linernotes.CompanyRole;
import io.github.linernotes.CreditRole;
import io.github.linernotes.ExternalIds;
import io.github.linernotes.IdentifierType;
import io.github.linernotes.LabelInfo;
import io.github.linernotes.Medium;
import io.github.linernotes.MediumFormat;
import io.github.linernotes.Note;
import io.github.linernotes.Recording;
import io.github.linernotes.Release;
import io.github.linernotes.ReleaseEvent;
import io.github.linernotes.ReleaseIdentifier;
import io.github.linernotes.Session;
import io.github.linernotes.Track;
import io.github.linernotes.ValidationException;
import io.github.linernotes.Venue;
import io.github.linernotes.Work;
import io.github.linernotes.id.Barcode;
import io.github.linernotes.id.DiscogsId;
import io.github.linernotes.id.Isrc;
import io.github.linernotes.id.Iswc;
import io.github.linernotes.id.MusicBrainzId;
import io.github.linernotes.id.WikidataId;
import io.github.linernotes.problem.Problem;
import io.github.linernotes.value.InvalidValueException;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.RunningTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Maps one MusicBrainz ws/2 JSON entity (a release, a release group or a recording) to an album. One instance
 * maps one document: it is not thread-safe, and {@link #map(JsonNode)} makes a new one for every call.
 */
final class MusicBrainzMapper {

  private static final Set<String> RELEASE_KEYS = Set.of("media", "release-group", "label-info", "release-events",
      "barcode", "asin", "status", "packaging", "cover-art-archive", "text-representation");
  private static final Set<String> RECORDING_KEYS = Set.of("length", "video", "isrcs");
  private static final Set<String> GROUP_KEYS = Set.of("primary-type", "secondary-types", "releases",
      "first-release-date");
  private static final Pattern DISCOGS_RELEASE =
      Pattern.compile("https?://(?:www\\.)?discogs\\.com/(?:[a-z]{2}/)?release/(\\d{1,18})(?:[-/?#].*)?");
  private static final Pattern DISCOGS_MASTER =
      Pattern.compile("https?://(?:www\\.)?discogs\\.com/(?:[a-z]{2}/)?master/(\\d{1,18})(?:[-/?#].*)?");
  private static final Pattern WIKIDATA = Pattern.compile("https?://(?:www\\.)?wikidata\\.org/wiki/(Q\\d{1,18})");

  private final MusicBrainzNotes notes = new MusicBrainzNotes();

  private String title;
  private List<ArtistCredit> artists = List.of();
  private final Set<AlbumKind> kinds = new LinkedHashSet<>();
  private final Set<String> genres = new LinkedHashSet<>();
  private PartialDate firstReleased;
  private MusicBrainzId groupId;
  private DiscogsId discogsMaster;
  private WikidataId wikidata;
  private final Map<String, Recording> recordings = new LinkedHashMap<>();
  private final Map<String, Work> works = new LinkedHashMap<>();
  private final Map<SessionKey, Session> sessions = new LinkedHashMap<>();
  private final Set<String> sessionIds = new HashSet<>();
  private final List<Release> releases = new ArrayList<>();
  private final Set<String> releaseIds = new HashSet<>();
  private int synthetic;

  /** Where and when a session was: recordings that share both share the session. */
  private record SessionKey(String date, Venue venue) {}

  /** Thrown inside the mapping when the document cannot become an album. */
  private static final class Unusable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String location;

    Unusable(String location, String message) {
      super(message, null, false, false);
      this.location = location;
    }
  }

  private MusicBrainzMapper() {}

  /** Maps one parsed document; never throws. */
  static Imported map(JsonNode root) {
    MusicBrainzMapper m = new MusicBrainzMapper();
    try {
      return m.document(root);
    } catch (Unusable u) {
      List<ImportNote> out = new ArrayList<>(m.notes.toList());
      out.add(ImportNote.of(ImportCode.UNUSABLE, u.location, u.getMessage()));
      return Imported.of(List.of(), out);
    } catch (RuntimeException e) {
      return unusable("", "the import failed unexpectedly (" + e.getClass().getSimpleName() + "); nothing was"
          + " imported");
    }
  }

  static Imported unusable(String location, String message) {
    return Imported.of(List.of(), List.of(ImportNote.of(ImportCode.UNUSABLE, location, message)));
  }

  // ---------------------------------------------------------------- documents

  private Imported document(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new Unusable("", "the document is " + MusicBrainzObject.describe(root)
          + ", not a MusicBrainz release, release group or recording object");
    }
    if (RELEASE_KEYS.stream().anyMatch(root::has)) {
      releaseDocument(MusicBrainzObject.of(root, "", "release", notes));
    } else if (RECORDING_KEYS.stream().anyMatch(root::has)) {
      recordingDocument(MusicBrainzObject.of(root, "", "recording", notes));
    } else if (GROUP_KEYS.stream().anyMatch(root::has)) {
      groupDocument(MusicBrainzObject.of(root, "", "release group", notes));
    } else {
      throw new Unusable("", "the object has none of the properties of a MusicBrainz release (media, label-info,"
          + " release-events, …), recording (length, isrcs, video) or release group (primary-type, releases,"
          + " …)");
    }
    return buildAlbum();
  }

  private void releaseDocument(MusicBrainzObject rel) {
    Optional<String> releaseTitle = rel.name("title");
    List<ArtistCredit> releaseArtists = MusicBrainzCredits.artistCredit(rel, "artist-credit");
    MusicBrainzObject group = rel.object("release-group", "release group");
    if (group != null) {
      groupHeader(group);
      group.finish();
    }
    if (title == null) {
      title = releaseTitle.orElseThrow(() -> new Unusable("/title",
          "neither the release nor its release group has a title; an album needs one"));
    }
    if (artists.isEmpty()) {
      if (releaseArtists.isEmpty()) {
        throw new Unusable("/artist-credit", "neither the release nor its release group has an artist credit;"
            + " an album needs at least one artist, so nothing of this release was imported");
      }
      artists = releaseArtists;
    }
    genres(rel, "genres");
    Release r = release(rel, releaseTitle, releaseArtists, true);
    if (r != null) {
      releases.add(r);
    }
  }

  private void groupDocument(MusicBrainzObject group) {
    groupHeader(group);
    requireHeader();
    for (MusicBrainzObject.Element e : group.array("releases")) {
      MusicBrainzObject rel = MusicBrainzObject.of(e.node(), e.path(), "release", notes);
      if (rel == null) {
        continue;
      }
      Optional<String> t = rel.name("title");
      List<ArtistCredit> a = MusicBrainzCredits.artistCredit(rel, "artist-credit");
      genres(rel, "genres");
      Release r = release(rel, t, a, true);
      if (r != null) {
        releases.add(r);
      }
    }
    group.finish();
  }

  private void recordingDocument(MusicBrainzObject rec) {
    title = rec.name("title").orElseThrow(() -> new Unusable("/title", "the recording has no title; an album"
        + " named after it needs one"));
    artists = MusicBrainzCredits.artistCredit(rec, "artist-credit");
    if (artists.isEmpty()) {
      throw new Unusable("/artist-credit", "the recording has no artist credit; an album needs at least one"
          + " artist");
    }
    List<MusicBrainzObject.Element> found = rec.array("releases");
    recording(rec);
    if (!found.isEmpty()) {
      notes.reinterpreted(rec.path("releases"), "the releases that include this recording are imported as the"
          + " album's releases, without their media and tracks");
    }
    for (MusicBrainzObject.Element e : found) {
      MusicBrainzObject rel = MusicBrainzObject.of(e.node(), e.path(), "release", notes);
      if (rel == null) {
        continue;
      }
      Optional<String> t = rel.name("title");
      List<ArtistCredit> a = MusicBrainzCredits.artistCredit(rel, "artist-credit");
      if (rel.has("release-group")) {
        rel.raw("release-group");
        notes.notImportedBecause("release-of-recording-group", rel.path("release-group"),
            "the release group of a release that includes the recording is not imported: the album is the"
                + " recording's");
      }
      Release r = release(rel, t, a, false);
      if (r != null) {
        releases.add(r);
      }
    }
  }

  private void requireHeader() {
    if (title == null) {
      throw new Unusable("/title", "the release group has no title; an album needs one");
    }
    if (artists.isEmpty()) {
      throw new Unusable("/artist-credit", "the release group has no artist credit; an album needs at least one"
          + " artist");
    }
  }

  /** The album's own facts: the release group's title, artists, types, first release, genres and ids. */
  private void groupHeader(MusicBrainzObject g) {
    g.name("title").ifPresent(t -> title = t);
    List<ArtistCredit> a = MusicBrainzCredits.artistCredit(g, "artist-credit");
    if (!a.isEmpty()) {
      artists = a;
    }
    groupId = MusicBrainzCredits.mbid(g, "id").orElse(null);
    g.text("primary-type").ifPresent(t -> kind(t, g.path("primary-type")));
    List<MusicBrainzObject.Element> secondary = g.array("secondary-types");
    for (MusicBrainzObject.Element e : secondary) {
      if (e.node() != null && e.node().isString()) {
        kind(e.node().stringValue(), e.path());
      } else if (e.node() != null && !e.node().isNull()) {
        notes.invalid(e.path(), "expected text, found " + MusicBrainzObject.describe(e.node()) + "; left out");
      }
    }
    g.skip("primary-type-id", "secondary-type-ids");
    g.text("first-release-date").ifPresent(d -> firstReleased = date(d, g.path("first-release-date")));
    genres(g, "genres");
    for (MusicBrainzObject.Element e : g.array("relations")) {
      MusicBrainzObject o = MusicBrainzObject.of(e.node(), e.path(), "relationship", notes);
      MusicBrainzRelation rel = o == null ? null : MusicBrainzRelation.read(o);
      if (rel == null) {
        continue;
      }
      if (rel.targetType.equals("url") && groupUrl(rel)) {
        o.finish();
        continue;
      }
      o.raw(rel.targetType);
      notes.notImportedBecause("group-rel\u0000" + rel.targetType + "\u0000" + rel.type, e.path(),
          "the release group's \"" + rel.type + "\" relationship to a " + rel.targetType + " is not imported: the"
              + " model has no place for it");
    }
    String disambiguation = g.text("disambiguation").orElse(null);
    if (disambiguation != null) {
      notes.notImportedBecause("group-disambiguation", g.path("disambiguation"),
          "the release group's disambiguation is not imported: an album has no place for it");
    }
  }

  private boolean groupUrl(MusicBrainzRelation rel) {
    MusicBrainzObject url = rel.object.object("url", "url");
    Optional<String> resource = url == null ? Optional.empty() : url.text("resource");
    if (url != null) {
      url.skip("id");
      url.finish();
    }
    if (resource.isEmpty()) {
      return false;
    }
    Matcher m = DISCOGS_MASTER.matcher(resource.get());
    if (m.matches() && discogsMaster == null) {
      try {
        discogsMaster = DiscogsId.parse(m.group(1));
        return true;
      } catch (InvalidValueException e) {
        return false;
      }
    }
    Matcher w = WIKIDATA.matcher(resource.get());
    if (w.matches() && wikidata == null) {
      try {
        wikidata = WikidataId.parse(w.group(1));
        return true;
      } catch (InvalidValueException e) {
        return false;
      }
    }
    return false;
  }

  private void kind(String name, String location) {
    Optional<AlbumKind> k = MusicBrainzVocabulary.kind(name);
    if (k.isPresent()) {
      kinds.add(k.get());
    } else {
      notes.add(ImportCode.NOT_IMPORTED, location, "the release-group type \"" + MusicBrainzCredits.shortText(name)
          + "\" is not one the model knows; left out");
    }
  }

  private void genres(MusicBrainzObject o, String key) {
    for (MusicBrainzObject.Element e : o.array(key)) {
      MusicBrainzObject g = MusicBrainzObject.of(e.node(), e.path(), "genre", notes);
      if (g == null) {
        continue;
      }
      g.name("name").ifPresent(genres::add);
      g.skip("id");
      g.finish();
    }
  }

  // ---------------------------------------------------------------- releases

  private Release release(MusicBrainzObject rel, Optional<String> releaseTitle, List<ArtistCredit> releaseArtists,
      boolean withMedia) {
    Release.Builder b = Release.builder();
    Optional<MusicBrainzId> mbid = MusicBrainzCredits.mbid(rel, "id");
    String id = mbid.map(MusicBrainzId::toString).orElseGet(() -> "release-" + (++synthetic));
    if (!releaseIds.add(id)) {
      notes.invalid(rel.path("id"), "a second release with the id " + id + "; left out");
      return null;
    }
    b.id(id);
    releaseTitle.filter(t -> !t.equals(title)).ifPresent(b::title);
    if (!releaseArtists.isEmpty() && !releaseArtists.equals(artists)) {
      b.addAllArtists(releaseArtists);
    }
    rel.text("status").ifPresent(s -> {
      var status = MusicBrainzVocabulary.status(s);
      if (status.isPresent()) {
        b.status(status.get());
      } else {
        notes.add(ImportCode.NOT_IMPORTED, rel.path("status"), "the release status \""
            + MusicBrainzCredits.shortText(s) + "\" is not one the model knows; left out");
      }
    });
    rel.skip("status-id", "packaging-id");
    rel.name("packaging").ifPresent(b::packaging);
    labels(rel, b);
    events(rel, b);
    barcode(rel, b);
    rel.name("asin").ifPresent(a -> b.addIdentifiers(ReleaseIdentifier.of(IdentifierType.ASIN, a)));
    ExternalIds.Builder ids = ExternalIds.builder();
    mbid.ifPresent(ids::musicBrainz);
    boolean[] hasDiscogs = {false};
    if (withMedia) {
      media(rel, b);
    } else if (rel.has("media")) {
      rel.raw("media");
      notes.notImportedBecause("media-of-recording-release", rel.path("media"), "the media of a release that"
          + " includes the recording are not imported: the release is kept without tracks");
    }
    releaseRelations(rel, b, id2 -> {
      if (!hasDiscogs[0]) {
        ids.discogs(id2);
        hasDiscogs[0] = true;
        return true;
      }
      return false;
    });
    if (mbid.isPresent() || hasDiscogs[0]) {
      b.ids(ids.build());
    }
    rel.longText("annotation").ifPresent(t -> b.addNotes(Note.of(t)));
    rel.name("disambiguation").ifPresent(d -> b.addNotes(Note.of("MusicBrainz disambiguation: " + d)));
    rel.finish();
    try {
      return b.build();
    } catch (ValidationException e) {
      for (Problem p : e.violations()) {
        notes.invalid(rel.path(), "the release breaks a rule at " + p.path() + ": " + p.message());
      }
      notes.invalid(rel.path(), "the release was left out");
      return null;
    }
  }

  private void labels(MusicBrainzObject rel, Release.Builder b) {
    for (MusicBrainzObject.Element e : rel.array("label-info")) {
      MusicBrainzObject li = MusicBrainzObject.of(e.node(), e.path(), "label info", notes);
      if (li == null) {
        continue;
      }
      Optional<String> catno = li.name("catalog-number");
      if (catno.isPresent() && catno.get().equalsIgnoreCase("[none]")) {
        notes.reinterpreted(li.path("catalog-number"), "\"[none]\" is MusicBrainz's mark for a release without a"
            + " catalogue number; read as none");
        catno = Optional.empty();
      }
      MusicBrainzObject label = li.object("label", "label");
      Optional<String> name = Optional.empty();
      Optional<MusicBrainzId> id = Optional.empty();
      if (label != null) {
        name = label.name("name");
        id = MusicBrainzCredits.mbid(label, "id");
        label.finish();
      }
      li.finish();
      if (name.isEmpty()) {
        if (catno.isPresent()) {
          notes.add(ImportCode.NOT_IMPORTED, e.path(), "the catalogue number \""
              + MusicBrainzCredits.shortText(catno.get()) + "\" has no label; the model keeps catalogue numbers"
              + " with their label only");
        }
        continue;
      }
      LabelInfo.Builder l = LabelInfo.builder().name(name.get());
      catno.ifPresent(l::catalogueNumber);
      MusicBrainzCredits.ids(id).ifPresent(l::ids);
      b.addLabels(l.build());
    }
  }

  private void events(MusicBrainzObject rel, Release.Builder b) {
    List<PartialDate> dates = new ArrayList<>();
    List<String> areas = new ArrayList<>();
    List<String> areaNames = new ArrayList<>();
    List<String> locations = new ArrayList<>();
    for (MusicBrainzObject.Element e : rel.array("release-events")) {
      MusicBrainzObject ev = MusicBrainzObject.of(e.node(), e.path(), "release event", notes);
      if (ev == null) {
        continue;
      }
      PartialDate date = ev.text("date").map(d -> date(d, ev.path("date"))).orElse(null);
      String code = null;
      String areaName = null;
      MusicBrainzObject area = ev.object("area", "area");
      if (area != null) {
        List<String> codes = area.texts("iso-3166-1-codes");
        Optional<String> name = area.name("name");
        area.skip("sort-name");
        area.finish();
        if (!codes.isEmpty() && validArea(codes.get(0))) {
          code = codes.get(0);
        } else if (name.isPresent()) {
          areaName = name.get();
          notes.keptAsText(area.path(), "the area \"" + MusicBrainzCredits.shortText(name.get()) + "\" has no ISO"
              + " 3166-1 code the model knows; kept by name");
        }
      }
      ev.finish();
      if (date == null && code == null && areaName == null) {
        continue;
      }
      dates.add(date);
      areas.add(code);
      areaNames.add(areaName);
      locations.add(e.path());
    }
    PartialDate summaryDate = rel.text("date").map(d -> date(d, rel.path("date"))).orElse(null);
    String summaryCountry = rel.text("country").orElse(null);
    if (dates.isEmpty()) {
      if (summaryCountry != null && !validArea(summaryCountry)) {
        notes.invalid(rel.path("country"), "\"" + MusicBrainzCredits.shortText(summaryCountry) + "\" is neither an"
            + " ISO 3166-1 country code nor XE or XW; left out");
        summaryCountry = null;
      }
      if (summaryDate != null || summaryCountry != null) {
        dates.add(summaryDate);
        areas.add(summaryCountry);
        areaNames.add(null);
        locations.add(rel.path());
      }
    } else {
      if (summaryDate != null && !dates.contains(summaryDate)) {
        int undated = -1;
        int count = 0;
        for (int i = 0; i < dates.size(); i++) {
          if (dates.get(i) == null) {
            undated = i;
            count++;
          }
        }
        if (count == 1) {
          dates.set(undated, summaryDate);
          notes.reinterpreted(rel.path("date"), "the release's date " + summaryDate + " was given to its release"
              + " event without a date (" + locations.get(undated) + ")");
        } else {
          notes.add(ImportCode.NOT_IMPORTED, rel.path("date"), "the release's date " + summaryDate + " is the date"
              + " of none of its release events; left out");
        }
      }
      if (summaryCountry != null && !areas.contains(summaryCountry)) {
        notes.add(ImportCode.NOT_IMPORTED, rel.path("country"), "the release's country \""
            + MusicBrainzCredits.shortText(summaryCountry) + "\" is the area of none of its release events; left"
            + " out");
      }
    }
    for (int i = 0; i < dates.size(); i++) {
      ReleaseEvent.Builder ev = ReleaseEvent.builder();
      if (dates.get(i) != null) {
        ev.date(dates.get(i));
      }
      if (areas.get(i) != null) {
        ev.area(areas.get(i));
      }
      if (areaNames.get(i) != null) {
        ev.areaName(areaNames.get(i));
      }
      try {
        b.addEvents(ev.build());
      } catch (ValidationException ex) {
        notes.invalid(locations.get(i), "the release event breaks a rule: " + ex.getMessage() + "; left out");
      }
    }
  }

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private static boolean validArea(String code) {
    return COUNTRIES.contains(code) || code.equals("XE") || code.equals("XW");
  }

  private void barcode(MusicBrainzObject rel, Release.Builder b) {
    Optional<String> barcode = rel.text("barcode");
    if (barcode.isEmpty()) {
      return;
    }
    try {
      b.barcode(Barcode.parse(barcode.get()));
    } catch (InvalidValueException e) {
      notes.invalid(rel.path("barcode"), "\"" + MusicBrainzCredits.shortText(barcode.get()) + "\" is not a valid"
          + " EAN-13 or UPC-A barcode: " + e.reason() + "; left out");
    }
  }

  private void media(MusicBrainzObject rel, Release.Builder b) {
    long trackCount = 0;
    boolean counted = true;
    List<MusicBrainzObject.Element> media = rel.array("media");
    for (MusicBrainzObject.Element e : media) {
      MusicBrainzObject m = MusicBrainzObject.of(e.node(), e.path(), "medium", notes);
      if (m == null) {
        continue;
      }
      OptionalLong count = m.integer("track-count");
      if (count.isPresent() && count.getAsLong() >= 0 && counted) {
        trackCount += count.getAsLong();
      } else {
        counted = false;
      }
      Medium medium = medium(m);
      if (medium != null) {
        b.addMedia(medium);
      }
    }
    if (!media.isEmpty() && counted && trackCount <= Integer.MAX_VALUE) {
      b.statedTrackCount((int) trackCount);
    } else if (!media.isEmpty()) {
      notes.notImportedBecause("track-count", rel.path("media"), "the media's track counts are not imported:"
          + " not every medium states one");
    }
  }

  private Medium medium(MusicBrainzObject m) {
    Medium.Builder b = Medium.builder();
    m.text("format").ifPresent(f -> {
      Optional<MediumFormat> exact = MusicBrainzVocabulary.format(f);
      Optional<MediumFormat> kind = MusicBrainzVocabulary.formatKind(f);
      boolean printable = MusicBrainzObject.textProblem(f, MusicBrainzObject.MAX_NAME, false) == null;
      if (exact.isPresent()) {
        b.format(exact.get());
      } else if (kind.isPresent()) {
        b.format(kind.get()).addDescriptions(f);
      } else if (printable) {
        b.format(MediumFormat.OTHER).addDescriptions(f);
        notes.keptAsText(m.path("format"), "the format \"" + MusicBrainzCredits.shortText(f) + "\" is not one the"
            + " model knows; kept as the medium's description, format other");
      } else {
        notes.invalid(m.path("format"), "the format " + MusicBrainzObject.textProblem(f, MusicBrainzObject.MAX_NAME,
            false) + "; left out");
      }
    });
    m.skip("format-id", "position");
    m.name("title").ifPresent(b::title);
    Set<String> positions = new HashSet<>();
    MusicBrainzObject pregap = m.object("pregap", "track");
    if (pregap != null) {
      Track t = track(pregap, positions);
      if (t != null) {
        b.addTracks(t);
      }
    }
    for (MusicBrainzObject.Element e : m.array("tracks")) {
      MusicBrainzObject t = MusicBrainzObject.of(e.node(), e.path(), "track", notes);
      if (t == null) {
        continue;
      }
      Track track = track(t, positions);
      if (track != null) {
        b.addTracks(track);
      }
    }
    m.finish();
    try {
      return b.build();
    } catch (ValidationException e) {
      notes.invalid(m.path(), "the medium breaks a rule: " + e.getMessage() + "; left out");
      return null;
    }
  }

  private Track track(MusicBrainzObject t, Set<String> positions) {
    Optional<String> number = t.text("number");
    OptionalLong index = t.integer("position");
    String position = null;
    if (number.isPresent() && validPosition(number.get()) && !positions.contains(number.get())) {
      position = number.get();
    } else {
      String fallback = index.isPresent() ? Long.toString(index.getAsLong()) : null;
      if (fallback != null && validPosition(fallback) && !positions.contains(fallback)) {
        position = fallback;
        notes.reinterpreted(t.path("number"), number.map(n -> "the track number \"" + MusicBrainzCredits.shortText(n)
            + "\" is not a position the model can keep (blank, with spaces, too long or taken)")
            .orElse("the track has no number") + "; its place on the medium, " + fallback + ", is its position");
      }
    }
    if (position == null) {
      notes.invalid(t.path(), "the track has no number or place the model can keep as its position; left out");
      return null;
    }
    positions.add(position);
    Track.Builder b = Track.builder().position(position);
    Optional<String> trackTitle = t.name("title");
    t.integer("length").ifPresent(ms -> length(ms, t.path("length")).ifPresent(b::length));
    Optional<MusicBrainzId> id = MusicBrainzCredits.mbid(t, "id");
    MusicBrainzCredits.ids(id).ifPresent(b::ids);
    List<ArtistCredit> trackArtists = MusicBrainzCredits.artistCredit(t, "artist-credit");
    MusicBrainzObject rec = t.object("recording", "recording");
    String recordingId = rec == null ? null : recording(rec);
    List<ArtistCredit> recordingArtists = artists;
    if (recordingId != null) {
      b.recording(recordingId);
      Recording r = recordings.get(recordingId);
      if (!r.artists().isEmpty()) {
        recordingArtists = r.artists();
      }
    }
    if (!trackArtists.isEmpty() && !trackArtists.equals(recordingArtists)) {
      b.addAllArtists(trackArtists);
    }
    if (trackTitle.isEmpty()) {
      if (recordingId == null) {
        notes.invalid(t.path("title"), "the track has no title, and no recording to take one from; left out");
          return null;
      }
      trackTitle = Optional.of(recordings.get(recordingId).title());
      notes.reinterpreted(t.path("title"), "the track has no title; its recording's title is used");
    }
    b.title(trackTitle.get());
    t.finish();
    try {
      return b.build();
    } catch (ValidationException e) {
      notes.invalid(t.path(), "the track breaks a rule: " + e.getMessage() + "; left out");
      return null;
    }
  }

  private static boolean validPosition(String p) {
    if (p.isEmpty() || p.length() > 20) {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c < ' ' || (c >= 0x7f && c <= 0x9f)
          || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private Optional<RunningTime> length(long ms, String location) {
    try {
      return Optional.of(RunningTime.ofMillis(ms));
    } catch (InvalidValueException e) {
      notes.invalid(location, "a length of " + ms + " ms: " + e.reason() + "; left out");
      return Optional.empty();
    }
  }

  private PartialDate date(String text, String location) {
    try {
      return PartialDate.parse(text);
    } catch (InvalidValueException e) {
      notes.invalid(location, "\"" + MusicBrainzCredits.shortText(text) + "\" is not a date: " + e.reason()
          + "; left out");
      return null;
    }
  }

  /** The release's relationships: people become credits, labels and places company credits. */
  private void releaseRelations(MusicBrainzObject rel, Release.Builder b,
      java.util.function.Predicate<DiscogsId> discogs) {
    MusicBrainzCredits.People people = new MusicBrainzCredits.People();
    for (MusicBrainzObject.Element e : rel.array("relations")) {
      MusicBrainzObject o = MusicBrainzObject.of(e.node(), e.path(), "relationship", notes);
      MusicBrainzRelation r = o == null ? null : MusicBrainzRelation.read(o);
      if (r == null) {
        continue;
      }
      boolean whole = false;
      switch (r.targetType) {
        case "artist" -> {
          undatedCredit(r);
          person(r, people);
        }
        case "label", "place" -> {
          company(r, b);
        }
        case "url" -> {
          MusicBrainzObject url = o.object("url", "url");
          Optional<String> resource = url == null ? Optional.empty() : url.text("resource");
          if (url != null) {
            url.skip("id");
            url.finish();
          }
          Matcher m = resource.isPresent() && r.type.equals("discogs") ? DISCOGS_RELEASE.matcher(resource.get())
              : null;
          boolean kept = false;
          if (m != null && m.matches()) {
            try {
              kept = discogs.test(DiscogsId.parse(m.group(1)));
            } catch (InvalidValueException ex) {
              kept = false;
            }
          }
          if (!kept) {
            whole = true;
            notes.notImportedBecause("release-url\u0000" + r.type, e.path(), "the release's \"" + r.type + "\" link"
                + " is not imported: the model keeps only a Discogs release id");
          } else {
            undatedCredit(r);
            unusedTargetCredit(r);
          }
        }
        case "series" -> {
          whole = true;
          notes.notImportedBecause("release-series", e.path(), "the release's part in a series is not imported:"
              + " the model has no series");
        }
        default -> {
          whole = true;
          notes.notImportedBecause("release-rel\u0000" + r.targetType + "\u0000" + r.type, e.path(),
              "the release's \"" + r.type + "\" relationship to a " + (r.targetType.isEmpty() ? "target"
                  : r.targetType) + " is not imported: the model has no place for it");
        }
      }
      if (!whole) {
        o.finish();
      }
    }
    b.addAllCredits(people.build(notes, rel.path("relations")));
  }

  /** Reports the name a relationship credits its target with, where the model keeps none. */
  private void unusedTargetCredit(MusicBrainzRelation r) {
    r.targetCredit.ifPresent(c -> notes.notImportedBecause("target-credit\u0000" + r.targetType,
        r.object.path("target-credit"), "the name a " + r.targetType + " is credited with (\""
            + MusicBrainzCredits.shortText(c) + "\") is not imported: the model keeps its own name only"));
  }

  /** Reports the dates of a relationship that has no session to hold them. */
  private void undatedCredit(MusicBrainzRelation r) {
    r.dateText().ifPresent(d -> notes.notImportedBecause("rel-date\u0000" + r.object.path(),
        r.object.path("begin"), "the date " + d + " of the \"" + r.type + "\" relationship is not imported: only"
            + " the performers of a recording have a session to date"));
  }

  private void person(MusicBrainzRelation r, MusicBrainzCredits.People people) {
    MusicBrainzObject artist = r.object.object("artist", "artist");
    Optional<String> canonical = Optional.empty();
    Optional<MusicBrainzId> id = Optional.empty();
    if (artist != null) {
      canonical = artist.name("name");
      id = MusicBrainzCredits.mbid(artist, "id");
      artist.finish();
    }
    // the artist's own name, and beside it the name this credit prints when that differs
    Optional<String> own = canonical;
    Optional<String> creditedAs = own.isPresent() ? r.targetCredit.filter(t -> !t.equals(own.get()))
        : Optional.empty();
    Optional<String> name = own.or(() -> r.targetCredit);
    if (name.isEmpty()) {
      notes.invalid(r.object.path(), "the \"" + r.type + "\" relationship names no artist; left out");
      return;
    }
    r.object.name("source-credit").ifPresent(s -> notes.notImportedBecause("source-credit",
        r.object.path("source-credit"), "a relationship's source credit is not imported: the model has no place"
            + " for it"));
    List<CreditRole> roles = new ArrayList<>(MusicBrainzVocabulary.roles(r.type).orElse(List.of(CreditRole.OTHER)));
    if (MusicBrainzVocabulary.roles(r.type).isEmpty()) {
      notes.group(ImportCode.KEPT_AS_TEXT, "role\u0000" + r.type, r.object.path("type"), "the relationship type \""
          + MusicBrainzCredits.shortText(r.type) + "\" is no role the model knows; kept as credited, role other");
    }
    if (r.type.equals("producer") && r.attributes.contains("executive")) {
      roles = List.of(CreditRole.EXECUTIVE_PRODUCER);
    }
    if (r.type.equals("concertmaster")) {
      roles = List.of(CreditRole.PERFORMER, CreditRole.OTHER);
    }
    String credited = r.creditedRole();
    if (MusicBrainzObject.textProblem(credited, MusicBrainzObject.MAX_NAME, false) != null) {
      notes.invalid(r.object.path("type"), "the relationship's text " + MusicBrainzObject.textProblem(credited,
          MusicBrainzObject.MAX_NAME, false) + "; left out");
      return;
    }
    people.add(name.get(), creditedAs, id, roles, r.instruments(), credited);
  }

  private void company(MusicBrainzRelation r, Release.Builder b) {
    MusicBrainzObject target = r.object.object(r.targetType, r.targetType);
    Optional<String> canonical = Optional.empty();
    Optional<MusicBrainzId> id = Optional.empty();
    if (target != null) {
      canonical = target.name("name");
      id = MusicBrainzCredits.mbid(target, "id");
      target.finish();
    }
    Optional<String> canonicalName = canonical;
    Optional<String> name = r.targetCredit.or(() -> canonicalName);
    if (name.isEmpty()) {
      notes.invalid(r.object.path(), "the \"" + r.type + "\" relationship names no " + r.targetType + "; left out");
      return;
    }
    Optional<CompanyRole> role = MusicBrainzVocabulary.companyRole(r.type);
    if (role.isEmpty()) {
      notes.group(ImportCode.KEPT_AS_TEXT, "company-role\u0000" + r.type, r.object.path("type"), "the relationship"
          + " type \"" + MusicBrainzCredits.shortText(r.type) + "\" is no company role the model knows; kept as"
          + " credited, role other");
    }
    CompanyCredit.Builder c = CompanyCredit.builder().role(role.orElse(CompanyRole.OTHER)).name(name.get());
    String credited = r.creditedRole();
    if (MusicBrainzObject.textProblem(credited, MusicBrainzObject.MAX_NAME, false) == null) {
      c.creditedRole(credited);
    }
    r.begin.map(d -> date(d, r.object.path("begin"))).ifPresent(c::date);
    if (r.end.isPresent()) {
      notes.notImportedBecause("company-end", r.object.path("end"), "the end date of a company's relationship is"
          + " not imported: a company credit has one date");
    }
    MusicBrainzCredits.ids(id).ifPresent(c::ids);
    try {
      b.addCompanies(c.build());
    } catch (ValidationException e) {
      notes.invalid(r.object.path(), "the company credit breaks a rule: " + e.getMessage() + "; left out");
    }
  }

  // ---------------------------------------------------------------- recordings

  /**
   * Maps a recording once per MusicBrainz id, with its credits, works and session; returns its local id, or
   * null when it cannot be a recording (no title).
   */
  private String recording(MusicBrainzObject rec) {
    Optional<MusicBrainzId> mbid = MusicBrainzCredits.mbid(rec, "id");
    if (mbid.isPresent() && recordings.containsKey(mbid.get().toString())) {
      return mbid.get().toString();
    }
    Optional<String> recordingTitle = rec.name("title");
    if (recordingTitle.isEmpty()) {
      notes.invalid(rec.path("title"), "the recording has no title; the recording was left out");
      return null;
    }
    String id = mbid.map(MusicBrainzId::toString).orElseGet(() -> "recording-" + (++synthetic));
    Recording.Builder b = Recording.builder().id(id).title(recordingTitle.get());
    List<ArtistCredit> a = MusicBrainzCredits.artistCredit(rec, "artist-credit");
    if (!a.isEmpty() && !a.equals(artists)) {
      b.addAllArtists(a);
    }
    rec.integer("length").ifPresent(ms -> length(ms, rec.path("length")).ifPresent(b::length));
    Set<Isrc> isrcs = new LinkedHashSet<>();
    List<MusicBrainzObject.Element> isrcElements = rec.array("isrcs");
    for (MusicBrainzObject.Element e : isrcElements) {
      if (e.node() == null || !e.node().isString()) {
        notes.invalid(e.path(), "expected an ISRC as text, found " + MusicBrainzObject.describe(e.node())
            + "; left out");
        continue;
      }
      try {
        isrcs.add(Isrc.parse(e.node().stringValue()));
      } catch (InvalidValueException ex) {
        notes.invalid(e.path(), "\"" + MusicBrainzCredits.shortText(e.node().stringValue()) + "\" is not an ISRC: "
            + ex.reason() + "; left out");
      }
    }
    b.addAllIsrcs(isrcs);
    if (rec.bool("video").orElse(false)) {
      b.addNotes(Note.of("MusicBrainz marks this recording as a video."));
    }
    rec.name("disambiguation").ifPresent(d -> b.addNotes(Note.of("MusicBrainz disambiguation: " + d)));
    recordingRelations(rec, b);
    ExternalIds.Builder ids = ExternalIds.builder();
    mbid.ifPresent(ids::musicBrainz);
    if (mbid.isPresent()) {
      b.ids(ids.build());
    }
    rec.finish();
    try {
      Recording r = b.build();
      recordings.put(id, r);
      return id;
    } catch (ValidationException e) {
      notes.invalid(rec.path(), "the recording breaks a rule: " + e.getMessage() + "; left out");
      return null;
    }
  }

  /** One dated relationship of a recording. */
  private record Dated(String date, String location, boolean performing, String type) {}

  private void recordingRelations(MusicBrainzObject rec, Recording.Builder b) {
    MusicBrainzCredits.People people = new MusicBrainzCredits.People();
    List<Dated> dated = new ArrayList<>();
    List<Venue> venues = new ArrayList<>();
    Set<String> workIds = new LinkedHashSet<>();
    for (MusicBrainzObject.Element e : rec.array("relations")) {
      MusicBrainzObject o = MusicBrainzObject.of(e.node(), e.path(), "relationship", notes);
      MusicBrainzRelation r = o == null ? null : MusicBrainzRelation.read(o);
      if (r == null) {
        continue;
      }
      boolean performing = MusicBrainzVocabulary.PERFORMING.contains(r.type);
      boolean keepsDate = true;
      switch (r.targetType) {
        case "artist" -> person(r, people);
        case "work" -> {
          MusicBrainzObject w = o.object("work", "work");
          if (r.type.equals("performance") && w != null) {
            String workId = work(w);
            if (workId != null) {
              workIds.add(workId);
            }
            unusedTargetCredit(r);
            if (!r.attributes.isEmpty()) {
              notes.notImportedBecause("performance-attributes", o.path("attributes"), "the attributes of a"
                  + " performance (" + String.join(", ", r.attributes) + ") are not imported: a recording's"
                  + " works have no place for them");
            }
          } else {
            keepsDate = false;
            notes.notImportedBecause("recording-work-rel\u0000" + r.type, e.path(), "the recording's \"" + r.type
                + "\" relationship to a work is not imported: only performances are");
          }
        }
        case "place", "area" -> {
          MusicBrainzObject target = o.object(r.targetType, r.targetType);
          Venue venue = (r.type.equals("recorded at") || r.type.equals("recorded in")) && target != null
              ? venue(target, r.targetType.equals("area")) : null;
          if (venue != null) {
            target.finish();
            unusedTargetCredit(r);
            venues.add(venue);
          } else {
            keepsDate = false;
            notes.notImportedBecause("recording-place-rel\u0000" + r.type, e.path(), "the recording's \"" + r.type
                + "\" relationship to a " + r.targetType + " is not imported: only where it was recorded is");
          }
        }
        default -> {
          keepsDate = false;
          notes.notImportedBecause("recording-rel\u0000" + r.targetType + "\u0000" + r.type, e.path(),
              "the recording's \"" + r.type + "\" relationship to a " + (r.targetType.isEmpty() ? "target"
                  : r.targetType) + " is not imported: the model has no place for it");
        }
      }
      if (keepsDate) {
        r.dateText().ifPresent(d -> dated.add(new Dated(d, o.path("begin"), performing, r.type)));
        o.finish();
      }
    }
    b.addAllCredits(people.build(notes, rec.path("relations")));
    b.addAllWorks(workIds);
    session(rec, b, dated, venues);
  }

  /** Puts the recording in the session of its performers' dates and place, reporting the dates left over. */
  private void session(MusicBrainzObject rec, Recording.Builder b, List<Dated> dated, List<Venue> venues) {
    Set<String> performing = new LinkedHashSet<>();
    Set<String> all = new LinkedHashSet<>();
    for (Dated d : dated) {
      all.add(d.date());
      if (d.performing()) {
        performing.add(d.date());
      }
    }
    String date = performing.size() == 1 ? performing.iterator().next()
        : performing.isEmpty() && all.size() == 1 ? all.iterator().next() : null;
    PartialDate parsed = null;
    if (date != null) {
      try {
        parsed = PartialDate.parse(date);
      } catch (InvalidValueException e) {
        notes.invalid(dated.get(0).location(), "the relationship dates " + date + " are not a date: " + e.reason()
            + "; no session date");
        date = null;
      }
    }
    for (Dated d : dated) {
      if (!d.date().equals(date)) {
        notes.add(ImportCode.NOT_IMPORTED, d.location(), "the date " + d.date() + " of the \"" + d.type() + "\""
            + " relationship is not imported: " + (date == null ? "the performers' dates differ, so no one"
            + " session holds them" : "it differs from the session's " + date));
      }
    }
    Venue venue = venues.isEmpty() ? null : venues.get(0);
    for (int i = 1; i < venues.size(); i++) {
      Venue other = venues.get(i);
      if (!other.equals(venue)) {
        notes.add(ImportCode.NOT_IMPORTED, rec.path("relations"), "a second place of recording, "
            + other.name().or(other::city).orElse("") + ", is not imported: a recording has"
            + " one session");
      }
    }
    if (parsed == null && venue == null) {
      return;
    }
    SessionKey key = new SessionKey(parsed == null ? "" : parsed.toString(), venue);
    Session s = sessions.get(key);
    if (s == null) {
      String base = parsed == null ? "session" : parsed.toString().replace('/', '_');
      if (base.endsWith("_")) {
        base = base + "unknown";
      } else if (base.startsWith("_")) {
        base = "unknown" + base;
      }
      String id = base;
      for (int n = 2; !sessionIds.add(id) || id.length() > 64; n++) {
        id = (base.length() > 56 ? base.substring(0, 56) : base) + "-" + n;
      }
      Session.Builder sb = Session.builder().id(id);
      if (parsed != null) {
        sb.date(parsed);
      }
      if (venue != null) {
        sb.venue(venue);
      }
      s = sb.build();
      sessions.put(key, s);
    }
    b.session(s.id());
  }

  private Venue venue(MusicBrainzObject target, boolean isArea) {
    Optional<String> name = target.name("name");
    target.skip("sort-name");
    if (isArea) {
      List<String> codes = target.texts("iso-3166-1-codes");
      Venue.Builder v = Venue.builder();
      if (!codes.isEmpty() && COUNTRIES.contains(codes.get(0))) {
        v.country(codes.get(0));
        name.ifPresent(v::name);
      } else {
        name.ifPresent(v::city);
      }
      return build(v, target.path());
    }
    Venue.Builder v = Venue.builder();
    name.ifPresent(v::name);
    MusicBrainzObject area = target.object("area", "area");
    if (area != null) {
      List<String> codes = area.texts("iso-3166-1-codes");
      Optional<String> areaName = area.name("name");
      area.skip("sort-name");
      if (!codes.isEmpty() && COUNTRIES.contains(codes.get(0))) {
        v.country(codes.get(0));
      } else {
        areaName.ifPresent(v::city);
      }
      area.finish();
    }
    return build(v, target.path());
  }

  private Venue build(Venue.Builder v, String location) {
    try {
      return v.build();
    } catch (ValidationException e) {
      notes.invalid(location, "the place breaks a rule: " + e.getMessage() + "; left out");
      return null;
    }
  }

  /** Maps a work once per MusicBrainz id, with its writers from its own relationships; returns its local id. */
  private String work(MusicBrainzObject w) {
    Optional<MusicBrainzId> mbid = MusicBrainzCredits.mbid(w, "id");
    if (mbid.isPresent() && works.containsKey(mbid.get().toString())) {
      return mbid.get().toString();
    }
    Optional<String> workTitle = w.name("title");
    if (workTitle.isEmpty()) {
      notes.invalid(w.path("title"), "the work has no title; left out");
      return null;
    }
    String id = mbid.map(MusicBrainzId::toString).orElseGet(() -> "work-" + (++synthetic));
    Work.Builder b = Work.builder().id(id).title(workTitle.get());
    mbid.ifPresent(i -> b.ids(ExternalIds.builder().musicBrainz(i).build()));
    List<String> iswcs = w.texts("iswcs");
    boolean kept = false;
    for (int i = 0; i < iswcs.size(); i++) {
      try {
        Iswc iswc = Iswc.parse(iswcs.get(i));
        if (!kept) {
          b.iswc(iswc);
          kept = true;
        } else {
          notes.add(ImportCode.NOT_IMPORTED, w.path("iswcs") + "/" + i, "a further ISWC, " + iswc + ", is not"
              + " imported: a work has one");
        }
      } catch (InvalidValueException e) {
        notes.invalid(w.path("iswcs") + "/" + i, "\"" + MusicBrainzCredits.shortText(iswcs.get(i)) + "\" is not an"
            + " ISWC: " + e.reason() + "; left out");
      }
    }
    Map<String, List<ArtistCredit>> writers = new LinkedHashMap<>();
    for (MusicBrainzObject.Element e : w.array("relations")) {
      MusicBrainzObject o = MusicBrainzObject.of(e.node(), e.path(), "relationship", notes);
      MusicBrainzRelation r = o == null ? null : MusicBrainzRelation.read(o);
      if (r == null) {
        continue;
      }
      List<String> lists = switch (r.type) {
        case "composer" -> List.of("composers");
        case "lyricist", "librettist" -> List.of("lyricists");
        case "writer" -> List.of("composers", "lyricists");
        case "arranger", "instrument arranger", "vocal arranger", "orchestrator" -> List.of("arrangers");
        default -> List.of();
      };
      if (!r.targetType.equals("artist") || lists.isEmpty()) {
        o.raw(r.targetType);
        notes.notImportedBecause("work-rel\u0000" + r.targetType + "\u0000" + r.type, e.path(), "the work's \""
            + r.type + "\" relationship to a " + (r.targetType.isEmpty() ? "target" : r.targetType) + " is not"
            + " imported: a work keeps only its composers, lyricists and arrangers");
        continue;
      }
      MusicBrainzObject artist = o.object("artist", "artist");
      Optional<String> canonical = Optional.empty();
      Optional<MusicBrainzId> aid = Optional.empty();
      if (artist != null) {
        canonical = artist.name("name");
        aid = MusicBrainzCredits.mbid(artist, "id");
        artist.finish();
      }
      Optional<String> name = canonical.or(() -> r.targetCredit);
      undatedCredit(r);
      if (!r.attributes.isEmpty()) {
        notes.notImportedBecause("work-writer-attributes", o.path("attributes"), "the attributes of a work's"
            + " writers (" + String.join(", ", r.attributes) + ") are not imported: a work lists only names");
      }
      o.finish();
      if (name.isEmpty()) {
        notes.invalid(e.path(), "the \"" + r.type + "\" relationship names no artist; left out");
        continue;
      }
      ArtistCredit.Builder c = ArtistCredit.builder().name(name.get());
      r.targetCredit.filter(t -> !t.equals(name.get())).ifPresent(c::creditedAs);
      MusicBrainzCredits.ids(aid).ifPresent(c::ids);
      ArtistCredit credit = c.build();
      for (String list : lists) {
        List<ArtistCredit> l = writers.computeIfAbsent(list, k -> new ArrayList<>());
        if (!l.contains(credit)) {
          l.add(credit);
        }
      }
    }
    b.addAllComposers(writers.getOrDefault("composers", List.of()));
    b.addAllLyricists(writers.getOrDefault("lyricists", List.of()));
    b.addAllArrangers(writers.getOrDefault("arrangers", List.of()));
    w.finish();
    try {
      Work work = b.build();
      works.put(id, work);
      return id;
    } catch (ValidationException e) {
      notes.invalid(w.path(), "the work breaks a rule: " + e.getMessage() + "; left out");
      return null;
    }
  }

  // ---------------------------------------------------------------- the album

  private Imported buildAlbum() {
    Album.Builder a = Album.builder().title(Objects.requireNonNull(title)).addAllArtists(artists)
        .addAllKinds(kinds).addAllGenres(genres).addAllSessions(sessions.values())
        .addAllRecordings(recordings.values()).addAllWorks(works.values()).addAllReleases(releases);
    if (firstReleased != null) {
      a.firstReleased(firstReleased);
    }
    if (groupId != null || discogsMaster != null || wikidata != null) {
      ExternalIds.Builder ids = ExternalIds.builder();
      if (groupId != null) {
        ids.musicBrainz(groupId);
      }
      if (discogsMaster != null) {
        ids.discogs(discogsMaster);
      }
      if (wikidata != null) {
        ids.wikidata(wikidata);
      }
      a.ids(ids.build());
    }
    try {
      return Imported.of(List.of(a.build()), notes.toList());
    } catch (ValidationException e) {
      List<ImportNote> out = new ArrayList<>(notes.toList());
      for (Problem p : e.violations()) {
        out.add(ImportNote.of(ImportCode.INVALID_VALUE, "", "the album breaks a rule at " + p.path() + ": "
            + p.message()));
      }
      out.add(ImportNote.of(ImportCode.UNUSABLE, "", "the album could not be built from the document"));
      return Imported.of(List.of(), out);
    }
  }
}
