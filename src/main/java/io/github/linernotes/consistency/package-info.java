/**
 * The discographer's second look: checks that find what is valid field by field but wrong as a whole
 * (tracks that do not add up to the stated length, a release dated before its recording, a citation
 * nobody refers to), reported as {@link io.github.linernotes.consistency.Finding}s without refusing the
 * data.
 */
package io.github.linernotes.consistency;
