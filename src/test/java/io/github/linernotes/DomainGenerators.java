package io.github.linernotes;

import io.github.linernotes.id.IdentifierGenerators;
import io.github.linernotes.value.DateGenerators;
import io.github.linernotes.value.LengthAndRatingGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Generators of valid, varied records of every domain type, for property tests. They touch no JSON
 * mapper, so the Jackson 2 and Jackson 3 test runs can both use them.
 */
@SuppressWarnings("exports")
public final class DomainGenerators {

  private DomainGenerators() {}

  private static final String[] WORDS = {
      "Ascenseur", "l'échafaud", "Générique", "Évasion", "Dîner", "Köln", "Ñandú", "Øresund", "Ærø",
      "Straße", "Šťastný", "Łódź", "Ζορμπάς", "Москва", "東京", "ソニー", "서울", "القاهرة", "תל אביב",
      "भारत", "🎺", "Blue", "in", "Green", "Dolphin", "Street", "Fran-Dance", "Stella", "by", "Starlight",
      "So", "What", "Freddie", "Freeloader", "A", "B", "&", "—", "\"quoted\"", "back\\slash", "tab\there"};

  static int between(RandomnessSource in, int lo, int hi) {
    return (int) in.next(Constraint.between(lo, hi));
  }

  static boolean chance(RandomnessSource in, int percent) {
    return between(in, 0, 99) < percent;
  }

