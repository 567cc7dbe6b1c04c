package io.github.linernotes.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of the date types with Jackson 3 alone on the class path. */
class DatesJackson3Test {

  private final JsonMapper mapper = JsonMapper.builder().build();

  /** A record of the kind the model uses, with a present and an absent optional date. */
  record Dated(PartialDate date, Optional<PublicationDate> issued, List<PartialDate> more) {
  }

  @Test
  void partialDatesAreEdtfStrings() {
    qt().forAll(DateGenerators.partialDates()).checkAssert(date -> {
      String json = mapper.writeValueAsString(date);
      assertThat(json).isEqualTo("\"" + date + "\"");
      assertThat(mapper.readValue(json, PartialDate.class)).isEqualTo(date);
    });
  }

  @Test
  void publicationDatesAreStrings() {
    qt().forAll(DateGenerators.publicationDates()).checkAssert(issued -> {
      String json = mapper.writeValueAsString(issued);
      assertThat(json).isEqualTo("\"" + issued + "\"");
      assertThat(mapper.readValue(json, PublicationDate.class)).isEqualTo(issued);
    });
    assertThat(mapper.writeValueAsString(PublicationDate.noDate())).isEqualTo("\"n.d.\"");
  }

  @Test
  void datesInsideOtherObjects() {
    qt().withExamples(200).forAll(DateGenerators.partialDates(), DateGenerators.publicationDates())
        .checkAssert((date, issued) -> {
          Dated dated = new Dated(date, Optional.of(issued), List.of(date, date));
          String json = mapper.writeValueAsString(dated);
          assertThat(json).isEqualTo("{\"date\":\"" + date + "\",\"issued\":\"" + issued + "\",\"more\":[\""
              + date + "\",\"" + date + "\"]}");
          assertThat(mapper.readValue(json, Dated.class)).isEqualTo(dated);
        });
    Dated absent = mapper.readValue("{\"date\":\"1958\",\"more\":[]}", Dated.class);
    assertThat(absent.issued()).isEmpty();
    assertThat(mapper.readValue("[\"1958/..\",\"198X\"]", new TypeReference<List<PartialDate>>() { }))
        .containsExactly(PartialDate.parse("1958/.."), PartialDate.parse("198X"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"2019-02-29\"", "\"2020-13\"", "\"\"", "\"2021/2020\"", "\"19\"", "\"/\"", "\"1958 \""})
  void invalidDatesFailWithTheReason(String json) {
    for (Class<?> type : List.of(PartialDate.class, PublicationDate.class)) {
      Throwable thrown = catchThrowable(() -> mapper.readValue(json, type));
      assertThat(thrown).isInstanceOf(DatabindException.class);
      assertThat(causeChain(thrown)).as(json).anySatisfy(cause -> assertThat(cause).isInstanceOf(InvalidValueException.class));
    }
  }

  private static List<Throwable> causeChain(Throwable thrown) {
    List<Throwable> chain = new java.util.ArrayList<>();
    for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }
}
