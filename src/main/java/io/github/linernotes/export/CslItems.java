package io.github.linernotes.export;

import io.github.linernotes.Author;
import io.github.linernotes.Citation;
import io.github.linernotes.CitationKind;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.PublicationDate;
import java.time.LocalDate;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Maps one citation to one CSL item. */
final class CslItems {

  private CslItems() {}

  static ObjectNode item(String id, Citation c) {
    ObjectNode item = ExportJson.MAPPER.createObjectNode();
    item.put("id", id);
    item.put("type", type(c.kind()));
    if (!c.authors().isEmpty()) {
      ArrayNode authors = item.putArray("author");
      for (Author a : c.authors()) {
        ObjectNode name = authors.addObject();
        if (a.given().isPresent()) {
          name.put("family", a.family());
          name.put("given", a.given().get());
        } else {
          name.put("literal", a.family());
        }
      }
    }
    put(item, "title", c.title());
    put(item, "container-title", c.containerTitle());
    put(item, "publisher", c.publisher());
    put(item, "publisher-place", c.publisherPlace());
    c.issued().ifPresent(d -> item.set("issued", date(d)));
    c.accessed().ifPresent(d -> item.set("accessed", date(d)));
    put(item, "volume", c.volume());
    put(item, "issue", c.issue());
    put(item, "page", c.pages());
    c.isbn().ifPresent(v -> item.put("ISBN", v.toString()));
    c.issn().ifPresent(v -> item.put("ISSN", v.toString()));
    c.url().ifPresent(v -> item.put("URL", v.toString()));
    c.archiveUrl().ifPresent(v -> item.put("archive_location", v.toString()));
    put(item, "note", c.note());
    c.archived().ifPresent(d -> item.putObject("custom").put("archived", d.toString()));
    return item;
  }

  static String type(CitationKind kind) {
    switch (kind) {
      case JOURNAL_ARTICLE:
        return "article-journal";
      case MAGAZINE_ARTICLE:
        return "article-magazine";
      case NEWSPAPER_ARTICLE:
        return "article-newspaper";
      case BOOK:
        return "book";
      case CHAPTER:
        return "chapter";
      case WEB_PAGE:
        return "webpage";
      case DATABASE_ENTRY:
        return "entry";
      case LINER_NOTES:
      case OTHER:
      default:
        return "document";
    }
  }

  private static void put(ObjectNode item, String field, Optional<String> value) {
    value.ifPresent(v -> item.put(field, v));
  }

  static ObjectNode date(PublicationDate date) {
    if (date.isNoDate()) {
      ObjectNode node = ExportJson.MAPPER.createObjectNode();
      node.put("literal", "n.d.");
      return node;
    }
    return date(date.date().orElseThrow());
  }

  static ObjectNode date(PartialDate date) {
    ObjectNode node = ExportJson.MAPPER.createObjectNode();
    Optional<ArrayNode> parts = dateParts(date);
    if (parts.isEmpty()) {
      node.put("literal", date.toString());
      return node;
    }
    node.set("date-parts", parts.get());
    if (!date.isInterval() && date.precision() == io.github.linernotes.value.DatePrecision.SEASON) {
      node.put("season", season(date));
    }
    if (date.isUncertain() || date.isApproximate()) {
      node.put("circa", true);
    }
    return node;
  }

  /** The date-parts of a date, or empty where CSL's date-parts cannot say it. */
  private static Optional<ArrayNode> dateParts(PartialDate date) {
    ArrayNode parts = ExportJson.MAPPER.createArrayNode();
    if (date.isInterval()) {
      String text = date.toString();
      int slash = text.indexOf('/');
      Optional<PartialDate> start = end(text.substring(0, slash));
      Optional<PartialDate> end = end(text.substring(slash + 1));
      if (start.isEmpty() || end.isEmpty()) {
        return Optional.empty();
      }
      Optional<ArrayNode> first = single(start.get());
      Optional<ArrayNode> last = single(end.get());
      if (first.isEmpty() || last.isEmpty() || first.get().size() != last.get().size()) {
        // citation processors reject a range whose ends have different precisions (citeproc-js: "element
        // mismatch in date range input"); such an interval is written as its EDTF text
        return Optional.empty();
      }
      parts.add(first.get());
      parts.add(last.get());
      return Optional.of(parts);
    }
    Optional<ArrayNode> one = single(date);
    one.ifPresent(parts::add);
    return one.map(p -> parts);
  }

  /** An interval end as a date, empty for an open ({@code ..}) or unknown (empty) end. */
  private static Optional<PartialDate> end(String text) {
    return text.isEmpty() || text.equals("..") ? Optional.empty() : Optional.of(PartialDate.parse(text));
  }

  private static Optional<ArrayNode> single(PartialDate date) {
    LocalDate first = date.earliest().orElse(null);
    if (first == null) {
      return Optional.empty();
    }
    ArrayNode part = ExportJson.MAPPER.createArrayNode();
    switch (date.precision()) {
      case DAY:
        part.add(first.getYear()).add(first.getMonthValue()).add(first.getDayOfMonth());
        return Optional.of(part);
      case MONTH:
        part.add(first.getYear()).add(first.getMonthValue());
        return Optional.of(part);
      case YEAR:
      case SEASON:
        part.add(first.getYear());
        return Optional.of(part);
      default:
        return Optional.empty();
    }
  }

  /** CSL's season number, 1 (spring) to 4 (winter), from EDTF's 21 to 24. */
  private static int season(PartialDate date) {
    String text = date.toString();
    int dash = text.lastIndexOf('-');
    return Integer.parseInt(text.substring(dash + 1, dash + 3)) - 20;
  }
}
