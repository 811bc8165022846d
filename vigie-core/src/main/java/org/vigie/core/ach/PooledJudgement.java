package org.vigie.core.ach;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.vigie.core.judgement.Aggregation;

/**
 * The analysts' probabilities for one hypothesis pooled by the log-odds mean (methods.md §4.1):
 * each analyst's latest judgement counts once, clipped to [0.01, 0.99] before pooling.
 *
 * <p>Each hypothesis is pooled on its own; the pooled numbers of a matrix need not sum to 1 (the
 * analysts may not have judged every hypothesis, and the pool of the odds is not additive).
 *
 * @param hypothesisId the hypothesis
 * @param byAnalyst each analyst's latest probability, by analyst name (sorted)
 * @param pooled the log-odds mean of those probabilities
 */
public record PooledJudgement(String hypothesisId, Map<String, Double> byAnalyst, double pooled) {

  public PooledJudgement {
    Objects.requireNonNull(hypothesisId, "hypothesisId");
    byAnalyst = java.util.Collections.unmodifiableMap(new TreeMap<>(byAnalyst));
  }

  /** One pool per hypothesis that has at least one judgement, in the matrix's hypothesis order. */
  public static List<PooledJudgement> of(Matrix m, Collection<Judgement> judgements) {
    Map<String, Map<String, Judgement>> latest = new LinkedHashMap<>();
    for (Judgement j : judgements) {
      latest
          .computeIfAbsent(j.hypothesisId(), k -> new TreeMap<>())
          .merge(j.analyst(), j, (a, b) -> b.at().isBefore(a.at()) ? a : b);
    }
    List<PooledJudgement> out = new ArrayList<>();
    for (Hypothesis h : m.hypotheses()) {
      Map<String, Judgement> mine = latest.get(h.id());
      if (mine == null) {
        continue;
      }
      Map<String, Double> p = new TreeMap<>();
      mine.forEach((analyst, j) -> p.put(analyst, j.probability()));
      double[] values = p.values().stream().mapToDouble(Double::doubleValue).toArray();
      out.add(new PooledJudgement(h.id(), p, Aggregation.logOddsMean(values)));
    }
    return out;
  }
}
