package org.vigie.core.ach;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.judgement.Aggregation;
import org.vigie.core.judgement.ScoringRules;

/**
 * How good the probability judgements of a matrix were, once the question is resolved (methods.md
 * §4.2): each analyst's latest probabilities, and the pool of them, scored against the hypothesis
 * that proved true. A hypothesis an analyst did not judge is left out of that analyst's score.
 *
 * @param trueHypothesis the hypothesis that proved true
 * @param extremising the exponent of the pool (1: the plain log-odds mean)
 * @param analysts one score per analyst, by name
 * @param pool the score of the pooled probabilities (over the hypotheses anyone judged)
 */
public record JudgementScores(
    String trueHypothesis, double extremising, List<Score> analysts, Score pool) {

  /**
   * A set of forecasts scored.
   *
   * @param who the analyst's name, or "pool"
   * @param hypotheses how many hypotheses were judged
   * @param brier the mean Brier score (0 best, 0.25 for always 0.5)
   * @param log the mean log score in nats (0 best)
   */
  public record Score(String who, int hypotheses, double brier, double log) {}

  public JudgementScores {
    Objects.requireNonNull(trueHypothesis, "trueHypothesis");
    analysts = List.copyOf(analysts);
  }

  /**
   * Scores the judgements of a matrix.
   *
   * @param extremising the pool's exponent a ≥ 1 (Satopää et al.; 1 for none)
   * @throws InvalidInputException for an unknown hypothesis, no judgement, or a ≤ 0
   */
  public static JudgementScores of(
      Matrix m, Collection<Judgement> judgements, String trueHypothesis, double extremising) {
    if (m.hypotheses().stream().noneMatch(h -> h.id().equals(trueHypothesis))) {
      throw new InvalidInputException(
          "HYPOTHESIS", "the matrix has no hypothesis " + trueHypothesis);
    }
    if (!(extremising > 0)) {
      throw new InvalidInputException("exponent", "the exponent must be positive");
    }
    List<PooledJudgement> pooled = PooledJudgement.of(m, judgements);
    if (pooled.isEmpty()) {
      throw new InvalidInputException(
          "MATRIX", "no analyst has given a probability yet ('vigie ach judge')");
    }
    Map<String, List<double[]>> byAnalyst = new TreeMap<>();
    List<double[]> pool = new ArrayList<>();
    for (PooledJudgement p : pooled) {
      double outcome = p.hypothesisId().equals(trueHypothesis) ? 1 : 0;
      p.byAnalyst()
          .forEach(
              (who, prob) ->
                  byAnalyst.computeIfAbsent(who, k -> new ArrayList<>()).add(pair(prob, outcome)));
      double[] each = p.byAnalyst().values().stream().mapToDouble(Double::doubleValue).toArray();
      pool.add(pair(Aggregation.extremized(extremising, each), outcome));
    }
    List<Score> scores = new ArrayList<>();
    byAnalyst.forEach((who, pairs) -> scores.add(score(who, pairs)));
    return new JudgementScores(trueHypothesis, extremising, scores, score("pool", pool));
  }

  private static double[] pair(double forecast, double outcome) {
    return new double[] {forecast, outcome};
  }

  private static Score score(String who, List<double[]> pairs) {
    double[] f = new double[pairs.size()];
    boolean[] o = new boolean[pairs.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = pairs.get(i)[0];
      o[i] = pairs.get(i)[1] == 1;
    }
    return new Score(who, f.length, ScoringRules.brier(f, o), ScoringRules.logScore(f, o));
  }
}
