package io.github.linernotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The bundled resource through a plain Jackson 3 mapper, with Jackson 2 absent. */
class ReferenceAlbumJackson3Test {

  @Test
  void aPlainMapperReadsAndWritesTheResourceExactly() {
    JsonMapper mapper = JsonMapper.builder().build();
    String json = ReferenceAlbums.resource(ReferenceAlbums.ASCENSEUR_RESOURCE);
    Album album = mapper.readValue(json, Album.class);
    assertThat(album).isEqualTo(ReferenceAlbums.ascenseurPourLEchafaud());
    assertThat(mapper.writeValueAsString(album)).isEqualTo(json);
  }
}
