/**
 * The values the model is made of that are not records: vague dates ({@link
 * io.github.linernotes.value.PartialDate}, {@link io.github.linernotes.value.PublicationDate}), lengths as
 * printed ({@link io.github.linernotes.value.RunningTime}) and ratings as published ({@link
 * io.github.linernotes.value.Rating} and its three kinds), with {@link
 * io.github.linernotes.value.InvalidValueException} for text that none of them accepts.
 *
 * <p>Each type is immutable, has {@code parse} and {@code toString} that read each other, and is one JSON
 * string (a rating, one small object). Identifiers live in {@code io.github.linernotes.id}; the grammar
 * behind the dates is not public.
 */
package io.github.linernotes.value;
