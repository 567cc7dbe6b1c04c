package io.github.linernotes.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Hostile and broken JSON: every answer is an {@link Imported} or an {@link ImportException}, nothing else. */
class DiscogsImportRobustnessTest {

  @Test
  void aDocumentStreamIsReadOnlyUpTo64MiB() {
    // a stream of spaces that never ends: refused once past the bound, without reading on
    InputStream endless = new InputStream() {
      long read;

      @Override
      public int read() {
        read++;
        return ' ';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) ' ');
        read += len;
        return len;
      }
    };
    assertThatThrownBy(() -> DiscogsImport.read(endless)).isInstanceOfSatisfying(ImportException.class,
        e -> assertThat(e.note().message()).contains("longer than 67108864 bytes"));
  }

  @Test
  void aDocumentStreamThatIsNotUtf8NamesTheByte() {
    byte[] bytes = {'{', '"', 't', '"', ':', '"', (byte) 0xC3, '"', '}'};
    assertThatThrownBy(() -> DiscogsImport.read(new ByteArrayInputStream(bytes)))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.note().location()).isEqualTo("byte 7");
          assertThat(e.note().message()).contains("not UTF-8");
        });
  }

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static Stream<String> documents() throws IOException {
    try (Stream<Path> files = Files.list(SharedData.realData().resolve("discogs"))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  /** Each replacement a value can get: null, a number, an empty object, an empty list. */
  static final List<Supplier<JsonNode>> REPLACEMENTS = List.of(NODES::nullNode, () -> NODES.numberNode(7),
      NODES::objectNode, NODES::arrayNode);

  /** Every node of the tree, as the path of property names and indexes that reaches it. */
  static void paths(JsonNode n, List<Object> at, List<List<Object>> out) {
    if (!at.isEmpty()) {
      out.add(List.copyOf(at));
    }
    if (n.isObject()) {
      for (String name : n.propertyNames()) {
        at.add(name);
        paths(n.get(name), at, out);
        at.remove(at.size() - 1);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        at.add(i);
        paths(n.get(i), at, out);
        at.remove(at.size() - 1);
      }
    }
  }

  static JsonNode replaced(JsonNode root, List<Object> path, JsonNode value) {
    JsonNode copy = root.deepCopy();
    JsonNode parent = copy;
    for (Object step : path.subList(0, path.size() - 1)) {
      parent = step instanceof String s ? parent.get(s) : parent.get((Integer) step);
    }
    Object last = path.get(path.size() - 1);
    if (last instanceof String s) {
      ((ObjectNode) parent).set(s, value);
    } else {
      ((ArrayNode) parent).set((Integer) last, value);
    }
    return copy;
  }

  static void survives(String json) {
    try {
      Imported i = DiscogsImport.read(json);
      boolean unusable = false;
      for (ImportNote n : i.notes()) {
        // the mapper's safety net must never be what answered
        if (n.message().startsWith("the entity could not be mapped")) {
          fail("the mapper failed: " + n);
        }
        unusable |= n.code() == ImportCode.UNUSABLE;
      }
      if (!i.isUsable() && !unusable) {
        fail("no album and no unusable note");
      }
    } catch (ImportException expected) {
      assertThat(expected.note().code()).isEqualTo(ImportCode.UNUSABLE);
    } catch (RuntimeException | Error e) {
      fail("the import threw " + e + " for " + (json.length() > 300 ? json.substring(0, 300) + "…" : json), e);
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyValueReplacedByNullNumberObjectOrListGivesImportedOrImportException(String name) throws IOException {
    JsonNode root = MAPPER.readTree(Files.readString(SharedData.file("discogs/" + name)));
    List<List<Object>> all = new ArrayList<>();
    paths(root, new ArrayList<>(), all);
    int tried = 0;
    for (int p = 0; p < all.size(); p++) {
      for (int r = 0; r < REPLACEMENTS.size(); r++) {
        survives(MAPPER.writeValueAsString(replaced(root, all.get(p), REPLACEMENTS.get((r + p) % 4).get())));
        tried++;
      }
    }
    assertThat(tried).isGreaterThan(200);
    System.out.println(name + ": " + tried + " mutated documents imported or refused");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyTruncationOfARealDocumentIsRefused(String name) throws IOException {
    String json = Files.readString(SharedData.file("discogs/" + name));
    for (int cut = 0; cut < json.length() - 1; cut += Math.max(1, json.length() / 150)) {
      String part = json.substring(0, cut);
      assertThatThrownBy(() -> DiscogsImport.read(part)).isInstanceOf(ImportException.class);
    }
  }

  @Test
  void notJsonDuplicateKeysTrailingContentAndBadUtf8AreImportExceptions() {
    for (String bad : List.of("", "   ", "{", "not json", "{\"title\":\"a\",\"title\":\"b\"}", "{} {}", "[1,]",
        "{\"title\": \"x\"} trailing")) {
      assertThatThrownBy(() -> DiscogsImport.read(bad)).as(bad).isInstanceOfSatisfying(ImportException.class,
          e -> assertThat(e.note().code()).isEqualTo(ImportCode.UNUSABLE));
    }
    InputStream latin1 = new ByteArrayInputStream("{\"title\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> DiscogsImport.read(latin1)).isInstanceOf(ImportException.class);
  }

  @Test
  void wellFormedJsonThatIsNoReleaseIsUnusable() {
    for (String json : List.of("[]", "7", "\"text\"", "null", "{}", "{\"title\": 5}", "{\"title\": \"T\"}",
        "{\"title\": \"T\", \"artists\": [{\"name\": null}]}", "{\"title\": \"T\\u0007\", \"artists\": []}")) {
      Imported i = DiscogsImport.read(json);
      assertThat(i.albums()).as(json).isEmpty();
      assertThat(i.notes()).as(json).anySatisfy(n -> assertThat(n.code()).isEqualTo(ImportCode.UNUSABLE));
    }
  }

  @Test
  void deepNestingIsRefusedByJacksonsLimits() {
    String deep = "{\"title\":\"T\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    survives(deep);
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> DiscogsImport.read((String) null)).hasMessage("json");
    assertThatThrownBy(() -> DiscogsImport.read((InputStream) null)).hasMessage("json");
    assertThatThrownBy(() -> DiscogsImport.readDump(null, (i, l) -> { })).hasMessage("xml");
    assertThatThrownBy(() -> DiscogsImport.readDump(InputStream.nullInputStream(), null)).hasMessage("each");
  }
}
