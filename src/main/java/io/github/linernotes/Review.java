package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.linernotes.value.Rating;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A critic's review of the album: the publication, the rating exactly as published, and the citation
 * behind it.
 */
@Value.Immutable
@JsonDeserialize(builder = Review.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Review.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"publication", "reviewer", "rating", "citation"})
public abstract class Review {

  Review() {}

  /**
   * The publication, such as {@code AllMusic}; required, never blank.
   *
   * @return the publication
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @Value.Default
  public String publication() {
    return "";
  }

  /**
   * Who wrote the review.
   *
   * @return the reviewer, if known
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> reviewer();

  /**
   * The rating as published: a score on a scale, a letter grade or a verbal verdict.
   *
   * @return the rating, if the review gave one
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<Rating> rating();

  /**
   * The id of the album's citation for this review; must resolve.
   *
   * @return the citation id, if any
   */
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  public abstract Optional<String> citation();

  /**
   * The rating on a 0–100 scale, where one can honestly be derived (see {@link Rating#normalized()}).
   *
   * @return the score; empty without a rating or for a verbal verdict
   */
  @JsonIgnore
  public OptionalDouble score() {
    return rating().map(Rating::normalized).orElse(OptionalDouble.empty());
  }

  @Value.Check
  final void check() {
    Rules v = Rules.of("Review");
    v.name("publication", publication());
    v.optionalName("reviewer", reviewer());
    citation().ifPresent(c -> v.id("citation", c));
    v.done();
  }

  /**
   * Returns a new builder. {@code build()} checks every rule of the {@code Review} at once and throws one
   * {@link ValidationException} listing every violation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds one {@code Review}: set attributes with the methods named after them, add to lists with
   * {@code add…} and {@code addAll…}, copy an existing value with {@code from}, and call {@code build()}.
   *
   * <p>Required: {@code publication}. The citation, when given, must be an id (the album checks that it
   * resolves).
   */
  public static final class Builder extends ImmutableReview.Builder {
    Builder() {}
  }

  /**
   * Returns a copy with another {@code publication}, checked like a built value.
   *
   * @param value the new {@code publication}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Review withPublication(String value);

  /**
   * Returns a copy with another {@code reviewer}, checked like a built value.
   *
   * @param value the new {@code reviewer}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Review withReviewer(String value);

  /**
   * Returns a copy with another {@code reviewer}, checked like a built value.
   *
   * @param optional the new {@code reviewer}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Review withReviewer(Optional<String> optional);

  /**
   * Returns a copy with another {@code rating}, checked like a built value.
   *
   * @param value the new {@code rating}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Review withRating(Rating value);

  /**
   * Returns a copy with another {@code rating}, checked like a built value.
   *
   * @param optional the new {@code rating}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Review withRating(Optional<? extends Rating> optional);

  /**
   * Returns a copy with another {@code citation}, checked like a built value.
   *
   * @param value the new {@code citation}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Review withCitation(String value);

  /**
   * Returns a copy with another {@code citation}, checked like a built value.
   *
   * @param optional the new {@code citation}
   * @return the copy, or this value when nothing changes
   * @throws ValidationException if the copy breaks a rule
   */
  public abstract Review withCitation(Optional<String> optional);
}
