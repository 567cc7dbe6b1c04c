package io.github.linernotes;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A Jackson 3 mapper for the shared tests; only the {@code *Jackson3Test} classes use it. */
public final class Jackson3MapperAdapter implements JsonMapperAdapter {

  private final ObjectMapper mapper;

  private Jackson3MapperAdapter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public static JsonMapperAdapter of(ObjectMapper mapper) {
    return new Jackson3MapperAdapter(mapper);
  }

  /** A mapper with Jackson 3's default settings and no modules. */
  public static JsonMapperAdapter plain() {
    return of(JsonMapper.builder().build());
  }

  @Override
  public String write(Object value) {
    return mapper.writeValueAsString(value);
  }

  @Override
  public byte[] writeBytes(Object value) {
    return mapper.writeValueAsBytes(value);
  }

  @Override
  public String writeAs(Class<?> type, Object value) {
    return mapper.writerFor(type).writeValueAsString(value);
  }

  @Override
  public String writeList(Class<?> elementType, List<?> values) {
    return mapper.writerFor(mapper.getTypeFactory().constructCollectionType(List.class, elementType))
        .writeValueAsString(values);
  }

  @Override
  public <T> T read(String json, Class<T> type) {
    return mapper.readValue(json, type);
  }

  @Override
  public <T> List<T> readList(String json, Class<T> elementType) {
    return mapper.readValue(json, mapper.getTypeFactory().constructCollectionType(List.class, elementType));
  }

  @Override
  public Class<? extends Exception> mapperException() {
    return JacksonException.class;
  }

  @Override
  public Class<? extends Exception> bindingException() {
    return DatabindException.class;
  }
}
