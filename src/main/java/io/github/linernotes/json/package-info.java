/**
 * Reading and writing the library's JSON: a strict, preconfigured Jackson 3 mapper, and
 * {@link io.github.linernotes.json.InvalidJsonException}, which locates every problem by line, column and
 * JSON Pointer.
 */
package io.github.linernotes.json;
