package io.github.linernotes.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts every MusicBrainz relationship has: its type, the kind of entity it points to and that entity's
 * object, its attributes (with their values and the names they are credited with), its dates and the names
 * it credits. Reading one marks those properties as read; the caller reads the target.
 */
final class MusicBrainzRelation {

  private static final List<String> TARGETS = List.of("artist", "work", "place", "area", "label", "url", "series",
      "release", "release_group", "recording", "event", "instrument", "genre");

  final MusicBrainzObject object;
  final String type;
  final String targetType;
  final List<String> attributes;
  final Map<String, String> attributeValues;
  final Map<String, String> attributeCredits;
  final Optional<String> begin;
  final Optional<String> end;
  final Optional<String> targetCredit;

  private MusicBrainzRelation(MusicBrainzObject o, String type, String targetType) {
    this.object = o;
    this.type = type;
    this.targetType = targetType;
    this.attributes = o.texts("attributes");
    this.attributeValues = MusicBrainzCredits.attributeMap(o, "attribute-values");
    this.attributeCredits = MusicBrainzCredits.attributeMap(o, "attribute-credits");
    this.begin = o.text("begin");
    this.end = o.text("end");
    this.targetCredit = o.name("target-credit");
    // the ids of the type and of the attributes name what "type" and "attributes" say; the direction and
    // "ended" follow from the type and the end date
    o.skip("type-id", "attribute-ids", "direction", "ended", "target-type");
  }

  /** Reads a relationship; null when it has no type (reported). */
  static MusicBrainzRelation read(MusicBrainzObject o) {
    Optional<String> type = o.name("type");
    if (type.isEmpty()) {
      o.notes().invalid(o.path(), "a relationship without a type; left out");
      return null;
    }
    Optional<String> target = o.text("target-type");
    String targetType = target.orElseGet(() -> {
      for (String t : TARGETS) {
        if (o.has(t)) {
          return t;
        }
      }
      return "";
    });
    return new MusicBrainzRelation(o, type.get(), targetType);
  }

  /** The date range as EDTF text, or empty when the relationship has no date. */
  Optional<String> dateText() {
    if (begin.isEmpty() && end.isEmpty()) {
      return Optional.empty();
    }
    if (begin.isPresent() && end.isPresent() && begin.get().equals(end.get())) {
      return begin;
    }
    return Optional.of(begin.orElse("") + "/" + end.orElse(""));
  }

  /** The text as credited: the type and its attributes, as MusicBrainz names them. */
  String creditedRole() {
    return MusicBrainzCredits.creditedRole(type, attributes, attributeValues);
  }

  /** The instruments or voices of an instrument or vocal relationship, as credited. */
  List<String> instruments() {
    if (!type.equals("instrument") && !type.equals("vocal")) {
      return List.of();
    }
    return attributes.stream().filter(a -> !MusicBrainzVocabulary.FLAGS.contains(a))
        .map(a -> Optional.ofNullable(attributeCredits.get(a)).filter(c -> !c.isBlank()).orElse(a))
        .filter(a -> MusicBrainzObject.textProblem(a, MusicBrainzObject.MAX_NAME, false) == null)
        .distinct().toList();
  }
}
