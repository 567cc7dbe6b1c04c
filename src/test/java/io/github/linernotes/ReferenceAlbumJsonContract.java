package io.github.linernotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linernotes.value.RunningTime;
import org.junit.jupiter.api.Test;

/** The bundled reference album through one mapper; each major's test class supplies its own. */
abstract class ReferenceAlbumJsonContract {

  private final JsonMapperAdapter mapper;

  ReferenceAlbumJsonContract(JsonMapperAdapter mapper) {
    this.mapper = mapper;
  }

  @Test
  void readsAndWritesTheResourceExactly() {
    String json = ReferenceAlbums.resource(ReferenceAlbums.ASCENSEUR_RESOURCE);
    Album album = mapper.read(json, Album.class);
    assertThat(mapper.write(album)).isEqualTo(json);
    assertThat(album.title()).isEqualTo("Ascenseur pour l'\u00e9chafaud");
    assertThat(album.releases()).hasSize(3);
    assertThat(album.release("fontana-polygram-cd").orElseThrow().statedLength())
        .contains(RunningTime.parse("71:18"));
    assertThat(album.citation("6").orElseThrow().issued().orElseThrow().isNoDate()).isTrue();
  }
}
