package io.github.linernotes.export;

import tools.jackson.databind.json.JsonMapper;

/** The one Jackson mapper the exports write their trees with. */
final class ExportJson {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ExportJson() {}
}
