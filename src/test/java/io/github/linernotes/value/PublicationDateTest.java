package io.github.linernotes.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.linernotes.value.InvalidValueException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDateTest {

  @Test
  void noDateIsItsOwnValue() {
    PublicationDate none = PublicationDate.noDate();

    assertThat(none.isNoDate()).isTrue();
    assertThat(none.date()).isEmpty();
    assertThat(none).hasToString("n.d.").isEqualTo(PublicationDate.parse("n.d."))
        .hasSameHashCodeAs(PublicationDate.parse("n.d."));
    assertThat(PublicationDate.parse("n.d.")).isSameAs(none);
  }

  @ParameterizedTest
  @CsvSource({"1958-03", "1988?", "198X", "1957-12-04/1957-12-05", "1958/..", "2020-21", "XXXX"})
  void holdsAnEdtfDate(String text) {
    PublicationDate issued = PublicationDate.parse(text);

    assertThat(issued.isNoDate()).isFalse();
    assertThat(issued.date()).hasValue(PartialDate.parse(text));
    assertThat(issued).hasToString(text).isEqualTo(PublicationDate.of(PartialDate.parse(text)))
        .hasSameHashCodeAs(PublicationDate.of(PartialDate.parse(text)))
        .isNotEqualTo(PublicationDate.noDate());
    assertThat(PublicationDate.noDate()).isNotEqualTo(issued);
  }

  @Test
  void readsBackItsText() {
    qt().forAll(DateGenerators.publicationDates()).checkAssert(issued -> {
      PublicationDate again = PublicationDate.parse(issued.toString());
      assertThat(again).isEqualTo(issued).hasSameHashCodeAs(issued).hasToString(issued.toString());
      assertThat(again.isNoDate()).isEqualTo(issued.isNoDate());
      assertThat(again.date()).isEqualTo(issued.date());
    });
  }

  @ParameterizedTest(name = "\"{0}\" -> {1} at {2}")
  @CsvSource(delimiter = '|', value = {
      "N.D.        | SYNTAX            | 0",
      "n.d         | SYNTAX            | 0",
      "nd          | SYNTAX            | 0",
      "n. d.       | SYNTAX            | 0",
      "'n.d. '     | SYNTAX            | 0",
      "' n.d.'     | SYNTAX            | 0",
      "''          | EMPTY             | 0",
      "2019-02-29  | NO_SUCH_DATE      | 8",
      "1958-13     | OUT_OF_RANGE      | 5",
      "2021/2020   | REVERSED_INTERVAL | 5",
      "19          | UNSUPPORTED       | 0",
      "s.d.        | SYNTAX            | 0",
  })
  void rejectsWithKindAndIndex(String text, Kind kind, int index) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> PublicationDate.parse(text));

    assertThat(e).as(text).isNotNull();
    assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
    assertThat(e.errorIndex()).hasValue(index);
    assertThat(e.valueType()).isEqualTo("PublicationDate");
    assertThat(e.input()).isEqualTo(text);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> PublicationDate.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PublicationDate.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void garbageParsesOrFailsCleanly() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 12)).checkAssert(text -> {
      try {
        PublicationDate issued = PublicationDate.parse(text);
        assertThat(PublicationDate.parse(issued.toString())).isEqualTo(issued);
      } catch (InvalidValueException e) {
        assertThat(e.valueType()).isEqualTo("PublicationDate");
        assertThat(e.input()).isEqualTo(text);
        assertThat(e.errorIndex().orElse(-1)).isBetween(0, text.length());
      }
    });
  }
}
