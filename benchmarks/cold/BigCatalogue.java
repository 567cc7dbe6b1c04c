import io.github.linernotes.Album;
import io.github.linernotes.ReferenceAlbums;
import io.github.linernotes.json.CatalogueWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

/**
 * Writes the cold-start benchmark's input: the reference album, N times, as JSON Lines.
 *
 * <pre>java -cp target/linernotes-0.1.0-SNAPSHOT-cli.jar benchmarks/cold/BigCatalogue.java big.jsonl 10200</pre>
 */
public final class BigCatalogue {
  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "big.jsonl");
    int copies = args.length > 1 ? Integer.parseInt(args[1]) : 10_200;
    List<Album> albums = Collections.nCopies(copies, ReferenceAlbums.ascenseurPourLEchafaud());
    CatalogueWriter.writeLines(albums, out);
  }
}
