package io.github.linernotes.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsbnTest {

  // ---- real-world values ----

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // Daniele, Ascenseur pour l'échafaud (RDM, 2011): citation 8 of the reference album
      "978-88-904905-9-0 | 9788890490590 | true",
      // Davis & Troupe, Miles: The Autobiography (Simon & Schuster, 1989), both forms
      "978-0-671-63504-6 | 9780671635046 | true",
      "0-671-63504-2     | 0671635042    | false",
      // the 1990 paperback, as booksellers list it without hyphens
      "0671725823        | 0671725823    | false",
      "9780671725822     | 9780671725822 | true",
      // Kahn, Kind of Blue: The Making of the Miles Davis Masterpiece (Da Capo, 2000 hardcover / paperback)
      "978-0-306-80986-6 | 9780306809866 | true",
      "978-0-306-81067-1 | 9780306810671 | true",
      "0-306-81067-0     | 0306810670    | false",
      // Ratliff, Coltrane: The Story of a Sound (Faber, 2007)
      "0571232736        | 0571232736    | false",
      "9780571232734     | 9780571232734 | true",
      // Kirchner (ed.), The Oxford Companion to Jazz (OUP, 2000): an ISBN-10 whose check digit is X
      "0-19-512510-X     | 019512510X    | false",
      // spaces instead of hyphens, and a mix of both, are kept as written
      "978 88 904905 9 0 | 9788890490590 | true",
      "978-88 904905-9-0 | 9788890490590 | true",
  })
  void readsRealIsbns(String text, String digits, boolean thirteen) {
    Isbn isbn = Isbn.parse(text);
    assertThat(isbn.toString()).isEqualTo(text);
    assertThat(isbn.digits()).isEqualTo(digits);
    assertThat(isbn.isIsbn13()).isEqualTo(thirteen);
    assertThat(Isbn.parse(isbn.toString())).isEqualTo(isbn);
  }

  @Test
  void upperCasesALowerCaseX() {
    Isbn isbn = Isbn.parse("0-19-512510-x");
    assertThat(isbn.toString()).isEqualTo("0-19-512510-X");
    assertThat(isbn.digits()).isEqualTo("019512510X");
    assertThat(isbn.isEqual(Isbn.parse("019512510X"))).isTrue();
    assertThat(isbn).isEqualTo(Isbn.parse("0-19-512510-x"));
  }

  @Test
  void equalityKeepsSeparatorsAndIsEqualIgnoresThemButNotTheKind() {
    Isbn hyphenated = Isbn.parse("978-88-904905-9-0");
    Isbn spaced = Isbn.parse("978 88 904905 9 0");
    Isbn bare = Isbn.parse("9788890490590");
    assertThat(hyphenated.isEqual(bare)).isTrue();
    assertThat(hyphenated.isEqual(spaced)).isTrue();
    assertThat(hyphenated).isNotEqualTo(bare).isNotEqualTo(spaced).isEqualTo(Isbn.parse("978-88-904905-9-0"))
        .hasSameHashCodeAs(Isbn.parse("978-88-904905-9-0"));
    assertThat(hyphenated.toString()).isNotEqualTo(bare.toString());
    assertThat(Isbn.parse("0-671-63504-2").isEqual(Isbn.parse("978-0-671-63504-6"))).isFalse();
    assertThat(hyphenated).isNotEqualTo(Isbn.parse("978-0-306-81067-1")).isNotEqualTo("9788890490590");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "0-671-63504-2 | 978-0-671-63504-6",
      "0671725823    | 9780671725822",
      "0-306-81067-0 | 978-0-306-81067-1",
      "0571232736    | 9780571232734",
      "0-19-512510-X | 978-0-19-512510-8",
      "0 19 512510 X | 978 0 19 512510 8",
      "019512510-X   | 978-019512510-8",
  })
  void convertsIsbn10ToIsbn13KeepingTheParts(String isbn10, String isbn13) {
    Isbn converted = Isbn.parse(isbn10).toIsbn13();
    assertThat(converted.toString()).isEqualTo(isbn13);
    assertThat(converted.isIsbn13()).isTrue();
    assertThat(converted).isEqualTo(Isbn.parse(isbn13));
  }

  @Test
  void anIsbn13IsItsOwnIsbn13() {
    Isbn isbn = Isbn.parse("978-88-904905-9-0");
    assertThat(isbn.toIsbn13()).isSameAs(isbn);
  }

  // ---- rejections ----

  @ParameterizedTest(name = "[{0}] {1} at {2}")
  @CsvSource(delimiter = '|', value = {
      "''                         | EMPTY       | 0",
      "'   '                      | EMPTY       | 0",
      "ISBN 978-88-904905-9-0     | SYNTAX      | 0",
      "isbn 9788890490590         | SYNTAX      | 0",
      "978-88-904905-9-1          | CHECK_DIGIT | 16",
      "0-19-512510-9              | CHECK_DIGIT | 12",
      "0-671-63504-X              | CHECK_DIGIT | 12",
      "978-88-904905-9            | LENGTH      | 15",
      "978889049059               | LENGTH      | 12",
      "97888904905900             | LENGTH      | 13",
      "067172582                  | LENGTH      | 9",
      "06717258230                | LENGTH      | 11",
      "-9788890490590             | SYNTAX      | 0",
      "' 9788890490590'           | SYNTAX      | 0",
      "9788890490590-             | SYNTAX      | 13",
      "'9788890490590 '           | SYNTAX      | 13",
      "978--88-904905-9-0         | SYNTAX      | 4",
      "'978  88 904905 9 0'       | SYNTAX      | 4",
      "978-8-8-904905-9-0         | SYNTAX      | 16",
      "0-1-9-5-12510X             | SYNTAX      | 7",
      "01951251X0                 | SYNTAX      | 8",
      "X195125100                 | SYNTAX      | 0",
      "978889049059X              | SYNTAX      | 12",
      "977-88-904905-9-0          | SYNTAX      | 2",
      "988-88-904905-9-0          | SYNTAX      | 1",
      "123-4-567890-12-3          | SYNTAX      | 0",
      "978_8890490590             | SYNTAX      | 3",
      "978.88.904905.9.0          | SYNTAX      | 3",
      "978‐88‐904905‐9‐0          | SYNTAX      | 3",
      "978–88–904905–9–0          | SYNTAX      | 3",
      "٩٧٨٨٨٩٠٤٩٠٥٩٠              | SYNTAX      | 0",
      "９７８８８９０４９０５９０  | SYNTAX      | 0",
      "978٨890490590              | SYNTAX      | 3",
      "978-88-904905-9-0/         | SYNTAX      | 17",
      "ISBN-13: 9788890490590     | SYNTAX      | 0",
  })
  void rejects(String input, Kind kind, int index) {
    InvalidValueException e = rejection(input);
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.errorIndex()).hasValue(index);
  }

  @Test
  void rejectsControlCharactersSurrogatesAndHugeInput() {
    assertThat(rejection("978\t8890490590").errorIndex()).hasValue(3);
    assertThat(rejection("978\u00008890490590").kind()).isEqualTo(Kind.SYNTAX);
    assertThat(rejection("978\uD83C\uDFB58890490590").errorIndex()).hasValue(3);
    assertThat(rejection("9788890490590\uD83C").errorIndex()).hasValue(13);
    InvalidValueException huge = rejection("9".repeat(1_000_000));
    assertThat(huge.kind()).isEqualTo(Kind.LENGTH);
    assertThat(huge.errorIndex()).hasValue(13);
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> Isbn.parse(null)).withMessageContaining("text");
  }

  @Test
  void acceptsAnyCharSequence() {
    assertThat(Isbn.parse(new StringBuilder("978-88-904905-9-0"))).isEqualTo(Isbn.parse("978-88-904905-9-0"));
  }

  // ---- what the check digit catches ----

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "978-88-904905-9-0 | 7 9",
      "978-0-671-63504-6 | 6 9",
      "978-0-306-81067-1 | ''",
      "9780571232734     | 3 9",
      "0-671-63504-2     | ''",
      "0671725823        | ''",
      "0-306-81067-0     | ''",
      "0571232736        | ''",
      "0-19-512510-X     | ''",
  })
  void checkDigitCatchesEverySubstitutionAndEverySwapButTheDocumentedOnes(String valid, String blindSwaps) {
    assertEverySubstitutionRejected(valid);
    // The swaps the ISBN-13 check cannot see: neighbours that differ by 5, listed by the digit position
    // of the left one. Each turns one valid ISBN into another; every other swap must be rejected.
    Set<Integer> expectedBlind = new TreeSet<>();
    for (String position : blindSwaps.trim().split(" ")) {
      if (!position.isEmpty()) {
        expectedBlind.add(Integer.parseInt(position));
      }
    }
    assertThat(swapsThatParse(valid)).isEqualTo(expectedBlind);
    for (int position : expectedBlind) {
      char[] d = Isbn.parse(valid).digits().toCharArray();
      assertThat(Math.abs(d[position] - d[position + 1])).isEqualTo(5);
    }
  }

  @Test
  void everyIsbn10SwapIsCaughtAndIsbn13SwapsAreCaughtUnlessTheDigitsDifferBy5() {
    qt().forAll(IdentifierGenerators.isbns()).checkAssert(isbn -> {
      String text = isbn.toString();
      Set<Integer> blind = new TreeSet<>();
      char[] d = isbn.digits().toCharArray();
      for (int i = 3; isbn.isIsbn13() && i < d.length - 1; i++) {
        if (Math.abs(d[i] - d[i + 1]) == 5) {
          blind.add(i);
        }
      }
      assertThat(swapsThatParse(text)).isEqualTo(blind);
    });
  }

  @Test
  void everySubstitutionOfGeneratedIsbnsIsCaught() {
    qt().withExamples(300).forAll(IdentifierGenerators.isbns())
        .checkAssert(isbn -> assertEverySubstitutionRejected(isbn.toString()));
  }

  /** Replaces each digit (or X) with every other digit and X; all must fail with the right kind. */
  private static void assertEverySubstitutionRejected(String valid) {
    for (int i = 0; i < valid.length(); i++) {
      char original = Character.toUpperCase(valid.charAt(i));
      if (!Character.isLetterOrDigit(original)) {
        continue;
      }
      for (char replacement : "0123456789X".toCharArray()) {
        if (replacement == original) {
          continue;
        }
        String changed = valid.substring(0, i) + replacement + valid.substring(i + 1);
        InvalidValueException e = rejection(changed);
        String digits = changed.replace("-", "").replace(" ", "");
        boolean badPrefix = digits.length() == 13 && !digits.startsWith("978") && !digits.startsWith("979");
        boolean syntax = replacement == 'X' && (i != valid.length() - 1 || digits.length() == 13) || badPrefix;
        assertThat(e.kind()).as(changed).isEqualTo(syntax ? Kind.SYNTAX : Kind.CHECK_DIGIT);
        if (!syntax) {
          assertThat(e.errorIndex()).as(changed).hasValue(changed.length() - 1);
        }
      }
    }
  }

  /** Swaps each pair of neighbouring, different digits (skipping separators); returns those that parse. */
  private static Set<Integer> swapsThatParse(String valid) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < valid.length(); i++) {
      if (valid.charAt(i) != '-' && valid.charAt(i) != ' ') {
        positions.add(i);
      }
    }
    Set<Integer> parsed = new TreeSet<>();
    Isbn original = Isbn.parse(valid);
    for (int k = 0; k + 1 < positions.size(); k++) {
      int a = positions.get(k);
      int b = positions.get(k + 1);
      if (valid.charAt(a) == valid.charAt(b)) {
        continue;
      }
      char[] chars = valid.toCharArray();
      chars[a] = valid.charAt(b);
      chars[b] = valid.charAt(a);
      String swapped = new String(chars);
      Throwable t = catchThrowable(() -> Isbn.parse(swapped));
      if (t == null) {
        assertThat(Isbn.parse(swapped)).isNotEqualTo(original);
        parsed.add(k);
      } else {
        assertThat(t).as(swapped).isInstanceOf(InvalidValueException.class);
        assertThat(((InvalidValueException) t).kind()).isIn(Kind.CHECK_DIGIT, Kind.SYNTAX);
      }
    }
    return parsed;
  }

  // ---- properties ----

  @Test
  void generatedIsbnsRoundTrip() {
    qt().forAll(IdentifierGenerators.isbns()).checkAssert(isbn -> {
      Isbn again = Isbn.parse(isbn.toString());
      assertThat(again).isEqualTo(isbn).hasSameHashCodeAs(isbn);
      assertThat(again.toString()).isEqualTo(isbn.toString());
      assertThat(again.digits()).isEqualTo(isbn.digits()).hasSize(isbn.isIsbn13() ? 13 : 10);
    });
  }

  @Test
  void toIsbn13KeepsTheNineCoreDigitsAndRoundTrips() {
    qt().forAll(IdentifierGenerators.isbn10s()).checkAssert(isbn -> {
      Isbn thirteen = isbn.toIsbn13();
      assertThat(thirteen.isIsbn13()).isTrue();
      assertThat(thirteen.digits()).startsWith("978" + isbn.digits().substring(0, 9));
      assertThat(thirteen).isNotEqualTo(isbn);
      Isbn reparsed = Isbn.parse(thirteen.toString());
      assertThat(reparsed).isEqualTo(thirteen);
      assertThat(reparsed.toString()).isEqualTo(thirteen.toString());
      boolean separated = isbn.toString().length() > 10;
      assertThat(thirteen.toString()).hasSize(separated ? isbn.toString().length() + 4 : 13);
    });
  }

  @Test
  void nearMissesAreAcceptedExactlyWhenAnIndependentCheckAcceptsThem() {
    qt().withExamples(1000)
        .forAll(IdentifierGenerators.mutationsOf(IdentifierGenerators.isbns().map(Isbn::toString)))
        .checkAssert(IsbnTest::agreesWithOracle);
  }

  @Test
  void garbageIsRejectedCleanly() {
    qt().forAll(IdentifierGenerators.garbage()).checkAssert(IsbnTest::agreesWithOracle);
  }

  private static void agreesWithOracle(String text) {
    Throwable t = catchThrowable(() -> Isbn.parse(text));
    if (oracleAccepts(text)) {
      assertThat(t).as(text).isNull();
      assertThat(Isbn.parse(text).toString()).isEqualTo(text.replace('x', 'X'));
    } else {
      assertThat(t).as(text).isInstanceOf(InvalidValueException.class);
      InvalidValueException e = (InvalidValueException) t;
      assertThat(e.input()).isEqualTo(text);
      assertThat(e.errorIndex()).isPresent();
      assertThat(e.errorIndex().getAsInt()).isBetween(0, text.length());
      assertThat(e.kind() == Kind.EMPTY).as(text).isEqualTo(text.isBlank());
    }
  }

  /** The rules of the class description, written as regular expressions and the textbook checks. */
  private static boolean oracleAccepts(String text) {
    long separators = text.chars().filter(c -> c == '-' || c == ' ').count();
    String digits = text.replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    if (text.matches("[0-9](?:[- ]?[0-9]){8}[- ]?[0-9Xx]")) {
      return separators <= 3 && digits.charAt(9) == IdentifierGenerators.isbn10Check(digits.substring(0, 9));
    }
    if (text.matches("[0-9](?:[- ]?[0-9]){12}")) {
      return separators <= 4 && (digits.startsWith("978") || digits.startsWith("979"))
          && digits.charAt(12) == IdentifierGenerators.gs1Check(digits.substring(0, 12));
    }
    return false;
  }

  private static InvalidValueException rejection(String input) {
    Throwable t = catchThrowable(() -> Isbn.parse(input));
    assertThat(t).as(input).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) t;
    assertThat(e.valueType()).isEqualTo("Isbn");
    assertThat(e.input()).isEqualTo(input);
    return e;
  }
}
