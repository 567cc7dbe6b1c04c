/**
 * The album metadata model and the value types it is made of.
 *
 * <p>Every type in this package is immutable and thread-safe, never accepts or returns {@code null},
 * and has one JSON form that Jackson 3 and Jackson 2 both read and write. Records are made with
 * builders ({@code Album.builder()}); an invalid record is never built: {@code build()} throws one
 * {@link io.github.linernotes.ValidationException} listing every violation with its path.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"medium:media", "personnel:personnel", "kind:kinds"},
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {Override.class},
    forceJacksonPropertyNames = true)
package io.github.linernotes;

import org.immutables.value.Value;
