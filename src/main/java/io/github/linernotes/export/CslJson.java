package io.github.linernotes.export;

import io.github.linernotes.Album;
import io.github.linernotes.Citation;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;

/**
 * Writes an album's citations as CSL-JSON, the input format of citation processors (citeproc-js,
 * citation-js, pandoc, Zotero): a JSON array with one CSL item per {@link Citation}, in the album's order.
 *
 * <p>Each item's {@code type} comes from the citation's kind ({@code article-journal},
 * {@code article-magazine}, {@code article-newspaper}, {@code book}, {@code chapter}, {@code webpage}; a
 * database entry becomes {@code entry}, CSL's type for an entry in a database or catalogue; liner notes and
 * other sources become {@code document}). Authors with given names are written as {@code family} and
 * {@code given}; an author known by one name only (or an organisation) as a {@code literal}. Dates keep their
 * EDTF precision as {@code date-parts} (a year stays {@code [[1958]]}, a month {@code [[2006,4]]}, an
 * interval is two date-parts of the same precision, a season adds {@code season}, {@code ?} and {@code ~} set {@code circa}); what
 * date-parts cannot say (unspecified digits such as {@code 198X}, an interval with an open or unknown end or
 * with ends of different precisions, a source with no date) is a {@code literal}: the EDTF text, or {@code n.d.}. The archive address goes in
 * {@code archive_location}, the date of archiving in {@code custom.archived} as EDTF text (CSL has no variable
 * for it). Every item validates against CSL's {@code csl-data.json} schema.
 */
public final class CslJson {

  private CslJson() {}

  /**
   * Returns the album's citations as one CSL-JSON array, each item's {@code id} the citation's id.
   *
   * @param album the album
   * @return the JSON text of the array, empty ({@code []}) when the album has no citations
   * @throws NullPointerException if {@code album} is null
   */
  public static String write(Album album) {
    Objects.requireNonNull(album, "album");
    return write(List.of(album));
  }

  /**
   * Returns the citations of several albums as one CSL-JSON array, album after album. With one album the
   * item ids are the citation ids, as {@link #write(Album)} writes them; with more than one, each id is
   * prefixed with the album's position from 1 and a colon ({@code 2:allmusic}), so ids stay unique across
   * albums that use the same citation ids.
   *
   * @param albums the albums, in order
   * @return the JSON text of the array
   * @throws NullPointerException if {@code albums} or any album in it is null
   */
  public static String write(Iterable<Album> albums) {
    List<Album> list = ExportJson.albums(albums);
    ArrayNode items = ExportJson.MAPPER.createArrayNode();
    for (int i = 0; i < list.size(); i++) {
      String prefix = list.size() == 1 ? "" : (i + 1) + ":";
      for (Citation citation : list.get(i).citations()) {
        items.add(CslItems.item(prefix + citation.id(), citation));
      }
    }
    return ExportJson.MAPPER.writeValueAsString(items);
  }
}
