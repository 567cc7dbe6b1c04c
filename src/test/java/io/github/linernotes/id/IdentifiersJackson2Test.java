package io.github.linernotes.id;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.linernotes.Jackson2MapperAdapter;
import io.github.linernotes.JsonMapperAdapter;

/**
 * The identifiers as JSON with a Jackson 2 {@code ObjectMapper} and its JDK 8 module; Jackson 3 is not on
 * the class path here.
 */
class IdentifiersJackson2Test extends IdentifiersJsonContract {

  private static final JsonMapperAdapter MAPPER = Jackson2MapperAdapter.standard();
  private static final JsonMapperAdapter FUSSY = Jackson2MapperAdapter.of(JsonMapper.builder()
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .addModule(new Jdk8Module())
      .build());

  IdentifiersJackson2Test() {
    super(MAPPER);
  }

  @Override
  protected JsonMapperAdapter fussy() {
    return FUSSY;
  }
}
