package io.github.linernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** How an import input is told apart: gzip by its magic bytes, XML by a {@code <} after an opening mark and space. */
class CompressionTest {

  private static boolean markup(byte[] bytes) throws IOException {
    InputStream in = Compression.open(new ByteArrayInputStream(bytes));
    boolean markup = Compression.startsWithMarkup(in);
    assertThat(in.readAllBytes()).as("the stream is not moved").isEqualTo(bytes);
    return markup;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void markupIsALessThanSignAfterAnOpeningMarkAndWhiteSpace() throws IOException {
    assertThat(markup(utf8("<releases>"))).isTrue();
    assertThat(markup(utf8(" \r\n\t<releases>"))).isTrue();
    assertThat(markup(utf8("\uFEFF<releases>"))).isTrue();
    assertThat(markup(utf8("\uFEFF  \n<releases>"))).isTrue();
    assertThat(markup(utf8("{\"title\": \"x\"}"))).isFalse();
    assertThat(markup(utf8(""))).isFalse();
    assertThat(markup(utf8("  \uFEFF<releases>"))).as("a mark after white space").isFalse();
    assertThat(markup(new byte[] {(byte) 0xEF, (byte) 0xBB, '<'})).as("two bytes of a mark").isFalse();
    assertThat(markup(new byte[] {(byte) 0xBB, (byte) 0xBF, '<'})).isFalse();
    assertThat(markup(utf8(" ".repeat(5000) + "<"))).as("beyond the bytes looked at").isFalse();
  }

  @Test
  void gzipIsReadDecompressed() throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
      gzip.write(utf8("\uFEFF<masters/>"));
    }
    InputStream in = Compression.open(new ByteArrayInputStream(packed.toByteArray()));
    assertThat(Compression.startsWithMarkup(in)).isTrue();
    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF<masters/>");
  }
}
