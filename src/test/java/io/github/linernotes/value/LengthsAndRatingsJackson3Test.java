package io.github.linernotes.value;

import io.github.linernotes.Jackson3MapperAdapter;
import io.github.linernotes.JsonMapperAdapter;
import java.util.List;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/** Running times and ratings through a plain Jackson 3 mapper, and through differently set-up ones. */
class LengthsAndRatingsJackson3Test extends LengthsAndRatingsJsonContract {

  private static final JsonMapperAdapter MAPPER = Jackson3MapperAdapter.plain();
  private static final List<JsonMapperAdapter> WRITERS = List.of(
      MAPPER,
      Jackson3MapperAdapter.of(JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build()),
      Jackson3MapperAdapter.of(JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build()),
      Jackson3MapperAdapter.of(JsonMapper.builder().disable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build()),
      Jackson3MapperAdapter.of(JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build()));
  private static final JsonMapperAdapter BIG_DECIMAL_READER = Jackson3MapperAdapter.of(
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build());
  private static final JsonMapperAdapter STRICT = Jackson3MapperAdapter.of(
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());

  LengthsAndRatingsJackson3Test() {
    super(MAPPER);
  }

  @Override
  protected List<JsonMapperAdapter> plainMappers() {
    return List.of(MAPPER);
  }

  @Override
  protected List<JsonMapperAdapter> writers() {
    return WRITERS;
  }

  @Override
  protected JsonMapperAdapter bigDecimalReader() {
    return BIG_DECIMAL_READER;
  }

  /** Jackson 3 ignores unknown properties by default; a mapper that asks for strictness gets it. */
  @Override
  protected JsonMapperAdapter strict() {
    return STRICT;
  }
}
