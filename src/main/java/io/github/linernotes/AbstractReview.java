package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;
import java.util.OptionalDouble;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A critic's review of the album: the publication, the rating exactly as published, and the citation
 * behind it.
 */
@Value.Immutable
@JsonSerialize(as = Review.class)
@JsonDeserialize(builder = Review.Builder.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = Review.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Review.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"publication", "reviewer", "rating", "citation"})
abstract class AbstractReview {

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
    Validation.check(this);
  }
}
