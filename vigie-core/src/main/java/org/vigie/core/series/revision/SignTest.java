package org.vigie.core.series.revision;

import org.vigie.core.series.stats.Distributions;

/**
 * The sign test on revisions, with its Bayesian companion (methods §2.3). Zero revisions are
 * dropped. K = #(r > 0) among n non-zero; under no directional bias K ~ Bin(n, ½), so the one-sided
 * p of an upward lean is P(Bin ≥ K). With a Beta(1, 1) prior on θ = P(up-revision) the posterior is
 * Beta(1+K, 1+n−K), and {@code probabilityUp} = P(θ > ½).
 *
 * @param nonZero revisions that are not zero
 * @param ups revisions that are positive
 * @param pUp one-sided p for "revisions lean upward"
 * @param pDown one-sided p for "revisions lean downward"
 * @param probabilityUp posterior P(θ > ½)
 */
public record SignTest(int nonZero, int ups, double pUp, double pDown, double probabilityUp) {

  static SignTest of(double[] revisions) {
    int ups = 0;
    int downs = 0;
    for (double r : revisions) {
      if (r > 0) {
        ups++;
      } else if (r < 0) {
        downs++;
      }
    }
    int n = ups + downs;
    return new SignTest(
        n,
        ups,
        Distributions.binomialHalfUpperTail(ups, n),
        Distributions.binomialHalfUpperTail(downs, n),
        Distributions.betaUpperTail(1 + ups, 1 + downs, 0.5));
  }

  public int downs() {
    return nonZero - ups;
  }

  /**
   * The one-sided p in {@code direction}: 1 for {@link Direction#NONE}, NaN when there is no
   * non-zero revision at all.
   */
  public double p(Direction direction) {
    if (nonZero == 0) {
      return Double.NaN;
    }
    return switch (direction) {
      case UP -> pUp;
      case DOWN -> pDown;
      case NONE -> 1.0;
    };
  }
}
