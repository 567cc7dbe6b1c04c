package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.linernotes.internal.JsonNames;

/**
 * What kind of code a {@link ReleaseIdentifier} is, after the identifier types of MusicBrainz and Discogs.
 * Barcodes have their own, checked attribute ({@link Release#barcode()}).
 */
public enum IdentifierType {
  /** An Amazon Standard Identification Number. */
  @JsonProperty("asin") ASIN,
  /** A label code, {@code LC 0309}. */
  @JsonProperty("label-code") LABEL_CODE,
  /** What is scratched or stamped in the run-out groove of a record, or around the hub of a disc. */
  @JsonProperty("matrix-runout") MATRIX_RUNOUT,
  /** A CD's mastering SID code. */
  @JsonProperty("mastering-sid") MASTERING_SID,
  /** A CD's mould SID code. */
  @JsonProperty("mould-sid") MOULD_SID,
  /** A price code printed on the release. */
  @JsonProperty("price-code") PRICE_CODE,
  /** A rights society named on the release: {@code GEMA}, {@code BIEM}. */
  @JsonProperty("rights-society") RIGHTS_SOCIETY,
  /** Any other code; its description says what it is. */
  @JsonProperty("other") OTHER;

  /** Reads the JSON name exactly; anything else, however close, is refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static IdentifierType fromJson(String name) {
    return JsonNames.lookup(IdentifierType.class, name);
  }
}
