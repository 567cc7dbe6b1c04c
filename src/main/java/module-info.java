/**
 * Liner Notes: immutable, validated types for music album metadata, with one canonical JSON form.
 */
module io.github.linernotes {
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive tools.jackson.databind;
  requires static com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;
  requires static info.picocli;
  // only LinerNotesPage needs it: its templates are compiled into io.github.linernotes.internal.page
  requires static gg.jte.runtime;
  // the generated template classes carry @javax.annotation.processing.Generated (source retention only)
  requires static java.compiler;
  requires java.xml;

  exports io.github.linernotes;
  exports io.github.linernotes.value;
  exports io.github.linernotes.id;
  exports io.github.linernotes.json;
  exports io.github.linernotes.consistency;
  exports io.github.linernotes.problem;
  exports io.github.linernotes.imports;
  exports io.github.linernotes.export;

  opens io.github.linernotes to tools.jackson.databind, com.fasterxml.jackson.databind;
  opens io.github.linernotes.value to tools.jackson.databind, com.fasterxml.jackson.databind;
  opens io.github.linernotes.id to tools.jackson.databind, com.fasterxml.jackson.databind;
  // the command-line tool is not exported; picocli sets its option fields and creates its mixins reflectively
  opens io.github.linernotes.cli to info.picocli;
}
