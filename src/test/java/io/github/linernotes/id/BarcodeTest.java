package io.github.linernotes.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class BarcodeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // Miles Davis, Ascenseur pour l'échafaud, Fontana CD 836 305-2
      "042283630529     | 042283630529  | true",
      "0 42283 63052 9  | 042283630529  | true",
      // Miles Davis, Kind of Blue, Columbia/Legacy CD, and a European EAN-13 of the album
      "074646493526     | 074646493526  | true",
      "5099749522428    | 5099749522428 | false",
      // as Discogs lists sleeve prints: Nick Cave & the Bad Seeds, Push the Sky Away (EU LP);
      // Michael Jackson, Bad (EU LP); The Strokes, Is This It (US LP, spaces and hyphens mixed);
      // Daft Punk, Random Access Memories; Wham!, Make It Big (US LP)
      "5 055667 601768  | 5055667601768 | false",
      "5 099745 029013  | 5099745029013 | false",
      "0 7863-68045-1 4 | 078636804514  | true",
      "8 88837 16861 8  | 888837168618  | true",
      "074643959513     | 074643959513  | true",
      // the ISBN-13 of a book is also its EAN-13
      "9788890490590    | 9788890490590 | false",
  })
  void readsRealBarcodes(String text, String digits, boolean upcA) {
    Barcode barcode = Barcode.parse(text);
    assertThat(barcode.toString()).isEqualTo(digits);
    assertThat(barcode.isUpcA()).isEqualTo(upcA);
    assertThat(barcode).isEqualTo(Barcode.parse(digits)).hasSameHashCodeAs(Barcode.parse(digits));
  }

  @Test
  void aUpcAAndItsEan13AreDifferentValues() {
    Barcode upc = Barcode.parse("042283630529");
    Barcode ean = upc.toEan13();
    assertThat(ean.toString()).isEqualTo("0042283630529");
    assertThat(ean.isUpcA()).isFalse();
    assertThat(ean).isNotEqualTo(upc).isEqualTo(Barcode.parse("0 042283 630529"));
    assertThat(ean.toEan13()).isSameAs(ean);
    assertThat(upc).isNotEqualTo("042283630529");
  }

  @ParameterizedTest(name = "[{0}] {1} at {2}")
  @CsvSource(delimiter = '|', value = {
      "''                | EMPTY       | 0",
      "'  '              | EMPTY       | 0",
      // a Kind of Blue barcode as mistyped in the wild
      "074646493525      | CHECK_DIGIT | 11",
      "5 099745 029014   | CHECK_DIGIT | 14",
      // Fleetwood Mac, Tango in the Night, as one catalogue lists it: 11 digits
      "07599254711       | LENGTH      | 11",
      // Pearl Jam, Ten: a catalogue number with a suffix where the barcode belongs
      "88697413021-S1    | SYNTAX      | 12",
      "50997495224280    | LENGTH      | 13",
      "12345670          | LENGTH      | 8",
      "' 042283630529'   | SYNTAX      | 0",
      "'042283630529 '   | SYNTAX      | 12",
      "-042283630529     | SYNTAX      | 0",
      "0--42283630529    | SYNTAX      | 2",
      "'0  42283 63052 9' | SYNTAX     | 2",
      "0 42283 63052 9-  | SYNTAX      | 15",
      "0.42283.63052.9   | SYNTAX      | 1",
      "0_42283_63052_9   | SYNTAX      | 1",
      "UPC 042283630529  | SYNTAX      | 0",
      "٠٤٢٢٨٣٦٣٠٥٢٩      | SYNTAX      | 0",
      "０４２２８３６３０５２９ | SYNTAX  | 0",
      "04228363052９     | SYNTAX      | 11",
  })
  void rejects(String input, Kind kind, int index) {
    InvalidValueException e = rejection(input);
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.errorIndex()).hasValue(index);
  }

  @Test
  void rejectsHugeInputAndNull() {
    InvalidValueException huge = rejection("4".repeat(1_000_000));
    assertThat(huge.kind()).isEqualTo(Kind.LENGTH);
    assertThat(huge.errorIndex()).hasValue(13);
    assertThat(rejection("0422\uD83C\uDFB583630529").errorIndex()).hasValue(4);
    assertThatNullPointerException().isThrownBy(() -> Barcode.parse(null)).withMessageContaining("text");
  }

  // ---- what the check digit catches ----

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "042283630529     | 4 8",
      "0 42283 63052 9  | 4 8",
      "074646493526     | 6",
      "5099749522428    | 0 5",
      "5 055667 601768  | 0 1",
      "5 099745 029013  | 0 6",
      "0 7863-68045-1 4 | ''",
      "8 88837 16861 8  | 3 6 9",
      "074643959513     | ''",
  })
  void checkDigitCatchesEverySubstitutionAndEverySwapButTheDocumentedOnes(String valid, String blindSwaps) {
    assertEverySubstitutionRejected(valid);
    // The swaps the GS1 check cannot see: neighbouring digits that differ by 5, listed by the digit
    // position of the left one. Each turns one valid barcode into another; every other swap is rejected.
    Set<Integer> expectedBlind = new TreeSet<>();
    for (String position : blindSwaps.trim().split(" ")) {
      if (!position.isEmpty()) {
        expectedBlind.add(Integer.parseInt(position));
      }
    }
    assertThat(swapsThatParse(valid)).isEqualTo(expectedBlind);
    String digits = Barcode.parse(valid).toString();
    for (int position : expectedBlind) {
      assertThat(Math.abs(digits.charAt(position) - digits.charAt(position + 1))).isEqualTo(5);
    }
  }

  @Test
  void swapsOfGeneratedBarcodesAreCaughtUnlessTheDigitsDifferBy5() {
    qt().forAll(IdentifierGenerators.barcodes()).checkAssert(barcode -> {
      String digits = barcode.toString();
      Set<Integer> blind = new TreeSet<>();
      for (int i = 0; i + 1 < digits.length(); i++) {
        if (Math.abs(digits.charAt(i) - digits.charAt(i + 1)) == 5) {
          blind.add(i);
        }
      }
      assertThat(swapsThatParse(digits)).isEqualTo(blind);
    });
  }

  @Test
  void everySubstitutionOfGeneratedBarcodesIsCaught() {
    qt().withExamples(300).forAll(IdentifierGenerators.barcodes())
        .checkAssert(barcode -> assertEverySubstitutionRejected(barcode.toString()));
  }

  private static void assertEverySubstitutionRejected(String valid) {
    for (int i = 0; i < valid.length(); i++) {
      char original = valid.charAt(i);
      if (original == ' ' || original == '-') {
        continue;
      }
      for (char replacement = '0'; replacement <= '9'; replacement++) {
        if (replacement == original) {
          continue;
        }
        String changed = valid.substring(0, i) + replacement + valid.substring(i + 1);
        InvalidValueException e = rejection(changed);
        assertThat(e.kind()).as(changed).isEqualTo(Kind.CHECK_DIGIT);
        assertThat(e.errorIndex()).as(changed).hasValue(changed.length() - 1);
      }
    }
  }

  private static Set<Integer> swapsThatParse(String valid) {
    StringBuilder positions = new StringBuilder();
    for (int i = 0; i < valid.length(); i++) {
      if (valid.charAt(i) != ' ' && valid.charAt(i) != '-') {
        positions.append((char) i);
      }
    }
    Barcode original = Barcode.parse(valid);
    Set<Integer> parsed = new TreeSet<>();
    for (int k = 0; k + 1 < positions.length(); k++) {
      int a = positions.charAt(k);
      int b = positions.charAt(k + 1);
      if (valid.charAt(a) == valid.charAt(b)) {
        continue;
      }
      char[] chars = valid.toCharArray();
      chars[a] = valid.charAt(b);
      chars[b] = valid.charAt(a);
      String swapped = new String(chars);
      Throwable t = catchThrowable(() -> Barcode.parse(swapped));
      if (t == null) {
        assertThat(Barcode.parse(swapped)).isNotEqualTo(original);
        parsed.add(k);
      } else {
        assertThat(t).as(swapped).isInstanceOf(InvalidValueException.class);
        assertThat(((InvalidValueException) t).kind()).isEqualTo(Kind.CHECK_DIGIT);
      }
    }
    return parsed;
  }

  // ---- properties ----

  @Test
  void generatedBarcodesRoundTripAsBareDigits() {
    qt().forAll(IdentifierGenerators.barcodes()).checkAssert(barcode -> {
      String text = barcode.toString();
      assertThat(text).matches(barcode.isUpcA() ? "[0-9]{12}" : "[0-9]{13}");
      assertThat(Barcode.parse(text)).isEqualTo(barcode).hasSameHashCodeAs(barcode);
      Barcode ean = barcode.toEan13();
      assertThat(ean.isUpcA()).isFalse();
      assertThat(ean.toString()).isEqualTo(barcode.isUpcA() ? "0" + text : text);
      assertThat(Barcode.parse(ean.toString())).isEqualTo(ean);
    });
  }

  @Test
  void nearMissesAreAcceptedExactlyWhenAnIndependentCheckAcceptsThem() {
    qt().forAll(IdentifierGenerators.mutationsOf(
            IdentifierGenerators.barcodes().map(Barcode::toString).mix(SLEEVE_PRINTS, 50)))
        .checkAssert(BarcodeTest::agreesWithOracle);
  }

  @Test
  void garbageIsRejectedCleanly() {
    qt().forAll(IdentifierGenerators.garbage()).checkAssert(BarcodeTest::agreesWithOracle);
  }

  private static void agreesWithOracle(String text) {
    Throwable t = catchThrowable(() -> Barcode.parse(text));
    String digits = text.replace(" ", "").replace("-", "");
    boolean accepted = text.matches("[0-9](?:[- ]?[0-9]){11,12}")
        && digits.charAt(digits.length() - 1) == IdentifierGenerators.gs1Check(digits.substring(0, digits.length() - 1));
    if (accepted) {
      assertThat(t).as(text).isNull();
      assertThat(Barcode.parse(text).toString()).isEqualTo(digits);
    } else {
      assertThat(t).as(text).isInstanceOf(InvalidValueException.class);
      InvalidValueException e = (InvalidValueException) t;
      assertThat(e.input()).isEqualTo(text);
      assertThat(e.errorIndex().orElse(-1)).isBetween(0, text.length());
      assertThat(e.kind() == Kind.EMPTY).as(text).isEqualTo(text.isBlank());
    }
  }

  /** Real barcodes as sleeves print them, to mutate alongside generated ones. */
  private static final Gen<String> SLEEVE_PRINTS =
      Generate.pick(List.of("0 42283 63052 9", "5 055667 601768", "0 7863-68045-1 4", "8 88837 16861 8"));

  private static InvalidValueException rejection(String input) {
    Throwable t = catchThrowable(() -> Barcode.parse(input));
    assertThat(t).as(input).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) t;
    assertThat(e.valueType()).isEqualTo("Barcode");
    assertThat(e.input()).isEqualTo(input);
    return e;
  }
}
