package io.github.linernotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bundled resource through a plain Jackson 3 mapper, with Jackson 2 absent. */
class ReferenceAlbumJackson3Test extends ReferenceAlbumJsonContract {

  private static final JsonMapperAdapter PLAIN = Jackson3MapperAdapter.plain();

  ReferenceAlbumJackson3Test() {
    super(PLAIN);
  }

  /** The library loads its copy with its own Jackson 3 mapper, so only this run can compare with it. */
  @Test
  void aPlainMapperReadsTheAlbumTheLibraryBundles() {
    String json = ReferenceAlbums.resource(ReferenceAlbums.ASCENSEUR_RESOURCE);
    assertThat(PLAIN.read(json, Album.class)).isEqualTo(ReferenceAlbums.ascenseurPourLEchafaud());
  }
}
