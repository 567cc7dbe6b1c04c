package io.github.linernotes.consistency;

import io.github.linernotes.Album;
import io.github.linernotes.ExternalIds;
import io.github.linernotes.id.DiscogsId;
import io.github.linernotes.id.MusicBrainzId;
import io.github.linernotes.value.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rule no album can check alone: two albums of one catalogue that name the same MusicBrainz release
 * group or the same Discogs master are most likely one album entered twice. The first album with an id
 * is taken as the album; every later one gets a {@link FindingCode#SHARED_ALBUM_ID} finding naming where
 * the first is.
 *
 * <p>The rule is split in two so that any engine can apply it: {@link #keys(Album)} says what an album is
 * found by, and {@link #finding(String, String, long)} words the finding for a later album with one of
 * those keys. Reading a catalogue in order, remember the first place of each key; on a cluster, group the
 * albums by key and take the first of each group by source and line.
 */
public final class SharedAlbumIds {

  private static final String MUSICBRAINZ = "musicBrainz:";
  private static final String DISCOGS = "discogs:";

  private SharedAlbumIds() {}

  /**
   * Returns the keys an album is found by: {@code musicBrainz:} and the release group id, and
   * {@code discogs:} and the master id, each when the album's {@link Album#ids() ids} have it, in that
   * order. The part before the colon is the property under {@code ids}.
   *
   * @param album the album
   * @return the keys; empty when the album has neither id
   * @throws NullPointerException if {@code album} is null
   */
  public static List<String> keys(Album album) {
    Objects.requireNonNull(album, "album");
    List<String> keys = new ArrayList<>(2);
    if (album.ids().isPresent()) {
      ExternalIds ids = album.ids().get();
      ids.musicBrainz().ifPresent(id -> keys.add(MUSICBRAINZ + id));
      ids.discogs().ifPresent(id -> keys.add(DISCOGS + id));
    }
    return List.copyOf(keys);
  }

  /**
   * Returns the finding for an album that has {@code key}, which the album at {@code firstLine} of
   * {@code firstSource} had first. Its path is the id's ({@code ids.musicBrainz} or {@code ids.discogs}).
   *
   * @param key a key that {@link #keys(Album)} gave
   * @param firstSource the input of the first album with the key, such as a file name
   * @param firstLine that album's 1-based line, or 0 when not known
   * @return the finding, of code {@link FindingCode#SHARED_ALBUM_ID}
   * @throws IllegalArgumentException if {@code key} is not one {@link #keys(Album)} gives, or
   *     {@code firstLine} is negative
   * @throws NullPointerException if {@code key} or {@code firstSource} is null
   */
  public static Finding finding(String key, String firstSource, long firstLine) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(firstSource, "firstSource");
    if (firstLine < 0) {
      throw new IllegalArgumentException("firstLine must not be negative, not " + firstLine);
    }
    String where = firstLine > 0 ? "the album on line " + firstLine + " of " + firstSource
        : "an album of " + firstSource;
    try {
      if (key.startsWith(MUSICBRAINZ)) {
        MusicBrainzId id = MusicBrainzId.parse(key.substring(MUSICBRAINZ.length()));
        return new Finding(FindingCode.SHARED_ALBUM_ID, List.of("ids.musicBrainz"),
            where + " names the same MusicBrainz release group, " + id + "; one album entered twice?");
      }
      if (key.startsWith(DISCOGS)) {
        DiscogsId id = DiscogsId.parse(key.substring(DISCOGS.length()));
        return new Finding(FindingCode.SHARED_ALBUM_ID, List.of("ids.discogs"),
            where + " names the same Discogs master, " + id + "; one album entered twice?");
      }
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException("not a key of SharedAlbumIds.keys: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("not a key of SharedAlbumIds.keys: it starts with neither "
        + MUSICBRAINZ + " nor " + DISCOGS);
  }
}
