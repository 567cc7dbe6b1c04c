package io.github.linernotes.imports;

import io.github.linernotes.json.LinerNotesJson;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MusicBrainzImportScratchTest {
  @Test
  void dump() throws Exception {
    try (var s = Files.list(SharedData.realData().resolve("musicbrainz"))) {
      for (Path p : s.sorted().toList()) {
        System.out.println("===== " + p.getFileName());
        try (InputStream in = Files.newInputStream(p)) {
          Imported r = MusicBrainzImport.read(in);
          r.notes().forEach(n -> System.out.println("  " + n));
          r.albums().forEach(a -> System.out.println(LinerNotesJson.write(a)));
        }
      }
    }
  }
}
