/**
 * The album metadata model and the value types it is made of.
 *
 * <p>Every type in this package is immutable and thread-safe, never accepts or returns {@code null},
 * and has one JSON form that Jackson 3 and Jackson 2 both read and write.
 */
package io.github.linernotes;
