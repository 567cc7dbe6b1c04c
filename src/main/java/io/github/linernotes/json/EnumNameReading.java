package io.github.linernotes.json;

import io.github.linernotes.internal.JsonNames;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The library's mapper reads a known enum name straight from {@link JsonNames}. Jackson calls an enum's
 * {@code @JsonCreator} through {@code MethodHandle.invokeWithArguments}, which adapts the handle on every
 * call: with the quick C1 compiler of short runs that was 8 % of a whole {@code validate}. Anything other
 * than a known name (an unknown one, a number, an object) goes to Jackson's own deserializer unchanged,
 * so the errors and their paths are the ones the creator gives.
 */
final class EnumNameReading {

  private static final String LIBRARY_PACKAGE = "io.github.linernotes.";

  private EnumNameReading() {}

  /** The module that installs the direct reading for the library's enums. */
  static SimpleModule module() {
    return new SimpleModule("linernotes-enum-names").setDeserializerModifier(new ValueDeserializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
          BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
        Class<?> raw = type.getRawClass();
        boolean ours = raw.isEnum() && raw.getName().startsWith(LIBRARY_PACKAGE)
            && raw.getClassLoader() == EnumNameReading.class.getClassLoader();
        return ours ? new Known(raw.asSubclass(Enum.class), deserializer) : deserializer;
      }
    });
  }

  /** Reads a known name itself and hands everything else to the deserializer it wraps. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class Known extends DelegatingDeserializer {
    private final Class<? extends Enum> type;

    Known(Class<? extends Enum> type, ValueDeserializer<?> delegatee) {
      super(delegatee);
      this.type = type;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
      return new Known(type, delegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        Enum constant = JsonNames.find((Class) type, p.getString());
        if (constant != null) {
          return constant;
        }
      }
      return _delegatee.deserialize(p, ctxt);
    }
  }
}
