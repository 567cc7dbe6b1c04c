/**
 * Exporting albums to the formats other tools read: {@link io.github.linernotes.export.CslJson} writes an
 * album's citations as CSL-JSON for citation processors, {@link io.github.linernotes.export.SchemaOrg} writes
 * the album as schema.org JSON-LD for search engines and linked-data tools, and
 * {@link io.github.linernotes.export.LinerNotesPage} writes a self-contained HTML page that reads like liner
 * notes. Each is a pure function of valid albums; nothing here can fail on a valid album.
 */
package io.github.linernotes.export;
