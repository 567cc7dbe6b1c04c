/**
 * Importing albums from MusicBrainz and Discogs: {@link io.github.linernotes.imports.MusicBrainzImport} reads
 * MusicBrainz web service (ws/2) JSON and its JSON dumps, {@link io.github.linernotes.imports.DiscogsImport}
 * reads Discogs API JSON and its monthly XML dumps. Each import is a pure function from the source's text to
 * {@link io.github.linernotes.Album}s and {@link io.github.linernotes.imports.ImportNote}s: every source value
 * that was left out or reinterpreted is a note that names where it was (a JSON Pointer, or an XPath for XML)
 * and why.
 */
package io.github.linernotes.imports;
