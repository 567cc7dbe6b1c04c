package io.github.linernotes;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the catalogue schema shipped in the library's jar and validates JSON text against its root (a
 * catalogue document) or against {@code #/$defs/album} (one album). The schema is registered under its
 * own {@code $id}, so nothing is fetched from the network.
 */
final class CatalogueSchemaSupport {

  static final String RESOURCE = "/io/github/linernotes/json/catalogue.schema.json";
  static final String ID = "https://linernotes.github.io/schema/catalogue.schema.json";
  static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
  static final String FORMAT = "linernotes/catalogue";

  static final JsonMapper TREES = JsonMapper.builder().build();

  /** The schema text exactly as the jar holds it. */
  static final String TEXT = read(RESOURCE);

  /** The schema as a tree, for tests that look at its keywords. */
  static final JsonNode TREE = TREES.readTree(TEXT);

  static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(Map.of(ID, TEXT)));

  /** The root: a catalogue document. */
  static final Schema DOCUMENT = REGISTRY.getSchema(SchemaLocation.of(ID));

  /** {@code #/$defs/album}: one album, as one JSON Lines line holds it. */
  static final Schema ALBUM = REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/album"));

  private CatalogueSchemaSupport() {}

  static String read(String resource) {
    try (InputStream in = CatalogueSchemaSupport.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + resource + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Validates one album's JSON against {@code #/$defs/album}.
   *
   * @return the schema's errors, empty when the album is valid
   */
  static List<Error> albumErrors(String json) {
    return ALBUM.validate(json, InputFormat.JSON);
  }

  /**
   * Validates a catalogue document against the schema's root.
   *
   * @return the schema's errors, empty when the document is valid
   */
  static List<Error> documentErrors(String json) {
    return DOCUMENT.validate(json, InputFormat.JSON);
  }

  /** Wraps albums' JSON texts in a catalogue document of version 1. */
  static String document(List<String> albums) {
    return "{\"format\":\"" + FORMAT + "\",\"version\":1,\"albums\":[" + String.join(",", albums) + "]}";
  }

  /** Wraps one album's JSON text in a catalogue document of version 1. */
  static String document(String album) {
    return document(List.of(album));
  }

  /** Lists errors one a line, for assertion messages. */
  static String describe(List<Error> errors) {
    return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage())
        .collect(Collectors.joining("\n"));
  }
}
