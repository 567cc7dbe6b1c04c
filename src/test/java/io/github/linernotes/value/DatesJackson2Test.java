package io.github.linernotes.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/** The JSON form of the date types with Jackson 2 alone (with its JDK 8 module) on the class path. */
class DatesJackson2Test {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module());

  /** A record of the kind the model uses, with a present and an absent optional date. */
  record Dated(PartialDate date, Optional<PublicationDate> issued, List<PartialDate> more) {
  }

  @Test
  void partialDatesAreEdtfStrings() {
    qt().forAll(DateGenerators.partialDates()).checkAssert(date -> {
      String json = write(date);
      assertThat(json).isEqualTo("\"" + date + "\"");
      assertThat(readUnchecked(json, PartialDate.class)).isEqualTo(date);
    });
  }

  @Test
  void publicationDatesAreStrings() {
    qt().forAll(DateGenerators.publicationDates()).checkAssert(issued -> {
      String json = write(issued);
      assertThat(json).isEqualTo("\"" + issued + "\"");
      assertThat(readUnchecked(json, PublicationDate.class)).isEqualTo(issued);
    });
    assertThat(write(PublicationDate.noDate())).isEqualTo("\"n.d.\"");
  }

  @Test
  void datesInsideOtherObjects() throws JsonProcessingException {
    qt().withExamples(200).forAll(DateGenerators.partialDates(), DateGenerators.publicationDates())
        .checkAssert((date, issued) -> {
          Dated dated = new Dated(date, Optional.of(issued), List.of(date, date));
          String json = write(dated);
          assertThat(json).isEqualTo("{\"date\":\"" + date + "\",\"issued\":\"" + issued + "\",\"more\":[\""
              + date + "\",\"" + date + "\"]}");
          assertThat(readUnchecked(json, Dated.class)).isEqualTo(dated);
        });
    Dated absent = read("{\"date\":\"1958\",\"more\":[]}", Dated.class);
    assertThat(absent.issued()).isEmpty();
    assertThat(read("[\"1958/..\",\"198X\"]", new TypeReference<List<PartialDate>>() { }))
        .containsExactly(PartialDate.parse("1958/.."), PartialDate.parse("198X"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"2019-02-29\"", "\"2020-13\"", "\"\"", "\"2021/2020\"", "\"19\"", "\"/\"", "\"1958 \""})
  void invalidDatesFailWithTheReason(String json) {
    for (Class<?> type : List.of(PartialDate.class, PublicationDate.class)) {
      Throwable thrown = catchThrowable(() -> read(json, type));
      assertThat(thrown).isInstanceOf(JsonMappingException.class);
      assertThat(causeChain(thrown)).as(json).anySatisfy(cause -> assertThat(cause).isInstanceOf(InvalidValueException.class));
    }
  }

  private String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T read(String json, Class<T> type) throws JsonProcessingException {
    return mapper.readValue(json, type);
  }

  private <T> T read(String json, TypeReference<T> type) throws JsonProcessingException {
    return mapper.readValue(json, type);
  }

  private <T> T readUnchecked(String json, Class<T> type) {
    try {
      return read(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
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
