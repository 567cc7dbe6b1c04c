package io.github.linernotes.value;

import io.github.linernotes.Jackson3MapperAdapter;
import io.github.linernotes.JsonMapperAdapter;

/** The JSON form of the date types with Jackson 3 alone on the class path. */
class DatesJackson3Test extends DatesJsonContract {

  private static final JsonMapperAdapter MAPPER = Jackson3MapperAdapter.plain();

  DatesJackson3Test() {
    super(MAPPER);
  }
}
