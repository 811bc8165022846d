package org.vigie.core.series.revision;

import java.util.Objects;

/**
 * Every revision test of methods §2.3 on one sequence of log revisions, with the readings the
 * sample size allows. One-sided p-values (sign, Wilcoxon, t) are for the {@code direction} the
 * revisions lean; the two-sided sign p feeds the false-discovery control across sources.
 *
 * <p>Minimum sizes (below them a verdict is {@link Verdict#INSUFFICIENT_DATA}, never "efficient"):
 * direction tests need {@value RevisionTests#MIN_NON_ZERO} non-zero revisions (all of 4 the same
 * way still gives p = 0.0625); Nordhaus needs {@value RevisionTests#MIN_NORDHAUS_PAIRS} regression
 * pairs; the runs test {@value RevisionTests#MIN_RUNS} non-zero revisions of both signs; the
 * Ljung–Box test can flag from {@value RevisionTests#MIN_ACF} revisions but reads "no evidence"
 * only from {@value RevisionTests#MIN_ACF_NO_EVIDENCE}, its power being low below that.
 *
 * @param n revisions, zeros included
 * @param direction the way the non-zero revisions lean
 * @param sign sign test and Bayesian P(up-revision)
 * @param wilcoxon Wilcoxon signed-rank test
 * @param mean t-test on the mean log revision (the effect size)
 * @param nordhaus AR(1) regression of revisions on the previous revision
 * @param acf lag-1 autocorrelation and Ljung–Box Q(1)
 * @param runs Wald–Wolfowitz runs test on signs
 * @param nordhausVerdict EVIDENCE when |t| > 2 with enough pairs
 * @param acfVerdict EVIDENCE when the Ljung–Box p < 0.05
 * @param runsVerdict EVIDENCE when z < −1.645 (too few runs)
 */
public record RevisionStats(
    int n,
    Direction direction,
    SignTest sign,
    WilcoxonSignedRank wilcoxon,
    MeanTTest mean,
    Nordhaus nordhaus,
    Autocorrelation acf,
    RunsTest runs,
    Verdict nordhausVerdict,
    Verdict acfVerdict,
    Verdict runsVerdict) {

  public RevisionStats {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(sign, "sign");
    Objects.requireNonNull(wilcoxon, "wilcoxon");
    Objects.requireNonNull(mean, "mean");
    Objects.requireNonNull(nordhaus, "nordhaus");
    Objects.requireNonNull(acf, "acf");
    Objects.requireNonNull(runs, "runs");
  }

  /** Whether there are enough non-zero revisions to test a direction at all. */
  public boolean enoughForDirection() {
    return sign.nonZero() >= RevisionTests.MIN_NON_ZERO;
  }

  /** Two-sided sign-test p: twice the one-sided p in the observed direction, at most 1. */
  public double twoSidedSignP() {
    return sign.nonZero() == 0 ? 1.0 : Math.min(1.0, 2.0 * sign.p(direction));
  }

  /** "smoothing" (β > 0), "over-reacting" (β < 0), "no evidence" or "insufficient data". */
  public String nordhausReading() {
    if (nordhausVerdict != Verdict.EVIDENCE) {
      return nordhausVerdict.words();
    }
    return nordhaus.beta() > 0 ? "smoothing" : "over-reacting";
  }
}
