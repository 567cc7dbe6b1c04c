package io.github.linernotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.linernotes.json.InvalidJsonException;
import io.github.linernotes.json.LinerNotesJson;
import org.junit.jupiter.api.Test;

/** Every record type through a plain Jackson 3 mapper and through the library's own; Jackson 2 is absent. */
class DomainJackson3Test extends DomainJsonContract {

  private static final JsonMapperAdapter PLAIN = Jackson3MapperAdapter.plain();

  DomainJackson3Test() {
    super(PLAIN);
  }

  /** The library's mapper writes the same JSON as the plain one and reads it back to the same record. */
  @Override
  protected void alsoCheck(Object value, Class<?> type, String json) {
    assertThat(LinerNotesJson.write(value)).isEqualTo(json);
    assertThat(LinerNotesJson.read(json, type)).isEqualTo(value);
  }

  @Test
  void brokenDocumentsNameThePointerAndTheRule() {
    for (DomainJsonFixtures.Broken b : DomainJsonFixtures.brokenAlbums()) {
      Throwable t = catchThrowable(() -> LinerNotesJson.read(b.json, Album.class));
      assertThat(t).as(b.json).isInstanceOf(InvalidJsonException.class);
      InvalidJsonException e = (InvalidJsonException) t;
      assertThat(e.problems()).as(b.json).anySatisfy(p -> {
        assertThat(p.pointer()).isEqualTo(b.pointer);
        assertThat(p.code()).isEqualTo(b.code);
        assertThat(p.message()).isEqualTo(b.message);
      });
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.getMessage()).startsWith("<string>:1:").contains(b.pointer).contains(b.code);
    }
  }

  @Test
  void theLibraryMapperIsStricterThanAPlainOne() {
    String head = "{\"title\":\"T\",\"artists\":[{\"name\":\"Miles Davis\"}]";
    assertProblem(head + ",\"bogus\":1}", "/bogus", "unknown-property");
    assertProblem(head + ",\"title\":\"again\"}", "", "duplicate-key");
    assertProblem("{\"title\":null,\"artists\":[{\"name\":\"Miles Davis\"}]}", "/title", "null-value");
    assertProblem(head + ",\"genres\":[null]}", "/genres/0", "null-value");
    assertProblem("{\"title\":5,\"artists\":[{\"name\":\"Miles Davis\"}]}", "/title", "wrong-type");
    assertProblem(head + ",\"kinds\":[\"opera\"]}", "/kinds/0", "invalid-value");
    assertProblem(head + ",\"firstReleased\":\"1958-13\"}", "/firstReleased", "invalid-value");
    assertProblem(head + ",\"firstReleased\":1958}", "/firstReleased", "wrong-type");
    assertProblem(head + ",\"reviews\":[{\"publication\":\"Mojo\",\"rating\":{\"type\":\"stars\"}}]}",
        "/reviews/0/rating", "unknown-type");
    assertProblem(head + ",\"reviews\":[{\"publication\":\"Mojo\",\"rating\":{\"value\":4,\"best\":5}}]}",
        "/reviews/0/rating", "missing-type");
    assertProblem(head + ",\"reviews\":[{\"publication\":\"Mojo\",\"rating\":{\"type\":\"score\",\"value\":6,"
        + "\"best\":5}}]}", "/reviews/0/rating", "invalid-value");
    assertProblem(head, "", "syntax");
    assertProblem(head + "} {}", "", "syntax");
    assertProblem("[]", "", "wrong-type");
  }

  private static void assertProblem(String json, String pointer, String code) {
    Throwable t = catchThrowable(() -> LinerNotesJson.read(json, Album.class));
    assertThat(t).as(json).isInstanceOf(InvalidJsonException.class);
    InvalidJsonException e = (InvalidJsonException) t;
    assertThat(e.code()).as(json).isEqualTo(code);
    if (!code.equals("duplicate-key") && !code.equals("syntax")) {
      assertThat(e.pointer()).as(json).isEqualTo(pointer);
    }
    assertThat(e.line()).as(json).isEqualTo(1);
    assertThat(e.column()).as(json).isPositive();
  }

  @Test
  void theRuleTextIsTheSameFromJsonAndFromTheBuilder() {
    Throwable fromBuilder = catchThrowable(() -> Track.builder().position("A1").title("x").take(0).build());
    String builderMessage = ((ValidationException) fromBuilder).violations().get(0).message();
    InvalidJsonException fromJson = (InvalidJsonException) catchThrowable(() -> LinerNotesJson.read(
        "{\"position\":\"A1\",\"title\":\"x\",\"take\":0}", Track.class));
    assertThat(fromJson.reason()).isEqualTo(builderMessage);
    assertThat(fromJson.pointer()).isEqualTo("/take");
  }
}
