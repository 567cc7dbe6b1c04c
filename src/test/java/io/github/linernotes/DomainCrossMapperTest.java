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
  private static final ObjectMapper COMBINING_JACKSON2 = com.fasterxml.jackson.databind.json.JsonMapper.builder()
      .addModule(new Jdk8Module())
      .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  @Test
  void bothMajorsWriteTheSameBytesForEveryType() {
    for (Map.Entry<Class<?>, Gen<?>> entry : DomainJsonFixtures.generators().entrySet()) {
      check(entry.getKey(), entry.getValue());
    }
  }

  /**
   * Text is the same from both majors; bytes are the same once Jackson 2 is told to write characters
   * outside the Basic Multilingual Plane as UTF-8 (its UTF-8 writer otherwise escapes them as
   * surrogate pairs, {@code \uD83C\uDFB5}, which Jackson 3 no longer does). Either way it is the
   * same JSON value, and each major reads the other's bytes back to an equal album.
   */
  @Test
  void charactersBeyondTheBasicPlaneAreTheSameTextAndTheSameBytesWithOneJackson2Feature() throws Exception {
    Album album = Album.builder().title("Blue \uD83C\uDFB5").addArtists(ArtistCredit.of("\uD834\uDD1E Trio")).build();
    byte[] three = JACKSON3.writeValueAsBytes(album);
    assertThat(JACKSON2.writeValueAsString(album)).isEqualTo(JACKSON3.writeValueAsString(album));
    assertThat(COMBINING_JACKSON2.writeValueAsBytes(album)).isEqualTo(three);
    assertThat(LinerNotesJson.write(album).getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(three);
    byte[] escaped = JACKSON2.writeValueAsBytes(album);
    assertThat(new String(escaped, java.nio.charset.StandardCharsets.US_ASCII)).contains("\\uD83C\\uDFB5");
    assertThat(JACKSON3.readValue(escaped, Album.class)).isEqualTo(album);
    assertThat(JACKSON2.readValue(three, Album.class)).isEqualTo(album);
  }

  /**
   * Jackson's default typing is not supported: it wraps the library's lists and ratings in class names
   * that the library's own type information does not expect, and reading them back fails (never into a
   * different album).
   */
  @Test
  void defaultTypingIsRefused() {
    JsonMapper typing = JsonMapper.builder().activateDefaultTyping(
        tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build())
        .build();
    Album album = ReferenceAlbums.ascenseurPourLEchafaud();
    String written = typing.writeValueAsString(album);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> typing.readValue(written, Album.class)))
        .isInstanceOf(tools.jackson.core.JacksonException.class);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(
        () -> typing.readValue(LinerNotesJson.write(album), Album.class)))
        .isInstanceOf(tools.jackson.core.JacksonException.class);
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
