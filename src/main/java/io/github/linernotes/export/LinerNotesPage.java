package io.github.linernotes.export;

import io.github.linernotes.Album;
import io.github.linernotes.internal.page.JtepageGenerated;
import java.util.Objects;

/**
 * Writes an album as one self-contained HTML5 page that reads like liner notes: an infobox (artist,
 * release and recording dates, studio, length of each release, labels and catalogue numbers, the
 * neighbouring albums), the track list of every release by medium and side with side and medium totals,
 * the recording sessions with their line-ups (and the recordings a limited credit covers), works and
 * composers, reviews with their ratings as published (stars, the score, the letter, the verdict's words)
 * beside the 0–100 figure, notes, related works, awards and numbered sources, to which every cited
 * statement links as {@code [3]}.
 *
 * <p>The page is static: CSS is inline, nothing is loaded from elsewhere, and the only script element holds
 * the album's schema.org JSON-LD ({@link SchemaOrg#write(Album)}) as data. Every text from the album is
 * HTML-escaped; text the page cannot carry at all (Unicode noncharacters such as U+FFFE) is shown as
 * U+FFFD. The document is UTF-8, in English ({@code lang="en"}), laid out for phones as well as desktops
 * and for print.
 *
 * <p>The page's templates are compiled into the library at build time; rendering them needs the
 * template runtime {@code gg.jte:jte-runtime} (version 3.2.5), an optional dependency of the library.
 * Add it to your class path to use this class; on the module path it is the automatic module
 * {@code gg.jte.runtime}, which this library only {@code requires static}, so resolve it too (require it from
 * your module or pass {@code --add-modules gg.jte.runtime}). Without it, {@link #write(Album)} throws an
 * {@link IllegalStateException} naming the artifact, never a {@link NoClassDefFoundError}. The library's
 * {@code -cli} jar bundles it.
 *
 * <p>Thread-safe: a pure function of its argument.
 */
public final class LinerNotesPage {

  private static final String RUNTIME_CLASS = "gg.jte.html.HtmlTemplateOutput";

  private LinerNotesPage() {}

  /**
   * Returns the album's liner-notes page.
   *
   * @param album the album
   * @return the complete HTML document, starting with {@code <!DOCTYPE html>}
   * @throws NullPointerException if {@code album} is null
   * @throws IllegalStateException if the template runtime {@code gg.jte:jte-runtime} is not on the class
   *     path or module path
   */
  public static String write(Album album) {
    Objects.requireNonNull(album, "album");
    requireRuntime();
    String jsonLd = scriptSafe(SchemaOrg.write(album));
    try {
      return PageText.safe(Render.page(PageViews.of(album, jsonLd)));
    } catch (NoClassDefFoundError e) {
      throw missingRuntime(e);
    }
  }

  private static void requireRuntime() {
    try {
      Class.forName(RUNTIME_CLASS, false, LinerNotesPage.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw missingRuntime(e);
    }
  }

  private static IllegalStateException missingRuntime(Throwable cause) {
    return new IllegalStateException("LinerNotesPage needs the template runtime gg.jte:jte-runtime 3.2.5 "
        + "(module gg.jte.runtime) on the class path or module path; it is an optional dependency of "
        + "Liner Notes", cause);
  }

  /**
   * Makes a JSON document safe inside an HTML script element: {@code <}, {@code >}, {@code &} and
   * {@code '} (which JSON can only hold inside strings) become {@code \u005Cu} escapes, so no
   * {@code </script>} or {@code <!--} can occur, and so do noncharacters and U+2028/U+2029. The JSON means
   * the same.
   */
  static String scriptSafe(String json) {
    StringBuilder out = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean escape = c == '<' || c == '>' || c == '&' || c == '\'' || c == '\u2028' || c == '\u2029'
          || (c >= '\uFDD0' && c <= '\uFDEF') || c == '\uFFFE' || c == '\uFFFF';
      if (!escape && Character.isHighSurrogate(c) && i + 1 < json.length()) {
        int cp = json.codePointAt(i);
        if (PageText.isNonCharacter(cp)) {
          out.append(String.format("\\u%04x\\u%04x", (int) c, (int) json.charAt(i + 1)));
          i++;
          continue;
        }
      }
      if (escape) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Escapes the five characters that HTML gives meaning to. */
  static String escapeText(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&':
          escaped.append("&amp;");
          break;
        case '<':
          escaped.append("&lt;");
          break;
        case '>':
          escaped.append("&gt;");
          break;
        case '"':
          escaped.append("&#34;");
          break;
        case '\'':
          escaped.append("&#39;");
          break;
        default:
          escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** Only this class touches the template runtime, so a missing runtime fails where it can be reported. */
  private static final class Render {
    static String page(io.github.linernotes.internal.page.PageView view) {
      gg.jte.output.StringOutput text = new gg.jte.output.StringOutput(32 * 1024);
      JtepageGenerated.render(new StrictOutput(text), null, view);
      return text.toString();
    }
  }

  /**
   * jte's HTML output (which escapes every value for where it stands), with text content escaped more
   * strictly than jte needs: {@code &}, {@code <}, {@code >}, {@code "} and {@code '} all become character
   * references, so none of them from the album stands raw anywhere in the page.
   */
  private static final class StrictOutput extends gg.jte.html.OwaspHtmlTemplateOutput {
    private final gg.jte.TemplateOutput out;
    private String tag;
    private String attribute;

    StrictOutput(gg.jte.TemplateOutput out) {
      super(out);
      this.out = out;
    }

    @Override
    public void setContext(String tagName, String attributeName) {
      super.setContext(tagName, attributeName);
      tag = tagName;
      attribute = attributeName;
    }

    @Override
    public void writeUserContent(String value) {
      if (value != null && attribute == null && !"script".equals(tag) && !"style".equals(tag)) {
        out.writeContent(escapeText(value));
      } else {
        super.writeUserContent(value);
      }
    }
  }
}
