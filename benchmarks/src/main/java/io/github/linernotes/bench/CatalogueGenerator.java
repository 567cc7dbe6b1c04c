package io.github.linernotes.bench;

import io.github.linernotes.Album;
import io.github.linernotes.AlbumKind;
import io.github.linernotes.AlbumLink;
import io.github.linernotes.ArtistCredit;
import io.github.linernotes.Author;
import io.github.linernotes.Award;
import io.github.linernotes.AwardOutcome;
import io.github.linernotes.Chronology;
import io.github.linernotes.Citation;
import io.github.linernotes.CitationKind;
import io.github.linernotes.CreditRole;
import io.github.linernotes.ExternalIds;
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
import io.github.linernotes.ReleaseStatus;
import io.github.linernotes.Review;
import io.github.linernotes.Session;
import io.github.linernotes.Track;
import io.github.linernotes.Venue;
import io.github.linernotes.WorkKind;
import io.github.linernotes.WorkRelation;
import io.github.linernotes.id.Barcode;
import io.github.linernotes.id.DiscogsId;
import io.github.linernotes.id.Isbn;
import io.github.linernotes.id.Issn;
import io.github.linernotes.id.MusicBrainzId;
import io.github.linernotes.id.WebAddress;
import io.github.linernotes.id.WikidataId;
import io.github.linernotes.json.CatalogueWriter;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.PublicationDate;
import io.github.linernotes.value.Rating;
import io.github.linernotes.value.RunningTime;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Makes a deterministic catalogue of albums shaped like real ones, built with the library's builders (so
 * every album has passed validation and every reference resolves).
 *
 * <p>Each album has a master list of 8 to 20 recordings from 1 to 3 sessions with line-ups of 3 to 7
 * musicians; 1 to 3 releases lay those recordings out on 1 or 2 media (LP sides {@code A1…B6}, a second
 * record {@code C1…}, CD numbers {@code 1…} or {@code 1-1…} on two discs), reissues adding alternate takes
 * up to 30 tracks; labels with catalogue numbers, release events with vague dates ({@code 195X},
 * {@code 1958?}, intervals), stated lengths and track counts, barcodes, medium sections, awards; album,
 * release and track credits; 0 to 4 reviews in every rating shape; 1 to 8 citations of seven kinds with
 * ISBNs and ISSNs (valid check digits) some of the time; notes, related works, chronologies and outside
 * identifiers. Names and titles mix Latin with accents, Cyrillic, Greek and Japanese.
 *
 * <p>The same seed always gives the same albums, and so the same bytes.
 */
public final class CatalogueGenerator {

  /** The number of albums the benchmarks use. */
  public static final int ALBUMS = 10_000;

  /** The seed the benchmarks use. */
  public static final long SEED = 0x4C494E4552L;

  private static final String[] FIRST_NAMES = {
      "Miles", "John", "Bill", "René", "Barney", "Pierre", "Kenny", "Zoë", "José", "Björk", "Łukasz", "Søren",
      "Chloé", "Anaïs", "Jürgen", "François", "Ignacy", "Dmitri", "Kenji", "Aurélie", "Ólafur", "Małgorzata",
      "Çağlar", "Nuno", "Ana", "Yūko", "Élodie", "Håkon", "Grażyna", "Jiří", "Mónica", "Tomasz", "Naná",
      "Hermeto", "Gonzalo", "Ahmad", "Dollar", "Abdullah", "Manu", "Dexter", "Ornette", "Alice", "Charles",
      "Nina", "Wayne", "Herbie", "Joni", "Sun", "Ella", "Thelonious", "Art", "Sonny", "Max", "Cecil", "Mary Lou",
      "Дмитрий", "Νίκος", "Ингрид", "Ελένη"};

  private static final String[] LAST_NAMES = {
      "Davis", "Coltrane", "Evans", "Urtreger", "Wilen", "Michelot", "Clarke", "Sørensen", "Müller", "Dvořák",
      "Ødegaard", "Nováková", "Gonçalves", "Żak", "Þórsson", "Öztürk", "Ōtomo", "Kowalczyk", "Lefèvre",
      "Núñez", "Brötzmann", "Garbarek", "Stańko", "Vasconcelos", "Pascoal", "Rubalcaba", "Jamal", "Ibrahim",
      "Dibango", "Gordon", "Coleman", "Mingus", "Simone", "Shorter", "Hancock", "Mitchell", "Ra", "Fitzgerald",
      "Monk", "Blakey", "Rollins", "Roach", "Taylor", "Williams", "Hübner", "Gréco", "Łoś", "Čapek",
      "Иванова", "Παπαδόπουλος", "Σαββόπουλος", "Петров"};

  private static final String[] JAPANESE_NAMES = {"渡辺貞夫", "山下洋輔", "坂本龍一", "菊地雅章", "穐吉敏子", "日野皓正"};

  private static final String[] INSTRUMENTS = {
      "trumpet", "tenor saxophone", "alto saxophone", "baritone saxophone", "piano", "double bass", "drums",
      "guitar", "vibraphone", "flugelhorn", "trombone", "clarinet", "bass clarinet", "flute", "Hammond organ",
      "percussion", "voice", "electric bass", "bandoneón", "oud", "kora", "sitar", "cello", "violin",
      "synthesizer", "Fender Rhodes", "congas", "tabla", "cavaquinho", "accordéon"};

