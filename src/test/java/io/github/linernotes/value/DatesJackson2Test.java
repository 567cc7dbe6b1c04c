package io.github.linernotes.value;

import io.github.linernotes.Jackson2MapperAdapter;
import io.github.linernotes.JsonMapperAdapter;

/** The JSON form of the date types with Jackson 2 alone (with its JDK 8 module) on the class path. */
class DatesJackson2Test extends DatesJsonContract {

  private static final JsonMapperAdapter MAPPER = Jackson2MapperAdapter.standard();

  DatesJackson2Test() {
    super(MAPPER);
  }
}
