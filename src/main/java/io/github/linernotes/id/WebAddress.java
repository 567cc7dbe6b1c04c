package io.github.linernotes.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.linernotes.internal.CheckDigits;
import io.github.linernotes.internal.Failures;
import io.github.linernotes.value.InvalidValueException.Kind;
import io.github.linernotes.value.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * An absolute {@code http} or {@code https} address with a host, such as
 * {@code https://www.discogs.com/release/6606263-Miles-Davis-Kind-Of-Blue}.
 *
 * <p><b>Kept as given.</b> The address is not normalised: {@link #toString()} and JSON return the text
 * exactly as it was parsed, and two addresses are equal only when their text is identical. So
 * {@code https://example.org/} and {@code https://example.org} are different values, as are
 * {@code HTTP://example.org/} and {@code http://example.org/}, and {@code %7E} is not turned into
 * {@code ~}.
 *
 * <p><b>What is accepted.</b> Text of at most 2048 characters that
 * <ul>
 *   <li>starts with the scheme {@code http} or {@code https}, in any letter case, followed by
 *       {@code ://} and a host: a domain name, an IPv4 address, or an IPv6 address in brackets;</li>
 *   <li>may have a port (a number from 0 to 65535 after a colon), a path, a query and a fragment;</li>
 *   <li>uses only the ASCII characters RFC 3986 allows in a URI, with every {@code %} followed by two
 *       hexadecimal digits;</li>
 *   <li>is accepted by {@link URI#URI(String)} with a host that {@code URI} recognises as a server
 *       name or address.</li>
 * </ul>
 *
 * <p><b>What is rejected</b>, with the index of the offending character: spaces, other whitespace and
 * control characters; non-ASCII characters (percent-encode them; internationalised host names must be
 * given in their {@code xn--} form); characters such as {@code <}, {@code "} or <code>{</code>;
 * relative references ({@code //example.org/x}, {@code /x}, {@code www.example.org}); other schemes
 * such as {@code ftp:}, {@code mailto:} or {@code javascript:} (as {@link Kind#UNSUPPORTED}); a missing
 * host; user information before an {@code @} in the host part, with or without a password, since
 * credentials do not belong in a catalogue and {@code http://trusted.example@other.example/} misleads
 * readers; a {@code %} in the host (escapes there, and IPv6 zone ids, have no place in a link); an
 * empty port or one above 65535; invalid percent escapes; and anything else
 * {@link URI} refuses.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WebAddress {

  private static final String TYPE = "WebAddress";

  /** The longest address accepted, in characters. */
  public static final int MAX_LENGTH = 2048;

  private final String text;
  private final URI uri;
  private final String scheme;

  private WebAddress(String text, URI uri, String scheme) {
    this.text = text;
    this.uri = uri;
    this.scheme = scheme;
  }

  /**
   * Reads an absolute http or https address.
   *
   * @param text the address, such as {@code https://www.wikidata.org/wiki/Q202996}
   * @return the address, which prints back exactly as {@code text}
   * @throws InvalidValueException with {@link Kind#EMPTY} for empty or blank text; {@link Kind#LENGTH}
   *     for more than {@value #MAX_LENGTH} characters; {@link Kind#UNSUPPORTED} for a scheme other than
   *     http or https; {@link Kind#OUT_OF_RANGE} for a port above 65535; {@link Kind#SYNTAX} for
   *     everything else listed in the class description
   * @throws NullPointerException if {@code text} is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static WebAddress parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int len = s.length();
    if (CheckDigits.isBlank(s)) {
      throw Failures.atIndex(TYPE, s, 0, Kind.EMPTY, "a web address cannot be empty");
    }
    if (len > MAX_LENGTH) {
      throw Failures.atIndex(TYPE, s, MAX_LENGTH, Kind.LENGTH,
          "a web address has at most " + MAX_LENGTH + " characters");
    }
    checkCharacters(s);

    int colon = schemeEnd(s);
    if (colon < 0) {
      throw Failures.atIndex(TYPE, s, 0, Kind.SYNTAX,
          "not an absolute address; it must start with http:// or https://");
    }
    String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw Failures.atIndex(TYPE, s, 0, Kind.UNSUPPORTED,
          "only http and https addresses are accepted, not " + scheme);
    }
    if (!s.startsWith("//", colon + 1)) {
      throw Failures.atIndex(TYPE, s, colon + 1, Kind.SYNTAX,
          scheme + ": must be followed by // and a host");
    }
    int hostStart = colon + 3;
    int authorityEnd = hostStart;
    while (authorityEnd < len && "/?#".indexOf(s.charAt(authorityEnd)) < 0) {
      authorityEnd++;
    }
    checkAuthority(s, hostStart, authorityEnd);

    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      InvalidValueException invalid =
          Failures.atIndex(TYPE, s, Math.max(0, e.getIndex()), Kind.SYNTAX, e.getReason());
      invalid.initCause(e);
      throw invalid;
    }
    if (uri.getHost() == null) {
      throw Failures.atIndex(TYPE, s, hostStart, Kind.SYNTAX,
          "the host is not a valid domain name or IP address");
    }
    return new WebAddress(s, uri, scheme);
  }

  private static void checkCharacters(String s) {
    int len = s.length();
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
            "a space is not allowed in a web address; write it as %20");
      } else if (c < ' ' || c == 0x7F) {
        throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
            "control character " + CheckDigits.describe(s, i) + " is not allowed in a web address");
      } else if (c > 0x7F) {
        throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
            CheckDigits.describe(s, i) + " is not ASCII; percent-encode its UTF-8 bytes");
      } else if (c == '%') {
        if (i + 2 >= len || !CheckDigits.isHexDigit(s.charAt(i + 1)) || !CheckDigits.isHexDigit(s.charAt(i + 2))) {
          throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
              "'%' must be followed by two hexadecimal digits");
        }
      } else if (!isUriCharacter(c)) {
        throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
            CheckDigits.describe(s, i) + " is not allowed in a web address; percent-encode it");
      }
    }
  }

  /** RFC 3986 unreserved, general and sub-delimiter characters; {@code %} is checked separately. */
  private static boolean isUriCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "-._~:/?#[]@!$&'()*+,;=".indexOf(c) >= 0;
  }

  /** Returns the index of the colon that ends a well-formed scheme, or -1 if the text has none. */
  private static int schemeEnd(String s) {
    char first = s.charAt(0);
    if (!(first >= 'a' && first <= 'z') && !(first >= 'A' && first <= 'Z')) {
      return -1;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':') {
        return i;
      }
      boolean schemeChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '+' || c == '-' || c == '.';
      if (!schemeChar) {
        return -1;
      }
    }
    return -1;
  }

  private static void checkAuthority(String s, int start, int end) {
    if (start == end) {
      throw Failures.atIndex(TYPE, s, start, Kind.SYNTAX, "the address has no host");
    }
    for (int i = start; i < end; i++) {
      if (s.charAt(i) == '@') {
        throw Failures.atIndex(TYPE, s, start, Kind.SYNTAX,
            "a user name or password before '@' is not allowed");
      }
    }
    for (int i = start; i < end; i++) {
      if (s.charAt(i) == '%') {
        throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX,
            "a host cannot contain percent escapes or an IPv6 zone");
      }
    }
    int portColon = -1;
    for (int i = end - 1; i >= start; i--) {
      char c = s.charAt(i);
      if (c == ':') {
        portColon = i;
        break;
      }
      if (c == ']') {
        break;
      }
    }
    if (portColon < 0) {
      return;
    }
    if (portColon == start) {
      throw Failures.atIndex(TYPE, s, start, Kind.SYNTAX, "the address has no host");
    }
    if (portColon == end - 1) {
      throw Failures.atIndex(TYPE, s, portColon, Kind.SYNTAX,
          "a ':' after the host must be followed by a port number");
    }
    int port = 0;
    for (int i = portColon + 1; i < end; i++) {
      char c = s.charAt(i);
      if (!CheckDigits.isAsciiDigit(c)) {
        throw Failures.atIndex(TYPE, s, i, Kind.SYNTAX, "the port must be a number");
      }
      port = Math.min(port * 10 + (c - '0'), 100_000);
    }
    if (port > 65_535) {
      throw Failures.atIndex(TYPE, s, portColon + 1, Kind.OUT_OF_RANGE,
          "a port number is at most 65535");
    }
  }

  /**
   * Returns the address as a {@link URI}.
   *
   * @return the URI, never null; its {@link URI#toString()} equals this address's text
   */
  public URI toUri() {
    return uri;
  }

  /**
   * Returns the scheme in lower case, whatever case the text used.
   *
   * @return {@code "http"} or {@code "https"}
   */
  public String scheme() {
    return scheme;
  }

  /**
   * Returns the host as written in the address, without port; an IPv6 address keeps its brackets.
   *
   * @return the host, such as {@code www.discogs.com} or {@code [2001:db8::1]}, never empty
   */
  public String host() {
    return uri.getHost();
  }

  /**
   * Returns the address exactly as it was given.
   *
   * @return the text form
   */
  @JsonValue
  @Override
  public String toString() {
    return text;
  }

  /**
   * Compares the text exactly, letter case and escapes included.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an address with identical text
   */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof WebAddress && text.equals(((WebAddress) other).text);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the text
   */
  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