  private static final String[] TITLE_WORDS = {
      "Nuit", "Blue", "Été", "Sketches", "of", "Spain", "Fjord", "Straße", "Café", "Noir", "Ascenseur", "pour",
      "l'échafaud", "Midnight", "Kōan", "Déjà", "Vu", "Sonata", "Øresund", "Żywioł", "Tōkyō", "Saudade",
      "Coração", "Niñas", "Москва", "Ночь", "夜", "Ελευθερία", "Señor", "Blues", "Ballad", "Suite", "Élégie",
      "Rêverie", "Fantasía", "Mañana", "Köln", "Concert", "Live", "at", "the", "Village", "Vanguard",
      "Genève", "Søndag", "Fête", "Garçon", "Über", "alles", "Naïve", "Rue", "Lune", "Mar", "Água", "Chão",
      "Sól", "Himmel", "Dämmerung", "Kind", "Sky", "Train", "Night", "Morning", "Dance", "Song", "for",
      "Three", "Brothers", "Solitude", "Empyrean", "Isles", "Orbits", "Footprints", "Ἀρχή", "Песня", "夢"};

  private static final String[] GENRES = {"jazz", "rock", "folk", "classical", "electronic",
      "música popular brasileira", "chanson", "hip hop", "ambient", "soul", "world"};

  private static final String[] STYLES = {"cool jazz", "hard bop", "free jazz", "bossa nova", "krautrock",
      "post-punk", "musique concrète", "enka", "modal jazz", "jazz fusion", "tropicália", "nueva canción",
      "éntekhno", "spiritual jazz", "minimalism"};

  private static final String[][] VENUES = {
      {"Le Poste Parisien", "Paris", "FR"}, {"Studio Davout", "Paris", "FR"}, {"Van Gelder Studio",
      "Englewood Cliffs", "US"}, {"Columbia 30th Street Studio", "New York", "US"}, {"Village Vanguard",
      "New York", "US"}, {"Abbey Road Studios", "London", "GB"}, {"Rainbow Studio", "Oslo", "NO"},
      {"Tonstudio Bauer", "Ludwigsburg", "DE"}, {"Funkhaus", "Köln", "DE"}, {"Polskie Nagrania",
      "Warszawa", "PL"}, {"Estúdio Odeon", "Rio de Janeiro", "BR"}, {"Sala Mozart", "Zaragoza", "ES"},
      {"Victor Studio", "東京", "JP"}, {"Студия Мелодия", "Москва", "RU"}, {"Columbia Studio", "Αθήνα", "GR"},
      {null, "Stockholm", "SE"}, {null, "København", "DK"}, {null, "Zürich", "CH"}, {null, "Wien", "AT"},
      {"Musikhuset", "Aarhus", "DK"}, {"Teatro Colón", "Buenos Aires", "AR"}, {"Estúdio Valentim de Carvalho",
      "Lisboa", "PT"}, {"Studio Sonet", "İstanbul", "TR"}};

  private static final String[] AREAS = {"FR", "US", "GB", "DE", "JP", "IT", "SE", "NO", "BR", "AR", "PL", "NL",
      "DK", "CH", "AT", "ES", "PT", "RU", "GR", "TR", "CA", "AU", "XE", "XW"};

  private static final String[] LABELS = {"Fontana", "Columbia", "Blue Note", "Prestige", "ECM", "Impulse!",
      "Verve", "Riverside", "Atlantic", "Saravah", "Polydor", "Philips", "Nonesuch", "Trikont", "Мелодия",
      "キングレコード", "Barclay", "Disques Vogue", "Odeon", "Elenco", "Enja", "MPS", "Sonet", "Muza", "Lyra"};

  private static final String[] PACKAGING = {"gatefold sleeve", "jewel case", "digipak", "single sleeve",
      "cardboard sleeve", "box set", "obi strip"};

  private static final String[] PUBLICATIONS = {"AllMusic", "DownBeat", "The Penguin Guide to Jazz",
      "Pitchfork", "Rolling Stone", "Jazzwise", "Le Monde", "Les Inrockuptibles", "Süddeutsche Zeitung",
      "Musikexpress", "The Wire", "Gramophone", "Mojo", "Robert Christgau", "Jazz Magazine",
      "Orkester Journalen", "Jazz Forum", "Swing Journal", "Τζαζ & Τζαζ"};

  private static final String[] PUBLISHERS = {"Gallimard", "Faber & Faber", "Penguin", "Éditions du Seuil",
      "Suhrkamp", "University of California Press", "Wolke Verlag", "Companhia das Letras", "Czytelnik",
      "Ediciones Akal", "Oxford University Press", "Da Capo Press"};

  private static final String[] PLACES = {"Paris", "London", "New York", "Frankfurt am Main", "Berkeley",
      "Hofheim", "São Paulo", "Warszawa", "Madrid", "Milano", "Oxford"};

  private static final String[] JOURNALS = {"Jazz Perspectives", "Popular Music", "Journal of the Society for American Music",
      "Revue de musicologie", "Jazzforschung", "Ethnomusicology Forum"};

  private static final String[] VERDICTS = {"favorable", "mixed", "unfavorable", "très bon", "essential",
      "recommended"};

  private static final String[] LETTERS = {"A+", "A", "A-", "B+", "B", "B-", "C+", "C", "D", "F"};

