package io.github.linernotes.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.linernotes.Album;
import io.github.linernotes.json.LinerNotesJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Whatever the input, the import returns a result or throws {@link ImportException}, nothing else. */
class MusicBrainzImportRobustnessTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Imports a text; the result must be a result or an ImportException, and every album valid. */
  private static void survives(String json, String what) {
    Imported result;
    try {
      result = MusicBrainzImport.read(json);
    } catch (ImportException e) {
      assertThat(e.note().code()).as(what).isEqualTo(ImportCode.UNUSABLE);
      return;
    } catch (RuntimeException | Error e) {
      throw new AssertionError(what + ": " + e, e);
    }
    assertThat(result.notes()).as(what).noneMatch(n -> n.message().contains("unexpectedly"));
    for (Album album : result.albums()) {
      assertThat(LinerNotesJson.read(LinerNotesJson.write(album), Album.class)).as(what).isEqualTo(album);
    }
    if (!result.isUsable()) {
      assertThat(result.notes()).as(what).anyMatch(n -> n.code() == ImportCode.UNUSABLE);
    }
  }

  /** Every place in the tree that holds a value: a parent and a key or index. */
  private record Slot(JsonNode parent, String key, int index, String path) {}

  private static void slots(JsonNode node, String path, List<Slot> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> p : node.properties()) {
        out.add(new Slot(node, p.getKey(), -1, path + "/" + p.getKey()));
        slots(p.getValue(), path + "/" + p.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(new Slot(node, null, i, path + "/" + i));
        slots(node.get(i), path + "/" + i, out);
      }
    }
  }

  private static JsonNode put(Slot s, JsonNode value) {
    if (s.key() != null) {
      return ((ObjectNode) s.parent()).set(s.key(), value);
    }
    return ((ArrayNode) s.parent()).set(s.index(), value);
  }

  private static void everyValueReplaced(String name, int step) {
    JsonNode root = MAPPER.readTree(MusicBrainzFixtures.text(name));
    List<Slot> slots = new ArrayList<>();
    slots(root, "", slots);
    List<Supplier<JsonNode>> replacements = List.of(NODES::nullNode, () -> NODES.numberNode(7),
        NODES::objectNode, NODES::arrayNode, () -> NODES.stringNode("x\u0001"));
    for (int i = 0; i < slots.size(); i += step) {
      Slot s = slots.get(i);
      for (Supplier<JsonNode> r : replacements) {
        JsonNode replacement = r.get();
        JsonNode old = s.key() != null ? s.parent().get(s.key()) : s.parent().get(s.index());
        put(s, replacement);
        survives(MAPPER.writeValueAsString(root), name + " " + s.path() + " := " + replacement);
        put(s, old);
      }
    }
  }

  @Test
  void everyValueOfTheSmallerDocumentsReplacedInTurn() {
    for (String name : List.of(MusicBrainzFixtures.ABBA, MusicBrainzFixtures.SWAN_LAKE,
        MusicBrainzFixtures.JEFF_MILLS, MusicBrainzFixtures.DARK_SIDE, MusicBrainzFixtures.COMPLETE_ME,
        MusicBrainzFixtures.WISH_YOU_WERE_HERE, MusicBrainzFixtures.RAMMSTEIN, MusicBrainzFixtures.ALAN_VEGA)) {
      everyValueReplaced(name, 1);
    }
  }

  @Test
  void everyThirteenthValueOfBachReplacedInTurn() {
    everyValueReplaced(MusicBrainzFixtures.BACH, 13);
  }

  @Test
  void aReplacedValueIsReportedWhereItWas() {
    String json = MusicBrainzFixtures.text(MusicBrainzFixtures.JEFF_MILLS).replace("\"PMD002\"", "{\"x\": 1}")
        .replace("\"length\": 317933", "\"length\": \"long\"");
    Imported result = MusicBrainzImport.read(json);
    assertThat(result.isUsable()).isTrue();
    assertThat(MusicBrainzFixtures.notes(result, ImportCode.INVALID_VALUE, "/label-info/0/catalog-number"))
        .hasSize(1);
    assertThat(result.albums().get(0).releases().get(0).labels().get(0).catalogueNumber()).isEmpty();
  }

  @Test
  void truncatedDocumentsAreRefused() {
    for (String name : MusicBrainzFixtures.ALL) {
      String text = MusicBrainzFixtures.text(name);
      int last = text.lastIndexOf('}');
      for (int cut = 0; cut < last; cut += 97) {
        String prefix = text.substring(0, cut);
        assertThatThrownBy(() -> MusicBrainzImport.read(prefix)).as(name + " cut at " + cut)
            .isInstanceOf(ImportException.class);
      }
    }
  }

  @Test
  void truncationSaysWhere() {
    assertThatThrownBy(() -> MusicBrainzImport.read("{\"title\": \"a\",\n  \"media\": ["))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.note().code()).isEqualTo(ImportCode.UNUSABLE);
          assertThat(e.note().location()).startsWith("2:");
          assertThat(e.note().message()).startsWith("not well-formed JSON");
        });
  }

  @Test
  void duplicateKeysAreRefused() {
    assertThatThrownBy(() -> MusicBrainzImport.read("{\"title\": \"a\", \"title\": \"b\", \"media\": []}"))
        .isInstanceOfSatisfying(ImportException.class,
            e -> assertThat(e.note().message()).contains("Duplicate").contains("title"));
    String nested = MusicBrainzFixtures.text(MusicBrainzFixtures.ABBA).replace("\"joinphrase\": \"\"",
        "\"joinphrase\": \"\", \"joinphrase\": \" & \"");
    assertThat(nested).isNotEqualTo(MusicBrainzFixtures.text(MusicBrainzFixtures.ABBA));
    assertThatThrownBy(() -> MusicBrainzImport.read(nested)).isInstanceOf(ImportException.class);
  }

  @Test
  void emptyTrailingAndDeepInputIsRefused() {
    for (String bad : List.of("", "   \n", "\uFEFF", "{\"media\": []} x", "{\"media\": []}{}", "{'media': []}",
        "{\"media\": [1,]}", "[".repeat(100_000) + "]".repeat(100_000))) {
      assertThatThrownBy(() -> MusicBrainzImport.read(bad)).as(bad.length() > 40 ? "deep" : bad)
          .isInstanceOf(ImportException.class);
    }
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() {
    byte[] latin1 = "{\"title\": \"Café\", \"media\": []}".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> MusicBrainzImport.read(new ByteArrayInputStream(latin1)))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.note().location()).isEqualTo("byte 15");
          assertThat(e.note().message()).contains("not UTF-8");
        });
    byte[] utf16 = "{\"media\": []}".getBytes(StandardCharsets.UTF_16);
    assertThatThrownBy(() -> MusicBrainzImport.read(new ByteArrayInputStream(utf16)))
        .isInstanceOf(ImportException.class);
    byte[] bom = ("\uFEFF" + MusicBrainzFixtures.text(MusicBrainzFixtures.ABBA)).getBytes(StandardCharsets.UTF_8);
    assertThat(MusicBrainzImport.read(new ByteArrayInputStream(bom)))
        .isEqualTo(MusicBrainzFixtures.read(MusicBrainzFixtures.ABBA));
  }

  @Test
  void wellFormedDocumentsOfNoKnownKindAreUnusable() {
    for (String other : List.of("null", "42", "\"release\"", "[]", "[{\"media\": []}]", "{}",
        "{\"name\": \"Miles Davis\", \"type\": \"Person\"}")) {
      Imported result = MusicBrainzImport.read(other);
      assertThat(result.albums()).as(other).isEmpty();
      assertThat(result.notes()).as(other).singleElement().satisfies(n -> {
        assertThat(n.code()).isEqualTo(ImportCode.UNUSABLE);
        assertThat(n.location()).isEmpty();
      });
    }
  }

  @Test
  void aReleaseWithoutTitleIsUnusable() {
    Imported result = MusicBrainzImport.read("{\"media\": [], \"artist-credit\": [{\"name\": \"A\"}]}");
    assertThat(result.albums()).isEmpty();
    assertThat(result.notes()).singleElement().satisfies(n -> {
      assertThat(n.code()).isEqualTo(ImportCode.UNUSABLE);
      assertThat(n.location()).isEqualTo("/title");
    });
  }

  @Test
  void theStreamIsReadButNotClosed() {
    boolean[] closed = {false};
    var in = new ByteArrayInputStream(MusicBrainzFixtures.text(MusicBrainzFixtures.ABBA)
        .getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertThat(MusicBrainzImport.read(in).isUsable()).isTrue();
    assertThat(closed[0]).isFalse();
    MusicBrainzImport.readDump(in, (r, n) -> {});
    assertThat(closed[0]).isFalse();
  }

  @Test
  void aDocumentOverTheBoundIsRefusedWithoutHoldingMore() {
    long size = 64L * 1024 * 1024 + 1;
    java.io.InputStream spaces = new java.io.InputStream() {
      private long left = size;

      @Override
      public int read() {
        return left-- > 0 ? ' ' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) ' ');
        left -= n;
        return n;
      }
    };
    assertThatThrownBy(() -> MusicBrainzImport.read(spaces)).isInstanceOfSatisfying(ImportException.class,
        e -> assertThat(e.note().message()).contains("longer than 67108864 bytes"));
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> MusicBrainzImport.read((String) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("json");
    assertThatThrownBy(() -> MusicBrainzImport.read((java.io.InputStream) null))
        .isInstanceOf(NullPointerException.class).hasMessage("json");
  }

  @Test
  void hostileTextValuesAreLeftOutNotCrashedOn() {
    String json = "{\"title\": \"" + "x".repeat(5000) + "\", \"artist-credit\": [{\"name\": \"A\\u0000B\"},"
        + " {\"name\": \"\\ud800\", \"joinphrase\": \"\\u0007\"}, {\"name\": \"C\", \"joinphrase\": \" \"}],"
        + " \"media\": [{\"format\": \"CD\", \"tracks\": [{\"number\": \"1 2\", \"position\": 1, \"title\": \"t\"},"
        + " {\"number\": \"1\", \"position\": 2, \"title\": \"u\"}, {\"number\": \"1\", \"position\": 1,"
        + " \"title\": \"v\"}, {\"title\": \"w\"}]}]}";
    Imported result = MusicBrainzImport.read(json);
    if (result.isUsable()) {
      fail("a title of 5,000 characters cannot be an album's: " + result.albums());
    }
    assertThat(result.notes()).anyMatch(n -> n.code() == ImportCode.INVALID_VALUE && n.location().equals("/title"));
    survives(json.replace("x".repeat(5000), "T"), "short title");
    Imported shortTitle = MusicBrainzImport.read(json.replace("x".repeat(5000), "T"));
    Album album = MusicBrainzFixtures.album(shortTitle);
    assertThat(album.artists()).extracting(a -> a.name()).containsExactly("C");
    assertThat(album.artists().get(0).joinPhrase()).contains(" ");
    assertThat(album.releases().get(0).media().get(0).tracks()).extracting(t -> t.position())
        .containsExactly("1", "2");
    assertThat(MusicBrainzFixtures.notes(shortTitle, ImportCode.REINTERPRETED, "/media/0/tracks/0/number"))
        .hasSize(1);
    assertThat(MusicBrainzFixtures.notes(shortTitle, ImportCode.INVALID_VALUE, "/media/0/tracks/2")).hasSize(1);
    assertThat(MusicBrainzFixtures.notes(shortTitle, ImportCode.INVALID_VALUE, "/media/0/tracks/3")).hasSize(1);
  }
}
