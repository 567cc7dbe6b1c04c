package io.github.linernotes.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;

import io.github.linernotes.Album;
import io.github.linernotes.AlbumKind;
import io.github.linernotes.ArtistCredit;
import io.github.linernotes.DomainGenerators;
import io.github.linernotes.ExternalIds;
import io.github.linernotes.LabelInfo;
import io.github.linernotes.Medium;
import io.github.linernotes.MediumFormat;
import io.github.linernotes.ReferenceAlbums;
import io.github.linernotes.Release;
import io.github.linernotes.Track;
import io.github.linernotes.id.Barcode;
import io.github.linernotes.id.DiscogsId;
import io.github.linernotes.id.MusicBrainzId;
import io.github.linernotes.id.WikidataId;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.RunningTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SchemaOrgTest {

  /** Every schema.org type the export may write; the Node check compares the same against schema-dts. */
  static final Set<String> TYPES = Set.of("MusicAlbum", "MusicGroup", "Person", "Role", "ItemList", "ListItem",
      "MusicRecording", "MusicComposition", "MusicRelease", "Product", "Organization", "Review", "Rating",
      "ScholarlyArticle", "NewsArticle", "Article", "Book", "Chapter", "WebPage", "WebSite", "CreativeWork",
      "Periodical", "Newspaper", "CreativeWorkSeries", "PublicationVolume", "PublicationIssue", "PropertyValue");

  /** Every schema.org property the export may write. */
  static final Set<String> PROPERTIES = Set.of("name", "alternateName", "byArtist", "albumProductionType",
      "albumReleaseType", "genre", "datePublished", "numTracks", "track", "numberOfItems", "itemListElement",
      "position", "item", "duration", "isrcCode", "recordingOf", "composer", "lyricist", "iswcCode", "contributor",
      "roleName", "description", "sameAs", "albumRelease", "recordLabel", "catalogNumber", "musicReleaseFormat",
      "gtin", "creditedTo", "releaseOf", "citation", "review", "author", "publisher", "reviewRating", "ratingValue",
      "bestRating", "worstRating", "ratingExplanation", "url", "givenName", "familyName", "location", "isPartOf",
      "issn", "isbn", "identifier", "propertyID", "value", "volumeNumber", "issueNumber", "pagination",
      "archivedAt", "dateCreated");

  /** The enumeration members the export may write as values. */
  static final Set<String> MEMBERS = Set.of("StudioAlbum", "SoundtrackAlbum", "CompilationAlbum", "LiveAlbum",
      "RemixAlbum", "DJMixAlbum", "MixtapeAlbum", "DemoAlbum", "SpokenWordAlbum", "AlbumRelease", "SingleRelease",
      "EPRelease", "BroadcastRelease", "CDFormat", "VinylFormat", "DigitalFormat", "CassetteFormat", "DVDFormat",
      "LaserDiscFormat", "DigitalAudioTapeFormat");

  private static JsonNode tree(String json) {
    return ExportJson.MAPPER.readTree(json);
  }

  private static JsonNode reference() {
    return tree(SchemaOrg.write(ReferenceAlbums.ascenseurPourLEchafaud()));
  }

  /** Walks a document: every type, property and schema.org value must be in the lists; blank ids must resolve. */
  static void assertVocabulary(JsonNode doc) {
    Set<String> declared = new HashSet<>();
    Set<String> referenced = new HashSet<>();
    walk(doc, declared, referenced, true);
    assertThat(declared).as("blank node ids pointed at").containsAll(referenced);
  }

  private static void walk(JsonNode node, Set<String> declared, Set<String> referenced, boolean top) {
    if (node.isArray()) {
      node.forEach(n -> walk(n, declared, referenced, false));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String key = e.getKey();
      JsonNode value = e.getValue();
      switch (key) {
        case "@context":
          assertThat(top).as("@context only at the top").isTrue();
          assertThat(value.asString()).isEqualTo("https://schema.org");
          break;
        case "@type":
          (value.isArray() ? value : List.of(value)).forEach(t -> assertThat(TYPES).contains(t.asString()));
          break;
        case "@id":
          String id = value.asString();
          if (node.size() == 1) {
            if (id.startsWith("https://schema.org/")) {
              assertThat(MEMBERS).contains(id.substring("https://schema.org/".length()));
            } else {
              referenced.add(id);
            }
          } else {
            assertThat(declared.add(id)).as("one node per id " + id).isTrue();
          }
          break;
        case "@graph":
          walk(value, declared, referenced, false);
          break;
        default:
          assertThat(PROPERTIES).as("property").contains(key);
          if (key.equals("duration")) {
            assertThat(value.asString()).matches("PT(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?");
          }
          if (key.equals("datePublished") || key.equals("dateCreated")) {
            assertThat(value.asString()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
          }
          if (key.equals("sameAs")) {
            (value.isArray() ? value : List.of(value)).forEach(v -> assertThat(v.asString())
                .matches("https://(musicbrainz\\.org/[a-z-]+/[0-9a-f-]{36}|www\\.discogs\\.com/(master|release|artist|label)/\\d+"
                    + "|www\\.wikidata\\.org/wiki/Q\\d+)"));
          }
          walk(value, declared, referenced, false);
      }
    }
  }

  @Test
  void referenceAlbumIsAMusicAlbum() {
    JsonNode doc = reference();
    assertThat(doc.get("@context").asString()).isEqualTo("https://schema.org");
    assertThat(doc.get("@type").asString()).isEqualTo("MusicAlbum");
    assertThat(doc.get("name").asString()).isEqualTo("Ascenseur pour l'échafaud");
    assertThat(doc.get("byArtist").get("@type").asString()).isEqualTo("MusicGroup");
    assertThat(doc.get("byArtist").get("name").asString()).isEqualTo("Miles Davis");
    assertThat(doc.get("albumProductionType").get("@id").asString()).isEqualTo("https://schema.org/SoundtrackAlbum");
    assertThat(doc.get("datePublished").asString()).isEqualTo("1958");
    assertThat(doc.get("numTracks").asInt()).isEqualTo(10);
    JsonNode tracks = doc.get("track");
    assertThat(tracks.get("@type").asString()).isEqualTo("ItemList");
    assertThat(tracks.get("numberOfItems").asInt()).isEqualTo(10);
    JsonNode first = tracks.get("itemListElement").get(0);
    assertThat(first.get("@type").asString()).isEqualTo("ListItem");
    assertThat(first.get("position").asInt()).isEqualTo(1);
    JsonNode generique = first.get("item");
    assertThat(generique.get("@type").asString()).isEqualTo("MusicRecording");
    assertThat(generique.get("name").asString()).isEqualTo("Générique");
    assertThat(generique.get("position").asString()).isEqualTo("A1");
    assertThat(generique.get("duration").asString()).isEqualTo("PT2M45S");
    assertThat(generique.get("recordingOf").get("@type").asString()).isEqualTo("MusicComposition");
    assertThat(generique.get("recordingOf").get("composer").get("name").asString()).isEqualTo("Miles Davis");
    assertThat(generique.get("contributor").toString()).contains(
        "{\"@type\":\"Role\",\"roleName\":\"trumpet\",\"contributor\":{\"@type\":\"Person\",\"name\":\"Miles Davis\"}}",
        "{\"@type\":\"Role\",\"roleName\":\"drums\",\"contributor\":{\"@type\":\"Person\",\"name\":\"Kenny Clarke\"}}");
    assertThat(tracks.get("itemListElement").get(6).get("item").get("duration").asString()).isEqualTo("PT53S");
    assertThat(doc.get("contributor").get("contributor").get("name").asString()).isEqualTo("Jean-Paul Rappeneau");
  }

  @Test
  void referenceAlbumsReleases() {
    JsonNode doc = reference();
    JsonNode releases = doc.get("albumRelease");
    assertThat(releases.size()).isEqualTo(3);
    JsonNode lp = releases.get(0);
    assertThat(lp.get("@type").asString()).isEqualTo("MusicRelease");
    assertThat(lp.get("recordLabel").get("name").asString()).isEqualTo("Fontana");
    assertThat(lp.get("catalogNumber").asString()).isEqualTo("660.213 MR");
    assertThat(lp.get("musicReleaseFormat").get("@id").asString()).isEqualTo("https://schema.org/VinylFormat");
    assertThat(lp.get("duration").asString()).isEqualTo("PT25M38S");
    assertThat(lp.get("datePublished").asString()).isEqualTo("1958");
    assertThat(lp.get("creditedTo").get("name").asString()).isEqualTo("Miles Davis");
    assertThat(lp.get("numTracks").asInt()).isEqualTo(10);
    assertThat(lp.get("releaseOf").get("@id").asString()).isEqualTo(doc.get("@id").asString());
    assertThat(lp.get("citation").get("@id").asString()).isEqualTo("_:album-citation-7");
    JsonNode jazzTrack = releases.get(1);
    assertThat(jazzTrack.get("name").asString()).isEqualTo("Jazz Track");
    assertThat(jazzTrack.get("catalogNumber").asString()).isEqualTo("CL 1268");
    assertThat(jazzTrack.get("numTracks").asInt()).isEqualTo(13);
    assertThat(jazzTrack.has("datePublished")).isFalse();
    JsonNode adderley = jazzTrack.get("track").get("itemListElement").get(10).get("item");
    assertThat(adderley.get("name").asString()).isEqualTo("On Green Dolphin Street");
    assertThat(adderley.get("contributor").toString()).contains("John Coltrane");
    JsonNode cd = releases.get(2);
    assertThat(cd.get("musicReleaseFormat").get("@id").asString()).isEqualTo("https://schema.org/CDFormat");
    assertThat(cd.get("duration").asString()).isEqualTo("PT1H11M18S");
    assertThat(cd.has("datePublished")).as("the late '80s are not an ISO date").isFalse();
  }

  @Test
  void referenceAlbumsReviewsKeepTheirRatingShapes() {
    JsonNode reviews = reference().get("review");
    assertThat(reviews.size()).isEqualTo(4);
    JsonNode allmusic = reviews.get(0);
    assertThat(allmusic.get("publisher").get("name").asString()).isEqualTo("AllMusic");
    assertThat(allmusic.get("author").get("name").asString()).isEqualTo("Michael G. Nastos");
    assertThat(allmusic.get("reviewRating").toString())
        .isEqualTo("{\"@type\":\"Rating\",\"ratingValue\":4.5,\"bestRating\":5,\"worstRating\":0}");
    assertThat(allmusic.get("citation").get("@id").asString()).isEqualTo("_:album-citation-3");
    assertThat(reviews.get(1).get("reviewRating").get("ratingValue").asInt()).isEqualTo(4);
    JsonNode mojo = reviews.get(2).get("reviewRating");
    assertThat(mojo.get("ratingExplanation").asString()).isEqualTo("favorable");
    assertThat(mojo.has("ratingValue")).isFalse();
    assertThat(mojo.has("bestRating")).isFalse();
    JsonNode hull = reviews.get(3).get("reviewRating");
    assertThat(hull.get("ratingValue").asString()).isEqualTo("B+");
    assertThat(hull.get("ratingValue").isString()).isTrue();
  }

  @Test
  void referenceAlbumsCitationsAreCreativeWorks() {
    JsonNode citations = reference().get("citation");
    assertThat(citations.size()).isEqualTo(8);
    List<String> types = new java.util.ArrayList<>();
    citations.forEach(c -> types.add(c.get("@type").asString()));
    assertThat(types).containsExactly("ScholarlyArticle", "Book", "WebPage", "NewsArticle", "Article", "WebPage",
        "CreativeWork", "Book");
    JsonNode pejrolo = citations.get(0);
    assertThat(pejrolo.get("author").get("familyName").asString()).isEqualTo("Pejrolo");
    assertThat(pejrolo.get("datePublished").asString()).isEqualTo("2006-04");
    JsonNode issue = pejrolo.get("isPartOf");
    assertThat(issue.get("@type").asString()).isEqualTo("PublicationIssue");
    assertThat(issue.get("issueNumber").asString()).isEqualTo("1");
    assertThat(issue.get("isPartOf").get("volumeNumber").asString()).isEqualTo("3");
    JsonNode journal = issue.get("isPartOf").get("isPartOf");
    assertThat(journal.get("@type").asString()).isEqualTo("Periodical");
    assertThat(journal.get("name").asString()).isEqualTo("Atlantic Studies");
    assertThat(journal.get("issn").asString()).isEqualTo("1478-8810");
    JsonNode daniele = citations.get(7);
    assertThat(daniele.get("name").asString()).isEqualTo("Ascenseur pour l'échafaud, Il luogo della musica nell'audiovisione");
    assertThat(daniele.get("isbn").asString()).isEqualTo("978-88-904905-9-0");
    assertThat(daniele.get("publisher").toString())
        .isEqualTo("{\"@type\":\"Organization\",\"name\":\"RDM\",\"location\":\"Milan\"}");
    assertThat(daniele.get("description").asString()).isEqualTo("Pages cited: 133–136.");
    assertThat(citations.get(5).has("datePublished")).as("n.d.").isFalse();
    assertThat(citations.get(4).get("archivedAt").toString())
        .isEqualTo("{\"@type\":\"WebPage\",\"dateCreated\":\"2011-03-20\"}");
  }

  @Test
  void referenceAlbumUsesOnlyListedTerms() {
    assertVocabulary(reference());
  }

  @Test
  void idsBecomeSameAsAddressesAndBarcodesGtin() {
    ExternalIds ids = ExternalIds.builder().musicBrainz(MusicBrainzId.parse("b1392450-e666-3926-a536-22c65f834433"))
        .discogs(DiscogsId.of(21491)).wikidata(WikidataId.parse("Q202996")).build();
    Album album = Album.builder().title("t").addArtists(ArtistCredit.builder().name("a").ids(ids).build())
        .addKinds(AlbumKind.ALBUM, AlbumKind.LIVE).firstReleased(PartialDate.parse("1958?")).ids(ids)
        .addReleases(Release.builder().id("r").barcode(Barcode.parse("0 42284 73912 2")).ids(ids)
            .addLabels(LabelInfo.builder().name("L").ids(ids).build())
            .addMedia(Medium.builder().format(MediumFormat.SHELLAC)
                .addTracks(Track.builder().position("1").title("x").length(RunningTime.parse("1:02:03")).build())
                .build())
            .build())
        .build();
    JsonNode doc = tree(SchemaOrg.write(album));
    assertVocabulary(doc);
    assertThat(doc.get("sameAs").toString()).isEqualTo("[\"https://musicbrainz.org/release-group/"
        + "b1392450-e666-3926-a536-22c65f834433\",\"https://www.discogs.com/master/21491\","
        + "\"https://www.wikidata.org/wiki/Q202996\"]");
    assertThat(doc.get("byArtist").get("sameAs").get(0).asString()).startsWith("https://musicbrainz.org/artist/");
    assertThat(doc.get("albumReleaseType").get("@id").asString()).isEqualTo("https://schema.org/AlbumRelease");
    assertThat(doc.get("albumProductionType").get("@id").asString()).isEqualTo("https://schema.org/LiveAlbum");
    assertThat(doc.has("datePublished")).as("an uncertain year is not an ISO date").isFalse();
    JsonNode release = doc.get("albumRelease");
    assertThat(release.get("@type").toString()).isEqualTo("[\"MusicRelease\",\"Product\"]");
    assertThat(release.get("gtin").asString()).isEqualTo("042284739122");
    assertThat(release.get("sameAs").get(1).asString()).isEqualTo("https://www.discogs.com/release/21491");
    assertThat(release.get("recordLabel").get("sameAs").get(0).asString()).startsWith("https://musicbrainz.org/label/");
    assertThat(release.has("musicReleaseFormat")).as("schema.org has no shellac format").isFalse();
    assertThat(release.get("duration").asString()).isEqualTo("PT1H2M3S");
  }

  @Test
  void isoDatesOnlyWhereIsoSaysThem() {
    assertThat(SchemaOrgNodes.isoDate(PartialDate.parse("1957-12-04"))).hasValue("1957-12-04");
    assertThat(SchemaOrgNodes.isoDate(PartialDate.parse("2006-04"))).hasValue("2006-04");
    assertThat(SchemaOrgNodes.isoDate(PartialDate.parse("0044"))).hasValue("0044");
    assertThat(SchemaOrgNodes.isoDate(PartialDate.parse("1985-04-XX"))).hasValue("1985-04");
    for (String vague : List.of("198X", "1958?", "1958~", "2020-21", "1957-12-04/1957-12-05", "-0044", "XXXX")) {
      assertThat(SchemaOrgNodes.isoDate(PartialDate.parse(vague))).as(vague).isEmpty();
    }
  }

  @Test
  void manyAlbumsMakeOneGraph() {
    Album ref = ReferenceAlbums.ascenseurPourLEchafaud();
    JsonNode doc = tree(SchemaOrg.write(List.of(ref, ref)));
    assertThat(doc.get("@context").asString()).isEqualTo("https://schema.org");
    assertThat(doc.get("@graph").size()).isEqualTo(2);
    assertThat(doc.get("@graph").get(1).get("@id").asString()).isEqualTo("_:album-2");
    assertThat(doc.get("@graph").get(1).get("review").get(0).get("citation").get("@id").asString())
        .isEqualTo("_:album-2-citation-3");
    assertVocabulary(doc);
  }

  @Test
  void nullsAreRejected() {
    assertThatNullPointerException().isThrownBy(() -> SchemaOrg.write((Album) null)).withMessage("album");
    assertThatNullPointerException().isThrownBy(() -> SchemaOrg.write((Iterable<Album>) null)).withMessage("albums");
  }

  @Test
  void generatedAlbumsExportWithListedTerms() {
    qt().withExamples(200).forAll(DomainGenerators.albums()).checkAssert(album -> {
      JsonNode doc = tree(SchemaOrg.write(album));
      assertVocabulary(doc);
      assertThat(doc.get("name").asString()).isEqualTo(album.title());
      assertThat(doc.path("albumRelease").isArray() ? doc.get("albumRelease").size()
          : doc.has("albumRelease") ? 1 : 0).isEqualTo(album.releases().size());
    });
  }

  @Test
  void importedAlbumsExportWithListedTerms() {
    Map<String, Album> albums = ExportFixtures.importedAlbums();
    albums.forEach((name, album) -> {
      JsonNode doc = tree(SchemaOrg.write(album));
      assertVocabulary(doc);
      assertThat(doc.get("name").asString()).as(name).isEqualTo(album.title());
    });
    assertVocabulary(tree(SchemaOrg.write(albums.values())));
  }
}
