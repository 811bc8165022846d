package org.vigie.core.indicator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.judgement.Aggregation;

/**
 * Indicator states rolled up into P(E) and an escalation level (methods.md §6.2):
 *
 * <pre>
 * L(t) = logit P0 + Σ_seen d_i(t)·c_i·ln(p_i/p̄_i) + κ·Σ_absent ln((1 − p_i)/(1 − p̄_i))
 * d_i(t) = 2^(−(t − t_i)/h_i),  P = expit(L)
 * </pre>
 *
 * <p>Correlated indicators share a group, and a group counts once: by its strongest seen term, or,
 * when none of it is seen, by its strongest absence term. Naive Bayes would count them all and
 * overstate the case.
 *
 * @param prior P0(E), in (0, 1)
 * @param indicators the indicators, unique ids
 * @param coverage κ in [0, 1]: how well collection would see an indicator that is there. Default 0:
 *     silence is no evidence until the analyst says how well the indicators are covered
 * @param ladder levels in rising order, the first at threshold 0
 * @param hysteresis how far below its threshold P must fall before a level is lowered
 */
public record EscalationModel(
    double prior,
    List<Indicator> indicators,
    double coverage,
    List<Level> ladder,
    double hysteresis) {

  /** L0 0, L1 watch 0.30, L2 warning 0.60, L3 alert 0.85. */
  public static final List<Level> DEFAULT_LADDER =
      List.of(
          new Level(0, "none", 0.0),
          new Level(1, "watch", 0.30),
          new Level(2, "warning", 0.60),
          new Level(3, "alert", 0.85));

  public static final double DEFAULT_HYSTERESIS = 0.10;

  public EscalationModel {
    indicators = List.copyOf(indicators);
    ladder = List.copyOf(ladder);
    if (!(prior > 0 && prior < 1)) {
      throw new IllegalArgumentException("prior must be strictly between 0 and 1: " + prior);
    }
    if (!(coverage >= 0 && coverage <= 1)) {
      throw new IllegalArgumentException("coverage must be in [0, 1]: " + coverage);
    }
    if (ladder.isEmpty() || ladder.get(0).threshold() != 0) {
      throw new IllegalArgumentException("the ladder must start with a level at threshold 0");
    }
    for (int k = 1; k < ladder.size(); k++) {
      if (ladder.get(k).threshold() <= ladder.get(k - 1).threshold()) {
        throw new IllegalArgumentException("ladder thresholds must rise: " + ladder);
      }
    }
    if (indicators.stream().map(Indicator::id).distinct().count() != indicators.size()) {
      throw new IllegalArgumentException("indicator ids must be unique");
    }
  }

  /** A model with no coverage of absences and the default ladder and hysteresis. */
  public static EscalationModel of(double prior, List<Indicator> indicators) {
    return new EscalationModel(prior, indicators, 0.0, DEFAULT_LADDER, DEFAULT_HYSTERESIS);
  }

  public EscalationModel withCoverage(double kappa) {
    return new EscalationModel(prior, indicators, kappa, ladder, hysteresis);
  }

  /** P(E) at {@code at}, from the observations made up to then. */
  public double probability(List<IndicatorObservation> observations, Instant at) {
    return Aggregation.expit(logOdds(observations, at));
  }

  /** L(t), the log-odds of E at {@code at}. */
  public double logOdds(List<IndicatorObservation> observations, Instant at) {
    Map<String, IndicatorObservation> latest = latestStates(observations, at);
    Map<String, Double> seen = new LinkedHashMap<>();
    Map<String, Double> unseen = new LinkedHashMap<>();
    for (Indicator i : indicators) {
      IndicatorObservation o = latest.get(i.id());
      if (o == null || o.state() == IndicatorState.ABSENT) {
        unseen.merge(i.groupKey(), coverage * i.unseenWeight(), EscalationModel::stronger);
      } else {
        double term = i.decay(Duration.between(o.at(), at)) * o.confidence() * i.seenWeight();
        seen.merge(i.groupKey(), term, EscalationModel::stronger);
      }
    }
    double l = Aggregation.logit(prior);
    for (double term : seen.values()) {
      l += term;
    }
    for (Map.Entry<String, Double> e : unseen.entrySet()) {
      l += seen.containsKey(e.getKey()) ? 0 : e.getValue();
    }
    return l;
  }

  /** The level reached at probability p from {@code current}: up at once, down with hysteresis. */
  public Level next(Level current, double p) {
    Level up = ladder.get(0);
    for (Level l : ladder) {
      if (l.threshold() <= p) {
        up = l;
      }
    }
    if (up.rank() > current.rank()) {
      return up;
    }
    // Down one step at a time while P stays below the current threshold minus the margin, so the
    // result does not depend on how often the model is assessed.
    Level level = current;
    while (level.rank() > 0 && p < level.threshold() - hysteresis) {
      level = ladder.get(level.rank() - 1);
    }
    return level;
  }

  /** The assessments at the given instants, in time order, starting from the lowest level. */
  public List<Assessment> track(List<IndicatorObservation> observations, List<Instant> times) {
    List<Instant> sorted = times.stream().sorted().toList();
    List<Assessment> out = new ArrayList<>();
    Level level = ladder.get(0);
    for (Instant t : sorted) {
      double p = probability(observations, t);
      level = next(level, p);
      out.add(new Assessment(t, p, level));
    }
    return out;
  }

  /** The latest observation of each indicator made at or before {@code at}. */
  private Map<String, IndicatorObservation> latestStates(
      List<IndicatorObservation> observations, Instant at) {
    Map<String, IndicatorObservation> latest = new HashMap<>();
    for (IndicatorObservation o : observations) {
      if (indicators.stream().noneMatch(i -> i.id().equals(o.indicatorId()))) {
        throw new InvalidInputException(
            "indicator", "observation of unknown indicator " + o.indicatorId());
      }
      IndicatorObservation before = latest.get(o.indicatorId());
      if (!o.at().isAfter(at) && (before == null || !o.at().isBefore(before.at()))) {
        latest.put(o.indicatorId(), o);
      }
    }
    return latest;
  }

  private static double stronger(double a, double b) {
    return Math.abs(a) >= Math.abs(b) ? a : b;
  }
}
