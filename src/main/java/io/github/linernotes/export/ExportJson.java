package io.github.linernotes.export;

import io.github.linernotes.Album;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/** What the exports share: the one Jackson mapper they write their trees with, and their checked input. */
final class ExportJson {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ExportJson() {}

  /**
   * The albums to export, in order.
   *
   * @throws NullPointerException naming {@code albums} or {@code album} when either is null
   */
  static List<Album> albums(Iterable<Album> albums) {
    Objects.requireNonNull(albums, "albums");
    List<Album> list = new ArrayList<>();
    for (Album album : albums) {
      list.add(Objects.requireNonNull(album, "album"));
    }
    return list;
  }
}
