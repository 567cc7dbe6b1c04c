package io.github.linernotes.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linernotes.Album;
import io.github.linernotes.ExternalIds;
import io.github.linernotes.ReferenceAlbums;
import io.github.linernotes.id.DiscogsId;
import io.github.linernotes.id.MusicBrainzId;
import io.github.linernotes.id.WikidataId;
import org.junit.jupiter.api.Test;

class SharedAlbumIdsTest {

  private static final Album REFERENCE = ReferenceAlbums.ascenseurPourLEchafaud().withIds(ExternalIds.builder()
      .musicBrainz(MusicBrainzId.parse("1a2b3c4d-0000-4000-8000-00000000000a")).discogs(DiscogsId.parse("4242"))
      .wikidata(WikidataId.parse("Q7")).build());

  @Test
  void anAlbumIsFoundByItsReleaseGroupAndItsMasterInThatOrder() {
    ExternalIds ids = REFERENCE.ids().orElseThrow();
    assertThat(SharedAlbumIds.keys(REFERENCE)).containsExactly(
        "musicBrainz:" + ids.musicBrainz().orElseThrow(), "discogs:" + ids.discogs().orElseThrow());
    assertThat(SharedAlbumIds.keys(REFERENCE.withIds(ExternalIds.builder().wikidata(WikidataId.parse("Q123")).build())))
        .isEmpty();
    assertThat(SharedAlbumIds.keys(REFERENCE.withIds(java.util.Optional.empty()))).isEmpty();
  }

  @Test
  void theFindingNamesTheFirstAlbumAndTheId() {
    for (String key : SharedAlbumIds.keys(REFERENCE)) {
      Finding f = SharedAlbumIds.finding(key, "a.jsonl", 7);
      assertThat(f.code()).isEqualTo(FindingCode.SHARED_ALBUM_ID);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).startsWith("the album on line 7 of a.jsonl names the same ")
          .contains(key.substring(key.indexOf(':') + 1));
    }
    assertThat(SharedAlbumIds.finding("discogs:" + DiscogsId.parse("12"), "x", 0).message())
        .isEqualTo("an album of x names the same Discogs master, 12; one album entered twice?");
    assertThat(SharedAlbumIds.finding("musicBrainz:" + MusicBrainzId.parse("1a2b3c4d-0000-4000-8000-00000000000a"),
        "x", 1).pointer()).isEqualTo("/ids/musicBrainz");
  }

  @Test
  void anythingButAKeyIsRefused() {
    assertThatThrownBy(() -> SharedAlbumIds.finding("wikidata:Q1", "x", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither musicBrainz: nor discogs:");
    assertThatThrownBy(() -> SharedAlbumIds.finding("discogs:abc", "x", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a key of SharedAlbumIds.keys");
    assertThatThrownBy(() -> SharedAlbumIds.finding("discogs:1", "x", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SharedAlbumIds.finding(null, "x", 1)).isInstanceOf(NullPointerException.class)
        .hasMessage("key");
    assertThatThrownBy(() -> SharedAlbumIds.keys(null)).isInstanceOf(NullPointerException.class).hasMessage("album");
  }
}
