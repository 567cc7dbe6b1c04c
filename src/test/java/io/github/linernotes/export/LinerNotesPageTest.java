package io.github.linernotes.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.linernotes.Album;
import io.github.linernotes.ArtistCredit;
import io.github.linernotes.Citation;
import io.github.linernotes.DomainGenerators;
import io.github.linernotes.Note;
import io.github.linernotes.Personnel;
import io.github.linernotes.ReferenceAlbums;
import io.github.linernotes.Review;
import io.github.linernotes.Session;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LinerNotesPageTest {

  private static final Album REFERENCE = ReferenceAlbums.ascenseurPourLEchafaud();
  private static final String HOSTILE = "<script>alert(1)</script> & \"double\" 'single' <b>bold</b>";

  private static Document page(Album album) {
    return Jsoup.parse(LinerNotesPage.write(album));
  }

  private static List<String> texts(Elements elements) {
    return elements.stream().map(Element::text).collect(Collectors.toList());
  }

  private static List<String> column(Element table, String cell) {
    return texts(table.select("tbody tr > " + cell));
  }

  // ------------------------------------------------------------------ the reference album

  @Test
  void theHeadAndInfoboxCarryTheAlbumsFacts() {
    Document doc = page(REFERENCE);
    assertThat(doc.select("html").attr("lang")).isEqualTo("en");
    assertThat(doc.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
    assertThat(doc.select("meta[name=viewport]")).hasSize(1);
    assertThat(doc.select("h1").text()).isEqualTo("Ascenseur pour l'échafaud");
    assertThat(doc.title()).contains("Ascenseur pour l'échafaud", "Miles Davis");
    assertThat(doc.select("header .artist").text()).isEqualTo("Miles Davis");
    assertThat(doc.select("header .kind").text()).isEqualTo("Soundtrack");

    Element box = doc.selectFirst("aside.infobox");
    List<String> labels = texts(box.select("dt"));
    assertThat(labels).containsExactly("Artist", "Released", "Recorded", "Studio", "Length", "Label",
        "Previous album");
    assertThat(texts(box.select("dd").get(1).select("span"))).containsExactly("1958");
    assertThat(texts(box.select("dd").get(2).select("span"))).containsExactly("4–5 December 1957", "26 May 1958");
    assertThat(texts(box.select("dd").get(3).select("span")))
        .containsExactly("Le Poste Parisien, Paris, France", "New York, United States");
    assertThat(texts(box.select("dd").get(4).select("span")))
        .containsExactly("25:38 (Fontana 10-inch vinyl, 1958)", "71:18 (Fontana / PolyGram CD, the 1980s)");
    assertThat(texts(box.select("dd").get(5).select("span")))
        .containsExactly("Fontana 660.213 MR", "Columbia CL 1268", "PolyGram");
    assertThat(box.select("dd").get(6).text()).isEqualTo("Relaxin' with the Miles Davis Quintet");
    assertThat(box.select(".ref a").eachAttr("href")).containsExactly("#source-1", "#source-2");
  }

  @Test
  void theFontanaLpListsItsTenTracksBySideWithSideAndLpTotals() {
    Element lp = page(REFERENCE).getElementById("release-1");
    assertThat(lp.selectFirst("h3").text()).isEqualTo("Fontana 10-inch vinyl, 1958[7]");
    assertThat(lp.select("h3 a").attr("href")).isEqualTo("#source-7");
    assertThat(lp.select("h4").text()).isEqualTo("10-inch vinyl");
    Elements tables = lp.select("table");
    assertThat(texts(tables.select("caption"))).containsExactly("Side A", "Side B");
    Element a = tables.get(0);
    Element b = tables.get(1);
    assertThat(column(a, "td.pos")).containsExactly("A1", "A2", "A3", "A4", "A5");
    assertThat(column(a, "th")).containsExactly("Générique", "L'Assassinat de Carala", "Sur l'autoroute",
        "Julien dans l'ascenseur", "Florence sur les Champs-Élysées");
    assertThat(column(a, "td.len")).containsExactly("2:45", "2:10", "2:15", "2:07", "2:50");
    assertThat(a.select("tbody time").eachAttr("datetime")).startsWith("PT2M45S", "PT2M10S");
    assertThat(column(b, "td.pos")).containsExactly("B1", "B2", "B3", "B4", "B5");
    assertThat(column(b, "th")).containsExactly("Dîner au motel", "Évasion de Julien", "Visite du vigile",
        "Au bar du Petit Bac", "Chez le photographe du motel");
    assertThat(column(b, "td.len")).containsExactly("3:58", "0:53", "2:00", "2:50", "3:50");
    // 2:45 + 2:10 + 2:15 + 2:07 + 2:50 = 12:07; 3:58 + 0:53 + 2:00 + 2:50 + 3:50 = 13:31
    assertThat(a.select("tfoot").text()).isEqualTo("Side A total 12:07");
    assertThat(b.select("tfoot").text()).isEqualTo("Side B total 13:31");
    assertThat(lp.select(".medium-total").text()).isEqualTo("LP total: 25:38");
    assertThat(lp.select("dl.facts").text())
        .contains("Fontana, 660.213 MR", "1958, Europe", "25:38 (stated; the tracks add up to the same)");
  }

  @Test
  void jazzTrackListsThirteenTracksBySideAndSaysItsLengthsAreNotGiven() {
    Element jazz = page(REFERENCE).getElementById("release-2");
    assertThat(jazz.selectFirst("h3").text()).isEqualTo("Jazz Track");
    Elements tables = jazz.select("table");
    assertThat(texts(tables.select("caption"))).containsExactly("Side A", "Side B");
    assertThat(column(tables.get(0), "td.pos")).hasSize(10).startsWith("A1").endsWith("A10");
    assertThat(column(tables.get(1), "th")).containsExactly("On Green Dolphin Street", "Fran-Dance",
        "Stella by Starlight");
    assertThat(tables.get(0).select("tfoot").text()).isEqualTo("Side A total not given");
    assertThat(jazz.select(".medium-total").text()).isEqualTo("Total: not given");
    assertThat(jazz.select("dl.facts").text()).contains("Columbia, CL 1268", "date not given, United States");
  }

  @Test
  void theCdShowsItsLengthAndDescribedContents() {
    Element cd = page(REFERENCE).getElementById("release-3");
    assertThat(cd.selectFirst("h3").text()).isEqualTo("Fontana / PolyGram CD, the 1980s");
    assertThat(cd.select("table")).isEmpty();
    assertThat(cd.select("dl.facts").text()).contains("71:18 stated", "the 1980s, worldwide");
    List<String> sections = texts(cd.select("ul li"));
    assertThat(sections).hasSize(4);
    assertThat(sections.get(3)).startsWith("Tracks 17–26: The soundtrack as it was mixed")
        .contains("version: 1958 film mix, with added reverb");
    assertThat(sections.get(2)).contains("alternate takes; previously unreleased");
  }

  @Test
  void sessionsShowWhoPlaysWhatAndWhatWasRecorded() {
    Document doc = page(REFERENCE);
    Element paris = doc.getElementById("session-1");
    assertThat(paris.selectFirst("h3").text()).isEqualTo("4–5 December 1957 · Le Poste Parisien, Paris, France");
    Element lineUp = paris.selectFirst("table");
    assertThat(lineUp.select("caption").text()).isEqualTo("Line-up");
    assertThat(column(lineUp, "th")).containsExactly("Miles Davis", "Barney Wilen", "René Urtreger",
        "Pierre Michelot", "Kenny Clarke");
    assertThat(texts(lineUp.select("tbody td:eq(1)"))).containsExactly("trumpet", "tenor saxophone", "piano",
        "double bass", "drums");
    assertThat(paris.select(".recorded").text()).startsWith("Recorded: Générique, L'Assassinat de Carala")
        .endsWith("Chez le photographe du motel.");
    Element newYork = doc.getElementById("session-2");
    assertThat(newYork.selectFirst("h3").text()).isEqualTo("26 May 1958 · New York, United States");
    assertThat(column(newYork.selectFirst("table"), "th")).containsExactly("Miles Davis",
        "Julian \"Cannonball\" Adderley", "John Coltrane", "Bill Evans", "Paul Chambers", "Jimmy Cobb");
    assertThat(newYork.select(".recorded").text())
        .isEqualTo("Recorded: On Green Dolphin Street, Fran-Dance, Stella by Starlight.");
    Element credits = doc.getElementById("credits");
    assertThat(credits.select("tbody tr").text()).isEqualTo("Jean-Paul Rappeneau "
        + "assistant to Louis Malle; proposed Miles Davis for the film's score");
    // nobody's credit is limited, so no column says "on every recording"
    assertThat(lineUp.select("thead th")).hasSize(2);
    assertThat(doc.select("#works thead th").eachText()).containsExactly("Work", "Composed by");
    assertThat(doc.select("#works tbody td").eachText()).containsOnly("Miles Davis").hasSize(10);
  }

  @Test
  void aCreditLimitedToSomeRecordingsNamesThem() {
    Session paris = REFERENCE.sessions().get(0);
    Session limited = paris.withLineUp(List.of(paris.lineUp().get(0),
        Personnel.builder().name("Guest").addInstruments("flute").addRecordings("generique", "sur-l-autoroute")
            .build()));
    Album album = REFERENCE.withSessions(limited, REFERENCE.sessions().get(1));
    Element lineUp = page(album).getElementById("session-1").selectFirst("table");
    assertThat(texts(lineUp.select("tbody td:eq(2)")))
        .containsExactly("all recordings of the session", "Générique; Sur l'autoroute");
  }

  @Test
  void reviewsShowTheirRatingsAsPublishedAndOutOf100() {
    Element reviews = page(REFERENCE).getElementById("reviews");
    Element table = reviews.selectFirst("table");
    assertThat(table.select("caption").text()).isEqualTo("Professional ratings");
    assertThat(column(table, "th")).containsExactly("AllMusic[3]", "Los Angeles Times[4]", "Mojo[5]",
        "Tom Hull – on the Web[6]");
    assertThat(texts(table.select("tbody td:eq(1)"))).containsExactly("Michael G. Nastos", "Leonard Feather",
        "Mary Caulfield", "Tom Hull");
    assertThat(texts(table.select("tbody td:eq(2)"))).containsExactly("★★★★½", "★★★★☆", "“favorable”", "B+");
    assertThat(table.select(".stars").eachAttr("aria-label")).containsExactly("4.5 of 5 stars", "4 of 5 stars");
    assertThat(table.select(".stars").eachAttr("role")).containsExactly("img", "img");
    assertThat(texts(table.select("tbody td:eq(3)"))).containsExactly("90", "80", "—", "83");
    assertThat(table.select("th .ref a").eachAttr("href")).containsExactly("#source-3", "#source-4",
        "#source-5", "#source-6");
  }

  @Test
  void otherScalesAndGradesReadAsText() {
    Album album = REFERENCE.withReviews(
        Review.builder().publication("Ten").rating(io.github.linernotes.value.Rating.parse("8.1/10")).build(),
        Review.builder().publication("Odd").rating(io.github.linernotes.value.Rating.parse("3.7/5")).build(),
        Review.builder().publication("Minus").rating(io.github.linernotes.value.Rating.parse("C-")).build(),
        Review.builder().publication("None").build());
    Element table = page(album).getElementById("reviews").selectFirst("table");
    assertThat(texts(table.select("tbody td:eq(2)"))).containsExactly("8.1 of 10", "3.7 of 5", "C−", "not rated");
    assertThat(texts(table.select("tbody td:eq(3)"))).containsExactly("81", "74", "42", "—");
  }

  @Test
  void notesRelatedWorksAwardsAndEightNumberedSources() {
    Document doc = page(REFERENCE);
    Elements notes = doc.select("#notes p.note");
    assertThat(notes).hasSize(3);
    assertThat(notes.get(2).select(".said-by").text()).isEqualTo("Romina Daniele:");
    assertThat(notes.get(2).select("a").attr("href")).isEqualTo("#source-8");
    List<String> related = texts(doc.select("#related li"));
    assertThat(related).hasSize(6);
    assertThat(related.get(0)).isEqualTo("Music for: Ascenseur pour l'échafaud (film, directed by Louis Malle, 1958)");
    assertThat(related.get(3)).isEqualTo("Anticipates: Milestones (album, Miles Davis, 1958)[8]");
    assertThat(doc.select("#awards li").text())
        .isEqualTo("Grammy Award, Best Jazz Performance, Solo or Small Group, 1960: nominated — Jazz Track");
    assertThat(doc.select("#awards li a").attr("href")).isEqualTo("#release-2");

    Elements sources = doc.select("ol.sources > li");
    assertThat(sources.eachAttr("id")).containsExactly("source-1", "source-2", "source-3", "source-4",
        "source-5", "source-6", "source-7", "source-8");
    assertThat(sources.get(0).text()).isEqualTo("Pejrolo, Andrew (April 2006). “Transatlantic Interplays: The "
        + "Origins of Miles Davis's Modal Jazz in Ascenseur pour l'échafaud”. Atlantic Studies 3 (1). "
        + "ISSN 1478-8810.");
    assertThat(sources.get(0).select("i").text()).isEqualTo("Atlantic Studies");
    assertThat(sources.get(1).text()).startsWith("Dimery (2010). p. 34.");
    assertThat(sources.get(2).text()).contains("Nastos, Michael G. (2000).", "AllMusic", "Retrieved 20 March 2011.");
    assertThat(sources.get(4).text()).contains("Archived on 20 March 2011.");
    assertThat(sources.get(5).text()).startsWith("Hull, Tom (n.d.).").contains("Retrieved 22 July 2020.");
    assertThat(sources.get(6).text()).isEqualTo("“Ascenseur Pour L'Échafaud”. Discogs. Retrieved 18 June 2015.");
    assertThat(sources.get(7).text()).isEqualTo("Daniele, Romina (2011). Ascenseur pour l'échafaud, Il luogo "
        + "della musica nell'audiovisione. Milan: RDM. pp. 133–136. ISBN 978-88-904905-9-0.");
    assertThat(sources.get(7).select("i").text()).startsWith("Ascenseur pour l'échafaud, Il luogo");
  }

  @Test
  void aCitationsAddressIsALink() {
    Citation web = REFERENCE.citations().get(2)
        .withUrl(io.github.linernotes.id.WebAddress.parse("https://example.org/review?a=1&b=2"));
    List<Citation> citations = new ArrayList<>(REFERENCE.citations());
    citations.set(2, web);
    Element source = page(REFERENCE.withCitations(citations)).getElementById("source-3");
    assertThat(source.select("a").attr("href")).isEqualTo("https://example.org/review?a=1&b=2");
    assertThat(LinerNotesPage.write(REFERENCE.withCitations(citations)))
        .contains("href=\"https://example.org/review?a=1&amp;b=2\"");
  }

  @Test
  void thePageIsStaticAndSelfContained() {
    String html = LinerNotesPage.write(REFERENCE);
    Document doc = Jsoup.parse(html);
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.select("script").attr("type")).isEqualTo("application/ld+json");
    assertThat(doc.select("[src], link, img, iframe, object, embed, base, form")).isEmpty();
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.select("style").html()).contains("@media print").doesNotContain("url(", "@import");
    assertThat(doc.select("[style], [onclick], [onload]")).isEmpty();
    assertThat(doc.select("header, main, footer, aside")).hasSize(4);
    for (Element table : doc.select("table")) {
      assertThat(table.select("caption")).as("caption of %s", table).hasSize(1);
      assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col");
    }
    assertInternalLinksResolve(doc);
  }

  @Test
  void theEmbeddedJsonLdIsTheSchemaOrgDocument() {
    Document doc = page(REFERENCE);
    JsonNode embedded = JsonMapper.builder().build().readTree(doc.select("script").first().data());
    JsonNode direct = JsonMapper.builder().build().readTree(SchemaOrg.write(REFERENCE));
    assertThat(embedded).isEqualTo(direct);
  }

  // ------------------------------------------------------------------ escaping

  private static Album hostile() {
    Citation cited = REFERENCE.citations().get(0).withTitle(HOSTILE);
    List<Citation> citations = new ArrayList<>(REFERENCE.citations());
    citations.set(0, cited);
    return REFERENCE.withTitle(HOSTILE)
        .withArtists(ArtistCredit.of(HOSTILE))
        .withNotes(Note.builder().text(HOSTILE + "\nsecond line").attributedTo(HOSTILE).addCitations("1").build())
        .withReviews(Review.builder().publication(HOSTILE).reviewer(HOSTILE)
            .rating(io.github.linernotes.value.Rating.parse("\"</script><!--" + HOSTILE.replace("\"", "") + "\""))
            .citation("3").build())
        .withCitations(citations)
        .withCredits(Personnel.builder().name(HOSTILE).creditedAs(HOSTILE + "!").roleNote(HOSTILE).build());
  }

  @Test
  void everyTextFromTheAlbumIsEscaped() {
    String page = LinerNotesPage.write(hostile());
    int open = page.indexOf("<script type=\"application/ld+json\">");
    int close = page.indexOf("</script>", open);
    String jsonLd = page.substring(page.indexOf('>', open) + 1, close);
    String html = page.substring(0, open) + page.substring(close);
    assertThat(jsonLd).doesNotContain("<", ">", "&", "'");
    assertThat(html).doesNotContain("<script>alert", "<b>bold", "</script><!--", "'single'", "\"double\"");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ");
    Document doc = Jsoup.parse(page);
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.select("b")).isEmpty();
    assertThat(doc.select("h1").text()).isEqualTo(HOSTILE);
    assertThat(doc.select("header .artist").text()).isEqualTo(HOSTILE);
    assertThat(doc.select("#notes .said-by").text()).isEqualTo(HOSTILE + ":");
    assertThat(doc.select("#notes p.note").first().wholeText()).contains(HOSTILE + "\nsecond line");
    assertThat(doc.select("#reviews tbody th").text()).isEqualTo(HOSTILE + "[3]");
    assertThat(doc.select("#credits tbody th").text()).isEqualTo(HOSTILE + " (credited as " + HOSTILE + "!)");
    assertThat(doc.getElementById("source-1").text()).contains("“" + HOSTILE + "”");
    assertThat(doc.title()).startsWith(HOSTILE);
  }

  @Test
  void theJsonLdCannotCloseItsScriptElement() {
    String json = "{\"name\":\"</script><script>alert(1)</script><!-- & 'x' \u2028 \uFFFE \uDBFF\uDFFF\"}";
    String safe = LinerNotesPage.scriptSafe(json);
    assertThat(safe).doesNotContain("</", "<!--", "<", ">", "&", "'", "\u2028", "\uFFFE", "\uDBFF\uDFFF");
    JsonMapper mapper = JsonMapper.builder().build();
    assertThat(mapper.readTree(safe)).isEqualTo(mapper.readTree(json));
    String page = LinerNotesPage.write(hostile());
    assertThat(page.split("</script", -1)).hasSize(2);
  }

  @Test
  void noncharactersBecomeTheReplacementCharacter() {
    String html = LinerNotesPage.write(REFERENCE.withTitle("A\uFFFEB\uDBFF\uDFFFC\uFDD0"));
    assertThat(html).contains("A\uFFFDB\uFFFDC\uFFFD").doesNotContain("\uFFFE", "\uDBFF\uDFFF", "\uFDD0");
  }

  // ------------------------------------------------------------------ every album

  @Test
  void everyGeneratedAlbumRenders() {
    qt().withExamples(200).forAll(DomainGenerators.albums()).checkAssert(album -> {
      String html = LinerNotesPage.write(album);
      Document doc = Jsoup.parse(html);
      assertThat(doc.select("h1").text()).isEqualTo(Jsoup.parse("<p>" + escape(album.title())).text());
      assertThat(doc.select("script")).hasSize(1);
      assertThat(html.split("</script", -1)).hasSize(2);
      assertThat(doc.select("ol.sources > li")).hasSize(album.citations().size());
      int tracks = album.releases().stream().flatMap(r -> r.media().stream())
          .mapToInt(m -> m.tracks().size()).sum();
      assertThat(doc.select("#tracks table:not(.credits) tbody tr")).hasSize(tracks);
      assertInternalLinksResolve(doc);
    });
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;");
  }

  static void assertInternalLinksResolve(Document doc) {
    List<String> ids = doc.select("[id]").eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates();
    for (String href : doc.select("a[href^=#]").eachAttr("href")) {
      assertThat(ids).as("target of %s", href).contains(href.substring(1));
    }
  }

  // ------------------------------------------------------------------ the optional runtime

  @Test
  void aNullAlbumIsRefused() {
    assertThatThrownBy(() -> LinerNotesPage.write(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("album");
  }

  @Test
  void withoutTheTemplateRuntimeTheFailureNamesTheArtifact() throws Exception {
    List<URL> path = new ArrayList<>();
    for (Class<?> c : List.of(LinerNotesPage.class, JsonMapper.class, tools.jackson.core.JsonParser.class,
        com.fasterxml.jackson.annotation.JsonProperty.class)) {
      path.add(c.getProtectionDomain().getCodeSource().getLocation());
    }
    assertThat(path).noneMatch(u -> u.toString().contains("jte"));
    try (URLClassLoader loader = new URLClassLoader(path.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      Class<?> page = loader.loadClass(LinerNotesPage.class.getName());
      Class<?> albums = loader.loadClass(ReferenceAlbums.class.getName());
      Object album = albums.getMethod("ascenseurPourLEchafaud").invoke(null);
      Method write = page.getMethod("write", loader.loadClass(Album.class.getName()));
      assertThatThrownBy(() -> {
        try {
          write.invoke(null, album);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }).isInstanceOf(IllegalStateException.class).hasMessageContaining("gg.jte:jte-runtime");
    }
  }
}
