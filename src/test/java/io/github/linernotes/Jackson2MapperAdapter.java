package io.github.linernotes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.List;

/** A Jackson 2 mapper for the shared tests; only the {@code *Jackson2Test} classes use it. */
public final class Jackson2MapperAdapter implements JsonMapperAdapter {

  private final ObjectMapper mapper;

  private Jackson2MapperAdapter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public static JsonMapperAdapter of(ObjectMapper mapper) {
    return new Jackson2MapperAdapter(mapper);
  }

  /** The mapper a Jackson 2 user is expected to have: default settings and the JDK 8 module. */
  public static JsonMapperAdapter standard() {
    return of(new ObjectMapper().registerModule(new Jdk8Module()));
  }

  @Override
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw rethrow(e);
    }
  }

  @Override
  public byte[] writeBytes(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw rethrow(e);
    }
  }

  @Override
  public String writeAs(Class<?> type, Object value) {
    try {
      return mapper.writerFor(type).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw rethrow(e);
    }
  }

  @Override
  public String writeList(Class<?> elementType, List<?> values) {
    try {
      return mapper.writerFor(mapper.getTypeFactory().constructCollectionType(List.class, elementType))
          .writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw rethrow(e);
    }
  }

  @Override
  public <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw rethrow(e);
    }
  }

  @Override
  public <T> List<T> readList(String json, Class<T> elementType) {
    try {
      return mapper.readValue(json, mapper.getTypeFactory().constructCollectionType(List.class, elementType));
    } catch (JsonProcessingException e) {
      throw rethrow(e);
    }
  }

  @Override
  public Class<? extends Exception> mapperException() {
    return JsonProcessingException.class;
  }

  @Override
  public Class<? extends Exception> bindingException() {
    return JsonMappingException.class;
  }

  /**
   * Throws Jackson 2's checked exception unchanged although no method here declares it: wrapping it would
   * hide the type the tests check.
   */
  private static RuntimeException rethrow(Exception e) {
    return Jackson2MapperAdapter.<RuntimeException>throwUnchecked(e);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Exception> E throwUnchecked(Exception e) throws E {
    throw (E) e;
  }
}
