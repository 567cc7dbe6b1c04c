package io.github.linernotes;

import io.github.linernotes.value.RunningTime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.junit.jupiter.api.Test;

/** The bundled resource through a Jackson 2 ObjectMapper, with Jackson 3 absent. */
class ReferenceAlbumJackson2Test {

  @Test
  void jackson2ReadsAndWritesTheResourceExactly() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module());
    String json = ReferenceAlbums.resource(ReferenceAlbums.ASCENSEUR_RESOURCE);
    Album album = mapper.readValue(json, Album.class);
    assertThat(mapper.writeValueAsString(album)).isEqualTo(json);
    assertThat(album.title()).isEqualTo("Ascenseur pour l'\u00e9chafaud");
    assertThat(album.releases()).hasSize(3);
    assertThat(album.release("fontana-polygram-cd").orElseThrow().statedLength())
        .contains(RunningTime.parse("71:18"));
    assertThat(album.citation("6").orElseThrow().issued().orElseThrow().isNoDate()).isTrue();
  }
}
