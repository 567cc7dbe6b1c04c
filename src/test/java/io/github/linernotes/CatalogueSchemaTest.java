package io.github.linernotes;

import static io.github.linernotes.CatalogueSchemaSupport.ALBUM;
import static io.github.linernotes.CatalogueSchemaSupport.META_SCHEMA;
import static io.github.linernotes.CatalogueSchemaSupport.REGISTRY;
import static io.github.linernotes.CatalogueSchemaSupport.TEXT;
import static io.github.linernotes.CatalogueSchemaSupport.TREE;
import static io.github.linernotes.CatalogueSchemaSupport.albumErrors;
import static io.github.linernotes.CatalogueSchemaSupport.describe;
import static io.github.linernotes.CatalogueSchemaSupport.document;
import static io.github.linernotes.CatalogueSchemaSupport.documentErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import io.github.linernotes.json.CatalogueReader;
import io.github.linernotes.json.CatalogueWriter;
import io.github.linernotes.json.InvalidJsonException;
import io.github.linernotes.json.LinerNotesJson;
import io.github.linernotes.value.Letter;
import io.github.linernotes.value.LetterGrade;
import io.github.linernotes.value.Score;
import io.github.linernotes.value.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema shipped as {@code io/github/linernotes/json/catalogue.schema.json}: it is a valid
 * draft 2020-12 schema that follows the model (property names and order, required properties, enum
 * names, the character rules of {@link Validation}); it accepts the reference album and every generated
 * album as the library writes them; and it rejects what the library rejects for reasons of shape and
 * type, both in hand-written documents and in generated albums bent out of shape.
 */
class CatalogueSchemaTest {

  private static final int EXAMPLES = 300;

  private static final String HEAD = "{\"title\":\"T\",\"artists\":[{\"name\":\"Miles Davis\"}]";

  // ---- the schema itself ----------------------------------------------------------------------

