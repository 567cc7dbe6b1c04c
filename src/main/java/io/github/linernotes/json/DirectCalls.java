package io.github.linernotes.json;

import io.github.linernotes.internal.JsonNames;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * The Jackson module of the library's own mapper: plain calls where Jackson's reflective ones are slow
 * for the library's types, changing nothing that is read or refused.
 *
 * <ul>
 *   <li>An enum's {@code @JsonCreator} is called through {@code MethodHandle.invokeWithArguments}, which
 *       adapts the handle on every call (8 % of a whole {@code validate} with the quick C1 compiler of short
 *       runs). A known name is looked up in {@link JsonNames} directly; anything else (an unknown name, a
 *       number, an object) goes to Jackson's own deserializer, so errors and their paths stay the creator's.
 *   <li>A builder is made through a constructor method handle, which C1 code runs as a call into the VM
 *       for every object (4 % of such a run). The library's builders are made by calling the type's public
 *       {@code builder()} through a generated {@link Supplier}, which allocates like {@code new} does.
 * </ul>
 */
final class DirectCalls extends JacksonModule {

  private static final String LIBRARY_PACKAGE = "io.github.linernotes.";

  @Override
  public String getModuleName() {
    return "linernotes-direct-calls";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addDeserializerModifier(new KnownNames());
    context.addValueInstantiators(new Builders());
  }

  /** Whether a class is one of the library's own, loaded with it. */
  private static boolean ours(Class<?> type) {
    return type.getName().startsWith(LIBRARY_PACKAGE) && type.getClassLoader() == DirectCalls.class.getClassLoader();
  }

  private static final class KnownNames extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
        BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
      Class<?> raw = type.getRawClass();
      if (!raw.isEnum() || !ours(raw)) {
        return deserializer;
      }
      @SuppressWarnings("unchecked")
      Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) raw;
      return new KnownName(enumType, deserializer);
    }
  }

  /** Reads a known name itself and hands everything else to the deserializer it wraps. */
  private static final class KnownName extends DelegatingDeserializer {
    private final Class<? extends Enum<?>> type;
    private final Map<String, Object> names;

    KnownName(Class<? extends Enum<?>> type, ValueDeserializer<?> delegatee) {
      super(delegatee);
      this.type = type;
      this.names = JsonNames.names(type);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
      return new KnownName(type, delegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        Object constant = names.get(p.getString());
        if (constant != null) {
          return constant;
        }
      }
      return _delegatee.deserialize(p, ctxt);
    }
  }

  private static final class Builders implements ValueInstantiators {
    @Override
    public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription.Supplier description) {
      return null;
    }

    @Override
    public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
        BeanDescription.Supplier description, ValueInstantiator instantiator) {
      Supplier<?> maker = instantiator.canCreateUsingDefault() ? maker(description.getBeanClass()) : null;
      return maker == null ? instantiator : new MadeBy(instantiator, maker);
    }

    /**
     * A supplier that calls {@code T.builder()} for a library type's nested {@code Builder}, or null for
     * any other class.
     */
    private static Supplier<?> maker(Class<?> builder) {
      Class<?> type = builder.getEnclosingClass();
      if (type == null || !ours(builder) || !builder.getSimpleName().equals("Builder")) {
        return null;
      }
      try {
        Method factory = type.getMethod("builder");
        if (!Modifier.isStatic(factory.getModifiers()) || factory.getReturnType() != builder) {
          return null;
        }
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle handle = lookup.unreflect(factory);
        return (Supplier<?>) LambdaMetafactory.metafactory(lookup, "get", MethodType.methodType(Supplier.class),
            MethodType.methodType(Object.class), handle, MethodType.methodType(builder)).getTarget().invokeExact();
      } catch (NoSuchMethodException e) {
        return null;
      } catch (Throwable e) {
        throw new IllegalStateException("cannot make a supplier of " + builder.getName(), e);
      }
    }
  }

  /** Jackson's instantiator for a builder, with the builder made by a supplier. */
  private static final class MadeBy extends ValueInstantiator.Delegating {
    private static final long serialVersionUID = 1L;
    private final transient Supplier<?> maker;

    MadeBy(ValueInstantiator delegate, Supplier<?> maker) {
      super(delegate);
      this.maker = maker;
    }

    @Override
    public ValueInstantiator createContextual(DeserializationContext ctxt, BeanDescription.Supplier description) {
      ValueInstantiator contextual = delegate().createContextual(ctxt, description);
      return contextual == delegate() ? this : new MadeBy(contextual, maker);
    }

    @Override
    public Object createUsingDefault(DeserializationContext ctxt) {
      return maker.get();
    }
  }
}
