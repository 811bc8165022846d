package org.vigie.core.series.revision;

/**
 * Runs the revision tests of methods §2.3 on a source's successive estimates and reads them with
 * the sample-size rules documented on {@link RevisionStats}. Revisions are log differences, so
 * 10,000 → 12,000 is +0.182 whatever the magnitude of the series.
 */
public final class RevisionTests {

  /** Non-zero revisions a direction test needs: all 5 one way gives p = 1/32 = 0.031. */
  public static final int MIN_NON_ZERO = 5;

  /** Regression pairs the Nordhaus test needs (methods §2.3: flag if t > 2 and n ≥ 8). */
  public static final int MIN_NORDHAUS_PAIRS = 8;

  /** Revisions from which a significant Ljung–Box Q is reported. */
  public static final int MIN_ACF = 8;

  /** Revisions from which a non-significant Ljung–Box Q reads "no evidence". */
  public static final int MIN_ACF_NO_EVIDENCE = 20;

  /** Non-zero revisions the runs test needs. */
  public static final int MIN_RUNS = 10;

  private RevisionTests() {}

  /** Tests the log revisions between successive figures (natural scale, all positive). */
  public static RevisionStats ofFigures(double[] figures) {
    double[] revisions = new double[Math.max(figures.length - 1, 0)];
    for (int i = 1; i < figures.length; i++) {
      if (!(figures[i] > 0 && figures[i - 1] > 0)) {
        throw new IllegalArgumentException("figures must be positive, got " + figures[i]);
      }
      revisions[i - 1] = Math.log(figures[i] / figures[i - 1]);
    }
    return ofRevisions(revisions);
  }

  /** Tests a sequence of log revisions, in time order. */
  public static RevisionStats ofRevisions(double[] revisions) {
    SignTest sign = SignTest.of(revisions);
    MeanTTest mean = MeanTTest.of(revisions);
    Nordhaus nordhaus = Nordhaus.of(revisions);
    Autocorrelation acf = Autocorrelation.of(revisions);
    RunsTest runs = RunsTest.of(revisions);
    return new RevisionStats(
        revisions.length,
        direction(sign, mean),
        sign,
        WilcoxonSignedRank.of(revisions),
        mean,
        nordhaus,
        acf,
        runs,
        nordhaus.pairs() < MIN_NORDHAUS_PAIRS || Double.isNaN(nordhaus.t())
            ? Verdict.INSUFFICIENT_DATA
            : Math.abs(nordhaus.t()) > 2 ? Verdict.EVIDENCE : Verdict.NO_EVIDENCE,
        acfVerdict(acf),
        runs.ups() + runs.downs() < MIN_RUNS || Double.isNaN(runs.z())
            ? Verdict.INSUFFICIENT_DATA
            : runs.z() < -1.6448536269514722 ? Verdict.EVIDENCE : Verdict.NO_EVIDENCE);
  }

  private static Direction direction(SignTest sign, MeanTTest mean) {
    if (sign.ups() != sign.downs()) {
      return sign.ups() > sign.downs() ? Direction.UP : Direction.DOWN;
    }
    if (sign.nonZero() == 0 || mean.mean() == 0) {
      return Direction.NONE;
    }
    return mean.mean() > 0 ? Direction.UP : Direction.DOWN;
  }

  private static Verdict acfVerdict(Autocorrelation acf) {
    if (acf.n() < MIN_ACF || Double.isNaN(acf.p())) {
      return Verdict.INSUFFICIENT_DATA;
    }
    if (acf.p() < 0.05) {
      return Verdict.EVIDENCE;
    }
    return acf.n() < MIN_ACF_NO_EVIDENCE ? Verdict.INSUFFICIENT_DATA : Verdict.NO_EVIDENCE;
  }
}
