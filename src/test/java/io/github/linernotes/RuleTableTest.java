package io.github.linernotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linernotes.consistency.FindingCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's tables of rule and finding codes list exactly the codes of the code, in the same order. */
class RuleTableTest {

  private static List<String> codesOfTable(String header) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    int start = lines.indexOf(header);
    assertThat(start).as("README has the table headed %s", header).isNotNegative();
    List<String> codes = new ArrayList<>();
    for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("| `"); i++) {
      String first = lines.get(i).substring(2);
      codes.add(first.substring(1, first.indexOf('`', 1)));
    }
    return codes;
  }

  @Test
  void theRuleTableListsEveryRule() throws IOException {
    assertThat(codesOfTable("| code | rule |"))
        .containsExactlyElementsOf(Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toList()));
  }

  @Test
  void theFindingTableListsEveryFinding() throws IOException {
    assertThat(codesOfTable("| code | severity | fires when |"))
        .containsExactlyElementsOf(Arrays.stream(FindingCode.values()).map(FindingCode::code).collect(Collectors.toList()));
  }
}
