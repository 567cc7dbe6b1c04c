package io.github.linernotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.linernotes.json.LinerNotesJson;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.json.JsonMapper;

/**
 * With both Jackson majors on the class path: for generated records of every type, Jackson 2, Jackson 3
 * and the library's mapper write the same bytes, and each reads what the other wrote.
 */
class DomainCrossMapperTest {

  private static final ObjectMapper JACKSON2 = new ObjectMapper().registerModule(new Jdk8Module());
  private static final JsonMapper JACKSON3 = JsonMapper.builder().build();

  @Test
  void bothMajorsWriteTheSameBytesForEveryType() {
    for (Map.Entry<Class<?>, Gen<?>> entry : DomainJsonFixtures.generators().entrySet()) {
      check(entry.getKey(), entry.getValue());
    }
  }

  private static <T> void check(Class<?> type, Gen<T> gen) {
    qt().withExamples(100).forAll(gen).checkAssert(value -> {
      try {
        String two = JACKSON2.writeValueAsString(value);
        String three = JACKSON3.writeValueAsString(value);
        assertThat(two).isEqualTo(three).isEqualTo(LinerNotesJson.write(value));
        assertThat(JACKSON2.readValue(three, type)).isEqualTo(value);
        assertThat(JACKSON3.readValue(two, type)).isEqualTo(value);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }
}
