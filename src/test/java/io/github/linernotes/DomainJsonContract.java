package io.github.linernotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every record type through one mapper: the golden documents, generated records, and documents that break
 * a rule. {@link DomainJackson2Test} and {@link DomainJackson3Test} run it, each with its own major alone on
 * the class path.
 */
abstract class DomainJsonContract {

  private final JsonMapperAdapter mapper;

  DomainJsonContract(JsonMapperAdapter mapper) {
    this.mapper = mapper;
  }

  /** Checks a subclass adds for every record and its canonical JSON; none by default. */
  protected void alsoCheck(Object value, Class<?> type, String json) {
  }

  @Test
  void goldenRecordsAreWrittenExactly() {
    for (DomainJsonFixtures.Golden g : DomainJsonFixtures.goldens()) {
      assertThat(mapper.write(g.value)).isEqualTo(g.json);
      assertThat(mapper.writeBytes(g.value)).isEqualTo(g.json.getBytes(StandardCharsets.UTF_8));
      assertThat(mapper.read(g.json, g.type)).isEqualTo(g.value);
      alsoCheck(g.value, g.type, g.json);
    }
  }

  @Test
  void everyGeneratedRecordRoundTrips() {
    for (Map.Entry<Class<?>, Gen<?>> entry : DomainJsonFixtures.generators().entrySet()) {
      roundTrip(entry.getKey(), entry.getValue());
    }
  }

  private <T> void roundTrip(Class<?> type, Gen<T> gen) {
    qt().withExamples(100).forAll(gen).checkAssert(value -> {
      String json = mapper.write(value);
      Object back = mapper.read(json, type);
      assertThat(back).isEqualTo(value);
      assertThat(mapper.write(back)).isEqualTo(json);
      alsoCheck(value, type, json);
    });
  }

  @Test
  void brokenDocumentsFailWithTheRule() {
    for (DomainJsonFixtures.Broken b : DomainJsonFixtures.brokenAlbums()) {
      Throwable t = catchThrowable(() -> mapper.read(b.json, Album.class));
      assertThat(t).as(b.json).isInstanceOf(mapper.bindingException())
          .hasRootCauseInstanceOf(ValidationException.class);
      assertThat(t.getMessage()).contains(b.message).contains(b.code);
    }
  }
}
