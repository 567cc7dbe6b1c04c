package io.github.linernotes.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.linernotes.JsonMapperAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON form of the date types through one mapper; {@link DatesJackson2Test} and {@link DatesJackson3Test}
 * run it, each with its own major alone on the class path.
 */
abstract class DatesJsonContract {

  private final JsonMapperAdapter mapper;

  DatesJsonContract(JsonMapperAdapter mapper) {
    this.mapper = mapper;
  }

  /** A record of the kind the model uses, with a present and an absent optional date. */
  record Dated(PartialDate date, Optional<PublicationDate> issued, List<PartialDate> more) {
  }

  @Test
  void partialDatesAreEdtfStrings() {
    qt().forAll(DateGenerators.partialDates()).checkAssert(date -> {
      String json = mapper.write(date);
      assertThat(json).isEqualTo("\"" + date + "\"");
      assertThat(mapper.read(json, PartialDate.class)).isEqualTo(date);
    });
  }

  @Test
  void publicationDatesAreStrings() {
    qt().forAll(DateGenerators.publicationDates()).checkAssert(issued -> {
      String json = mapper.write(issued);
      assertThat(json).isEqualTo("\"" + issued + "\"");
      assertThat(mapper.read(json, PublicationDate.class)).isEqualTo(issued);
    });
    assertThat(mapper.write(PublicationDate.noDate())).isEqualTo("\"n.d.\"");
  }

  @Test
  void datesInsideOtherObjects() {
    qt().withExamples(200).forAll(DateGenerators.partialDates(), DateGenerators.publicationDates())
        .checkAssert((date, issued) -> {
          Dated dated = new Dated(date, Optional.of(issued), List.of(date, date));
          String json = mapper.write(dated);
          assertThat(json).isEqualTo("{\"date\":\"" + date + "\",\"issued\":\"" + issued + "\",\"more\":[\""
              + date + "\",\"" + date + "\"]}");
          assertThat(mapper.read(json, Dated.class)).isEqualTo(dated);
        });
    Dated absent = mapper.read("{\"date\":\"1958\",\"more\":[]}", Dated.class);
    assertThat(absent.issued()).isEmpty();
    assertThat(mapper.readList("[\"1958/..\",\"198X\"]", PartialDate.class))
        .containsExactly(PartialDate.parse("1958/.."), PartialDate.parse("198X"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"2019-02-29\"", "\"2020-13\"", "\"\"", "\"2021/2020\"", "\"19\"", "\"/\"", "\"1958 \""})
  void invalidDatesFailWithTheReason(String json) {
    for (Class<?> type : List.of(PartialDate.class, PublicationDate.class)) {
      Throwable thrown = catchThrowable(() -> mapper.read(json, type));
      assertThat(thrown).isInstanceOf(mapper.bindingException());
      assertThat(causeChain(thrown)).as(json)
          .anySatisfy(cause -> assertThat(cause).isInstanceOf(InvalidValueException.class));
    }
  }

  private static List<Throwable> causeChain(Throwable thrown) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }
}