  private static final String[] SENTENCES = {
      "The quintet improvised with no written theme while looped scenes of the film were projected in the studio.",
      "Recorded in a single night after the club had closed; the piano was slightly out of tune.",
      "Les prises ont été réalisées en direct, sans montage ni réenregistrement.",
      "Die Aufnahmen entstanden an zwei Tagen im Spätherbst, kurz vor der Tournee durch Skandinavien.",
      "The reissue restores the original running order and adds the alternate takes from the session reels.",
      "A gravação foi feita em quatro canais; a mixagem original em mono foi perdida.",
      "Запись была сделана в студии «Мелодия» за один день.",
      "Η ηχογράφηση έγινε ζωντανά στην Αθήνα το φθινόπωρο.",
      "当時のマスターテープから新たにリマスターされた。",
      "The sleeve credits the bassist under a pseudonym for contractual reasons.",
      "Critics at the time were divided; the record's standing grew after its CD reissue.",
      "El disco se grabó en Buenos Aires durante la gira de 1972 y se publicó solo en Argentina.",
      "The producer later said that the master tape of side two was spliced from three different takes.",
      "Nagrania dokonano w Polskim Radiu; taśmy-matki zachowały się w archiwum."};

  private static final String[] VERSIONS = {"mono mix", "stereo mix", "film mix, with added reverb",
      "single edit", "2005 remaster", "alternate mix", "live version"};

  private final SplittableRandom random;

  /**
   * Makes a generator.
   *
   * @param seed the seed; the same seed gives the same albums
   */
  public CatalogueGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Generates the benchmark catalogue: {@link #ALBUMS} albums from {@link #SEED}.
   *
   * @return the albums
   */
  public static List<Album> benchmarkCatalogue() {
    return new CatalogueGenerator(SEED).albums(ALBUMS);
  }

  /**
   * Writes albums as JSON Lines bytes, with the library's writer.
   *
   * @param albums the albums
   * @return the UTF-8 bytes, one album per line
   */
  public static byte[] toJsonLines(List<Album> albums) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(albums.size() * 6_000);
    CatalogueWriter.writeLines(albums, out);
    return out.toByteArray();
  }

