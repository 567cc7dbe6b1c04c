package io.github.linernotes.imports;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjLongConsumer;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a Discogs XML dump with StAX, one {@code <release>} or {@code <master>} at a time, into a tree of the
 * API JSON's shape, and hands each to {@link DiscogsMapper}. Memory is bounded by one element.
 */
final class DiscogsDump {

  /** Characters of names, attributes and text one element may hold before it is given up as unusable. */
  static final long MAX_ELEMENT_CHARS = 64L * 1024 * 1024;
  /** Nesting one element may have; Discogs' own is below 10. */
  static final int MAX_DEPTH = 64;

  /** Elements whose children are a list, as in the API JSON. */
  private static final Set<String> LISTS = Set.of("images", "artists", "extraartists", "labels", "formats",
      "descriptions", "genres", "styles", "tracklist", "sub_tracks", "identifiers", "videos", "companies", "series");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final long maxChars;

  private DiscogsDump(long maxChars) {
    this.maxChars = maxChars;
  }

  static void read(InputStream in, ObjLongConsumer<Imported> each) {
    read(in, each, MAX_ELEMENT_CHARS);
  }

  /** As {@link #read(InputStream, ObjLongConsumer)}, with another bound of characters per element (for tests). */
  static void read(InputStream in, ObjLongConsumer<Imported> each, long maxChars) {
    XMLStreamReader x = null;
    try {
      InputStream src = unzipped(new BufferedInputStream(new FilterInputStream(in) {
        @Override
        public void close() {
          // the caller's stream stays open
        }
      }, 1 << 16));
      XMLInputFactory f = XMLInputFactory.newDefaultFactory();
      f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      x = f.createXMLStreamReader(src);
      new DiscogsDump(maxChars).loop(x, each);
    } catch (XMLStreamException e) {
      throw unreadable(e.getLocation(), "not well-formed XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ImportException(ImportNote.of(ImportCode.UNUSABLE, "", "the dump cannot be read: " + e), e);
    } finally {
      if (x != null) {
        try {
          x.close();
        } catch (XMLStreamException ignored) {
          // nothing was left to release
        }
      }
    }
  }

  private static InputStream unzipped(BufferedInputStream b) throws IOException {
    b.mark(2);
    int b1 = b.read();
    int b2 = b.read();
    b.reset();
    return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(b, 1 << 16) : b;
  }

  private static ImportException unreadable(Location l, String message, Throwable cause) {
    String where = l == null ? "" : l.getLineNumber() + ":" + l.getColumnNumber();
    return new ImportException(ImportNote.of(ImportCode.UNUSABLE, where, message), cause);
  }

  // per element: the names of list children and the attributes seen, for the XPath of its notes
  private Map<String, String> childNames;
  private Map<String, Set<String>> attributes;
  private long chars;
  private boolean tooBig;
  private boolean tooDeep;

  private void loop(XMLStreamReader x, ObjLongConsumer<Imported> each) throws XMLStreamException {
    String root = null;
    Map<String, Long> counts = new HashMap<>();
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.DTD) {
        throw unreadable(x.getLocation(), "a DOCTYPE is not allowed in a Discogs dump", null);
      }
      if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
        throw unreadable(x.getLocation(), "the entity reference &" + x.getLocalName()
            + "; is not declared (DTDs are not read)", null);
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (root == null) {
        root = x.getLocalName();
        continue;
      }
      String name = x.getLocalName();
      long line = x.getLocation().getLineNumber();
      long n = counts.merge(name, 1L, Long::sum);
      childNames = new HashMap<>();
      attributes = new HashMap<>();
      chars = 0;
      tooBig = false;
      tooDeep = false;
      JsonNode tree = element(x, name, 1);
      DiscogsLoc.Renderer where = DiscogsLoc.xpath(root, name, n, childNames, attributes);
      Imported result;
      if (tooBig || tooDeep) {
        result = Imported.of(java.util.List.of(), java.util.List.of(ImportNote.of(ImportCode.UNUSABLE,
            where.render(DiscogsLoc.root()), tooBig ? "the element holds more than " + maxChars
                + " characters; it is not imported" : "the element nests deeper than " + MAX_DEPTH
                + " levels; it is not imported")));
      } else if (name.equals("release") || name.equals("master")) {
        result = DiscogsMapper.map(tree, name.equals("master") ? DiscogsMapper.Kind.MASTER
            : DiscogsMapper.Kind.RELEASE, where);
      } else {
        result = Imported.of(java.util.List.of(), java.util.List.of(ImportNote.of(ImportCode.UNUSABLE,
            where.render(DiscogsLoc.root()), "<" + name + "> is neither a release nor a master")));
      }
      each.accept(result, line);
    }
  }

  private void count(String s) {
    chars += s.length();
    if (chars > maxChars) {
      tooBig = true;
    }
  }

  /** Reads past the end of the element the reader is at, without recursion. */
  private void skip(XMLStreamReader x) throws XMLStreamException {
    int open = 1;
    while (open > 0) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        open++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        open--;
      } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
        throw unreadable(x.getLocation(), "the entity reference &" + x.getLocalName()
            + "; is not declared (DTDs are not read)", null);
      }
    }
  }

  /** Reads the element the reader is at, to its end; returns a text, an object or a list. */
  private JsonNode element(XMLStreamReader x, String name, int depth) throws XMLStreamException {
    if (depth > MAX_DEPTH) {
      tooDeep = true;
      skip(x);
      return NODES.nullNode();
    }
    boolean keep = !tooBig && !tooDeep;
    ObjectNode obj = keep ? NODES.objectNode() : null;
    ArrayNode list = keep && LISTS.contains(name) ? NODES.arrayNode() : null;
    int attrs = x.getAttributeCount();
    for (int i = 0; i < attrs; i++) {
      String a = x.getAttributeLocalName(i);
      String v = x.getAttributeValue(i);
      count(a);
      count(v);
      if (keep && !tooBig) {
        attributes.computeIfAbsent(name, k -> new HashSet<>()).add(a);
        obj.put(a, v);
      }
    }
    StringBuilder text = keep ? new StringBuilder() : null;
    boolean children = false;
    Set<String> multi = new HashSet<>();
    while (true) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        children = true;
        String child = x.getLocalName();
        count(child);
        JsonNode value = element(x, child, depth + 1);
        if (tooBig || tooDeep || !keep) {
          keep = false;
          continue;
        }
        if (list != null) {
          childNames.putIfAbsent(name, child);
          list.add(value);
        } else if (multi.contains(child)) {
          ((ArrayNode) obj.get(child)).add(value);
        } else if (obj.has(child)) {
          // a repeated child where one is expected: kept as a list under the same name
          obj.set(child, NODES.arrayNode().add(obj.get(child)).add(value));
          multi.add(child);
        } else if (value.isObject() && value.has("#text")) {
          // a text element with attributes: its text under its name, its attributes as name@attribute
          obj.set(child, value.get("#text"));
          for (Map.Entry<String, JsonNode> e : value.properties()) {
            if (!e.getKey().equals("#text")) {
              obj.set(child + "@" + e.getKey(), e.getValue());
            }
          }
        } else {
          obj.set(child, value);
        }
      } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
          || ev == XMLStreamConstants.SPACE) {
        count(x.getText());
        if (keep && !tooBig) {
          text.append(x.getText());
        }
      } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
        throw unreadable(x.getLocation(), "the entity reference &" + x.getLocalName()
            + "; is not declared (DTDs are not read)", null);
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        break;
      }
    }
    if (!keep || tooBig || tooDeep) {
      return NODES.nullNode();
    }
    if (list != null) {
      return list;
    }
    if (!children && attrs == 0) {
      return NODES.stringNode(text.toString());
    }
    if (!children && !text.toString().isBlank()) {
      obj.put("#text", text.toString());
    }
    return obj;
  }
}
