package org.vigie.core.judgement;

/**
 * Murphy's decomposition of a Brier score.
 *
 * @param reliability REL, the calibration error (lower is better)
 * @param resolution RES, how far the forecasts sort events from non-events (higher is better)
 * @param uncertainty UNC = ō(1 − ō), what the base rate alone leaves
 */
public record MurphyDecomposition(double reliability, double resolution, double uncertainty) {

  /** REL − RES + UNC: the Brier score less the within-bin variance of the forecasts. */
  public double brier() {
    return reliability - resolution + uncertainty;
  }
}