  @Test
  void theSchemaIsValidAgainstTheDraft202012MetaSchema() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA));
    List<Error> errors = meta.validate(TEXT, InputFormat.JSON);
    assertThat(errors).as(describe(errors)).isEmpty();
    assertThat(TREE.get("$schema").asString()).isEqualTo(META_SCHEMA);
    assertThat(TREE.get("$id").asString()).isEqualTo(CatalogueSchemaSupport.ID);
  }

  @Test
  void theMetaSchemaCatchesABrokenCopy() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA));
    for (String[] breakage : new String[][] {
        {"\"minItems\": 1", "\"minItems\": -1"},
        {"\"type\": \"object\"", "\"type\": \"record\""},
        {"\"uniqueItems\": true", "\"uniqueItems\": \"yes\""},
        {"\"required\": [\"title\", \"artists\"]", "\"required\": \"title\""}}) {
      assertThat(TEXT).contains(breakage[0]);
      String broken = TEXT.replaceFirst(Pattern.quote(breakage[0]), breakage[1]);
      assertThat(meta.validate(broken, InputFormat.JSON)).as(breakage[1]).isNotEmpty();
    }
  }

  @Test
  void theSchemaLoadsWithEveryReferenceResolved() {
    CatalogueSchemaSupport.DOCUMENT.initializeValidators();
    ALBUM.initializeValidators();
    List<String> refs = new ArrayList<>();
    walk(TREE, "#", (node, path) -> {
      JsonNode ref = node.get("$ref");
      if (ref != null) {
        refs.add(ref.asString());
      }
    });
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).as("only local references").startsWith("#/$defs/");
      assertThat(TREE.at(ref.substring(1)).isObject()).as(ref).isTrue();
    }
  }

  /** Keywords of draft 2020-12 (core, applicator, unevaluated, validation, meta-data) this schema may use. */
  private static final Set<String> KEYWORDS = Set.of(
      "$schema", "$id", "$anchor", "$ref", "$defs", "$comment",
      "title", "description", "type", "enum", "const", "properties", "required", "additionalProperties",
      "unevaluatedProperties", "dependentRequired", "minProperties", "items", "minItems", "maxItems",
      "uniqueItems", "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum",
      "allOf", "anyOf", "oneOf", "not");

  @Test
  void everyKeywordIsADraft202012KeywordAndEveryPatternCompiles() {
    walk(TREE, "#", (node, path) -> {
      node.propertyNames().forEach(k -> assertThat(KEYWORDS).as("keyword %s at %s", k, path).contains(k));
      JsonNode pattern = node.get("pattern");
      if (pattern != null) {
        Pattern.compile(pattern.asString());
        assertThat(pattern.asString()).as("anchored at %s", path).satisfiesAnyOf(
            p -> assertThat(p).startsWith("^").endsWith("$"),
            p -> assertThat(p).matches("\\[\\^[^\\]]*\\]"));
      }
    });
  }

  @Test
  void everyObjectIsClosedToUnknownProperties() {
    walk(TREE, "#", (node, path) -> {
      if (node.has("properties")) {
        boolean closed = node.path("additionalProperties").isBoolean() && !node.get("additionalProperties").asBoolean()
            || node.path("unevaluatedProperties").isBoolean() && !node.get("unevaluatedProperties").asBoolean()
            || node.has("$ref") && !TREE.at(node.get("$ref").asString().substring(1))
                .path("additionalProperties").asBoolean(true);
        assertThat(closed).as("%s is closed", path).isTrue();
      }
    });
    assertThat(TREE.get("additionalProperties").asBoolean(true)).isFalse();
  }

  private static final Map<String, Class<?>> RECORDS = new LinkedHashMap<>();

  static {
    RECORDS.put("album", Album.class);
    RECORDS.put("release", Release.class);
    RECORDS.put("medium", Medium.class);
    RECORDS.put("mediumSection", MediumSection.class);
    RECORDS.put("track", Track.class);
    RECORDS.put("session", Session.class);
    RECORDS.put("venue", Venue.class);
    RECORDS.put("personnel", Personnel.class);
    RECORDS.put("review", Review.class);
    RECORDS.put("citation", Citation.class);
    RECORDS.put("author", Author.class);
    RECORDS.put("note", Note.class);
    RECORDS.put("award", Award.class);
    RECORDS.put("relatedWork", RelatedWork.class);
    RECORDS.put("chronology", Chronology.class);
    RECORDS.put("albumLink", AlbumLink.class);
    RECORDS.put("artistCredit", ArtistCredit.class);
    RECORDS.put("labelInfo", LabelInfo.class);
    RECORDS.put("releaseIdentifier", ReleaseIdentifier.class);
    RECORDS.put("recording", Recording.class);
    RECORDS.put("work", Work.class);
    RECORDS.put("companyCredit", CompanyCredit.class);
    RECORDS.put("releaseEvent", ReleaseEvent.class);
    RECORDS.put("externalIds", ExternalIds.class);
  }

  /** The properties each record needs in JSON: those whose default (blank text) the rules reject. */
  private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
      Map.entry("album", List.of("title", "artists")),
      Map.entry("release", List.of("id")),
      Map.entry("medium", List.of()),
      Map.entry("mediumSection", List.of("description")),
      Map.entry("track", List.of("position", "title")),
      Map.entry("session", List.of("id")),
      Map.entry("venue", List.of()),
      Map.entry("personnel", List.of("name")),
      Map.entry("review", List.of("publication")),
      Map.entry("citation", List.of("id")),
      Map.entry("author", List.of("family")),
      Map.entry("note", List.of("text")),
      Map.entry("award", List.of("name")),
      Map.entry("relatedWork", List.of("title")),
      Map.entry("chronology", List.of()),
      Map.entry("albumLink", List.of("title")),
      Map.entry("artistCredit", List.of("name")),
      Map.entry("labelInfo", List.of("name")),
      Map.entry("releaseIdentifier", List.of("value")),
      Map.entry("recording", List.of("id", "title")),
      Map.entry("work", List.of("id", "title")),
      Map.entry("companyCredit", List.of("name")),
      Map.entry("releaseEvent", List.of()),
      Map.entry("externalIds", List.of()));

  @Test
  void everyRecordHasTheModelsPropertiesInDeclarationOrder() {
    JsonNode defs = TREE.get("$defs");
    for (Map.Entry<String, Class<?>> e : RECORDS.entrySet()) {
      JsonNode def = defs.get(e.getKey());
      assertThat(def).as(e.getKey()).isNotNull();
      List<String> expected = List.of(e.getValue().getAnnotation(JsonPropertyOrder.class).value());
      assertThat(def.get("properties").propertyNames()).as(e.getKey()).containsExactlyElementsOf(expected);
      assertThat(def.get("type").asString()).isEqualTo("object");
      assertThat(def.get("additionalProperties").asBoolean(true)).as(e.getKey()).isFalse();
      List<String> required = new ArrayList<>();
      def.path("required").values().forEach(r -> required.add(r.asString()));
      assertThat(required).as(e.getKey()).containsExactlyElementsOf(REQUIRED.get(e.getKey()));
    }
  }

  @Test
  void ratingsAreTheThreeKindsToldApartByType() {
    JsonNode branches = TREE.at("/$defs/rating/oneOf");
    Map<String, Class<?>> kinds = Map.of("score", Score.class, "letter", Letter.class,
        "verdict", Verdict.class);
    assertThat(branches.size()).isEqualTo(3);
    for (JsonNode branch : branches.values()) {
      String type = branch.at("/properties/type/const").asString();
      List<String> expected = new ArrayList<>(List.of("type"));
      expected.addAll(List.of(kinds.get(type).getAnnotation(JsonPropertyOrder.class).value()));
      assertThat(branch.get("properties").propertyNames()).as(type).containsExactlyElementsOf(expected);
      assertThat(branch.get("additionalProperties").asBoolean(true)).isFalse();
    }
    List<String> grades = new ArrayList<>();
    TREE.at("/$defs/letterGrade/enum").values().forEach(g -> grades.add(g.asString()));
    for (LetterGrade grade : LetterGrade.values()) {
      assertThat(grades).contains(grade.toString());
    }
    for (String grade : grades) {
      assertThat(LetterGrade.parse(grade)).isNotNull();
    }
  }

  @Test
  void everyEnumListsTheModelsJsonNames() throws NoSuchFieldException {
    Map<String, Class<? extends Enum<?>>> enums = Map.ofEntries(
        Map.entry("albumKind", AlbumKind.class),
        Map.entry("channels", Channels.class),
        Map.entry("releaseStatus", ReleaseStatus.class),
        Map.entry("mediumFormat", MediumFormat.class),
        Map.entry("identifierType", IdentifierType.class),
        Map.entry("companyRole", CompanyRole.class),
        Map.entry("creditRole", CreditRole.class),
        Map.entry("citationKind", CitationKind.class),
        Map.entry("workRelation", WorkRelation.class),
        Map.entry("workKind", WorkKind.class),
        Map.entry("awardOutcome", AwardOutcome.class));
    for (Map.Entry<String, Class<? extends Enum<?>>> e : enums.entrySet()) {
      List<String> names = new ArrayList<>();
      for (Enum<?> constant : e.getValue().getEnumConstants()) {
        names.add(e.getValue().getField(constant.name()).getAnnotation(JsonProperty.class).value());
      }
      List<String> listed = new ArrayList<>();
      TREE.at("/$defs/" + e.getKey() + "/enum").values().forEach(v -> listed.add(v.asString()));
      assertThat(listed).as(e.getKey()).containsExactlyElementsOf(names);
    }
  }

  @Test
  void theCharacterRulesAreThoseOfTheModel() {
    IntPredicate whitespace = Character::isWhitespace;
    IntPredicate control = Character::isISOControl;
    IntPredicate verdictSpace = c -> Character.isWhitespace(c) || Character.isSpaceChar(c);
    IntPredicate verdictForbidden = c -> Character.getType(c) == Character.CONTROL
        || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
    for (String def : List.of("name", "text")) {
      assertCharacters(TREE.at("/$defs/" + def + "/allOf/0/pattern").asString(), whitespace.negate());
    }
    assertCharacters(TREE.at("/$defs/name/allOf/1/pattern").asString(), control.negate());
    assertCharacters(TREE.at("/$defs/text/allOf/1/pattern").asString(),
        c -> !control.test(c) || c == '\n' || c == '\r' || c == '\t');
    assertCharacters(TREE.at("/$defs/position/pattern").asString(), whitespace.or(control).negate());
    assertCharacters(TREE.at("/$defs/verdict/allOf/0/pattern").asString(), verdictSpace.negate());
    assertCharacters(TREE.at("/$defs/verdict/allOf/1/pattern").asString(), verdictForbidden.negate());
  }

  /**
   * Checks a character pattern against a Java rule for every character of the Basic Multilingual Plane.
   * A final {@code $} is read as in ECMA-262, which JSON Schema follows: the end of the text, not also
   * the place before a final line break as {@link Pattern} reads it.
   */
  private static void assertCharacters(String regex, IntPredicate allowed) {
    Pattern pattern = Pattern.compile(regex.endsWith("$") ? regex.substring(0, regex.length() - 1) + "\\z" : regex);
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String one = String.valueOf((char) c);
      assertThat(pattern.matcher(one).find()).as("%s on U+%04X", regex, c).isEqualTo(allowed.test(c));
    }
  }

  // ---- valid documents ------------------------------------------------------------------------

  @Test
  void theReferenceAlbumIsAValidAlbumAndCatalogue() {
    String json = ReferenceAlbums.resource(ReferenceAlbums.ASCENSEUR_RESOURCE);
    Album album = ReferenceAlbums.ascenseurPourLEchafaud();
    assertValidAlbum(json);
    assertValidDocument(document(json));
    assertValidDocument(document(List.of(json, json)));
    assertValidDocument(CatalogueWriter.documentToString(List.of(album, album)));
    for (String line : CatalogueWriter.linesToString(List.of(album, album)).split("\n")) {
      assertValidAlbum(line);
    }
    Schema byAnchor = REGISTRY.getSchema(SchemaLocation.of(CatalogueSchemaSupport.ID + "#album"));
    assertThat(byAnchor.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(byAnchor.validate(HEAD + ",\"bogus\":1}", InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void anEmptyCatalogueIsValid() {
    for (String json : List.of(document(List.of()), CatalogueWriter.documentToString(List.of()),
        "{\"albums\":[],\"version\":1,\"format\":\"linernotes/catalogue\"}")) {
      assertThat(CatalogueReader.strict().readDocument(json)).isEmpty();
      assertValidDocument(json);
    }
  }

  @Test
  void generatedAlbumsAsTheLibraryWritesThemAreValid() {
    qt().withExamples(EXAMPLES).forAll(DomainGenerators.albums()).checkAssert(album -> {
      String json = LinerNotesJson.write(album);
      assertValidAlbum(json);
      assertValidDocument(document(json));
    });
  }

  @Test
  void catalogueDocumentsAndLinesOfGeneratedAlbumsAreValid() {
    qt().withExamples(50).forAll(lists().of(DomainGenerators.albums()).ofSizeBetween(0, 4)).checkAssert(albums -> {
      String written = CatalogueWriter.documentToString(albums);
      assertValidDocument(written);
      assertThat(CatalogueReader.strict().readDocument(written)).isEqualTo(albums);
      assertValidDocument(document(albums.stream().map(LinerNotesJson::write).collect(Collectors.toList())));
      String lines = CatalogueWriter.linesToString(albums);
      for (String line : lines.isEmpty() ? new String[0] : lines.split("\n")) {
        assertValidAlbum(line);
      }
    });
  }

  /**
   * Documents the library reads although it never writes them so: defaults written out, non-canonical
   * spellings of values. The schema must not be stricter than the reader.
   */
  @Test
  void nonCanonicalInputThatTheLibraryReadsIsValid() {
    List<String> accepted = List.of(
        HEAD + ",\"releases\":[{\"id\":\"r\",\"media\":[{\"tracks\":[{\"position\":\"A1\",\"title\":\"x\","
            + "\"alternateTake\":false,\"previouslyUnreleased\":false,\"credits\":[{\"name\":\"n\",\"tracks\":[]}]}],"
            + "\"sections\":[{\"description\":\"d\",\"alternateTakes\":false,\"previouslyUnreleased\":false}]}]}]}",
        HEAD + ",\"kinds\":[],\"genres\":[],\"sessions\":[],\"releases\":[],\"credits\":[],\"reviews\":[],"
            + "\"citations\":[],\"sources\":[],\"notes\":[],\"relatedWorks\":[]}",
        HEAD + ",\"citations\":[{\"id\":\"a\",\"kind\":\"other\"}],\"relatedWorks\":[{\"relation\":\"other\","
            + "\"kind\":\"other\",\"title\":\"t\"}],\"releases\":[{\"id\":\"r\",\"awards\":[{\"name\":\"Grammy\","
            + "\"outcome\":\"nominated\"}]}]}",
        HEAD + ",\"reviews\":[{\"publication\":\"M\",\"rating\":{\"type\":\"letter\",\"grade\":\"B\u2212\"}},"
            + "{\"publication\":\"M\",\"rating\":{\"grade\":\"C\u2013\",\"type\":\"letter\"}},"
            + "{\"publication\":\"M\",\"rating\":{\"type\":\"verdict\",\"verdict\":\"  favorable \"}},"
            + "{\"publication\":\"M\",\"rating\":{\"best\":5.000,\"value\":4.50,\"type\":\"score\",\"step\":0.5}}]}",
        HEAD + ",\"firstReleased\":\"-00XX\",\"sessions\":[{\"id\":\"s\",\"date\":\"-0000-XX\"},"
            + "{\"id\":\"t\",\"date\":\"1958?/..\"},{\"id\":\"u\",\"date\":\"/1960-05-01~\"},{\"id\":\"v\",\"date\":\"2020-24\"}]}",
        HEAD + ",\"releases\":[{\"id\":\"r\",\"statedLength\":\"PT1H2M3,5S\",\"barcode\":\"0 42284 73912 2\","
            + "\"media\":[{\"tracks\":[{\"position\":\"1\",\"title\":\"x\",\"length\":\"03:50.6\"}]}],"
            + "\"ids\":{\"musicBrainz\":\"B1392450-E666-3926-A536-22C65F834433\"}}]}",
        HEAD + ",\"citations\":[{\"id\":\"b\",\"isbn\":\"0-19-512510-x\",\"issn\":\"0035791x\",\"issued\":\"n.d.\","
            + "\"url\":\"HTTPS://[2001:db8::1]:8080/a%20b?q=1#top\"},{\"id\":\"c\",\"isbn\":\"978 0 306 40615 7\"}]}",
        "{\"title\":\"T\",\"artists\":[{\"name\":\"A\",\"joinPhrase\":\" \"},{\"name\":\"B\"}],"
            + "\"releases\":[{\"id\":\"r\",\"events\":[{\"area\":\"XW\"}]}]}");
    for (String json : accepted) {
      assertThat(LinerNotesJson.read(json, Album.class)).as(json).isNotNull();
      assertValidAlbum(json);
      assertValidDocument(document(json));
    }
  }

  // ---- rejected documents ---------------------------------------------------------------------

  private static final String TRACK_HEAD = HEAD + ",\"releases\":[{\"id\":\"r\",\"media\":[{\"tracks\":[{"
      + "\"position\":\"A1\",\"title\":\"x\"";
  private static final String TRACK_TAIL = "}]}]}]}";

  private static String track(String properties) {
    return TRACK_HEAD + properties + TRACK_TAIL;
  }

  private static String review(String rating) {
    return HEAD + ",\"reviews\":[{\"publication\":\"Mojo\",\"rating\":" + rating + "}]}";
  }

  private static String citation(String properties) {
    return HEAD + ",\"citations\":[{\"id\":\"c1\"" + properties + "}]}";
  }

  /** Albums the library rejects for their shape or types, each with what is wrong with it. */
  private static final Map<String, String> REJECTED_ALBUMS = new LinkedHashMap<>();

  static {
    Map<String, String> r = REJECTED_ALBUMS;
    r.put("an unknown property", HEAD + ",\"bogus\":1}");
    r.put("an unknown property in a track", track(",\"duration\":\"2:45\""));
    r.put("an unknown property in a rating", review("{\"type\":\"score\",\"value\":4,\"best\":5,\"stars\":4}"));
    r.put("a number for the title", "{\"title\":5,\"artists\":[{\"name\":\"Miles Davis\"}]}");
    r.put("an object for the artists", "{\"title\":\"T\",\"artists\":{\"name\":\"Miles Davis\"}}");
    r.put("a string for a take", track(",\"take\":\"1\""));
    r.put("a string for a boolean", track(",\"alternateTake\":\"true\""));
    r.put("a string for a track count", HEAD + ",\"releases\":[{\"id\":\"r\",\"statedTrackCount\":\"3\"}]}");
    r.put("a string for a score", review("{\"type\":\"score\",\"value\":\"4\",\"best\":5}"));
    r.put("a number for a date", HEAD + ",\"firstReleased\":1958}");
    r.put("a number for a Discogs id", HEAD + ",\"ids\":{\"discogs\":21491}}");
    r.put("a number for a barcode", HEAD + ",\"releases\":[{\"id\":\"r\",\"barcode\":5099749522428}]}");
    r.put("a string for a list", HEAD + ",\"genres\":\"jazz\"}");
    r.put("no title", "{\"artists\":[{\"name\":\"Miles Davis\"}]}");
    r.put("no artists", "{\"title\":\"T\"}");
    r.put("an empty artist credit", "{\"title\":\"T\",\"artists\":[]}");
    r.put("an artist without a name", "{\"title\":\"T\",\"artists\":[{\"joinPhrase\":\" & \"}]}");
    r.put("a track without a position", HEAD + ",\"releases\":[{\"id\":\"r\",\"media\":[{\"tracks\":[{"
        + "\"title\":\"x\"}]}]}]}");
    r.put("a citation without an id", HEAD + ",\"citations\":[{\"title\":\"t\"}]}");
    r.put("a session without an id", HEAD + ",\"sessions\":[{\"date\":\"1958\"}]}");
    r.put("a note without text", HEAD + ",\"notes\":[{\"attributedTo\":\"Romina Daniele\"}]}");
    r.put("a medium section without a description", HEAD + ",\"releases\":[{\"id\":\"r\",\"media\":[{"
        + "\"sections\":[{\"version\":\"mono\"}]}]}]}");
    r.put("a null title", "{\"title\":null,\"artists\":[{\"name\":\"Miles Davis\"}]}");
    r.put("a null in a list", HEAD + ",\"genres\":[null]}");
    r.put("a null record", HEAD + ",\"chronology\":null}");
    r.put("a null list", HEAD + ",\"reviews\":null}");
    r.put("a blank title", "{\"title\":\"   \",\"artists\":[{\"name\":\"Miles Davis\"}]}");
    r.put("an empty title", "{\"title\":\"\",\"artists\":[{\"name\":\"Miles Davis\"}]}");
    r.put("a blank publication", HEAD + ",\"reviews\":[{\"publication\":\"\\t\"}]}");
    r.put("a blank genre", HEAD + ",\"genres\":[\"jazz\",\" \"]}");
    r.put("a control character in a title", "{\"title\":\"T\\u0007\",\"artists\":[{\"name\":\"Miles Davis\"}]}");
    r.put("a line break in a name", "{\"title\":\"T\",\"artists\":[{\"name\":\"Miles\\nDavis\"}]}");
    r.put("a title of 1001 characters",
        "{\"title\":\"" + "x".repeat(1001) + "\",\"artists\":[{\"name\":\"Miles Davis\"}]}");
    r.put("an empty join phrase", "{\"title\":\"T\",\"artists\":[{\"name\":\"A\",\"joinPhrase\":\"\"}]}");
    r.put("an unknown album kind", HEAD + ",\"kinds\":[\"opera\"]}");
    r.put("an album kind in capitals", HEAD + ",\"kinds\":[\"SOUNDTRACK\"]}");
    r.put("an unknown medium format", HEAD + ",\"releases\":[{\"id\":\"r\",\"media\":[{\"format\":\"wax-cylinder\"}]}]}");
    r.put("an unknown role", HEAD + ",\"credits\":[{\"name\":\"n\",\"roles\":[\"singer\"]}]}");
    r.put("an unknown citation kind", citation(",\"kind\":\"blog\""));
    r.put("an unknown award outcome", HEAD + ",\"releases\":[{\"id\":\"r\",\"awards\":[{\"name\":\"Grammy\","
        + "\"outcome\":\"lost\"}]}]}");
    r.put("a kind listed twice", HEAD + ",\"kinds\":[\"live\",\"live\"]}");
    r.put("a genre listed twice", HEAD + ",\"genres\":[\"jazz\",\"jazz\"]}");
    r.put("a rating without a type", review("{\"value\":4,\"best\":5}"));
    r.put("a rating of an unknown type", review("{\"type\":\"stars\",\"value\":4,\"best\":5}"));
    r.put("a rating with a number for its type", review("{\"type\":1,\"value\":4,\"best\":5}"));
    r.put("a score without a best", review("{\"type\":\"score\",\"value\":4}"));
    r.put("a score with a best of 0", review("{\"type\":\"score\",\"value\":0,\"best\":0}"));
    r.put("a negative score", review("{\"type\":\"score\",\"value\":-1,\"best\":5}"));
    r.put("a score above 1000", review("{\"type\":\"score\",\"value\":4,\"best\":1001}"));
    r.put("a letter grade E", review("{\"type\":\"letter\",\"grade\":\"E\"}"));
    r.put("a letter grade F+", review("{\"type\":\"letter\",\"grade\":\"F+\"}"));
    r.put("a letter with a verdict's property", review("{\"type\":\"letter\",\"verdict\":\"good\"}"));
    r.put("a blank verdict", review("{\"type\":\"verdict\",\"verdict\":\"   \"}"));
    r.put("a verdict of 201 characters", review("{\"type\":\"verdict\",\"verdict\":\"" + "v".repeat(201) + "\"}"));
    r.put("a date in words", HEAD + ",\"firstReleased\":\"April 1958\"}");
    r.put("a date with month 13", HEAD + ",\"firstReleased\":\"1958-13\"}");
    r.put("a date with a one-digit month", HEAD + ",\"firstReleased\":\"1958-4\"}");
    r.put("a two-digit year", HEAD + ",\"firstReleased\":\"58\"}");
    r.put("a date with a time of day", HEAD + ",\"firstReleased\":\"1958-04-01T10:00Z\"}");
    r.put("a date with a lower-case x", HEAD + ",\"firstReleased\":\"198x\"}");
    r.put("a qualified date with unspecified digits", HEAD + ",\"firstReleased\":\"198X?\"}");
    r.put("an interval with two unknown ends", HEAD + ",\"firstReleased\":\"/\"}");
    r.put("an interval ending in a season", HEAD + ",\"firstReleased\":\"1958/1959-21\"}");
    r.put("the year -0000", HEAD + ",\"firstReleased\":\"-0000\"}");
    r.put("a date with a trailing space", HEAD + ",\"firstReleased\":\"1958 \"}");
    r.put("a misspelt no-date", citation(",\"issued\":\"N.D.\""));
    r.put("an ISBN with its prefix", citation(",\"isbn\":\"ISBN 978-88-904905-9-0\""));
    r.put("an ISBN of eleven digits", citation(",\"isbn\":\"97888904905\""));
    r.put("an ISBN-13 starting 977", citation(",\"isbn\":\"977-88-904905-9-0\""));
    r.put("an ISBN with two hyphens in a row", citation(",\"isbn\":\"978--88-904905-9-0\""));
    r.put("an ISBN-10 in five parts", citation(",\"isbn\":\"0-306-4-0615-2\""));
    r.put("an ISSN with an underscore", citation(",\"issn\":\"1478_8810\""));
    r.put("an ftp address", citation(",\"url\":\"ftp://example.org/file\""));
    r.put("an address with a user name", citation(",\"url\":\"https://user@example.org/\""));
    r.put("an address with a space", citation(",\"url\":\"https://example.org/a b\""));
    r.put("an address with a bad escape", citation(",\"url\":\"https://example.org/%zz\""));
    r.put("a relative address", citation(",\"url\":\"//example.org/page\""));
    r.put("a barcode of eight digits", HEAD + ",\"releases\":[{\"id\":\"r\",\"barcode\":\"96385074\"}]}");
    r.put("a MusicBrainz id without hyphens", HEAD + ",\"ids\":{\"musicBrainz\":\"b1392450e6663926a53622c65f834433\"}}");
    r.put("a Discogs id with a prefix", HEAD + ",\"ids\":{\"discogs\":\"r21491\"}}");
    r.put("a Discogs id with a leading zero", HEAD + ",\"ids\":{\"discogs\":\"021491\"}}");
    r.put("a Wikidata property id", HEAD + ",\"ids\":{\"wikidata\":\"P175\"}}");
    r.put("empty external ids", HEAD + ",\"ids\":{}}");
    r.put("an empty chronology", HEAD + ",\"chronology\":{}}");
    r.put("a length with one digit of seconds", track(",\"length\":\"2:5\""));
    r.put("a length with 60 seconds", track(",\"length\":\"2:60\""));
    r.put("a negative length", track(",\"length\":\"-2:45\""));
    r.put("an ISO length with days", track(",\"length\":\"P1DT2M\""));
    r.put("take 0", track(",\"take\":0"));
    r.put("a negative track count", HEAD + ",\"releases\":[{\"id\":\"r\",\"statedTrackCount\":-1}]}");
    r.put("a position with a space", HEAD + ",\"releases\":[{\"id\":\"r\",\"media\":[{\"tracks\":[{"
        + "\"position\":\"A 1\",\"title\":\"x\"}]}]}]}");
    r.put("a position of 21 characters", HEAD + ",\"releases\":[{\"id\":\"r\",\"media\":[{\"tracks\":[{"
        + "\"position\":\"" + "1".repeat(21) + "\",\"title\":\"x\"}]}]}]}");
    r.put("an id with a space", HEAD + ",\"sessions\":[{\"id\":\"paris 1957\"}]}");
    r.put("an id of 65 characters", HEAD + ",\"sessions\":[{\"id\":\"" + "s".repeat(65) + "\"}]}");
    r.put("a citation id with a slash", HEAD + ",\"sources\":[\"a/b\"]}");
    r.put("a country name", HEAD + ",\"sessions\":[{\"id\":\"s\",\"venue\":{\"city\":\"Paris\",\"country\":\"France\"}}]}");
    r.put("a country in lower case", HEAD + ",\"sessions\":[{\"id\":\"s\",\"venue\":{\"city\":\"Paris\",\"country\":\"fr\"}}]}");
    r.put("a venue with only a country", HEAD + ",\"sessions\":[{\"id\":\"s\",\"venue\":{\"country\":\"FR\"}}]}");
    r.put("an empty release event", HEAD + ",\"releases\":[{\"id\":\"r\",\"events\":[{}]}]}");
    r.put("a release area of three letters", HEAD + ",\"releases\":[{\"id\":\"r\",\"events\":[{\"area\":\"EUR\"}]}]}");
    r.put("a creator role without a creator", HEAD + ",\"relatedWorks\":[{\"title\":\"t\",\"creatorRole\":\"director\"}]}");
    r.put("a section with a first but no last position", HEAD + ",\"releases\":[{\"id\":\"r\",\"media\":[{"
        + "\"sections\":[{\"firstPosition\":\"1\",\"description\":\"d\"}]}]}]}");
    r.put("a track credit naming tracks", track(",\"credits\":[{\"name\":\"n\",\"tracks\":[\"A1\"]}]"));
    r.put("a track position listed twice in a credit", HEAD + ",\"releases\":[{\"id\":\"r\",\"media\":[{"
        + "\"tracks\":[{\"position\":\"A1\",\"title\":\"x\"},{\"position\":\"A2\",\"title\":\"y\"}]}],"
        + "\"credits\":[{\"name\":\"n\",\"tracks\":[\"A1\",\"A1\"]}]}]}");
    r.put("an array for the album", "[" + HEAD + "}]");
  }

  @Test
  void whatTheLibraryRejectsForShapeOrTypeTheSchemaRejects() {
    assertThat(REJECTED_ALBUMS).hasSizeGreaterThan(90);
    REJECTED_ALBUMS.forEach((what, json) -> {
      assertThat(catchThrowable(() -> LinerNotesJson.read(json, Album.class)))
          .as("the library reads %s: %s", what, json).isInstanceOf(InvalidJsonException.class);
      assertThat(catchThrowable(() -> CatalogueReader.strict().readDocument(document(json))))
          .as("the catalogue reader reads %s", what).isInstanceOf(InvalidJsonException.class);
      assertThat(albumErrors(json)).as("the album schema accepts %s: %s", what, json).isNotEmpty();
      assertThat(documentErrors(document(json))).as("the catalogue schema accepts %s", what).isNotEmpty();
    });
  }

  /** Catalogue documents the library's catalogue reader rejects for their shape: the schema rejects each. */
  @Test
  void aBrokenCatalogueDocumentIsRejected() {
    String album = ReferenceAlbums.resource(ReferenceAlbums.ASCENSEUR_RESOURCE);
    Map<String, String> broken = new LinkedHashMap<>();
    broken.put("another format marker", "{\"format\":\"linernotes/album\",\"version\":1,\"albums\":[]}");
    broken.put("a format marker in capitals", "{\"format\":\"LINERNOTES/CATALOGUE\",\"version\":1,\"albums\":[]}");
    broken.put("version 2", "{\"format\":\"linernotes/catalogue\",\"version\":2,\"albums\":[]}");
    broken.put("version 0", "{\"format\":\"linernotes/catalogue\",\"version\":0,\"albums\":[]}");
    broken.put("the version as a string", "{\"format\":\"linernotes/catalogue\",\"version\":\"1\",\"albums\":[]}");
    broken.put("no albums", "{\"format\":\"linernotes/catalogue\",\"version\":1}");
    broken.put("no format marker", "{\"version\":1,\"albums\":[]}");
    broken.put("no version", "{\"format\":\"linernotes/catalogue\",\"albums\":[]}");
    broken.put("null albums", "{\"format\":\"linernotes/catalogue\",\"version\":1,\"albums\":null}");
    broken.put("one album instead of a list", "{\"format\":\"linernotes/catalogue\",\"version\":1,\"albums\":"
        + album + "}");
    broken.put("an unknown property", "{\"format\":\"linernotes/catalogue\",\"version\":1,\"albums\":[],"
        + "\"generator\":\"x\"}");
    broken.put("a broken album among good ones", document(List.of(album, HEAD + ",\"kinds\":[\"opera\"]}", album)));
    broken.put("a bare list of albums", "[" + album + "]");
    broken.forEach((what, json) -> {
      assertThat(catchThrowable(() -> CatalogueReader.strict().readDocument(json)))
          .as("the catalogue reader reads %s", what).isInstanceOf(InvalidJsonException.class);
      assertThat(documentErrors(json)).as("the catalogue schema accepts %s", what).isNotEmpty();
    });
  }

  /**
   * A file that holds one album, as {@code LinerNotesJson.write} writes it, is read as a catalogue of that
   * album; the schema's album definition is the one that describes it, not the document's.
   */
  @Test
  void aBareAlbumIsReadAsOneAlbumAndMatchesTheAlbumSchema() {
    String album = ReferenceAlbums.resource(ReferenceAlbums.ASCENSEUR_RESOURCE);
    assertThat(CatalogueReader.strict().readDocument(album)).containsExactly(ReferenceAlbums.ascenseurPourLEchafaud());
    assertThat(albumErrors(album)).isEmpty();
    assertThat(documentErrors(album)).isNotEmpty();
  }

  /** A null in place of an album: both the schema and the catalogue reader reject it. */
  @Test
  void aNullAlbumIsRejectedByBoth() {
    String album = ReferenceAlbums.resource(ReferenceAlbums.ASCENSEUR_RESOURCE);
    assertThat(documentErrors(document("null"))).isNotEmpty();
    assertThat(documentErrors(document(List.of(album, "null", album)))).isNotEmpty();
    InvalidJsonException e = (InvalidJsonException) catchThrowable(
        () -> CatalogueReader.strict().readDocument(document(List.of(album, "null", album))));
    assertThat(e.code()).isEqualTo("null-value");
    assertThat(e.pointer()).isEqualTo("/albums/1");
  }

  /**
   * What JSON Schema cannot tell apart: it compares numbers by value, so {@code "version": 1.0} passes
   * {@code "const": 1}, while the catalogue reader wants the version written {@code 1}.
   */
  @Test
  void theVersionIsComparedAsANumber() {
    String json = "{\"format\":\"linernotes/catalogue\",\"version\":1.0,\"albums\":[]}";
    assertThat(documentErrors(json)).isEmpty();
    assertThat(catchThrowable(() -> CatalogueReader.strict().readDocument(json)))
        .isInstanceOf(InvalidJsonException.class);
  }

  // ---- generated albums bent out of shape -----------------------------------------------------

  /**
   * Where a JSON value sits: in an object under a property name, or in an array at an index (with the
   * name of the property that holds the array).
   */
  private static final class Slot {
    final JsonNode container;
    final String property;
    final int index;

    Slot(JsonNode container, String property, int index) {
      this.container = container;
      this.property = property;
      this.index = index;
    }

    void replace(JsonNode value) {
      if (container.isObject()) {
        ((ObjectNode) container).set(property, value);
      } else {
        ((ArrayNode) container).set(index, value);
      }
    }
  }

  private static void collect(JsonNode node, String property, List<ObjectNode> objects, List<Slot> strings) {
    if (node.isObject()) {
      objects.add((ObjectNode) node);
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getValue().isString()) {
          strings.add(new Slot(node, e.getKey(), -1));
        }
        collect(e.getValue(), e.getKey(), objects, strings);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isString()) {
          strings.add(new Slot(node, property, i));
        }
        collect(node.get(i), property, objects, strings);
      }
    }
  }

  @Test
  void anUnknownPropertyAnywhereIsRejectedByBoth() {
    qt().withExamples(EXAMPLES).forAll(DomainGenerators.albums(), integers().allPositive()).checkAssert((album, seed) -> {
      JsonNode tree = CatalogueSchemaSupport.TREES.readTree(LinerNotesJson.write(album));
      List<ObjectNode> objects = new ArrayList<>();
      collect(tree, null, objects, new ArrayList<>());
      Random random = new Random(seed);
      ObjectNode target = objects.get(random.nextInt(objects.size()));
      target.put("unexpectedProperty" + random.nextInt(100), random.nextInt(10));
      assertBothReject(CatalogueSchemaSupport.TREES.writeValueAsString(tree), true);
    });
  }

  @Test
  void aNumberInPlaceOfTextIsRejectedByBoth() {
    qt().withExamples(EXAMPLES).forAll(DomainGenerators.albums(), integers().allPositive()).checkAssert((album, seed) -> {
      JsonNode tree = CatalogueSchemaSupport.TREES.readTree(LinerNotesJson.write(album));
      List<Slot> strings = new ArrayList<>();
      collect(tree, null, new ArrayList<>(), strings);
      Random random = new Random(seed);
      Slot slot = strings.get(random.nextInt(strings.size()));
      slot.replace(JsonNodeFactory.instance.numberNode(random.nextInt(5)));
      assertBothReject(CatalogueSchemaSupport.TREES.writeValueAsString(tree), true);
    });
  }

  /**
   * Numbers that a lenient mapper would bend into the model — an enum's ordinal, a fraction for a whole
   * number — are rejected by the schema and by the library alike.
   */
  @Test
  void numbersThatDoNotFitTheModelAreRejectedByBoth() {
    for (String json : List.of(HEAD + ",\"kinds\":[3]}", HEAD + ",\"citations\":[{\"id\":\"c\",\"kind\":0}]}",
        track(",\"take\":1.5"), HEAD + ",\"releases\":[{\"id\":\"r\",\"statedTrackCount\":2.7}]}")) {
      assertBothReject(json, true);
    }
  }

  private static void assertBothReject(String json, boolean libraryToo) {
    assertThat(albumErrors(json)).as("the album schema accepts %s", json).isNotEmpty();
    assertThat(documentErrors(document(json))).as("the catalogue schema accepts %s", json).isNotEmpty();
    if (libraryToo) {
      assertThat(catchThrowable(() -> LinerNotesJson.read(json, Album.class)))
          .as("the library reads %s", json).isInstanceOf(InvalidJsonException.class);
      assertThat(catchThrowable(() -> CatalogueReader.strict().readDocument(document(json))))
          .as("the catalogue reader reads %s", json).isInstanceOf(InvalidJsonException.class);
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static void assertValidAlbum(String json) {
    List<Error> errors = albumErrors(json);
    assertThat(errors).as("%s\n%s", describe(errors), json).isEmpty();
  }

  private static void assertValidDocument(String json) {
    List<Error> errors = documentErrors(json);
    assertThat(errors).as("%s\n%s", describe(errors), json).isEmpty();
  }

  private interface Visitor {
    void visit(JsonNode schema, String path);
  }

  /** Visits every subschema of the schema (the root, $defs, properties and every applicator's operands). */
  private static void walk(JsonNode schema, String path, Visitor visitor) {
    if (!schema.isObject()) {
      return;
    }
    visitor.visit(schema, path);
    for (String map : List.of("$defs", "properties")) {
      JsonNode members = schema.get(map);
      if (members != null) {
        for (Map.Entry<String, JsonNode> e : members.properties()) {
          walk(e.getValue(), path + "/" + map + "/" + e.getKey(), visitor);
        }
      }
    }
    for (String single : List.of("items", "not", "additionalProperties", "unevaluatedProperties")) {
      JsonNode sub = schema.get(single);
      if (sub != null) {
        walk(sub, path + "/" + single, visitor);
      }
    }
    for (String list : List.of("allOf", "anyOf", "oneOf")) {
      JsonNode operands = schema.get(list);
      if (operands != null) {
        for (int i = 0; i < operands.size(); i++) {
          walk(operands.get(i), path + "/" + list + "/" + i, visitor);
        }
      }
    }
  }
}
