/**
 * Implementation shared by the public packages and not part of the API: the EDTF grammar and parser behind
 * {@code PartialDate}, check-digit arithmetic, the making of {@code InvalidValueException}s, and the escaping
 * of hostile text in messages. The module does not export this package; nothing here is stable.
 */
package io.github.linernotes.internal;
