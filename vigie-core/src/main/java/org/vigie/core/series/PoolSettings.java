package org.vigie.core.series;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The parameters of the pooling model (methods §1.2), all on the log scale.
 *
 * <p>Defaults, and why:
 *
 * <ul>
 *   <li>{@code qPerDay = 0.01}: random-walk variance of ln N per day, i.e. a 1-sd drift of about 10
 *       % a day, 55 % a month; a series fits its own q by maximum likelihood when it has the
 *       reports for it. Deployments and cumulative counts move by steps (a second contingent); a
 *       smaller q would flag a genuine step as an outlier.
 *   <li>{@code defaultNoiseSd = 0.20}: a report's log error, ±20 % at one sd. Between grades B
 *       (0.15) and C (0.25) of the source-grading table (methods §7.4): official intelligence
 *       estimates relayed by the press. Set per source with {@link #withNoiseSd}.
 *   <li>{@code biasPriorSd = 0.15}: ridge prior on each house effect, b ~ N(0, 0.15²), so a priori
 *       95 % of sources over- or under-report by less than a factor 1.34. Official estimates of the
 *       same count rarely differ more; a looser prior (methods example 1c uses 0.3) lets a source
 *       that reported early in a build-up (1,500 then 3,000 troops) be read as biased low, which
 *       then inflates its later, correct figures. It shrinks toward the consensus and so cannot see
 *       a bias all sources share (an echoed upstream estimate).
 *   <li>{@code biasQPerDay = 0}: house effects are constant.
 *   <li>prior on ln N at the first date: centred on the median of the reported figures, sd 1.0.
 *   <li>{@code outlierThreshold = 3}: a report more than 3 sd from the prediction has its noise
 *       variance multiplied by v²/S; +∞ turns this off.
 * </ul>
 *
 * @param qPerDay random-walk variance of ln N per day
 * @param biasQPerDay random-walk variance per day of each house effect (0 = constant)
 * @param biasPriorSd prior sd of each estimated log house effect
 * @param defaultNoiseSd log noise sd of a source without its own
 * @param noiseSd per-source log noise sd
 * @param knownBiases sources whose bias factor is given (1.0 for an anchored reference source)
 * @param priorLogMean prior mean of ln N at the first date; NaN = the median of the log figures
 * @param priorSdLog prior sd of ln N at the first date
 * @param outlierThreshold standardised innovation above which the noise is inflated
 * @param jumps rare steps of the level on top of the drift ({@link Jumps#NONE}: none)
 */
public record PoolSettings(
    double qPerDay,
    double biasQPerDay,
    double biasPriorSd,
    double defaultNoiseSd,
    Map<String, Double> noiseSd,
    Map<String, Double> knownBiases,
    double priorLogMean,
    double priorSdLog,
    double outlierThreshold,
    Jumps jumps) {

  public PoolSettings {
    requirePositive(qPerDay, "qPerDay");
    requireNonNegative(biasQPerDay, "biasQPerDay");
    requirePositive(biasPriorSd, "biasPriorSd");
    requirePositive(defaultNoiseSd, "defaultNoiseSd");
    requirePositive(priorSdLog, "priorSdLog");
    if (!(outlierThreshold > 0)) {
      throw new IllegalArgumentException("outlierThreshold must be > 0, got " + outlierThreshold);
    }
    Objects.requireNonNull(jumps, "jumps");
    noiseSd = Map.copyOf(noiseSd);
    knownBiases = Map.copyOf(knownBiases);
    noiseSd.forEach((s, sd) -> requirePositive(sd, "noise sd of " + s));
    knownBiases.forEach((s, f) -> requirePositive(f, "bias factor of " + s));
  }

  private static void requirePositive(double v, String what) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(what + " must be positive and finite, got " + v);
    }
  }

  private static void requireNonNegative(double v, String what) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(what + " must be ≥ 0 and finite, got " + v);
    }
  }

  public static PoolSettings defaults() {
    return new PoolSettings(
        0.01, 0.0, 0.15, 0.20, Map.of(), Map.of(), Double.NaN, 1.0, 3.0, Jumps.NONE);
  }

  public PoolSettings withQPerDay(double q) {
    return with(d -> d.qPerDay = q);
  }

  public PoolSettings withBiasPriorSd(double sd) {
    return with(d -> d.biasPriorSd = sd);
  }

  public PoolSettings withDefaultNoiseSd(double sd) {
    return with(d -> d.defaultNoiseSd = sd);
  }

  public PoolSettings withNoiseSd(String source, double sd) {
    return with(d -> d.noiseSd.put(Objects.requireNonNull(source, "source"), sd));
  }

  /** Fixes a source's bias factor instead of estimating it. */
  public PoolSettings withKnownBias(String source, double factor) {
    return with(d -> d.knownBiases.put(Objects.requireNonNull(source, "source"), factor));
  }

  /** Takes {@code source} as unbiased, making the other house effects absolute (methods §1.2 a). */
  public PoolSettings withAnchor(String source) {
    return withKnownBias(source, 1.0);
  }

  /** The prior of N at the first date: its median and the sd of ln N. */
  public PoolSettings withPrior(double median, double sdLog) {
    return with(
        d -> {
          d.priorLogMean = Math.log(median);
          d.priorSdLog = sdLog;
        });
  }

  public PoolSettings withOutlierThreshold(double threshold) {
    return with(d -> d.outlierThreshold = threshold);
  }

  /** The same model with rare steps of the level (or none: {@link Jumps#NONE}). */
  public PoolSettings withJumps(Jumps steps) {
    return with(d -> d.jumps = steps);
  }

  /** These settings with {@code change} made to a copy, checked by the constructor. */
  private PoolSettings with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new PoolSettings(
        d.qPerDay,
        d.biasQPerDay,
        d.biasPriorSd,
        d.defaultNoiseSd,
        d.noiseSd,
        d.knownBiases,
        d.priorLogMean,
        d.priorSdLog,
        d.outlierThreshold,
        d.jumps);
  }

  /** A mutable copy of the components, so that each wither names only what it changes. */
  private static final class Draft {
    double qPerDay;
    double biasQPerDay;
    double biasPriorSd;
    double defaultNoiseSd;
    final Map<String, Double> noiseSd;
    final Map<String, Double> knownBiases;
    double priorLogMean;
    double priorSdLog;
    double outlierThreshold;
    Jumps jumps;

    Draft(PoolSettings s) {
      qPerDay = s.qPerDay;
      biasQPerDay = s.biasQPerDay;
      biasPriorSd = s.biasPriorSd;
      defaultNoiseSd = s.defaultNoiseSd;
      noiseSd = new HashMap<>(s.noiseSd);
      knownBiases = new HashMap<>(s.knownBiases);
      priorLogMean = s.priorLogMean;
      priorSdLog = s.priorSdLog;
      outlierThreshold = s.outlierThreshold;
      jumps = s.jumps;
    }
  }

  /** The log noise variance R of a report from {@code source}, before per-report inflation. */
  public double noiseVariance(String source) {
    double sd = noiseSd.getOrDefault(source, defaultNoiseSd);
    return sd * sd;
  }
}
