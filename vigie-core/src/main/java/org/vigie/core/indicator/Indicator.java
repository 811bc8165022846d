package org.vigie.core.indicator;

import java.time.Duration;
import java.util.Objects;

/**
 * Something observable that is more likely to be seen if a scenario E is under way.
 *
 * @param id short id, unique in its model
 * @param label what is observed, e.g. "NK troops in combat"
 * @param p P(observed | E), in (0, 1)
 * @param pbar P(observed | not E), in (0, 1)
 * @param halfLife how fast an observation's weight fades: it halves every half-life
 * @param group indicators in one group are correlated and count once (see {@link EscalationModel});
 *     null for an indicator standing alone
 */
public record Indicator(
    String id, String label, double p, double pbar, Duration halfLife, String group) {

  /** Default half-life of an observation; shorten it for tactical indicators. */
  public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(60);

  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(halfLife, "halfLife");
    requireOpenProbability(id, "p", p);
    requireOpenProbability(id, "pbar", pbar);
    if (halfLife.isZero() || halfLife.isNegative()) {
      throw new IllegalArgumentException("indicator " + id + ": half-life must be positive");
    }
  }

  /** An indicator with the default half-life, in no group. */
  public static Indicator of(String id, String label, double p, double pbar) {
    return new Indicator(id, label, p, pbar, DEFAULT_HALF_LIFE, null);
  }

  /** An indicator from its Indicators-Validator ratings under E and under not-E. */
  public static Indicator of(
      String id, String label, ValidatorRating ifScenario, ValidatorRating ifNot) {
    return of(id, label, ifScenario.probability(), ifNot.probability());
  }

  public Indicator withHalfLife(Duration h) {
    return new Indicator(id, label, p, pbar, h, group);
  }

  public Indicator inGroup(String name) {
    return new Indicator(id, label, p, pbar, halfLife, name);
  }

  /** ln(p / p̄): the weight of evidence of seeing it, in nats. */
  public double seenWeight() {
    return Math.log(p / pbar);
  }

  /** ln((1 − p) / (1 − p̄)): the weight of evidence of not seeing it, in nats. */
  public double unseenWeight() {
    return Math.log((1 - p) / (1 - pbar));
  }

  /** The fraction 2^(−Δt/h) of its weight an observation keeps after {@code elapsed}. */
  public double decay(Duration elapsed) {
    return Math.pow(2, -(double) elapsed.toMillis() / halfLife.toMillis());
  }

  /** Indicators in no group form a group of their own. */
  String groupKey() {
    return group == null ? "\u0000" + id : group;
  }

  private static void requireOpenProbability(String id, String name, double v) {
    if (!(v > 0 && v < 1)) {
      throw new IllegalArgumentException(
          "indicator " + id + ": " + name + " must be strictly between 0 and 1, got " + v);
    }
  }
}
