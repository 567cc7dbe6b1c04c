package io.github.linernotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every record type through a Jackson 2 ObjectMapper with its JDK 8 module; Jackson 3 is absent. */
class DomainJackson2Test {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Jdk8Module());

  @Test
  void goldenRecordsAreWrittenExactly() throws Exception {
    for (DomainJsonFixtures.Golden g : DomainJsonFixtures.goldens()) {
      assertThat(MAPPER.writeValueAsString(g.value)).isEqualTo(g.json);
      assertThat(MAPPER.readValue(g.json, g.type)).isEqualTo(g.value);
    }
  }

  @Test
  void everyGeneratedRecordRoundTrips() {
    for (Map.Entry<Class<?>, Gen<?>> entry : DomainJsonFixtures.generators().entrySet()) {
      roundTrip(entry.getKey(), entry.getValue());
    }
  }

  private static <T> void roundTrip(Class<?> type, Gen<T> gen) {
    qt().withExamples(100).forAll(gen).checkAssert(value -> {
      try {
        String json = MAPPER.writeValueAsString(value);
        Object back = MAPPER.readValue(json, type);
        assertThat(back).isEqualTo(value);
        assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void brokenDocumentsFailWithTheRule() {
    for (DomainJsonFixtures.Broken b : DomainJsonFixtures.brokenAlbums()) {
      Throwable t = catchThrowable(() -> MAPPER.readValue(b.json, Album.class));
      assertThat(t).as(b.json).isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class)
          .hasRootCauseInstanceOf(ValidationException.class);
      assertThat(t.getMessage()).contains(b.message).contains(b.code);
    }
  }
}
