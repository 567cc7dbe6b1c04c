package io.github.linernotes.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.linernotes.value.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the library's enums from their JSON names exactly. Jackson's own enum reading forgives text
 * that is only close (it trims it, so {@code "\u0000soundtrack\n"} was taken for {@code soundtrack},
 * and plain mappers take numbers as ordinals); every enum's creator comes here instead, so the name
 * must be one of the {@code @JsonProperty} names, character for character, whichever mapper reads it.
 * The library's own mapper also looks known names up here directly, sparing the creator's reflective
 * call; a name it does not know still goes to the creator, which fails.
 */
public final class JsonNames {

  private static final ClassValue<Map<String, Object>> NAMES = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> names = new LinkedHashMap<>();
      for (Object constant : type.getEnumConstants()) {
        String name = ((Enum<?>) constant).name();
        try {
          JsonProperty property = type.getField(name).getAnnotation(JsonProperty.class);
          names.put(property == null ? name : property.value(), constant);
        } catch (NoSuchFieldException e) {
          throw new IllegalStateException("enum constant without a field: " + name, e);
        }
      }
      return Map.copyOf(names);
    }
  };

  private JsonNames() {}

  /**
   * Returns the constant of {@code type} whose JSON name is {@code text}.
   *
   * @throws InvalidValueException of kind {@code SYNTAX} naming the known values, when none has that name
   */
  public static <E extends Enum<E>> E lookup(Class<E> type, String text) {
    E constant = find(type, text);
    if (constant == null) {
      StringBuilder known = new StringBuilder();
      for (E e : type.getEnumConstants()) {
        known.append(known.length() == 0 ? "" : ", ").append(nameOf(e));
      }
      throw Failures.of(type.getSimpleName(), String.valueOf(text), InvalidValueException.Kind.SYNTAX,
          "expected one of " + known);
    }
    return constant;
  }

  /**
   * Returns the constant of {@code type} whose JSON name is {@code text}, or null when none has it: the
   * library's mapper reads a known name with this and leaves the rest to the enum's creator, which fails.
   */
  public static <E extends Enum<E>> E find(Class<E> type, String text) {
    return type.cast(NAMES.get(type).get(text));
  }

  /**
   * Returns every JSON name of {@code type} with its constant, for a reader that looks names up often and
   * keeps the table rather than finding it again for each name.
   */
  public static Map<String, Object> names(Class<? extends Enum<?>> type) {
    return NAMES.get(type);
  }

  private static String nameOf(Enum<?> constant) {
    for (Map.Entry<String, Object> entry : NAMES.get(constant.getDeclaringClass()).entrySet()) {
      if (entry.getValue() == constant) {
        return entry.getKey();
      }
    }
    return constant.name();
  }
}
