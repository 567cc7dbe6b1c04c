package io.github.linernotes.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MusicBrainzIdTest {

  /** Release group of Radiohead's OK Computer (also Wikidata Q202996's MusicBrainz release group id). */
  private static final String OK_COMPUTER = "b1392450-e666-3926-a536-22c65f834433";

  /** The artist Radiohead. */
  private static final String RADIOHEAD = "a74b1b7f-71a5-4011-9441-d0b5e4122711";

  @Test
  void readsARealReleaseGroupId() {
    MusicBrainzId id = MusicBrainzId.parse(OK_COMPUTER);
    assertThat(id.toString()).isEqualTo(OK_COMPUTER);
    assertThat(id.toUuid()).isEqualTo(UUID.fromString(OK_COMPUTER));
    assertThat(id).isEqualTo(MusicBrainzId.of(UUID.fromString(OK_COMPUTER)));
    assertThat(id).isNotEqualTo(MusicBrainzId.parse(RADIOHEAD)).isNotEqualTo(OK_COMPUTER);
  }

  @Test
  void acceptsUpperCaseAndPrintsLowerCase() {
    MusicBrainzId upper = MusicBrainzId.parse(OK_COMPUTER.toUpperCase(Locale.ROOT));
    MusicBrainzId mixed = MusicBrainzId.parse("B1392450-e666-3926-A536-22c65F834433");
    assertThat(upper.toString()).isEqualTo(OK_COMPUTER);
    assertThat(upper).isEqualTo(mixed).isEqualTo(MusicBrainzId.parse(OK_COMPUTER))
        .hasSameHashCodeAs(MusicBrainzId.parse(OK_COMPUTER));
  }

  @Test
  void keepsExtremeUuids() {
    assertThat(MusicBrainzId.parse("00000000-0000-0000-0000-000000000000").toUuid()).isEqualTo(new UUID(0, 0));
    assertThat(MusicBrainzId.parse("ffffffff-ffff-ffff-ffff-ffffffffffff").toUuid()).isEqualTo(new UUID(-1, -1));
    assertThat(MusicBrainzId.parse("80000000-0000-0000-8000-000000000001").toUuid())
        .isEqualTo(new UUID(Long.MIN_VALUE, Long.MIN_VALUE + 1));
  }

  @ParameterizedTest(name = "[{0}] {1} at {2}")
  @CsvSource(delimiter = '|', value = {
      "''                                        | EMPTY  | 0",
      "'   '                                     | EMPTY  | 0",
      "{b1392450-e666-3926-a536-22c65f834433}    | SYNTAX | 0",
      "urn:uuid:b1392450-e666-3926-a536-22c65f834433 | SYNTAX | 0",
      "b1392450e6663926a53622c65f834433          | SYNTAX | 8",
      "b1392450-e6663926-a536-22c65f834433       | SYNTAX | 13",
      "b1392450-e666-3926-a536-22c65f83443g      | SYNTAX | 35",
      "b1392450-e666-3926-a536-22c65f83443       | LENGTH | 35",
      "b1392450-e666-3926-a536-22c65f8344330     | LENGTH | 36",
      "b1392450-e666-3926-a536                   | LENGTH | 23",
      "1-2-3-4-5                                 | SYNTAX | 1",
      "' b1392450-e666-3926-a536-22c65f834433'   | SYNTAX | 0",
      "'b1392450-e666-3926-a536-22c65f834433 '   | LENGTH | 36",
      "b1392450_e666_3926_a536_22c65f834433      | SYNTAX | 8",
      "b1392450-e666-3926-a536-22c65f８34433     | SYNTAX | 30",
      "b1392450-e666-3926-a536-22c65f٨34433      | SYNTAX | 30",
      "https://musicbrainz.org/release-group/b1392450-e666-3926-a536-22c65f834433 | SYNTAX | 0",
  })
  void rejects(String input, Kind kind, int index) {
    InvalidValueException e = rejection(input);
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.errorIndex()).hasValue(index);
  }

  @Test
  void rejectsTheShortFormsUuidFromStringAccepts() {
    assertThat(UUID.fromString("1-2-3-4-5")).isNotNull();
    assertThat(rejection("1-2-3-4-5").kind()).isEqualTo(Kind.SYNTAX);
    assertThat(rejection("0-0-0-0-0").kind()).isEqualTo(Kind.SYNTAX);
  }

  @Test
  void rejectsHugeInputSurrogatesAndNull() {
    InvalidValueException huge = rejection("a".repeat(1_000_000));
    assertThat(huge.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(huge.errorIndex()).hasValue(8);
    assertThat(rejection("b1392450-e666-3926-a536-22c65f8344\uD83C\uDFB5").errorIndex()).hasValue(34);
    assertThatNullPointerException().isThrownBy(() -> MusicBrainzId.parse(null)).withMessageContaining("text");
    assertThatNullPointerException().isThrownBy(() -> MusicBrainzId.of(null)).withMessageContaining("uuid");
  }

  @Test
  void generatedIdsRoundTripInLowerCase() {
    qt().forAll(IdentifierGenerators.musicBrainzIds()).checkAssert(id -> {
      String text = id.toString();
      assertThat(text).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      assertThat(MusicBrainzId.parse(text)).isEqualTo(id).hasSameHashCodeAs(id);
      assertThat(MusicBrainzId.parse(text.toUpperCase(Locale.ROOT))).isEqualTo(id);
      assertThat(MusicBrainzId.of(id.toUuid())).isEqualTo(id);
      assertThat(id.toUuid().toString()).isEqualTo(text);
    });
  }

  @Test
  void nearMissesAreAcceptedExactlyWhenAnIndependentCheckAcceptsThem() {
    qt().forAll(IdentifierGenerators.mutationsOf(IdentifierGenerators.musicBrainzIds().map(MusicBrainzId::toString)))
        .checkAssert(MusicBrainzIdTest::agreesWithOracle);
  }

  @Test
  void garbageIsRejectedCleanly() {
    qt().forAll(IdentifierGenerators.garbage()).checkAssert(MusicBrainzIdTest::agreesWithOracle);
  }

  private static void agreesWithOracle(String text) {
    Throwable t = catchThrowable(() -> MusicBrainzId.parse(text));
    if (text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
      assertThat(t).as(text).isNull();
      assertThat(MusicBrainzId.parse(text).toUuid()).isEqualTo(UUID.fromString(text));
    } else {
      assertThat(t).as(text).isInstanceOf(InvalidValueException.class);
      InvalidValueException e = (InvalidValueException) t;
      assertThat(e.input()).isEqualTo(text);
      assertThat(e.errorIndex().orElse(-1)).isBetween(0, text.length());
      assertThat(e.kind() == Kind.EMPTY).as(text).isEqualTo(text.isBlank());
    }
  }

  private static InvalidValueException rejection(String input) {
    Throwable t = catchThrowable(() -> MusicBrainzId.parse(input));
    assertThat(t).as(input).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) t;
    assertThat(e.valueType()).isEqualTo("MusicBrainzId");
    assertThat(e.input()).isEqualTo(input);
    return e;
  }
}