  /**
   * Writes the benchmark catalogue to a JSON Lines file.
   *
   * @param args the file to write (default {@code target/catalogue.jsonl}) and optionally the album count
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "target/catalogue.jsonl");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : ALBUMS;
    List<Album> albums = new CatalogueGenerator(SEED).albums(count);
    CatalogueWriter.writeLines(albums, file);
    System.out.println("wrote " + albums.size() + " albums to " + file);
  }

  /**
   * Generates albums.
   *
   * @param count how many
   * @return the albums, in generation order
   */
  public List<Album> albums(int count) {
    List<Album> albums = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      albums.add(album(i));
    }
    return albums;
  }

  // ---- one album --------------------------------------------------------------------------------

  /** One planned recording: what every release of the album lays out in its own positions. */
  private record Recording(String title, RunningTime length, String session, Integer take, String version) {}

  private Album album(int index) {
    int year = 1950 + random.nextInt(73);
    Album.Builder album = Album.builder();
    String leader = personName();
    album.title(title(1, 4));
    album.addArtist(artist(leader, random.nextInt(5) == 0 ? " & " : null));
    if (random.nextInt(5) == 0) {
      album.addArtist(artist(personName(), null));
    }
    AlbumKind kind = pick(new AlbumKind[] {AlbumKind.STUDIO, AlbumKind.STUDIO, AlbumKind.STUDIO, AlbumKind.LIVE,
        AlbumKind.LIVE, AlbumKind.SOUNDTRACK, AlbumKind.COMPILATION, AlbumKind.EP, AlbumKind.BROADCAST});
    album.addKind(kind);
    if (kind == AlbumKind.LIVE && random.nextInt(4) == 0) {
      album.addKind(AlbumKind.BROADCAST);
    }
    album.addAllGenres(distinct(GENRES, 1 + random.nextInt(2)));
    album.addAllStyles(distinct(STYLES, random.nextInt(3)));
    PartialDate firstReleased = firstReleased(year);
    if (random.nextInt(10) != 0) {
      album.firstReleased(firstReleased);
    }

    // Citations first: everything else refers to them by id.
    int reviewCount = random.nextInt(5);
    int citationCount = Math.min(8, Math.max(1, reviewCount + random.nextInt(5)));
    List<Citation> citations = new ArrayList<>();
    boolean numbered = random.nextBoolean();
    for (int c = 0; c < citationCount; c++) {
      String id = numbered ? Integer.toString(c + 1) : "src-" + (c + 1);
      citations.add(citation(id, c < reviewCount, year));
    }
    album.addAllCitations(citations);
    List<String> citationIds = citations.stream().map(Citation::id).toList();

    // Sessions and the recordings they produced.
    int sessionCount = 1 + (random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2));
    List<String> sessionIds = new ArrayList<>();
    for (int s = 0; s < sessionCount; s++) {
      sessionIds.add("session-" + year + "-" + (s + 1));
    }
    int recordingCount = 8 + random.nextInt(13);
    List<Recording> recordings = new ArrayList<>();
    for (int r = 0; r < recordingCount; r++) {
      recordings.add(new Recording(title(1, 4), random.nextInt(10) == 0 ? null : trackLength(),
          random.nextInt(12) == 0 ? null : sessionIds.get(random.nextInt(sessionCount)),
          random.nextInt(6) == 0 ? 1 + random.nextInt(9) : null,
          random.nextInt(15) == 0 ? pick(VERSIONS) : null));
    }

    // Releases: the original issue, then reissues with bonus tracks.
    int releaseCount = 1 + (random.nextInt(10) < 5 ? 0 : 1 + random.nextInt(2));
    List<Release> releases = new ArrayList<>();
    for (int r = 0; r < releaseCount; r++) {
      releases.add(release(r, year, firstReleased, recordings, sessionIds, citationIds));
    }
    album.addAllReleases(releases);
    List<String> firstPositions = positionsOf(releases.get(0));

    // Sessions with line-ups; some musicians only on some tracks of the original release.
    for (int s = 0; s < sessionCount; s++) {
      Session.Builder session = Session.builder().id(sessionIds.get(s));
      if (random.nextInt(12) != 0) {
        session.date(sessionDate(year));
      }
      if (random.nextInt(8) != 0) {
        String[] v = pick(VENUES);
        Venue.Builder venue = Venue.builder().city(v[1]);
        if (v[0] != null) {
          venue.name(v[0]);
        }
        if (random.nextInt(6) != 0) {
          venue.country(v[2]);
        }
        session.venue(venue.build());
      }
      // The original release lists the recordings in order: a guest is credited on this session's tracks.
      List<String> sessionPositions = new ArrayList<>();
      for (int t = 0; t < recordings.size(); t++) {
        if (sessionIds.get(s).equals(recordings.get(t).session())) {
          sessionPositions.add(firstPositions.get(t));
        }
      }
      int players = 3 + random.nextInt(5);
      Set<String> names = new LinkedHashSet<>();
      names.add(leader);
      while (names.size() < players) {
        names.add(personName());
      }
      boolean first = true;
      for (String name : names) {
        Personnel.Builder p = Personnel.builder().name(name).addAllInstruments(distinct(INSTRUMENTS,
            random.nextInt(5) == 0 ? 2 : 1));
        if (first) {
          p.addRoles(CreditRole.LEADER, CreditRole.PERFORMER);
        } else {
          p.addRole(CreditRole.PERFORMER);
        }
        if (!first && random.nextInt(7) == 0 && !sessionPositions.isEmpty()) {
          p.addAllTracks(distinct(sessionPositions, 1 + random.nextInt(Math.min(4, sessionPositions.size()))));
        }
        if (random.nextInt(25) == 0) {
          p.ids(ids());
        }
        session.addLineUp(p.build());
        first = false;
      }
      if (random.nextInt(4) == 0) {
        session.addNote(note(citationIds));
      }
      album.addSession(session.build());
    }

    // Album credits: composer, producer, engineer, liner notes.
    album.addCredit(Personnel.builder().name(random.nextBoolean() ? leader : personName())
        .addRole(CreditRole.COMPOSER).build());
    if (random.nextInt(3) == 0) {
      album.addCredit(Personnel.builder().name(personName()).addRole(CreditRole.COMPOSER)
          .addAllTracks(distinct(firstPositions, 1 + random.nextInt(Math.min(3, firstPositions.size())))).build());
    }
    if (random.nextInt(4) != 0) {
      album.addCredit(Personnel.builder().name(personName()).addRole(CreditRole.PRODUCER).build());
    }
    if (random.nextInt(3) == 0) {
      album.addCredit(Personnel.builder().name(personName()).addRoles(CreditRole.ENGINEER, CreditRole.MIXING)
          .build());
    }
    if (random.nextInt(5) == 0) {
      album.addCredit(Personnel.builder().name(personName()).addRole(CreditRole.LINER_NOTES)
          .roleNote("wrote the essay on the back of the sleeve").build());
    }

    // Reviews: each of the first citations backs one review.
    for (int r = 0; r < reviewCount; r++) {
      Review.Builder review = Review.builder().publication(pick(PUBLICATIONS));
      if (random.nextInt(3) != 0) {
        review.reviewer(personName());
      }
      Rating rating = rating();
      if (rating != null) {
        review.rating(rating);
      }
      if (random.nextInt(10) != 0) {
        review.citation(citationIds.get(r));
      }
      album.addReview(review.build());
    }

    // Sources that back no review document the album as a whole, most of the time.
    for (int c = reviewCount; c < citationIds.size(); c++) {
      if (random.nextInt(10) < 7) {
        album.addSource(citationIds.get(c));
      }
    }
    int notes = random.nextInt(3);
    for (int n = 0; n < notes; n++) {
      album.addNote(note(citationIds));
    }
    if (random.nextInt(4) == 0) {
      album.addRelatedWork(relatedWork(kind, year, citationIds));
    }
    if (random.nextInt(2) == 0) {
      Chronology.Builder chronology = Chronology.builder();
      boolean both = random.nextBoolean();
      if (both || random.nextBoolean()) {
        chronology.previous(AlbumLink.builder().title(title(1, 3)).date(PartialDate.parse(
            Integer.toString(year - 1 - random.nextInt(2)))).build());
      } else {
        both = true;
      }
      if (both) {
        AlbumLink.Builder next = AlbumLink.builder().title(title(1, 3));
        if (random.nextBoolean()) {
          next.date(PartialDate.parse(Integer.toString(Math.min(2024, year + 1 + random.nextInt(2)))));
        }
        if (random.nextInt(5) == 0) {
          next.ids(ids());
        }
        chronology.next(next.build());
      }
      album.chronology(chronology.build());
    }
    if (random.nextInt(5) < 2) {
      album.ids(ids());
    }
    return album.build();
  }

  private Release release(int r, int year, PartialDate firstReleased, List<Recording> recordings,
      List<String> sessionIds, List<String> citationIds) {
    boolean original = r == 0;
    int releaseYear = original ? year + (random.nextInt(5) == 0 ? 0 : 1)
        : Math.min(2024, year + 3 + random.nextInt(40));
    MediumFormat format;
    if (original && year < 1983) {
      format = pick(new MediumFormat[] {MediumFormat.VINYL_12_INCH, MediumFormat.VINYL_12_INCH,
          MediumFormat.VINYL_10_INCH, MediumFormat.CASSETTE});
    } else if (releaseYear < 1983) {
      format = random.nextBoolean() ? MediumFormat.VINYL_12_INCH : MediumFormat.CASSETTE;
    } else if (releaseYear < 2005) {
      format = random.nextInt(6) == 0 ? MediumFormat.VINYL_12_INCH : MediumFormat.CD;
    } else {
      format = pick(new MediumFormat[] {MediumFormat.CD, MediumFormat.DIGITAL, MediumFormat.VINYL_12_INCH,
          MediumFormat.SACD});
    }
    boolean sides = format == MediumFormat.VINYL_12_INCH || format == MediumFormat.VINYL_10_INCH
        || format == MediumFormat.CASSETTE;

    // The track list: the original has the master list; reissues add alternate takes (up to 30 tracks).
    List<Recording> list = new ArrayList<>(recordings);
    int bonus = original ? 0 : Math.min(30 - list.size(), random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(10));
    int bonusFrom = list.size();
    for (int b = 0; b < bonus; b++) {
      Recording base = recordings.get(random.nextInt(recordings.size()));
      int take = (base.take() == null ? 1 : base.take()) + 1 + b;
      list.add(new Recording(base.title(), random.nextInt(10) == 0 ? null : trackLength(), base.session(), take,
          "alternate take"));
    }
    int mediaCount = list.size() > 16 || (sides && list.size() > 12) ? 2 : 1;
    if (format == MediumFormat.DIGITAL) {
      mediaCount = 1;
    }
    int perMedium = (list.size() + mediaCount - 1) / mediaCount;

    Release.Builder release = Release.builder().id(original ? "original-" + releaseYear : "reissue-" + r + "-"
        + releaseYear);
    if (random.nextInt(3) != 0) {
      release.status(random.nextInt(20) == 0 ? ReleaseStatus.PROMOTION : ReleaseStatus.OFFICIAL);
    }
    int labels = random.nextInt(8) == 0 ? 2 : 1;
    for (int l = 0; l < labels; l++) {
      LabelInfo.Builder label = LabelInfo.builder().name(pick(LABELS));
      if (random.nextInt(10) != 0) {
        label.catalogueNumber(catalogueNumber());
      }
      if (random.nextInt(15) == 0) {
        label.ids(ExternalIds.builder().discogs(DiscogsId.of(1 + random.nextInt(900_000))).build());
      }
      release.addLabel(label.build());
    }
    int events = random.nextInt(5) == 0 ? 2 : random.nextInt(8) == 0 ? 0 : 1;
    for (int e = 0; e < events; e++) {
      ReleaseEvent.Builder event = ReleaseEvent.builder().area(pick(AREAS));
      if (random.nextInt(6) != 0) {
        event.date(original && e == 0 && firstReleased != null ? firstReleased : releaseDate(releaseYear));
      }
      release.addEvent(event.build());
    }
    if (random.nextInt(3) == 0) {
      release.packaging(pick(PACKAGING));
    }

    List<RunningTime> lengths = new ArrayList<>();
    boolean allLengths = true;
    int trackNumber = 0;
    List<String> positions = new ArrayList<>();
    for (int m = 0; m < mediaCount; m++) {
      Medium.Builder medium = Medium.builder().format(format);
      if (mediaCount > 1 && random.nextInt(4) == 0) {
        medium.title(title(1, 3));
      }
      int from = m * perMedium;
      int to = Math.min(list.size(), from + perMedium);
      int sideLength = (to - from + 1) / 2;
      String firstBonus = null;
      String lastBonus = null;
      for (int t = from; t < to; t++) {
        Recording rec = list.get(t);
        int inMedium = t - from;
        String position;
        if (sides) {
          char side = (char) ('A' + 2 * m + (inMedium < sideLength ? 0 : 1));
          position = side + Integer.toString(inMedium < sideLength ? inMedium + 1 : inMedium - sideLength + 1);
        } else if (mediaCount > 1) {
          position = (m + 1) + "-" + (inMedium + 1);
        } else {
          position = Integer.toString(inMedium + 1);
        }
        positions.add(position);
        trackNumber++;
        Track.Builder track = Track.builder().position(position).title(rec.title());
        if (rec.length() != null) {
          track.length(rec.length());
          lengths.add(rec.length());
        } else {
          allLengths = false;
        }
        if (rec.session() != null) {
          track.session(rec.session());
        }
        if (rec.take() != null) {
          track.take(rec.take());
        }
        if (rec.version() != null) {
          track.version(rec.version());
        }
        if (t >= bonusFrom) {
          track.alternateTake(true).previouslyUnreleased(true);
          if (firstBonus == null) {
            firstBonus = position;
          }
          lastBonus = position;
        }
        if (random.nextInt(9) == 0) {
          track.addCredit(Personnel.builder().name(personName()).addInstrument(pick(INSTRUMENTS))
              .addRole(CreditRole.PERFORMER).roleNote("guest soloist").build());
        }
        if (random.nextInt(40) == 0) {
          track.addNote(note(citationIds));
        }
        medium.addTrack(track.build());
      }
      if (firstBonus != null && random.nextInt(3) != 0) {
        MediumSection.Builder section = MediumSection.builder().firstPosition(firstBonus).lastPosition(lastBonus)
            .description("Alternate takes from the original session reels, not issued before")
            .alternateTakes(true).previouslyUnreleased(true);
        if (random.nextBoolean()) {
          section.addCitation(pick(citationIds));
        }
        medium.addSection(section.build());
      }
      release.addMedium(medium.build());
    }
    if (allLengths && random.nextInt(3) != 0) {
      RunningTime total = RunningTime.sum(lengths);
      if (random.nextInt(20) == 0) {
        total = total.plus(RunningTime.parse("0:0" + (1 + random.nextInt(9))));
      }
      release.statedLength(total);
    }
    if (random.nextInt(4) == 0) {
      release.statedTrackCount(random.nextInt(25) == 0 ? trackNumber + 1 : trackNumber);
    }
    if (!original && random.nextInt(3) == 0) {
      Personnel.Builder mastering = Personnel.builder().name(personName()).addRole(CreditRole.MASTERING);
      if (random.nextInt(3) == 0) {
        mastering.addAllTracks(distinct(positions, 1 + random.nextInt(Math.min(3, positions.size()))));
      }
      release.addCredit(mastering.build());
    }
    if (random.nextInt(40) == 0) {
      release.addAward(Award.builder().name(random.nextBoolean() ? "Grammy Award" : "Grand Prix du Disque")
          .category("Best Jazz Performance, Solo or Small Group")
          .date(PartialDate.parse(Integer.toString(Math.min(2024, releaseYear + 1))))
          .outcome(random.nextBoolean() ? AwardOutcome.WON : AwardOutcome.NOMINATED)
          .addCitation(pick(citationIds)).build());
    }
    if (format == MediumFormat.CD || format == MediumFormat.SACD || (releaseYear > 1985 && random.nextBoolean())) {
      if (random.nextInt(5) < 3) {
        release.barcode(Barcode.parse(barcode()));
      }
    }
    if (random.nextInt(4) == 0) {
      release.ids(ids());
    }
    if (random.nextInt(3) == 0) {
      release.addAllCitations(distinct(citationIds, 1 + random.nextInt(Math.min(2, citationIds.size()))));
    }
    if (random.nextInt(5) == 0) {
      release.addNote(note(citationIds));
    }
    return release.build();
  }

  private static List<String> positionsOf(Release release) {
    List<String> positions = new ArrayList<>();
    for (Medium medium : release.media()) {
      for (Track track : medium.tracks()) {
        positions.add(track.position());
      }
    }
    return positions;
  }

  // ---- citations and reviews --------------------------------------------------------------------

  private Citation citation(String id, boolean forReview, int year) {
    Citation.Builder c = Citation.builder().id(id);
    int shape = forReview ? random.nextInt(3) : 3 + random.nextInt(5);
    int issuedYear = Math.min(2024, year + 1 + random.nextInt(30));
    switch (shape) {
      case 0, 1 -> { // a web page, such as an online review
        c.kind(CitationKind.WEB_PAGE).title(title(2, 5)).containerTitle(pick(PUBLICATIONS))
            .url(WebAddress.parse("https://www.example-reviews.org/album/mw" + (100_000 + random.nextInt(900_000))));
        int accessed = Math.min(2024, Math.max(issuedYear, 2000) + random.nextInt(5));
        c.accessed(PartialDate.parse(accessed + "-" + twoDigits(1 + random.nextInt(12)) + "-"
            + twoDigits(1 + random.nextInt(28))));
        c.issued(random.nextInt(4) == 0 ? PublicationDate.noDate()
            : PublicationDate.of(PartialDate.parse(Integer.toString(Math.min(accessed, issuedYear)))));
        if (random.nextBoolean()) {
          c.addAuthor(Author.of(pick(LAST_NAMES), pick(FIRST_NAMES)));
        }
      }
      case 2 -> { // a magazine review, sometimes only in an archive
        c.kind(CitationKind.MAGAZINE_ARTICLE).title(title(2, 5)).containerTitle(pick(PUBLICATIONS))
            .issued(PublicationDate.of(PartialDate.parse(issuedYear + "-" + twoDigits(1 + random.nextInt(12)))))
            .pages(Integer.toString(10 + random.nextInt(80)));
        if (random.nextInt(3) == 0) {
          c.issn(Issn.parse(issn()));
        }
        if (random.nextInt(3) == 0) {
          c.archived(PartialDate.parse(Math.min(2024, Math.max(issuedYear + 1, 1997) + random.nextInt(4)) + "-0"
              + (1 + random.nextInt(9))));
          if (random.nextBoolean()) {
            c.archiveUrl(WebAddress.parse("https://archive.example.org/web/2001/" + (10_000 + random.nextInt(90_000))));
          }
        }
        c.addAuthor(Author.of(pick(LAST_NAMES), pick(FIRST_NAMES)));
      }
      case 3, 4 -> { // a book, with an ISBN some of the time
        c.kind(CitationKind.BOOK).title(title(2, 6)).publisher(pick(PUBLISHERS)).publisherPlace(pick(PLACES))
            .issued(PublicationDate.of(PartialDate.parse(Integer.toString(issuedYear))))
            .pages(Integer.toString(1 + random.nextInt(300)) + (random.nextBoolean() ? ""
                : "–" + (301 + random.nextInt(20))));
        int authors = 1 + random.nextInt(2);
        for (int a = 0; a < authors; a++) {
          c.addAuthor(Author.of(pick(LAST_NAMES), pick(FIRST_NAMES)));
        }
        if (random.nextInt(5) < 3) {
          c.isbn(Isbn.parse(random.nextInt(4) == 0 ? isbn10() : isbn13()));
        }
      }
      case 5 -> { // a journal article
        c.kind(CitationKind.JOURNAL_ARTICLE).title(title(3, 8)).containerTitle(pick(JOURNALS))
            .volume(Integer.toString(1 + random.nextInt(40))).issue(Integer.toString(1 + random.nextInt(4)))
            .pages((1 + random.nextInt(200)) + "–" + (201 + random.nextInt(30)))
            .issued(PublicationDate.of(PartialDate.parse(issuedYear + "-" + twoDigits(1 + random.nextInt(12)))))
            .addAuthor(Author.of(pick(LAST_NAMES), pick(FIRST_NAMES)));
        if (random.nextBoolean()) {
          c.issn(Issn.parse(issn()));
        }
      }
      case 6 -> { // a database entry, date not recorded
        c.kind(CitationKind.DATABASE_ENTRY).containerTitle("Discogs").title(title(1, 4))
            .url(WebAddress.parse("https://www.example-discs.org/master/" + (1_000 + random.nextInt(2_000_000))))
            .accessed(PartialDate.parse((2010 + random.nextInt(15)) + "-" + twoDigits(1 + random.nextInt(12))));
      }
      default -> { // the liner notes themselves, or a short-form reference
        if (random.nextBoolean()) {
          c.kind(CitationKind.LINER_NOTES).addAuthor(Author.of(pick(LAST_NAMES), pick(FIRST_NAMES)))
              .issued(PublicationDate.of(PartialDate.parse(year + 1 + "?")));
        } else {
          c.kind(CitationKind.OTHER).note(pick(LAST_NAMES) + " " + issuedYear + ", p. " + (1 + random.nextInt(400)));
        }
      }
    }
    return c.build();
  }

  private Rating rating() {
    return switch (random.nextInt(7)) {
      case 0 -> {
        int halves = 1 + random.nextInt(10);
        yield Rating.parse(halves / 2 + (halves % 2 == 0 ? "" : ".5") + "/5 step 0.5");
      }
      case 1 -> Rating.parse((1 + random.nextInt(5)) + "/5");
      case 2 -> Rating.parse(random.nextInt(10) + "." + random.nextInt(10) + "/10");
      case 3 -> Rating.parse((40 + random.nextInt(61)) + "/100");
      case 4 -> Rating.parse(pick(LETTERS));
      case 5 -> Rating.parse("\"" + pick(VERDICTS) + "\"");
      default -> null;
    };
  }

  private Note note(List<String> citationIds) {
    Note.Builder note = Note.builder().text(pick(SENTENCES) + (random.nextBoolean() ? " " + pick(SENTENCES) : ""));
    if (random.nextInt(4) == 0) {
      note.attributedTo(personName());
    }
    if (random.nextInt(3) != 0) {
      note.addAllCitations(distinct(citationIds, 1 + random.nextInt(Math.min(2, citationIds.size()))));
    }
    return note.build();
  }

  private RelatedWork relatedWork(AlbumKind kind, int year, List<String> citationIds) {
    RelatedWork.Builder work = RelatedWork.builder().title(title(1, 4));
    if (kind == AlbumKind.SOUNDTRACK) {
      work.relation(WorkRelation.MUSIC_FOR).kind(WorkKind.FILM).creator(personName())
          .creatorRole(CreditRole.DIRECTOR).date(PartialDate.parse(Integer.toString(year)));
    } else {
      work.relation(pick(new WorkRelation[] {WorkRelation.POSSIBLY_INSPIRED_BY, WorkRelation.ANTICIPATES,
          WorkRelation.REISSUED_ON})).kind(WorkKind.ALBUM).creator(personName())
          .date(PartialDate.parse((year / 10) + "X"));
    }
    if (random.nextBoolean()) {
      work.note(pick(SENTENCES));
    }
    if (random.nextBoolean()) {
      work.addCitation(pick(citationIds));
    }
    return work.build();
  }

  // ---- values -----------------------------------------------------------------------------------

  private PartialDate firstReleased(int year) {
    int y = year + (random.nextInt(5) == 0 ? 0 : 1);
    return PartialDate.parse(switch (random.nextInt(20)) {
      case 0, 1 -> y + "?";
      case 2 -> (y / 10) + "X";
      case 3 -> y + "~";
      case 4, 5, 6, 7 -> y == year ? Integer.toString(y) : y + "-" + twoDigits(1 + random.nextInt(12));
      case 8, 9 -> y == year ? Integer.toString(y) : y + "-" + twoDigits(1 + random.nextInt(12)) + "-"
          + twoDigits(1 + random.nextInt(28));
      default -> Integer.toString(y);
    });
  }

  private PartialDate sessionDate(int year) {
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(27);
    return PartialDate.parse(switch (random.nextInt(20)) {
      case 0, 1, 2 -> year + "-" + twoDigits(month) + "-" + twoDigits(day) + "/" + year + "-" + twoDigits(month)
          + "-" + twoDigits(day + 1);
      case 3, 4 -> year + "-" + twoDigits(month);
      case 5 -> year + "?";
      case 6 -> Integer.toString(year);
      case 7 -> (year / 10) + "X";
      case 8 -> year + "-" + twoDigits(Math.min(11, month)) + "/" + year + "-" + twoDigits(Math.min(11, month) + 1);
      default -> year + "-" + twoDigits(month) + "-" + twoDigits(day);
    });
  }

  private PartialDate releaseDate(int year) {
    return PartialDate.parse(switch (random.nextInt(10)) {
      case 0 -> (year / 10) + "X";
      case 1 -> year + "?";
      case 2, 3 -> year + "-" + twoDigits(1 + random.nextInt(12)) + "-" + twoDigits(1 + random.nextInt(28));
      case 4 -> year + "-" + twoDigits(1 + random.nextInt(12));
      default -> Integer.toString(year);
    });
  }

  private RunningTime trackLength() {
    int seconds = random.nextInt(10) == 0 ? 600 + random.nextInt(1200) : 90 + random.nextInt(420);
    int shape = random.nextInt(40);
    if (shape == 0) {
      return RunningTime.parse(seconds / 60 + ":" + twoDigits(seconds % 60) + "." + (100 + random.nextInt(900)));
    }
    return RunningTime.parse(seconds / 60 + ":" + twoDigits(seconds % 60));
  }

  private ExternalIds ids() {
    ExternalIds.Builder ids = ExternalIds.builder();
    int which = random.nextInt(7);
    if ((which & 1) == 0) {
      ids.musicBrainz(MusicBrainzId.of(new UUID(random.nextLong(), random.nextLong())));
    }
    if ((which & 2) == 0) {
      ids.discogs(DiscogsId.of(1 + random.nextInt(3_000_000)));
    }
    if ((which & 4) == 0 || which == 3) {
      ids.wikidata(WikidataId.of(1 + random.nextInt(120_000_000)));
    }
    return ids.build();
  }

  private ArtistCredit artist(String name, String joinPhrase) {
    ArtistCredit.Builder a = ArtistCredit.builder().name(name);
    if (joinPhrase != null) {
      a.joinPhrase(joinPhrase);
    }
    if (random.nextInt(3) == 0) {
      a.ids(ids());
    }
    return a.build();
  }

  private String personName() {
    if (random.nextInt(30) == 0) {
      return pick(JAPANESE_NAMES);
    }
    return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
  }

  private String title(int minWords, int maxWords) {
    int words = minWords + random.nextInt(maxWords - minWords + 1);
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        sb.append(' ');
      }
      sb.append(pick(TITLE_WORDS));
    }
    if (random.nextInt(12) == 0) {
      sb.append(" (Part ").append(1 + random.nextInt(3)).append(')');
    }
    return sb.toString();
  }

  private String catalogueNumber() {
    return switch (random.nextInt(6)) {
      case 0 -> "CL " + (1000 + random.nextInt(9000));
      case 1 -> (100 + random.nextInt(900)) + "." + (100 + random.nextInt(900)) + " MR";
      case 2 -> "BLP " + (1500 + random.nextInt(3000));
      case 3 -> "ECM " + (1000 + random.nextInt(1500)) + " ST";
      case 4 -> "A-" + (1 + random.nextInt(99));
      default -> (10 + random.nextInt(90)) + "C" + "-" + (1000 + random.nextInt(9000));
    };
  }

  /** An EAN-13 (or, one time in four, a UPC-A) with a correct check digit. */
  private String barcode() {
    int n = random.nextInt(4) == 0 ? 11 : 12;
    int[] d = new int[n];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      d[i] = random.nextInt(10);
      sb.append(d[i]);
    }
    int sum = 0;
    for (int i = 0; i < n; i++) {
      // weights 3 and 1 alternate from the digit next to the check digit
      sum += d[n - 1 - i] * (i % 2 == 0 ? 3 : 1);
    }
    sb.append((10 - sum % 10) % 10);
    return sb.toString();
  }

  private String isbn13() {
    int[] d = new int[12];
    d[0] = 9;
    d[1] = 7;
    d[2] = 8;
    for (int i = 3; i < 12; i++) {
      d[i] = random.nextInt(10);
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += d[i] * (i % 2 == 0 ? 1 : 3);
    }
    int check = (10 - sum % 10) % 10;
    // 978-g-ppp-ttttt-c
    return "978-" + d[3] + "-" + d[4] + d[5] + d[6] + "-" + d[7] + d[8] + d[9] + d[10] + d[11] + "-" + check;
  }

  private String isbn10() {
    int[] d = new int[9];
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      d[i] = random.nextInt(10);
      sum += d[i] * (10 - i);
    }
    int check = (11 - sum % 11) % 11;
    return d[0] + "-" + d[1] + d[2] + d[3] + "-" + d[4] + d[5] + d[6] + d[7] + d[8] + "-"
        + (check == 10 ? "X" : Integer.toString(check));
  }

  private String issn() {
    int[] d = new int[7];
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      d[i] = random.nextInt(10);
      sum += d[i] * (8 - i);
    }
    int check = (11 - sum % 11) % 11;
    return "" + d[0] + d[1] + d[2] + d[3] + "-" + d[4] + d[5] + d[6] + (check == 10 ? "X" : Integer.toString(check));
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Up to {@code count} different values, in the order first drawn. */
  private <T> List<T> distinct(T[] values, int count) {
    return distinct(List.of(values), count);
  }

  private <T> List<T> distinct(List<T> values, int count) {
    Set<T> chosen = new LinkedHashSet<>();
    int target = Math.min(count, values.size());
    while (chosen.size() < target) {
      chosen.add(values.get(random.nextInt(values.size())));
    }
    return new ArrayList<>(chosen);
  }
}
