package io.github.linernotes;

/** The bundled resource through a Jackson 2 ObjectMapper, with Jackson 3 absent. */
class ReferenceAlbumJackson2Test extends ReferenceAlbumJsonContract {

  private static final JsonMapperAdapter MAPPER = Jackson2MapperAdapter.standard();

  ReferenceAlbumJackson2Test() {
    super(MAPPER);
  }
}
