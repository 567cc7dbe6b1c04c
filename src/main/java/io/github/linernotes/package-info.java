/**
 * The album metadata model: the records ({@link io.github.linernotes.Album}, {@link
 * io.github.linernotes.Release}, {@link io.github.linernotes.Session}, {@link io.github.linernotes.Track},
 * {@link io.github.linernotes.Personnel}, {@link io.github.linernotes.Review}, {@link
 * io.github.linernotes.Citation} and the smaller records they hold), the closed vocabularies they use
 * ({@link io.github.linernotes.AlbumKind}, {@link io.github.linernotes.CreditRole}…), and {@link
 * io.github.linernotes.ValidationException} for a record that breaks a rule.
 *
 * <p>Each record is a hand-written abstract class in its own file, {@code Album.java} for {@code Album};
 * Immutables generates a package-private implementation that no public signature names. Every record is
 * immutable and thread-safe, never accepts or returns {@code null}, and has one JSON form that Jackson 3
 * and Jackson 2 both read and write. Records are made with builders ({@code Album.builder()}); an invalid
 * record is never built: {@code build()} throws one {@link io.github.linernotes.ValidationException}
 * listing every violation with its path.
 *
 * <p>Not here: dates, lengths and ratings ({@code io.github.linernotes.value}), identifiers
 * ({@code io.github.linernotes.id}), reading and writing catalogues ({@code io.github.linernotes.json}) and
 * the consistency checks ({@code io.github.linernotes.consistency}).
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

