/**
 * Identifiers with their formats and check digits: {@link io.github.linernotes.id.Isbn}, {@link
 * io.github.linernotes.id.Issn}, {@link io.github.linernotes.id.Barcode}, {@link
 * io.github.linernotes.id.Isrc} (a recording), {@link io.github.linernotes.id.Iswc} (a musical work),
 * {@link io.github.linernotes.id.MusicBrainzId}, {@link io.github.linernotes.id.DiscogsId}, {@link
 * io.github.linernotes.id.WikidataId} and {@link io.github.linernotes.id.WebAddress}.
 *
 * <p>Each is immutable, parsed from text with {@code parse} (a bad one is an {@link
 * io.github.linernotes.value.InvalidValueException} giving the position and kind of the problem) and
 * written to JSON as one string. The check-digit arithmetic is not public.
 */
package io.github.linernotes.id;
