package io.github.linernotes;

import io.github.linernotes.json.LinerNotesJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Albums bundled with the library, for tests and demonstrations. Each is read from a JSON resource in
 * the library's jar the first time it is asked for, and the same instance is returned afterwards.
 *
 * <p>Thread-safe.
 */
public final class ReferenceAlbums {

  static final String ASCENSEUR_RESOURCE = "ascenseur-pour-l-echafaud.json";

  private ReferenceAlbums() {}

  private static final class Ascenseur {
    static final Album ALBUM = LinerNotesJson.read(resource(ASCENSEUR_RESOURCE), Album.class);
  }

  /**
   * Returns Miles Davis' soundtrack <i>Ascenseur pour l'échafaud</i> (recorded 1957, released 1958): two
   * sessions, thirteen recordings (the ten film cues are works composed by Davis), three releases of different shapes (the 10-inch Fontana LP, the US <i>Jazz Track</i> with
   * its Grammy nomination, a CD from the late 1980s), four reviews with four kinds of rating, and eight
   * citations of eight kinds.
   *
   * @return the album, never null; the same instance on every call
   */
  public static Album ascenseurPourLEchafaud() {
    return Ascenseur.ALBUM;
  }

  /**
   * Returns the canonical JSON text of a bundled album resource.
   *
   * @param name the resource name, next to this class
   * @return the text
   */
  static String resource(String name) {
    try (InputStream in = ReferenceAlbums.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the library jar lacks its resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled resource " + name, e);
    }
  }
}
