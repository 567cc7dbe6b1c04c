package io.github.linernotes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linernotes.Album;
import io.github.linernotes.ReferenceAlbums;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueOutputTest {

  private static final Album A = ReferenceAlbums.ascenseurPourLEchafaud();
  private static final Album B = A.withTitle("Another");

  private static String document(List<Album> albums) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CatalogueOutput catalogue = CatalogueOutput.document(out)) {
      albums.forEach(catalogue::write);
      assertThat(catalogue.count()).isEqualTo(albums.size());
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aDocumentWrittenAlbumByAlbumIsTheWritersDocument() {
    for (List<Album> albums : List.of(List.<Album>of(), List.of(A), List.of(A, B, A))) {
      assertThat(document(albums)).isEqualTo(CatalogueWriter.documentToString(albums));
      assertThat(CatalogueReader.strict().readDocument(document(albums))).isEqualTo(albums);
    }
  }

  @Test
  void linesWrittenAlbumByAlbumAreTheWritersLines() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CatalogueOutput catalogue = CatalogueOutput.lines(out)) {
      catalogue.write(A);
      catalogue.write(B);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(CatalogueWriter.linesToString(List.of(A, B)));
  }

  @Test
  void aClosedOutputRefusesAlbumsAndClosingTwiceAddsNothing() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CatalogueOutput catalogue = CatalogueOutput.document(out);
    catalogue.write(A);
    catalogue.close();
    String whole = out.toString(StandardCharsets.UTF_8);
    catalogue.close();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(whole);
    assertThatThrownBy(() -> catalogue.write(B)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> catalogue.write(null)).isInstanceOf(NullPointerException.class).hasMessage("album");
    assertThatThrownBy(() -> CatalogueOutput.lines(null)).isInstanceOf(NullPointerException.class).hasMessage("out");
  }

  @Test
  void aDocumentWhoseWriteFailedIsNeverEndedAsIfWhole() {
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        if (kept.size() > 100) {
          throw new IOException("disk full");
        }
        kept.write(b);
      }
    };
    CatalogueOutput catalogue = CatalogueOutput.document(failing);
    assertThatThrownBy(() -> catalogue.write(A)).isInstanceOf(UncheckedIOException.class);
    int size = kept.size();
    catalogue.close();
    assertThat(kept.size()).isEqualTo(size);
    assertThat(kept.toString(StandardCharsets.UTF_8)).doesNotEndWith("]}\n");
  }
}
