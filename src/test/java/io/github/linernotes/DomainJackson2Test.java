package io.github.linernotes;

/** Every record type through a Jackson 2 ObjectMapper with its JDK 8 module; Jackson 3 is absent. */
class DomainJackson2Test extends DomainJsonContract {

  private static final JsonMapperAdapter MAPPER = Jackson2MapperAdapter.standard();

  DomainJackson2Test() {
    super(MAPPER);
  }
}
