package io.github.linernotes.imports;

import io.github.linernotes.ArtistCredit;
import io.github.linernotes.CreditRole;
import io.github.linernotes.ExternalIds;
import io.github.linernotes.Personnel;
import io.github.linernotes.ValidationException;
import io.github.linernotes.id.MusicBrainzId;
import io.github.linernotes.value.InvalidValueException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Artist credits and the credits of relationships: MusicBrainz's {@code artist-credit} arrays become
 * {@link ArtistCredit}s, and artist relationships become {@link Personnel}, one per artist and credited name
 * with every role, instrument and relationship text of that artist gathered. Not thread-safe.
 */
final class MusicBrainzCredits {

  private MusicBrainzCredits() {}

  /** Reads a MusicBrainz id; a value that is not one is reported and left out. */
  static Optional<MusicBrainzId> mbid(MusicBrainzObject o, String key) {
    Optional<String> text = o.text(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MusicBrainzId.parse(text.get()));
    } catch (InvalidValueException e) {
      o.notes().invalid(o.path(key), "\"" + shortText(text.get()) + "\" is not a MusicBrainz id: " + e.reason()
          + "; left out");
      return Optional.empty();
    }
  }

  static Optional<ExternalIds> ids(Optional<MusicBrainzId> id) {
    return id.map(i -> ExternalIds.builder().musicBrainz(i).build());
  }

  /** Shortens a source text for a message. */
  static String shortText(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }

  /** Reads the artist credit under {@code key}; entries without any name are reported and left out. */
  static List<ArtistCredit> artistCredit(MusicBrainzObject parent, String key) {
    List<ArtistCredit> out = new ArrayList<>();
    for (MusicBrainzObject.Element e : parent.array(key)) {
      MusicBrainzObject c = MusicBrainzObject.of(e.node(), e.path(), "artist credit", parent.notes());
      if (c == null) {
        continue;
      }
      Optional<String> credited = c.name("name");
      Optional<String> join = joinPhrase(c);
      MusicBrainzObject artist = c.object("artist", "artist");
      Optional<String> canonical = Optional.empty();
      Optional<MusicBrainzId> id = Optional.empty();
      if (artist != null) {
        canonical = artist.name("name");
        id = mbid(artist, "id");
        artist.finish();
      }
      c.finish();
      Optional<String> name = canonical.or(() -> credited);
      if (name.isEmpty()) {
        parent.notes().invalid(e.path(), "an artist credit without a name; left out");
        continue;
      }
      ArtistCredit.Builder b = ArtistCredit.builder().name(name.get());
      credited.filter(n -> !n.equals(name.get())).ifPresent(b::creditedAs);
      join.ifPresent(b::joinPhrase);
      ids(id).ifPresent(b::ids);
      try {
        out.add(b.build());
      } catch (ValidationException ex) {
        parent.notes().invalid(e.path(), "the artist credit breaks a rule: " + ex.getMessage() + "; left out");
      }
    }
    return out;
  }

  private static Optional<String> joinPhrase(MusicBrainzObject c) {
    Optional<String> join = c.text("joinphrase");
    if (join.isPresent()) {
      String problem = join.get().length() > MusicBrainzObject.MAX_NAME ? "is too long"
          : join.get().isBlank() ? null : MusicBrainzObject.textProblem(join.get(), MusicBrainzObject.MAX_NAME, false);
      if (problem == null && hasControl(join.get())) {
        problem = "has a control character";
      }
      if (problem != null) {
        c.notes().invalid(c.path("joinphrase"), "the join phrase " + problem + "; left out");
        return Optional.empty();
      }
    }
    return join;
  }

  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < ' ' || (ch >= 0x7f && ch <= 0x9f)) {
        return true;
      }
    }
    return false;
  }

  /** The relationship's type with its attributes as MusicBrainz names them: {@code instrument [electric guitar]}. */
  static String creditedRole(String type, List<String> attributes, Map<String, String> values) {
    if (attributes.isEmpty()) {
      return type;
    }
    StringBuilder sb = new StringBuilder(type).append(" [");
    for (int i = 0; i < attributes.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      String a = attributes.get(i);
      sb.append(a);
      String v = values.get(a);
      if (v != null && !v.isEmpty()) {
        sb.append(": ").append(v);
      }
    }
    return sb.append(']').toString();
  }

  /** A relationship's {@code attribute-values} or {@code attribute-credits}: attribute name to text. */
  static Map<String, String> attributeMap(MusicBrainzObject rel, String key) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode v = rel.raw(key);
    if (v == null) {
      return out;
    }
    if (!v.isObject()) {
      rel.notes().invalid(rel.path(key), "expected an object, found " + MusicBrainzObject.describe(v) + "; left out");
      return out;
    }
    for (Map.Entry<String, JsonNode> p : v.properties()) {
      if (p.getValue() != null && p.getValue().isString()) {
        out.put(p.getKey(), p.getValue().stringValue());
      } else if (p.getValue() != null && !p.getValue().isNull()) {
        rel.notes().invalid(rel.path(key) + "/" + MusicBrainzObject.escape(p.getKey()),
            "expected text, found " + MusicBrainzObject.describe(p.getValue()) + "; left out");
      }
    }
    return out;
  }

  /** The people credited by the relationships of one entity, one {@link Personnel} per artist and name. */
  static final class People {
    private final Map<String, Person> people = new LinkedHashMap<>();

    /** Adds one relationship's roles and instruments to the artist's credit. */
    void add(String name, Optional<String> creditedAs, Optional<MusicBrainzId> id, List<CreditRole> roles,
        List<String> instruments, String creditedRole) {
      String key = id.map(MusicBrainzId::toString).orElse("") + "\u0000" + name + "\u0000" + creditedAs.orElse("");
      Person p = people.computeIfAbsent(key, k -> new Person(name, creditedAs, id));
      p.roles.addAll(roles);
      p.instruments.addAll(instruments);
      p.creditedRoles.add(creditedRole);
    }

    boolean isEmpty() {
      return people.isEmpty();
    }

    /** Builds the credits; one that breaks a rule is reported and left out. */
    List<Personnel> build(MusicBrainzNotes notes, String location) {
      List<Personnel> out = new ArrayList<>();
      for (Person p : people.values()) {
        Personnel.Builder b = Personnel.builder().name(p.name).creditedAs(p.creditedAs).addAllRoles(p.roles)
            .addAllInstruments(p.instruments).addAllCreditedRoles(p.creditedRoles);
        ids(p.id).ifPresent(b::ids);
        try {
          out.add(b.build());
        } catch (ValidationException e) {
          notes.invalid(location, "the credit of " + shortText(p.name) + " breaks a rule: " + e.getMessage()
              + "; left out");
        }
      }
      return out;
    }
  }

  private static final class Person {
    final String name;
    final Optional<String> creditedAs;
    final Optional<MusicBrainzId> id;
    final Set<CreditRole> roles = new LinkedHashSet<>();
    final Set<String> instruments = new LinkedHashSet<>();
    final Set<String> creditedRoles = new LinkedHashSet<>();

    Person(String name, Optional<String> creditedAs, Optional<MusicBrainzId> id) {
      this.name = name;
      this.creditedAs = creditedAs;
      this.id = id;
    }
  }
}
