package io.github.linernotes.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebAddressTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "https://www.discogs.com/release/6606263-Miles-Davis-Kind-Of-Blue | https | www.discogs.com",
      "https://www.discogs.com/master/21491                            | https | www.discogs.com",
      "https://musicbrainz.org/release-group/b1392450-e666-3926-a536-22c65f834433 | https | musicbrainz.org",
      "https://www.wikidata.org/wiki/Q202996                           | https | www.wikidata.org",
      "https://en.wikipedia.org/wiki/Ascenseur_pour_l%27%C3%A9chafaud_(soundtrack) | https | en.wikipedia.org",
      "http://www.latimes.com/                                         | http  | www.latimes.com",
      "HTTP://EXAMPLE.ORG/                                             | http  | EXAMPLE.ORG",
      "Https://example.org                                             | https | example.org",
      "http://127.0.0.1:8080/path?q=1&r=%2F#frag                       | http  | 127.0.0.1",
      "https://[2001:db8::1]/x                                         | https | [2001:db8::1]",
      "https://[2001:db8::1]:443                                       | https | [2001:db8::1]",
      "https://example.org:65535/                                      | https | example.org",
      "https://example.org:0/                                          | https | example.org",
      "https://example.org./a;b=c/d,e!$&'()*+~_.-:@                    | https | example.org.",
      "https://xn--chafaud-bya.example/                                | https | xn--chafaud-bya.example",
      "https://example.org/?                                           | https | example.org",
      "https://example.org/#                                           | https | example.org",
  })
  void readsAbsoluteHttpAddressesAndKeepsThemAsGiven(String text, String scheme, String host) {
    WebAddress address = WebAddress.parse(text);
    assertThat(address.toString()).isEqualTo(text);
    assertThat(address.scheme()).isEqualTo(scheme);
    assertThat(address.host()).isEqualTo(host);
    assertThat(address.toUri()).isEqualTo(URI.create(text));
    assertThat(address.toUri().toString()).isEqualTo(text);
    assertThat(WebAddress.parse(address.toString())).isEqualTo(address).hasSameHashCodeAs(address);
  }

  @Test
  void doesNotNormalise() {
    assertThat(WebAddress.parse("https://example.org/")).isNotEqualTo(WebAddress.parse("https://example.org"));
    assertThat(WebAddress.parse("HTTPS://example.org/")).isNotEqualTo(WebAddress.parse("https://example.org/"));
    assertThat(WebAddress.parse("https://example.org/%7E")).isNotEqualTo(WebAddress.parse("https://example.org/~"));
    assertThat(WebAddress.parse("https://example.org/")).isNotEqualTo("https://example.org/");
  }

  @Test
  void acceptsTheLongestAllowedAddress() {
    String prefix = "https://example.org/";
    String longest = prefix + "a".repeat(WebAddress.MAX_LENGTH - prefix.length());
    assertThat(WebAddress.parse(longest).toString()).hasSize(2048);
    InvalidValueException e = rejection(longest + "a");
    assertThat(e.kind()).isEqualTo(Kind.LENGTH);
    assertThat(e.errorIndex()).hasValue(2048);
  }

  @ParameterizedTest(name = "[{0}] {1} at {2}")
  @CsvSource(delimiter = '|', value = {
      "''                              | EMPTY        | 0",
      "'  '                            | EMPTY        | 0",
      "ftp://example.org/              | UNSUPPORTED  | 0",
      "javascript:alert(1)             | UNSUPPORTED  | 0",
      "mailto:liner@example.org        | UNSUPPORTED  | 0",
      "file:///etc/passwd              | UNSUPPORTED  | 0",
      "data:text/plain,hello           | UNSUPPORTED  | 0",
      "httpx://example.org/            | UNSUPPORTED  | 0",
      "//example.org/x                 | SYNTAX       | 0",
      "/x                              | SYNTAX       | 0",
      "x                               | SYNTAX       | 0",
      "www.example.org                 | SYNTAX       | 0",
      "http//example.org               | SYNTAX       | 0",
      "1http://example.org             | SYNTAX       | 0",
      "http:example.org                | SYNTAX       | 5",
      "http:/example.org               | SYNTAX       | 5",
      "http://                         | SYNTAX       | 7",
      "https://                        | SYNTAX       | 8",
      "http:///path                    | SYNTAX       | 7",
      "http://?q                       | SYNTAX       | 7",
      "http://user:pass@example.org/   | SYNTAX       | 7",
      "http://user@example.org/        | SYNTAX       | 7",
      "http://www.allmusic.com@evil.example/ | SYNTAX | 7",
      "http://:80/                     | SYNTAX       | 7",
      "http://example.org:/            | SYNTAX       | 18",
      "http://example.org:8o/          | SYNTAX       | 20",
      "http://example.org:99999/       | OUT_OF_RANGE | 19",
      "http://example.org:65536        | OUT_OF_RANGE | 19",
      "http://example.org:123456789012345/ | OUT_OF_RANGE | 19",
      "http://exa_mple.org/            | SYNTAX       | 7",
      "http://ex%61mple.org/           | SYNTAX       | 9",
      "http://[fe80::1%25eth0]/        | SYNTAX       | 15",
      "http://-example.org/            | SYNTAX       | 7",
      "'http://exa mple.org/'          | SYNTAX       | 10",
      "'http://example.org/a b'        | SYNTAX       | 20",
      "' http://example.org/'          | SYNTAX       | 0",
      "'http://example.org/ '          | SYNTAX       | 19",
      "http://example.org/%            | SYNTAX       | 19",
      "http://example.org/%2           | SYNTAX       | 19",
      "http://example.org/%zz          | SYNTAX       | 19",
      "http://example.org/%2G          | SYNTAX       | 19",
      "http://example.org/<script>     | SYNTAX       | 19",
      "http://example.org/\"q\"        | SYNTAX       | 19",
      "http://example.org/{x}          | SYNTAX       | 19",
      "'http://example.org/a|b'        | SYNTAX       | 20",
      "http://example.org/a\\b         | SYNTAX       | 20",
      "http://example.org/a^b          | SYNTAX       | 20",
      "http://example.org/a`b          | SYNTAX       | 20",
      "http://example.org/é            | SYNTAX       | 19",
      "http://exämple.org/             | SYNTAX       | 9",
      "http://example.org/a[b          | SYNTAX       | 20",
      "http://example.org/#a#b         | SYNTAX       | 21",
      "ｈttp://example.org/            | SYNTAX       | 0",
  })
  void rejects(String input, Kind kind, int index) {
    InvalidValueException e = rejection(input);
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.errorIndex()).hasValue(index);
  }

  @Test
  void rejectsControlCharactersAndSurrogatesAtTheirIndex() {
    assertThat(rejection("http://example.org/\t").errorIndex()).hasValue(19);
    assertThat(rejection("http://example.org/\n").errorIndex()).hasValue(19);
    assertThat(rejection("http://example.org/\u0000").errorIndex()).hasValue(19);
    assertThat(rejection("http://example.org/\u007F").errorIndex()).hasValue(19);
    assertThat(rejection("http://example.org/\uD83C\uDFB5").errorIndex()).hasValue(19);
    assertThat(rejection("http://example.org/\uDFB5").errorIndex()).hasValue(19);
  }

  @Test
  void wrapsWhatJavaNetUriRejects() {
    InvalidValueException e = rejection("http://example.org/a[b");
    assertThat(e.getCause()).isInstanceOf(URISyntaxException.class);
    assertThat(e.errorIndex()).hasValue(((URISyntaxException) e.getCause()).getIndex());
    assertThat(rejection("http://[::1/").kind()).isEqualTo(Kind.SYNTAX);
    assertThat(rejection("http://[zz::1]/").kind()).isEqualTo(Kind.SYNTAX);
  }

  @Test
  void rejectsHugeInputAndNull() {
    InvalidValueException e = rejection("https://example.org/" + "\u0000".repeat(1_000_000));
    assertThat(e.kind()).isEqualTo(Kind.LENGTH);
    assertThat(e.errorIndex()).hasValue(2048);
    assertThatNullPointerException().isThrownBy(() -> WebAddress.parse(null)).withMessageContaining("text");
  }

  // ---- properties ----

  @Test
  void generatedAddressesRoundTripUnchanged() {
    qt().forAll(IdentifierGenerators.webAddresses()).checkAssert(address -> {
      String text = address.toString();
      assertThat(WebAddress.parse(text)).isEqualTo(address).hasSameHashCodeAs(address);
      assertThat(WebAddress.parse(text).toString()).isEqualTo(text);
      assertThat(address.toUri().toString()).isEqualTo(text);
      assertThat(address.scheme()).isIn("http", "https");
      assertThat(text.toLowerCase(Locale.ROOT)).startsWith(address.scheme() + "://");
      assertThat(address.host()).isNotEmpty();
      assertThat(text.substring(address.scheme().length() + 3)).startsWith(address.host());
    });
  }

  @Test
  void nearMissesAreAcceptedOnlyWhenTheyKeepEveryRule() {
    qt().forAll(IdentifierGenerators.mutationsOf(IdentifierGenerators.webAddresses().map(WebAddress::toString)))
        .checkAssert(WebAddressTest::obeysTheRules);
  }

  @Test
  void garbageIsRejectedCleanly() {
    qt().forAll(IdentifierGenerators.garbage().map(s -> s.length() % 2 == 0 ? "https://" + s : s))
        .checkAssert(WebAddressTest::obeysTheRules);
  }

  /**
   * Either the text is rejected with an index inside it, or it keeps every rule of the class
   * description, checked independently here.
   */
  private static void obeysTheRules(String text) {
    Throwable t = catchThrowable(() -> WebAddress.parse(text));
    if (t != null) {
      assertThat(t).as(text).isInstanceOf(InvalidValueException.class);
      InvalidValueException e = (InvalidValueException) t;
      assertThat(e.input()).isEqualTo(text);
      assertThat(e.errorIndex().orElse(-1)).isBetween(0, text.length());
      assertThat(e.kind() == Kind.EMPTY).as(text).isEqualTo(text.isBlank());
      return;
    }
    assertThat(text).hasSizeLessThanOrEqualTo(2048);
    assertThat(text).matches("(?i)https?://[A-Za-z0-9._~!$&'()*+,;=:\\[\\]-]+([/?#][A-Za-z0-9._~!$&'()*+,;=:@/?#\\[\\]%-]*)?");
    assertThat(text).doesNotContainPattern("%(?![0-9A-Fa-f]{2})");
    URI uri = catchUri(text);
    assertThat(uri).as(text).isNotNull();
    assertThat(uri.getHost()).isNotNull();
    assertThat(uri.getRawUserInfo()).isNull();
    assertThat(uri.getPort()).isBetween(-1, 65535);
  }

  private static URI catchUri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static InvalidValueException rejection(String input) {
    Throwable t = catchThrowable(() -> WebAddress.parse(input));
    assertThat(t).as(input).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) t;
    assertThat(e.valueType()).isEqualTo("WebAddress");
    assertThat(e.input()).isEqualTo(input);
    return e;
  }
}
