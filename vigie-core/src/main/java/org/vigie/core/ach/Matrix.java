package org.vigie.core.ach;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigie.core.error.InvalidInputException;

/**
 * An ACH matrix: a question, the hypotheses that answer it, and the evidence rated against each.
 *
 * <p>A matrix is usually written by an analyst, so its checks raise {@link InvalidInputException}
 * naming the field at fault (e.g. {@code evidence[E3].ratings}).
 */
public record Matrix(String question, List<Hypothesis> hypotheses, List<Evidence> evidence) {

  public Matrix {
    Objects.requireNonNull(question, "question");
    hypotheses = List.copyOf(hypotheses);
    evidence = List.copyOf(evidence);
    if (hypotheses.size() < 2) {
      throw new InvalidInputException(
          "hypotheses",
          "a matrix needs at least 2 hypotheses to compare, got " + hypotheses.size());
    }
    requireUnique(hypotheses.stream().map(Hypothesis::id).toList(), "hypotheses", "hypothesis");
    requireUnique(evidence.stream().map(Evidence::id).toList(), "evidence", "evidence");
    for (Evidence e : evidence) {
      if (e.ratings().size() != hypotheses.size()) {
        throw new InvalidInputException(
            "evidence[" + e.id() + "].ratings",
            String.format(
                java.util.Locale.ROOT,
                "evidence %s has %d ratings but the matrix has %d hypotheses; give one rating"
                    + " per hypothesis, in order (CC, C, N, I, II or NA)",
                e.id(),
                e.ratings().size(),
                hypotheses.size()));
      }
    }
  }

  private static void requireUnique(List<String> ids, String field, String kind) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        throw new InvalidInputException(
            field + "[" + id + "].id", "duplicate " + kind + " id " + id + "; ids must be unique");
      }
    }
  }

  public int hypothesisCount() {
    return hypotheses.size();
  }

  /** Index of the hypothesis with this id. */
  public int hypothesisIndex(String hypothesisId) {
    for (int j = 0; j < hypotheses.size(); j++) {
      if (hypotheses.get(j).id().equals(hypothesisId)) {
        return j;
      }
    }
    throw new InvalidInputException("hypothesis", "no hypothesis " + hypothesisId + " in matrix");
  }

  /** Index of the evidence row with this id. */
  public int evidenceIndex(String evidenceId) {
    for (int i = 0; i < evidence.size(); i++) {
      if (evidence.get(i).id().equals(evidenceId)) {
        return i;
      }
    }
    throw new InvalidInputException("evidence", "no evidence " + evidenceId + " in matrix");
  }

  /** The same matrix with the row at {@code index} replaced. */
  public Matrix withEvidence(int index, Evidence row) {
    List<Evidence> rows = new ArrayList<>(evidence);
    rows.set(index, row);
    return new Matrix(question, hypotheses, rows);
  }

  /** The same matrix with one cell re-rated. */
  public Matrix withRating(int evidenceIndex, int hypothesisIndex, Rating rating) {
    return withEvidence(
        evidenceIndex, evidence.get(evidenceIndex).withRating(hypothesisIndex, rating));
  }

  /** The same matrix without the rows whose ids are given. */
  public Matrix without(Collection<String> evidenceIds) {
    List<Evidence> kept = evidence.stream().filter(e -> !evidenceIds.contains(e.id())).toList();
    return new Matrix(question, hypotheses, kept);
  }
}
