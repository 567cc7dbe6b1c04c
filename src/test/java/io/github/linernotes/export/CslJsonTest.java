package io.github.linernotes.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.linernotes.Album;
import io.github.linernotes.Author;
import io.github.linernotes.Citation;
import io.github.linernotes.CitationKind;
import io.github.linernotes.DomainGenerators;
import io.github.linernotes.ReferenceAlbums;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.PublicationDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CslJsonTest {

  private static final String CSL_ID = "https://resource.citationstyles.org/schema/v1.0/input/json/csl-data.json";

  private static Schema schema() {
    String text = ExportFixtures.cslSchema();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
        builder -> builder.schemas(Map.of(CSL_ID, text)));
    return registry.getSchema(SchemaLocation.of(CSL_ID));
  }

  private static void assertValid(Schema schema, String json, String what) {
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    assertThat(errors).as(what + ": " + errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage())
        .collect(Collectors.joining("; ")) + "\n" + json).isEmpty();
  }

  private static JsonNode tree(String json) {
    return ExportJson.MAPPER.readTree(json);
  }

  private static JsonNode byId(JsonNode items, String id) {
    for (JsonNode item : items) {
      if (item.get("id").asString().equals(id)) {
        return item;
      }
    }
    throw new AssertionError("no item " + id + " in " + items);
  }

  @Test
  void referenceAlbumsEightCitationsValidateAgainstCslSchema() {
    String json = CslJson.write(ReferenceAlbums.ascenseurPourLEchafaud());
    assertValid(schema(), json, "reference album");
    JsonNode items = tree(json);
    assertThat(items.size()).isEqualTo(8);
    List<String> ids = new ArrayList<>();
    items.forEach(i -> ids.add(i.get("id").asString()));
    assertThat(ids).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
  }

  @Test
  void referenceAlbumsCitationsFieldByField() {
    JsonNode items = tree(CslJson.write(ReferenceAlbums.ascenseurPourLEchafaud()));

    JsonNode pejrolo = byId(items, "1");
    assertThat(pejrolo.get("type").asString()).isEqualTo("article-journal");
    assertThat(pejrolo.get("author").toString()).isEqualTo("[{\"family\":\"Pejrolo\",\"given\":\"Andrew\"}]");
    assertThat(pejrolo.get("title").asString()).isEqualTo(
        "Transatlantic Interplays: The Origins of Miles Davis's Modal Jazz in Ascenseur pour l'échafaud");
    assertThat(pejrolo.get("container-title").asString()).isEqualTo("Atlantic Studies");
    assertThat(pejrolo.get("issued").toString()).isEqualTo("{\"date-parts\":[[2006,4]]}");
    assertThat(pejrolo.get("volume").asString()).isEqualTo("3");
    assertThat(pejrolo.get("issue").asString()).isEqualTo("1");
    assertThat(pejrolo.get("ISSN").asString()).isEqualTo("1478-8810");

    JsonNode dimery = byId(items, "2");
    assertThat(dimery.get("type").asString()).isEqualTo("book");
    assertThat(dimery.get("author").toString()).isEqualTo("[{\"literal\":\"Dimery\"}]");
    assertThat(dimery.has("title")).isFalse();
    assertThat(dimery.get("issued").toString()).isEqualTo("{\"date-parts\":[[2010]]}");
    assertThat(dimery.get("page").asString()).isEqualTo("34");

    JsonNode nastos = byId(items, "3");
    assertThat(nastos.get("type").asString()).isEqualTo("webpage");
    assertThat(nastos.get("author").toString()).isEqualTo("[{\"family\":\"Nastos\",\"given\":\"Michael G.\"}]");
    assertThat(nastos.get("title").asString()).isEqualTo("Ascenseur Pour l'Échafaud – Miles Davis | AllMusic: Review");
    assertThat(nastos.get("container-title").asString()).isEqualTo("AllMusic");
    assertThat(nastos.get("issued").toString()).isEqualTo("{\"date-parts\":[[2000]]}");
    assertThat(nastos.get("accessed").toString()).isEqualTo("{\"date-parts\":[[2011,3,20]]}");

    JsonNode feather = byId(items, "4");
    assertThat(feather.get("type").asString()).isEqualTo("article-newspaper");
    assertThat(feather.get("author").get(0).get("family").asString()).isEqualTo("Feather");
    assertThat(feather.get("title").asString()).isEqualTo("Mixed Doubles in New Jazz Releases");
    assertThat(feather.get("container-title").asString()).isEqualTo("Los Angeles Times");
    assertThat(feather.get("issued").toString()).isEqualTo("{\"date-parts\":[[1989,6,18]]}");
    assertThat(feather.get("accessed").toString()).isEqualTo("{\"date-parts\":[[2016,5,22]]}");

    JsonNode caulfield = byId(items, "5");
    assertThat(caulfield.get("type").asString()).isEqualTo("article-magazine");
    assertThat(caulfield.get("author").get(0).get("family").asString()).isEqualTo("Caulfield");
    assertThat(caulfield.get("issued").toString()).isEqualTo("{\"date-parts\":[[2011,3,3]]}");
    assertThat(caulfield.get("custom").get("archived").asString()).isEqualTo("2011-03-20");
    assertThat(caulfield.has("archive_location")).isFalse();
    assertThat(caulfield.get("note").asString()).contains("archive address not known");

    JsonNode hull = byId(items, "6");
    assertThat(hull.get("title").asString()).isEqualTo("Grade List: Miles Davis");
    assertThat(hull.get("issued").toString()).isEqualTo("{\"literal\":\"n.d.\"}");
    assertThat(hull.get("accessed").toString()).isEqualTo("{\"date-parts\":[[2020,7,22]]}");

    JsonNode discogs = byId(items, "7");
    assertThat(discogs.get("type").asString()).isEqualTo("entry");
    assertThat(discogs.has("author")).isFalse();
    assertThat(discogs.has("issued")).isFalse();
    assertThat(discogs.get("container-title").asString()).isEqualTo("Discogs");
    assertThat(discogs.get("accessed").toString()).isEqualTo("{\"date-parts\":[[2015,6,18]]}");

    JsonNode daniele = byId(items, "8");
    assertThat(daniele.get("type").asString()).isEqualTo("book");
    assertThat(daniele.get("author").toString()).isEqualTo("[{\"family\":\"Daniele\",\"given\":\"Romina\"}]");
    assertThat(daniele.get("title").asString()).isEqualTo(
        "Ascenseur pour l'échafaud, Il luogo della musica nell'audiovisione");
    assertThat(daniele.get("publisher").asString()).isEqualTo("RDM");
    assertThat(daniele.get("publisher-place").asString()).isEqualTo("Milan");
    assertThat(daniele.get("issued").toString()).isEqualTo("{\"date-parts\":[[2011]]}");
    assertThat(daniele.get("page").asString()).isEqualTo("133–136");
    assertThat(daniele.get("ISBN").asString()).isEqualTo("978-88-904905-9-0");
  }

  private static String issued(String edtf) {
    Citation c = Citation.builder().id("x").issued(PublicationDate.parse(edtf)).build();
    return tree(CslJson.write(withOnly(c))).get(0).get("issued").toString();
  }

  private static Album withOnly(Citation c) {
    return Album.builder().title("t").addArtists(io.github.linernotes.ArtistCredit.of("a")).addCitations(c).build();
  }

  @Test
  void datesKeepTheirPrecision() {
    assertThat(issued("1958")).isEqualTo("{\"date-parts\":[[1958]]}");
    assertThat(issued("1958-12")).isEqualTo("{\"date-parts\":[[1958,12]]}");
    assertThat(issued("1957-12-04")).isEqualTo("{\"date-parts\":[[1957,12,4]]}");
    assertThat(issued("1957-12-04/1957-12-05")).isEqualTo("{\"date-parts\":[[1957,12,4],[1957,12,5]]}");
    assertThat(issued("1958?")).isEqualTo("{\"date-parts\":[[1958]],\"circa\":true}");
    assertThat(issued("1958-06~")).isEqualTo("{\"date-parts\":[[1958,6]],\"circa\":true}");
    assertThat(issued("1958?/1960")).isEqualTo("{\"date-parts\":[[1958],[1960]],\"circa\":true}");
    assertThat(issued("2020-22")).isEqualTo("{\"date-parts\":[[2020]],\"season\":2}");
    assertThat(issued("1985-XX")).isEqualTo("{\"date-parts\":[[1985]]}");
    assertThat(issued("1985-04-XX")).isEqualTo("{\"date-parts\":[[1985,4]]}");
    assertThat(issued("195X")).isEqualTo("{\"literal\":\"195X\"}");
    assertThat(issued("XXXX")).isEqualTo("{\"literal\":\"XXXX\"}");
    assertThat(issued("1958-05/1960")).isEqualTo("{\"literal\":\"1958-05/1960\"}");
    assertThat(issued("1958/..")).isEqualTo("{\"literal\":\"1958/..\"}");
    assertThat(issued("/1960")).isEqualTo("{\"literal\":\"/1960\"}");
    assertThat(issued("n.d.")).isEqualTo("{\"literal\":\"n.d.\"}");
  }

  @Test
  void kindsMapToCslTypesAndArchiveAddressToArchiveLocation() {
    Map<CitationKind, String> expected = Map.of(CitationKind.JOURNAL_ARTICLE, "article-journal",
        CitationKind.MAGAZINE_ARTICLE, "article-magazine", CitationKind.NEWSPAPER_ARTICLE, "article-newspaper",
        CitationKind.BOOK, "book", CitationKind.CHAPTER, "chapter", CitationKind.WEB_PAGE, "webpage",
        CitationKind.DATABASE_ENTRY, "entry", CitationKind.LINER_NOTES, "document", CitationKind.OTHER, "document");
    assertThat(expected).hasSize(CitationKind.values().length);
    expected.forEach((kind, type) -> assertThat(tree(CslJson.write(withOnly(Citation.builder().id("k").kind(kind)
        .build()))).get(0).get("type").asString()).as(kind.name()).isEqualTo(type));

    Citation archived = Citation.builder().id("a").kind(CitationKind.WEB_PAGE)
        .addAuthors(Author.of("AllMusic staff"))
        .url(io.github.linernotes.id.WebAddress.parse("https://example.org/review"))
        .archiveUrl(io.github.linernotes.id.WebAddress.parse("https://web.archive.org/web/2011/https://example.org/review"))
        .archived(PartialDate.parse("2011-03-20")).build();
    JsonNode item = tree(CslJson.write(withOnly(archived))).get(0);
    assertThat(item.get("URL").asString()).isEqualTo("https://example.org/review");
    assertThat(item.get("archive_location").asString()).isEqualTo("https://web.archive.org/web/2011/https://example.org/review");
    assertThat(item.get("custom").get("archived").asString()).isEqualTo("2011-03-20");
    assertThat(item.get("author").toString()).isEqualTo("[{\"literal\":\"AllMusic staff\"}]");
    assertValid(schema(), CslJson.write(withOnly(archived)), "archived web page");
  }

  @Test
  void manyAlbumsKeepIdsUnique() {
    Album ref = ReferenceAlbums.ascenseurPourLEchafaud();
    JsonNode items = tree(CslJson.write(List.of(ref, ref)));
    assertThat(items.size()).isEqualTo(16);
    assertThat(items.get(0).get("id").asString()).isEqualTo("1:1");
    assertThat(items.get(15).get("id").asString()).isEqualTo("2:8");
    assertThat(CslJson.write(List.of(ref))).isEqualTo(CslJson.write(ref));
    assertThat(CslJson.write(List.of())).isEqualTo("[]");
    assertValid(schema(), CslJson.write(List.of(ref, ref)), "two albums");
  }

  @Test
  void nullsAreRejected() {
    assertThatNullPointerException().isThrownBy(() -> CslJson.write((Album) null)).withMessage("album");
    assertThatNullPointerException().isThrownBy(() -> CslJson.write((Iterable<Album>) null)).withMessage("albums");
  }

  @Test
  void generatedAlbumsValidate() {
    Schema schema = schema();
    qt().withExamples(200).forAll(DomainGenerators.albums()).checkAssert(album -> {
      String json = CslJson.write(album);
      assertValid(schema, json, "generated album");
      JsonNode items = tree(json);
      assertThat(items.size()).isEqualTo(album.citations().size());
      for (JsonNode item : items) {
        for (String field : List.of("issued", "accessed")) {
          JsonNode parts = item.path(field).path("date-parts");
          if (parts.size() == 2) {
            assertThat(parts.get(0).size()).as("a range's ends share one precision: " + item).isEqualTo(parts.get(1).size());
          }
        }
      }
    });
  }

  @Test
  void importedAlbumsExportAndValidate() {
    Schema schema = schema();
    Map<String, Album> albums = ExportFixtures.importedAlbums();
    albums.forEach((name, album) -> assertValid(schema, CslJson.write(album), name));
    assertValid(schema, CslJson.write(albums.values()), "all imported albums");
  }
}
