package io.github.linernotes.export;

import io.github.linernotes.Album;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes albums as schema.org JSON-LD, the linked data search engines and catalogues read: a
 * {@code MusicAlbum} with its {@code MusicRelease}s, tracks as an {@code ItemList} of {@code MusicRecording}s
 * (each performing a {@code MusicComposition}), reviews with their {@code Rating}s, contributors through
 * {@code Role}s, and the citations as {@code CreativeWork}s. Only terms of the schema.org vocabulary are used;
 * the context is {@code https://schema.org}.
 *
 * <p>Nodes that point at each other ({@code releaseOf}, a review's {@code citation}) do so through blank node
 * ids: {@code _:album} and {@code _:citation-ID} for one album, {@code _:album-N} and {@code _:album-N-citation-ID}
 * (N from 1) in a graph of several. Values schema.org cannot say are left out rather than forced: a date is
 * written only where ISO 8601 says it exactly (a day, a month or a year, without {@code ?} or {@code ~}, not an
 * interval, a season or a decade), and a medium format only where schema.org has a {@code MusicReleaseFormatType}
 * for it.
 */
public final class SchemaOrg {

  private SchemaOrg() {}

  /**
   * Returns the album as one JSON-LD document: a {@code MusicAlbum} node with the {@code https://schema.org}
   * context.
   *
   * @param album the album
   * @return the document
   * @throws NullPointerException if {@code album} is null
   */
  public static String write(Album album) {
    Objects.requireNonNull(album, "album");
    ObjectNode doc = ExportJson.MAPPER.createObjectNode();
    doc.put("@context", SchemaOrgNodes.CONTEXT);
    doc.setAll(new SchemaOrgNodes(album, "_:album").album());
    return ExportJson.MAPPER.writeValueAsString(doc);
  }

  /**
   * Returns several albums as one JSON-LD document whose {@code @graph} holds one {@code MusicAlbum} node per
   * album, in order.
   *
   * @param albums the albums
   * @return the document
   * @throws NullPointerException if {@code albums} or any album in it is null
   */
  public static String write(Iterable<Album> albums) {
    List<Album> list = ExportJson.albums(albums);
    ObjectNode doc = ExportJson.MAPPER.createObjectNode();
    doc.put("@context", SchemaOrgNodes.CONTEXT);
    ArrayNode graph = doc.putArray("@graph");
    for (int i = 0; i < list.size(); i++) {
      graph.add(new SchemaOrgNodes(list.get(i), "_:album-" + (i + 1)).album());
    }
    return ExportJson.MAPPER.writeValueAsString(doc);
  }
}
