package io.github.linernotes.value;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.linernotes.Jackson2MapperAdapter;
import io.github.linernotes.JsonMapperAdapter;
import java.util.List;

/**
 * Running times and ratings through a Jackson 2 mapper with its JDK 8 module, through a plain one
 * with no modules, and through differently set-up ones.
 */
class LengthsAndRatingsJackson2Test extends LengthsAndRatingsJsonContract {

  private static final JsonMapperAdapter MAPPER = Jackson2MapperAdapter.standard();
  private static final JsonMapperAdapter NO_MODULES = Jackson2MapperAdapter.of(new ObjectMapper());
  private static final List<JsonMapperAdapter> WRITERS = List.of(
      MAPPER,
      NO_MODULES,
      Jackson2MapperAdapter.of(JsonMapper.builder().addModule(new Jdk8Module())
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build()),
      Jackson2MapperAdapter.of(JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build()),
      Jackson2MapperAdapter.of(JsonMapper.builder().addModule(new Jdk8Module())
          .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true).build()),
      Jackson2MapperAdapter.of(JsonMapper.builder().addModule(new Jdk8Module())
          .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, false).build()),
      Jackson2MapperAdapter.of(JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true).build()));
  private static final JsonMapperAdapter BIG_DECIMAL_READER = Jackson2MapperAdapter.of(JsonMapper.builder()
      .addModule(new Jdk8Module()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build());

  LengthsAndRatingsJackson2Test() {
    super(MAPPER);
  }

  @Override
  protected List<JsonMapperAdapter> plainMappers() {
    return List.of(MAPPER, NO_MODULES);
  }

  @Override
  protected List<JsonMapperAdapter> writers() {
    return WRITERS;
  }

  @Override
  protected JsonMapperAdapter bigDecimalReader() {
    return BIG_DECIMAL_READER;
  }

  /** Jackson 2 fails on unknown properties by default, so the standard mapper is the strict one. */
  @Override
  protected JsonMapperAdapter strict() {
    return MAPPER;
  }
}
