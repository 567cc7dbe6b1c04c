package io.github.linernotes.id;

import io.github.linernotes.Jackson3MapperAdapter;
import io.github.linernotes.JsonMapperAdapter;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The identifiers as JSON with a plain Jackson 3 mapper; Jackson 2 is not on the class path here. */
class IdentifiersJackson3Test extends IdentifiersJsonContract {

  private static final JsonMapperAdapter MAPPER = Jackson3MapperAdapter.plain();
  private static final JsonMapperAdapter FUSSY = Jackson3MapperAdapter.of(JsonMapper.builder()
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build());

  IdentifiersJackson3Test() {
    super(MAPPER);
  }

  @Override
  protected JsonMapperAdapter fussy() {
    return FUSSY;
  }
}