  static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(between(in, 0, values.size() - 1));
  }

  static <T> List<T> listOf(RandomnessSource in, int max, Supplier<T> element) {
    int n = between(in, 0, max);
    List<T> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(element.get());
    }
    return list;
  }

  /** Non-blank text of one to six words from many scripts, without control characters other than tab. */
  static String name(RandomnessSource in) {
    int words = between(in, 1, 6);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(WORDS[between(in, 0, WORDS.length - 1)].replace("\t", " "));
    }
    return sb.toString();
  }

  /** Longer text that may contain line breaks. */
  static String text(RandomnessSource in) {
    int sentences = between(in, 1, 4);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        sb.append(chance(in, 20) ? "\n" : " ");
      }
      sb.append(name(in)).append('.');
    }
    return sb.toString();
  }

  static <E extends Enum<E>> List<E> distinct(RandomnessSource in, Class<E> type, int max) {
    List<E> all = new ArrayList<>(List.of(type.getEnumConstants()));
    List<E> out = new ArrayList<>();
    int n = between(in, 0, Math.min(max, all.size()));
    for (int i = 0; i < n; i++) {
      out.add(all.remove(between(in, 0, all.size() - 1)));
    }
    return out;
  }

  static List<String> distinctNames(RandomnessSource in, int max) {
    List<String> out = new ArrayList<>();
    int n = between(in, 0, max);
    for (int i = 0; i < n; i++) {
      String s = name(in);
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  public static Gen<ExternalIds> externalIds() {
    return in -> {
      ExternalIds.Builder b = ExternalIds.builder();
      int which = between(in, 1, 7);
      if ((which & 1) != 0) {
        b.musicBrainz(IdentifierGenerators.musicBrainzIds().generate(in));
      }
      if ((which & 2) != 0) {
        b.discogs(IdentifierGenerators.discogsIds().generate(in));
      }
      if ((which & 4) != 0) {
        b.wikidata(IdentifierGenerators.wikidataIds().generate(in));
      }
      return b.build();
    };
  }

  public static Gen<ArtistCredit> artistCredits() {
    return in -> {
      ArtistCredit.Builder b = ArtistCredit.builder().name(name(in));
      if (chance(in, 20)) {
        b.creditedAs(name(in));
      }
      if (chance(in, 30)) {
        b.joinPhrase(pick(in, List.of(" & ", " and ", ", ", " with ", " feat. ", " / ")));
      }
      if (chance(in, 30)) {
        b.ids(externalIds().generate(in));
      }
      return b.build();
    };
  }

  public static Gen<Venue> venues() {
    return in -> {
      Venue.Builder b = Venue.builder();
      int which = between(in, 1, 3);
      if ((which & 1) != 0) {
        b.name(name(in));
      }
      if ((which & 2) != 0) {
        b.city(name(in));
      }
      if (chance(in, 70)) {
        b.country(pick(in, List.of("FR", "US", "GB", "DE", "JP", "BR", "IT", "SE")));
      }
      return b.build();
    };
  }

  public static Gen<CompanyCredit> companyCredits() {
    return in -> {
      CompanyCredit.Builder b = CompanyCredit.builder().name(name(in)).role(pick(in, List.of(CompanyRole.values())));
      if (chance(in, 50)) {
        b.creditedRole(pick(in, List.of("Pressed By", "Phonographic Copyright (p)", "Record Company", "Recorded At")));
      }
      if (chance(in, 30)) {
        b.catalogueNumber(pick(in, List.of("660.213 MR", "CL 1355", "YEX 748")));
      }
      if (chance(in, 30)) {
        b.date(DateGenerators.partialDates().generate(in));
      }
      if (chance(in, 20)) {
        b.ids(externalIds().generate(in));
      }
      return b.build();
    };
  }

  public static Gen<ReleaseIdentifier> releaseIdentifiers() {
    return in -> {
      ReleaseIdentifier.Builder b = ReleaseIdentifier.builder().type(pick(in, List.of(IdentifierType.values())))
          .value(pick(in, List.of("YEX 748-1", "LC 0309", "B000002UAL", "IFPI L555", "GEMA", name(in))));
      if (chance(in, 40)) {
        b.description(pick(in, List.of("Side A", "Side B", "CD1 (Variation 2)", name(in))));
      }
      return b.build();
    };
  }

  public static Gen<LabelInfo> labels() {
    return in -> {
      LabelInfo.Builder b = LabelInfo.builder().name(name(in));
      if (chance(in, 70)) {
        b.catalogueNumber(pick(in, List.of("660.213 MR", "CL 1268", "836 305-2", "SRX-6078", "B0001234-02")));
      }
      if (chance(in, 20)) {
        b.ids(externalIds().generate(in));
      }
      return b.build();
    };
  }

  public static Gen<ReleaseEvent> releaseEvents() {
    return in -> {
      ReleaseEvent.Builder b = ReleaseEvent.builder();
      int which = between(in, 1, 3);
      if ((which & 1) != 0) {
        b.date(DateGenerators.partialDates().generate(in));
      }
      if ((which & 2) != 0) {
        b.area(pick(in, List.of("US", "FR", "XE", "XW", "JP", "GB")));
      }
      return b.build();
    };
  }

  /** Credits whose track lists name only the given positions. */
  static Gen<Personnel> personnel(List<String> positions) {
    return in -> {
      Personnel.Builder b = Personnel.builder().name(name(in))
          .instruments(distinctNames(in, 3))
          .roles(distinct(in, CreditRole.class, 3));
      if (chance(in, 20)) {
        b.creditedAs(name(in));
      }
      if (chance(in, 20)) {
        b.creditedRoles(distinctNames(in, 2));
      }
      if (chance(in, 20)) {
        b.roleNote(text(in));
      }
      if (!positions.isEmpty() && chance(in, 40)) {
        List<String> pool = new ArrayList<>(positions);
        int n = between(in, 1, Math.min(3, pool.size()));
        for (int i = 0; i < n; i++) {
          b.addTracks(pool.remove(between(in, 0, pool.size() - 1)));
        }
      }
      if (chance(in, 20)) {
        b.ids(externalIds().generate(in));
      }
      return b.build();
    };
  }

  public static Gen<Personnel> personnel() {
    return personnel(List.of());
  }

  /** Notes whose citations are drawn from the given ids. */
  static Gen<Note> notes(List<String> citationIds) {
    return in -> {
      Note.Builder b = Note.builder().text(text(in));
      if (chance(in, 30)) {
        b.attributedTo(name(in));
      }
      b.citations(subset(in, citationIds, 2));
      return b.build();
    };
  }

  public static Gen<Note> notes() {
    return notes(List.of("c1", "c2", "c3"));
  }

  static List<String> subset(RandomnessSource in, List<String> pool, int max) {
    List<String> left = new ArrayList<>(pool);
    List<String> out = new ArrayList<>();
    int n = left.isEmpty() ? 0 : between(in, 0, Math.min(max, left.size()));
    for (int i = 0; i < n; i++) {
      out.add(left.remove(between(in, 0, left.size() - 1)));
    }
    return out;
  }

  static Gen<Track> tracks(String position, List<String> sessionIds, List<String> citationIds) {
    return in -> {
      Track.Builder b = Track.builder().position(position).title(name(in));
      if (chance(in, 10)) {
        b.artists(listOf(in, 2, () -> artistCredits().generate(in)));
      }
      if (chance(in, 10)) {
        b.ids(externalIds().generate(in));
      }
      if (chance(in, 80)) {
        b.length(LengthAndRatingGenerators.trackLengths().generate(in));
      }
      if (!sessionIds.isEmpty() && chance(in, 60)) {
        b.session(pick(in, sessionIds));
      }
      if (chance(in, 20)) {
        b.take(between(in, 1, 12));
      }
      if (chance(in, 20)) {
        b.version(pick(in, List.of("film mix, with added reverb", "without reverb", "mono", "edit")));
      }
      b.alternateTake(chance(in, 15));
      b.previouslyUnreleased(chance(in, 15));
      if (chance(in, 15)) {
        b.addCredits(personnel().generate(in));
      }
      if (chance(in, 10)) {
        b.addNotes(notes(citationIds).generate(in));
      }
      return b.build();
    };
  }

  public static Gen<Track> tracks() {
    return in -> tracks(pick(in, List.of("A1", "B5", "1-17", "17", "C2")), List.of("s1"), List.of("c1"))
        .generate(in);
  }

  static Gen<Medium> media(int mediumIndex, List<String> sessionIds, List<String> citationIds) {
    return in -> {
      Medium.Builder b = Medium.builder();
      if (chance(in, 30)) {
        b.descriptions(distinctNames(in, 3));
      }
      if (chance(in, 30)) {
        b.channels(pick(in, List.of(Channels.values())));
      }
      if (chance(in, 80)) {
        b.format(pick(in, List.of(MediumFormat.values())));
      }
      if (chance(in, 10)) {
        b.title(name(in));
      }
      int n = between(in, 0, chance(in, 10) ? 30 : 8);
      boolean sides = chance(in, 50);
      List<String> positions = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        String position = sides
            ? String.valueOf((char) ('A' + mediumIndex * 2 + (t < (n + 1) / 2 ? 0 : 1)))
                + (t < (n + 1) / 2 ? t + 1 : t + 1 - (n + 1) / 2)
            : (mediumIndex + 1) + "-" + (t + 1);
        positions.add(position);
        b.addTracks(tracks(position, sessionIds, citationIds).generate(in));
      }
      if (chance(in, 15)) {
        MediumSection.Builder section = MediumSection.builder().description(text(in))
            .alternateTakes(chance(in, 30)).previouslyUnreleased(chance(in, 30))
            .citations(subset(in, citationIds, 2));
        if (n >= 2 && chance(in, 70)) {
          section.firstPosition(positions.get(0)).lastPosition(positions.get(n - 1));
        }
        if (chance(in, 50)) {
          section.version(pick(in, List.of("film mix, with added reverb", "without reverb", "mono")));
        }
        b.addSections(section.build());
      }
      return b.build();
    };
  }

  public static Gen<MediumSection> mediumSections() {
    return in -> {
      MediumSection.Builder b = MediumSection.builder().description(text(in))
          .alternateTakes(chance(in, 30)).previouslyUnreleased(chance(in, 30));
      if (chance(in, 60)) {
        int first = between(in, 1, 20);
        b.firstPosition(String.valueOf(first)).lastPosition(String.valueOf(first + between(in, 0, 10)));
      }
      if (chance(in, 50)) {
        b.version(pick(in, List.of("film mix, with added reverb", "without reverb", "mono")));
      }
      return b.build();
    };
  }

  public static Gen<Medium> media() {
    return in -> media(between(in, 0, 2), List.of("s1"), List.of("c1")).generate(in);
  }

  public static Gen<Award> awards(List<String> citationIds) {
    return in -> {
      Award.Builder b = Award.builder().name(name(in));
      if (chance(in, 70)) {
        b.category(name(in));
      }
      if (chance(in, 70)) {
        b.date(DateGenerators.simpleDates().generate(in));
      }
      b.outcome(pick(in, List.of(AwardOutcome.values())));
      b.citations(subset(in, citationIds, 2));
      return b.build();
    };
  }

  public static Gen<Award> awards() {
    return awards(List.of("c1", "c2"));
  }

  static Gen<Release> releases(String id, List<String> sessionIds, List<String> citationIds) {
    return in -> {
      Release.Builder b = Release.builder().id(id);
      if (chance(in, 20)) {
        b.companies(listOf(in, 2, () -> companyCredits().generate(in)));
      }
      if (chance(in, 20)) {
        b.identifiers(listOf(in, 2, () -> releaseIdentifiers().generate(in)));
      }
      if (chance(in, 15)) {
        b.artists(listOf(in, 2, () -> artistCredits().generate(in)));
      }
      if (chance(in, 30)) {
        b.title(name(in));
      }
      if (chance(in, 50)) {
        b.status(pick(in, List.of(ReleaseStatus.values())));
      }
      b.labels(listOf(in, 2, () -> labels().generate(in)));
      b.events(listOf(in, 2, () -> releaseEvents().generate(in)));
      if (chance(in, 20)) {
        b.packaging(pick(in, List.of("jewel case", "gatefold sleeve", "digipak", "cardboard sleeve")));
      }
      int media = between(in, 0, 3);
      List<Medium> built = new ArrayList<>();
      for (int m = 0; m < media; m++) {
        built.add(media(m, sessionIds, citationIds).generate(in));
      }
      b.media(built);
      if (chance(in, 40)) {
        b.statedLength(LengthAndRatingGenerators.runningTimes().generate(in));
      }
      if (chance(in, 30)) {
        b.statedTrackCount(between(in, 0, 40));
      }
      List<String> positions = new ArrayList<>();
      built.forEach(m -> m.tracks().forEach(t -> positions.add(t.position())));
      b.credits(listOf(in, 2, () -> personnel(positions).generate(in)));
      b.awards(listOf(in, 1, () -> awards(citationIds).generate(in)));
      if (chance(in, 30)) {
        b.barcode(IdentifierGenerators.barcodes().generate(in));
      }
      if (chance(in, 30)) {
        b.ids(externalIds().generate(in));
      }
      b.citations(subset(in, citationIds, 2));
      b.notes(listOf(in, 1, () -> notes(citationIds).generate(in)));
      return b.build();
    };
  }

  public static Gen<Release> releases() {
    return in -> releases("r" + between(in, 0, 99), List.of("s1"), List.of("c1")).generate(in);
  }

  static Gen<Session> sessions(String id, List<String> positions, List<String> citationIds) {
    return in -> {
      Session.Builder b = Session.builder().id(id);
      if (chance(in, 80)) {
        b.date(DateGenerators.partialDates().generate(in));
      }
      if (chance(in, 70)) {
        b.venue(venues().generate(in));
      }
      b.lineUp(listOf(in, 6, () -> personnel(positions).generate(in)));
      b.notes(listOf(in, 1, () -> notes(citationIds).generate(in)));
      return b.build();
    };
  }

  public static Gen<Session> sessions() {
    return in -> sessions("s" + between(in, 0, 99), List.of(), List.of()).generate(in);
  }

  public static Gen<Author> authors() {
    return in -> chance(in, 70) ? Author.of(name(in), name(in)) : Author.of(name(in));
  }

  static Gen<Citation> citations(String id) {
    return in -> {
      Citation.Builder b = Citation.builder().id(id).kind(pick(in, List.of(CitationKind.values())));
      b.authors(listOf(in, 3, () -> authors().generate(in)));
      if (chance(in, 80)) {
        b.title(name(in));
      }
      if (chance(in, 50)) {
        b.containerTitle(name(in));
      }
      if (chance(in, 30)) {
        b.publisher(name(in));
      }
      if (chance(in, 20)) {
        b.publisherPlace(name(in));
      }
      if (chance(in, 70)) {
        b.issued(DateGenerators.publicationDates().generate(in));
      }
      if (chance(in, 40)) {
        b.accessed(DateGenerators.simpleDates().generate(in));
      }
      if (chance(in, 20)) {
        b.volume(String.valueOf(between(in, 1, 60)));
      }
      if (chance(in, 20)) {
        b.issue(String.valueOf(between(in, 1, 12)));
      }
      if (chance(in, 30)) {
        b.pages(pick(in, List.of("34", "133–136", "xi–xv", "12-13")));
      }
      if (chance(in, 20)) {
        b.isbn(IdentifierGenerators.isbns().generate(in));
      }
      if (chance(in, 20)) {
        b.issn(IdentifierGenerators.issns().generate(in));
      }
      if (chance(in, 30)) {
        b.url(IdentifierGenerators.webAddresses().generate(in));
      }
      if (chance(in, 10)) {
        b.archiveUrl(IdentifierGenerators.webAddresses().generate(in));
      }
      if (chance(in, 10)) {
        b.archived(DateGenerators.simpleDates().generate(in));
      }
      if (chance(in, 10)) {
        b.note(text(in));
      }
      return b.build();
    };
  }

  public static Gen<Citation> citations() {
    return in -> citations("c" + between(in, 0, 99)).generate(in);
  }

  static Gen<Review> reviews(List<String> citationIds) {
    return in -> {
      Review.Builder b = Review.builder().publication(name(in));
      if (chance(in, 40)) {
        b.reviewer(name(in));
      }
      if (chance(in, 85)) {
        b.rating(LengthAndRatingGenerators.ratings().generate(in));
      }
      if (!citationIds.isEmpty() && chance(in, 80)) {
        b.citation(pick(in, citationIds));
      }
      return b.build();
    };
  }

  public static Gen<Review> reviews() {
    return reviews(List.of("c1"));
  }

  static Gen<RelatedWork> relatedWorks(List<String> citationIds) {
    return in -> {
      RelatedWork.Builder b = RelatedWork.builder().title(name(in))
          .relation(pick(in, List.of(WorkRelation.values())))
          .kind(pick(in, List.of(WorkKind.values())));
      if (chance(in, 60)) {
        b.creator(name(in));
        if (chance(in, 50)) {
          b.creatorRole(pick(in, List.of(CreditRole.values())));
        }
      }
      if (chance(in, 60)) {
        b.date(DateGenerators.simpleDates().generate(in));
      }
      if (chance(in, 20)) {
        b.ids(externalIds().generate(in));
      }
      if (chance(in, 30)) {
        b.note(text(in));
      }
      b.citations(subset(in, citationIds, 2));
      return b.build();
    };
  }

  public static Gen<RelatedWork> relatedWorks() {
    return relatedWorks(List.of("c1"));
  }

  public static Gen<AlbumLink> albumLinks() {
    return in -> {
      AlbumLink.Builder b = AlbumLink.builder().title(name(in));
      if (chance(in, 50)) {
        b.date(DateGenerators.simpleDates().generate(in));
      }
      if (chance(in, 20)) {
        b.ids(externalIds().generate(in));
      }
      return b.build();
    };
  }

  public static Gen<Chronology> chronologies() {
    return in -> {
      int which = between(in, 1, 3);
      Chronology.Builder b = Chronology.builder();
      if ((which & 1) != 0) {
        b.previous(albumLinks().generate(in));
      }
      if ((which & 2) != 0) {
        b.next(albumLinks().generate(in));
      }
      return b.build();
    };
  }

  /** Whole albums whose every reference resolves. */
  /** A release some of whose tracks are appearances of the album's recordings, saying nothing of their own. */
  static Release onRecordings(RandomnessSource in, Release release, List<String> recordingIds) {
    List<Medium> media = new ArrayList<>();
    for (Medium medium : release.media()) {
      List<Track> tracks = new ArrayList<>();
      for (Track track : medium.tracks()) {
        tracks.add(!chance(in, 50) ? track : Track.builder().from(track).session(java.util.Optional.empty())
            .take(java.util.OptionalInt.empty()).version(java.util.Optional.empty()).alternateTake(false)
            .recording(pick(in, recordingIds)).build());
      }
      media.add(medium.withTracks(tracks));
    }
    return release.withMedia(media);
  }

  static Gen<Recording> recordings(String id, List<String> sessionIds, List<String> workIds, List<String> citationIds) {
    return in -> {
      Recording.Builder b = Recording.builder().id(id).title(name(in));
      if (chance(in, 15)) {
        b.artists(listOf(in, 2, () -> artistCredits().generate(in)));
      }
      if (!sessionIds.isEmpty() && chance(in, 70)) {
        b.session(pick(in, sessionIds));
      }
      if (chance(in, 30)) {
        b.take(between(in, 1, 12));
      }
      if (chance(in, 20)) {
        b.version(pick(in, List.of("film mix, with added reverb", "without reverb", "mono", "edit")));
      }
      b.alternateTake(chance(in, 15));
      if (chance(in, 50)) {
        b.length(LengthAndRatingGenerators.trackLengths().generate(in));
      }
      b.credits(listOf(in, 2, () -> personnel().generate(in)));
      b.works(subset(in, workIds, 2));
      if (chance(in, 40)) {
        b.addIsrcs(io.github.linernotes.id.IdentifierGenerators.isrcs().generate(in));
      }
      if (chance(in, 30)) {
        b.ids(externalIds().generate(in));
      }
      b.notes(listOf(in, 2, () -> notes(citationIds).generate(in)));
      return b.build();
    };
  }

  static Gen<Work> works(String id) {
    return in -> {
      Work.Builder b = Work.builder().id(id).title(name(in));
      b.composers(listOf(in, 2, () -> artistCredits().generate(in)));
      b.lyricists(listOf(in, 1, () -> artistCredits().generate(in)));
      b.arrangers(listOf(in, 1, () -> artistCredits().generate(in)));
      if (chance(in, 40)) {
        b.iswc(io.github.linernotes.id.IdentifierGenerators.iswcs().generate(in));
      }
      if (chance(in, 30)) {
        b.ids(externalIds().generate(in));
      }
      return b.build();
    };
  }

  public static Gen<Recording> recordings() {
    return recordings("rec-1", List.of(), List.of(), List.of());
  }

  public static Gen<Work> works() {
    return works("work-1");
  }

  public static Gen<Album> albums() {
    return in -> {
      List<String> citationIds = new ArrayList<>();
      int citations = between(in, 0, 8);
      for (int i = 1; i <= citations; i++) {
        citationIds.add(chance(in, 50) ? String.valueOf(i) : "ref-" + i);
      }
      List<String> sessionIds = new ArrayList<>();
      int sessions = between(in, 0, 3);
      for (int i = 1; i <= sessions; i++) {
        sessionIds.add("session-" + i);
      }
      Album.Builder b = Album.builder().title(name(in));
      b.addArtists(artistCredits().generate(in));
      b.addAllArtists(listOf(in, 2, () -> artistCredits().generate(in)));
      b.kinds(distinct(in, AlbumKind.class, 2));
      b.genres(distinctNames(in, 2));
      b.styles(distinctNames(in, 2));
      if (chance(in, 80)) {
        b.firstReleased(DateGenerators.partialDates().generate(in));
      }
      List<Release> releases = new ArrayList<>();
      int releaseCount = between(in, 0, 3);
      for (int r = 0; r < releaseCount; r++) {
        releases.add(releases("release-" + (r + 1), sessionIds, citationIds).generate(in));
      }
      List<String> workIds = new ArrayList<>();
      int works = between(in, 0, 3);
      for (int i = 1; i <= works; i++) {
        workIds.add("work-" + i);
        b.addWorks(works("work-" + i).generate(in));
      }
      List<String> recordingIds = new ArrayList<>();
      int recordingCount = between(in, 0, 4);
      for (int i = 1; i <= recordingCount; i++) {
        recordingIds.add("rec-" + i);
        b.addRecordings(recordings("rec-" + i, sessionIds, workIds, citationIds).generate(in));
      }
      if (!recordingIds.isEmpty()) {
        releases.replaceAll(release -> onRecordings(in, release, recordingIds));
      }
      b.releases(releases);
      java.util.Set<String> distinctPositions = new java.util.LinkedHashSet<>();
      releases.forEach(r -> r.media().forEach(m -> m.tracks().forEach(t -> distinctPositions.add(t.position()))));
      List<String> positions = new ArrayList<>(distinctPositions);
      for (String id : sessionIds) {
        b.addSessions(sessions(id, positions, citationIds).generate(in));
      }
      b.credits(listOf(in, 3, () -> {
        Personnel credit = personnel(positions).generate(in);
        return recordingIds.isEmpty() || !chance(in, 30) ? credit
            : Personnel.builder().from(credit).recordings(subset(in, recordingIds, 2)).build();
      }));
      b.reviews(listOf(in, 4, () -> reviews(citationIds).generate(in)));
      for (String id : citationIds) {
        b.addCitations(citations(id).generate(in));
      }
      b.sources(subset(in, citationIds, 3));
      b.notes(listOf(in, 3, () -> notes(citationIds).generate(in)));
      b.relatedWorks(listOf(in, 2, () -> relatedWorks(citationIds).generate(in)));
      if (chance(in, 50)) {
        b.chronology(chronologies().generate(in));
      }
      if (chance(in, 30)) {
        b.ids(externalIds().generate(in));
      }
      return b.build();
    };
  }
}
