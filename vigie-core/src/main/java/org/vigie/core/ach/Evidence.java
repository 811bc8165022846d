package org.vigie.core.ach;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of the matrix: an item of evidence or an argument, graded, and rated against every
 * hypothesis in the matrix's order.
 *
 * @param id short id, unique in its matrix (e.g. {@code E1})
 * @param text what the item says, ideally with its source and date
 * @param credibility how far the item can be believed
 * @param relevance how much it bears on the question
 * @param ratings one rating per hypothesis, in hypothesis order
 * @param provenance where it comes from
 */
public record Evidence(
    String id,
    String text,
    Weight credibility,
    Weight relevance,
    List<Rating> ratings,
    Provenance provenance) {

  public Evidence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(credibility, "credibility");
    Objects.requireNonNull(relevance, "relevance");
    ratings = List.copyOf(ratings);
    Objects.requireNonNull(provenance, "provenance");
    if (id.isBlank()) {
      throw new IllegalArgumentException("evidence id is blank (text: " + text + ")");
    }
  }

  /** An item with no recorded provenance. */
  public static Evidence of(
      String id, String text, Weight credibility, Weight relevance, List<Rating> ratings) {
    return new Evidence(id, text, credibility, relevance, ratings, Provenance.NONE);
  }

  /** The rating against the hypothesis at {@code index}. */
  public Rating rating(int index) {
    return ratings.get(index);
  }

  /** The same item with the rating against the hypothesis at {@code index} replaced. */
  public Evidence withRating(int index, Rating rating) {
    List<Rating> changed = new ArrayList<>(ratings);
    changed.set(index, Objects.requireNonNull(rating, "rating"));
    return new Evidence(id, text, credibility, relevance, changed, provenance);
  }

  /** The same item graded with another credibility (e.g. to test for deception). */
  public Evidence withCredibility(Weight grade) {
    return new Evidence(id, text, grade, relevance, ratings, provenance);
  }

  /** PARC weight of the row: credibility × relevance, from 0.5 (L, L) to 2 (H, H). */
  public double weight() {
    return credibility.factor() * relevance.factor();
  }
}
