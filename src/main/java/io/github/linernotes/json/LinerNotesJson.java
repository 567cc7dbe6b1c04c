package io.github.linernotes.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.linernotes.ValidationException;
import io.github.linernotes.internal.Printable;
import io.github.linernotes.problem.Problem;
import io.github.linernotes.problem.ValuePath;
import io.github.linernotes.value.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The library's own JSON entry point: a strict Jackson 3 mapper and methods that read and write any of
 * the library's types, turning every failure into an {@link InvalidJsonException} with a line, column,
 * JSON Pointer and rule code.
 *
 * <p>The mapper writes exactly what a plain Jackson 3 {@code JsonMapper} or a Jackson 2
 * {@code ObjectMapper} writes (the canonical form), and reads more strictly than either: unknown
 * properties, duplicate keys, nulls, numbers or booleans where text belongs, and text where numbers belong
 * are errors. Immutable and thread-safe.
 */
public final class LinerNotesJson {

  private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

  /** Applies the library's strict reading rules to a mapper builder. */
  static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    return builder
        .addModule(new DirectCalls())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .changeDefaultNullHandling(n -> JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
        .withCoercionConfigDefaults(c -> c
            .setAcceptBlankAsEmpty(false)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Integer, c -> c
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Enum, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the catalogue document; its {@code $defs/album} describes one
   * album, as on one line of a JSON Lines file. The schema checks shapes and types; check digits, calendar
   * dates and references inside an album are checked only by the library.
   *
   * @return the schema text, as shipped in the jar
   */
  public static String catalogueSchema() {
    try (java.io.InputStream in = LinerNotesJson.class.getResourceAsStream("catalogue.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("the library jar lacks catalogue.schema.json");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the bundled schema", e);
    }
  }

  private LinerNotesJson() {}

  /**
   * Returns the strict mapper, for use with Jackson's own API (for instance to read the library's types
   * inside your own objects). Its exceptions are Jackson's; use {@link #read(String, Class)} to get an
   * {@link InvalidJsonException} instead.
   *
   * @return the shared mapper; immutable and thread-safe
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Reads one value of the library's types (an {@code Album}, a {@code Release}, a {@code Rating}…) from
   * a JSON text.
   *
   * @param <T> the type to read
   * @param json the JSON text
   * @param type the type to read
   * @return the value, never null
   * @throws InvalidJsonException if the text is not valid JSON for the type, or the value breaks a rule
   * @throws NullPointerException if an argument is null
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    try {
      T value = MAPPER.readValue(json.isEmpty() || json.charAt(0) != Utf8Input.BOM ? json : json.substring(1), type);
      if (value == null) {
        throw new InvalidJsonException("<string>", 1, 1,
            List.of(Problem.of(JsonRule.NULL_VALUE, ValuePath.root(), "the document is null")), null);
      }
      return value;
    } catch (JacksonException e) {
      throw translate("<string>", e);
    }
  }

  /**
   * Writes a value in the canonical JSON form, on one line.
   *
   * @param value a value of the library's types
   * @return the JSON text
   * @throws NullPointerException if {@code value} is null
   */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value");
    return MAPPER.writeValueAsString(value);
  }

  /**
   * Turns a Jackson failure into a located {@link InvalidJsonException}.
   *
   * @param source the name of the input
   * @param e the failure
   * @return the exception to throw
   */
  static InvalidJsonException translate(String source, JacksonException e) {
    return translate(source, e, ValuePath.root(), 0, 0);
  }

  /**
   * Turns a Jackson failure in one line of a JSON Lines input into a located {@link InvalidJsonException}.
   * The line is the splitter's, whatever Jackson counted: a bare carriage return inside the line is a line
   * break to Jackson, so the column is then taken from the offset into the line.
   *
   * @param source the name of the input
   * @param e the failure
   * @param line the line's number in the input
   * @return the exception to throw
   */
  static InvalidJsonException translateLine(String source, JacksonException e, long line) {
    TokenStreamLocation location = e.getLocation();
    long column = 0;
    if (location != null) {
      long offset = location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
      column = location.getLineNr() <= 1 ? Math.max(0, location.getColumnNr()) : offset >= 0 ? offset + 1 : 0;
    }
    return located(source, e, ValuePath.root(), line, column);
  }

  /**
   * Turns a Jackson failure into a located {@link InvalidJsonException}.
   *
   * @param source the name of the input
   * @param e the failure
   * @param prefix the path of the value that was being read, such as {@code albums[3]}
   * @param lineOffset lines before the text the parser read (for one line of a JSON Lines file)
   * @param fallbackLine the line to report when Jackson gives none (limits), or 0
   * @return the exception to throw
   */
  static InvalidJsonException translate(String source, JacksonException e, ValuePath prefix, long lineOffset,
      long fallbackLine) {
    TokenStreamLocation location = e.getLocation();
    long line = location == null || location.getLineNr() < 1 ? fallbackLine : location.getLineNr() + lineOffset;
    long column = location == null || location.getColumnNr() < 1 ? 0 : location.getColumnNr();
    return located(source, e, prefix, line, column);
  }

  private static InvalidJsonException located(String source, JacksonException e, ValuePath prefix, long line,
      long column) {
    ValuePath path = prefix.resolve(pathOf(e.getPath()));
    List<Problem> problems = new ArrayList<>();

    ValidationException validation = find(e, ValidationException.class);
    InvalidValueException invalidValue = find(e, InvalidValueException.class);
    if (validation != null) {
      for (Problem v : validation.violations()) {
        problems.add(v.under(path));
      }
    } else if (invalidValue != null) {
      problems.add(Problem.of(JsonRule.INVALID_VALUE, path, invalidValue.getMessage(), invalidValue.kind()));
    } else {
      problems.add(Problem.of(codeOf(e), path, reasonOf(e)));
    }
    return new InvalidJsonException(source, line, column, problems, e);
  }

  /** Whether Jackson failed because the bytes could not be decoded, rather than because the input failed. */
  static boolean isDecodingFailure(JacksonException e) {
    return e.getCause() instanceof java.io.CharConversionException
        || e.getCause() instanceof java.nio.charset.CharacterCodingException;
  }

  private static JsonRule codeOf(JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      return JsonRule.LIMIT;
    }
    String original = String.valueOf(e.getOriginalMessage());
    if (isDecodingFailure(e) || original.startsWith("Invalid UTF-8")) {
      return JsonRule.ENCODING;
    }
    if (e instanceof UnrecognizedPropertyException) {
      return JsonRule.UNKNOWN_PROPERTY;
    }
    if (e instanceof InvalidNullException) {
      return JsonRule.NULL_VALUE;
    }
    if (e instanceof InvalidTypeIdException) {
      return ((InvalidTypeIdException) e).getTypeId() == null ? JsonRule.MISSING_TYPE : JsonRule.UNKNOWN_TYPE;
    }
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Duplicate Object property") || message.startsWith("Duplicate field")
        || message.contains("Duplicate property")) {
      return JsonRule.DUPLICATE_KEY;
    }
    if (message.startsWith("Trailing token")) {
      return JsonRule.SYNTAX;
    }
    if (e instanceof MismatchedInputException) {
      return JsonRule.WRONG_TYPE;
    }
    if (e instanceof StreamReadException) {
      return JsonRule.SYNTAX;
    }
    return JsonRule.WRONG_TYPE;
  }

  private static String reasonOf(JacksonException e) {
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      return "unknown property \"" + Printable.of(u.getPropertyName(), Printable.QUOTED) + "\"";
    }
    if (e instanceof InvalidNullException) {
      return "null is not allowed; leave the property out instead";
    }
    String message = e.getOriginalMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    return cleanJacksonMessage(message);
  }

  /** Keeps the first line of a Jackson message and drops the parts that only make sense to Jackson users. */
  static String cleanJacksonMessage(String message) {
    int cut = message.indexOf('\n');
    String first = cut < 0 ? message : message.substring(0, cut);
    first = cutFrom(first, " (start marker at ");
    first = cutFrom(first, " (but could if coercion");
    first = cutFrom(first, " at [Source:");
    return first.replace("io.github.linernotes.", "").replace("$Json", "").strip();
  }

  private static String cutFrom(String text, String marker) {
    int at = text.indexOf(marker);
    return at < 0 ? text : text.substring(0, at);
  }

  private static <X extends Throwable> X find(Throwable t, Class<X> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }

  /** The path of a Jackson failure: property names and indexes from the value that was read. */
  static ValuePath pathOf(List<JacksonException.Reference> references) {
    ValuePath path = ValuePath.root();
    for (JacksonException.Reference ref : references) {
      if (ref.getPropertyName() != null) {
        path = path.property(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path = path.index(ref.getIndex());
      }
    }
    return path;
  }
}
