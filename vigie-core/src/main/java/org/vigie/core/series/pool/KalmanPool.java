package org.vigie.core.series.pool;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vigie.core.series.Echoes;
import org.vigie.core.series.Forecast;
import org.vigie.core.series.Jumps;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PoolNote;
import org.vigie.core.series.PoolResult;
import org.vigie.core.series.PoolSettings;
import org.vigie.core.series.PooledPoint;
import org.vigie.core.series.SourceBias;
import org.vigie.core.series.stats.Normal;

/**
 * Pools the reports of one quantity into a level with uncertainty and per-source house effects
 * (methods §1.2, after Jackman 2005): a Kalman filter and Rauch–Tung–Striebel smoother on x = ln N.
 *
 * <pre>
 *   state  z_t = [x_t, b_1 … b_S],  F = I,  Q = diag(q·Δt, q_b·Δt, …)       (Δt in days)
 *   report y_i = ln(figure_i) = x_{t_i} + b_{s_i} + e_i,   e_i ~ N(0, R_s·k_i)
 * </pre>
 *
 * <p>The filter steps through the union of the grid dates and the reports' as-of dates, so each
 * report enters on its own date whatever the grid, and irregular gaps are handled by Q = q·Δt.
 * House effects are identified by a ridge prior b_s ~ N(0, τ²) (a soft sum-to-zero: relative to the
 * consensus) unless a source is anchored, which makes them absolute. Echoes and unchanged
 * republications are dropped first ({@link Echoes#forPooling}). Censored and interval reports use
 * the moment-matched update of {@link IntervalUpdate}. Deterministic; milliseconds for hundreds of
 * reports.
 */
public final class KalmanPool {

  private KalmanPool() {}

  /**
   * Pools {@code reports} and reads the estimate out on {@code grid}.
   *
   * @throws IllegalArgumentException if no report remains or the grid is empty
   */
  public static PoolResult pool(
      List<Observation> reports, List<LocalDate> grid, PoolSettings settings) {
    Echoes.Kept kept = Echoes.forPooling(reports);
    if (kept.observations().isEmpty() || grid.isEmpty()) {
      throw new IllegalArgumentException("nothing to pool: no reports or an empty grid");
    }
    StateLayout layout = new StateLayout(kept.observations(), settings);
    TreeMap<LocalDate, List<Observation>> byDate = new TreeMap<>();
    kept.observations()
        .forEach(o -> byDate.computeIfAbsent(o.asOf(), d -> new ArrayList<>()).add(o));
    TreeSet<LocalDate> times = new TreeSet<>(grid);
    times.addAll(byDate.keySet());
    List<LocalDate> dates = List.copyOf(times);

    Pass pass =
        filter(dates, byDate, layout, settings, prior(kept.observations(), layout, settings));
    GaussianState[] smoothed = RtsSmoother.smooth(pass.filtered, pass.predicted);

    List<PooledPoint> estimates = new ArrayList<>();
    List<PooledPoint> filtered = new ArrayList<>();
    for (LocalDate d : grid) {
      int i = dates.indexOf(d);
      estimates.add(PooledPoint.fromLog(d, smoothed[i].mean[0], smoothed[i].cov[0][0]));
      filtered.add(
          PooledPoint.fromLog(d, pass.filtered.get(i).mean[0], pass.filtered.get(i).cov[0][0]));
    }
    List<PoolNote> notes = new ArrayList<>(kept.dropped());
    notes.addAll(pass.notes);
    return new PoolResult(
        estimates,
        filtered,
        biases(layout, smoothed[smoothed.length - 1], pass.reports, settings),
        notes,
        kept.observations().size(),
        pass.logLikelihood,
        settings,
        pass.forecasts);
  }

  /** The filter's forward pass: predictions, filtered states, notes and log-likelihood. */
  private static final class Pass {
    final List<GaussianState> predicted = new ArrayList<>();
    final List<GaussianState> filtered = new ArrayList<>();
    final List<PoolNote> notes = new ArrayList<>();
    final Map<String, Integer> reports = new HashMap<>();
    final List<Forecast> forecasts = new ArrayList<>();
    double logLikelihood;
  }

  private static Pass filter(
      List<LocalDate> dates,
      Map<LocalDate, List<Observation>> byDate,
      StateLayout layout,
      PoolSettings settings,
      GaussianState state) {
    Pass pass = new Pass();
    Jumps jumps = settings.jumps();
    double[] rate = new double[layout.dimension()];
    Arrays.fill(rate, settings.biasQPerDay());
    rate[0] = settings.qPerDay();
    LocalDate lastReport = byDate.isEmpty() ? dates.get(0) : Collections.max(byDate.keySet());
    LocalDate previousReports = dates.get(0);
    for (int t = 0; t < dates.size(); t++) {
      LocalDate date = dates.get(t);
      List<Observation> here = byDate.getOrDefault(date, List.of());
      Weighed weighed = null;
      if (t > 0) {
        long days = ChronoUnit.DAYS.between(dates.get(t - 1), date);
        double[] q = Arrays.stream(rate).map(v -> v * days).toArray();
        if (jumps.on() && !here.isEmpty()) {
          // A jump may have come any day since the last reports: the reports of this date say
          // whether it did, and the step's variance carries it in the measure they give.
          double gap = ChronoUnit.DAYS.between(previousReports, date);
          weighed = weigh(state, here, q, jumps.probability(gap), layout, settings);
          q[0] += weighed.jumpWeight() * jumps.variance();
        } else if (jumps.on() && date.isAfter(lastReport)) {
          q[0] +=
              jumps.probability((double) days)
                  * jumps.variance(); // past the last report: no word yet
        }
        state.diffuse(q);
      }
      pass.predicted.add(state.copy());
      for (Observation o : here) {
        ReportUpdate.Outcome outcome =
            ReportUpdate.apply(
                state,
                o,
                layout.indexOf(o.source()),
                layout.offsetOf(o.source()),
                settings.noiseVariance(o.source()) * o.inflation(),
                settings.outlierThreshold());
        if (weighed == null) {
          pass.logLikelihood += outcome.logLikelihood();
          pass.forecasts.add(
              Forecast.gaussian(o, outcome.predictedMean(), outcome.predictedVariance()));
        }
        pass.reports.merge(o.source(), 1, Integer::sum);
        if (outcome.note() != null) {
          pass.notes.add(new PoolNote(o.asOf(), o.source(), outcome.note()));
        }
      }
      if (weighed != null) {
        pass.logLikelihood += weighed.logLikelihood();
        pass.forecasts.addAll(weighed.forecasts());
      }
      if (!here.isEmpty()) {
        previousReports = date;
      }
      pass.filtered.add(state.copy());
    }
    return pass;
  }

  /**
   * How likely a jump before the reports of one date is, given them: the posterior weight of the
   * jump regime, the reports' log-likelihood under the mixture, and each report's forecast.
   */
  private record Weighed(double jumpWeight, double logLikelihood, List<Forecast> forecasts) {}

  /**
   * Runs the reports of one date through both regimes, from the state before this step's diffusion:
   * the drift alone ({@code q}), and the drift plus a jump. Each report is scored as Gaussian in
   * both, so that a step is not called an outlier of the regime without jumps.
   */
  private static Weighed weigh(
      GaussianState before,
      List<Observation> reports,
      double[] q,
      double jumpChance,
      StateLayout layout,
      PoolSettings settings) {
    GaussianState[] regime = {before.copy(), before.copy()};
    regime[0].diffuse(q);
    double[] withJump = q.clone();
    withJump[0] += settings.jumps().variance();
    regime[1].diffuse(withJump);
    double[] logWeight = {Math.log1p(-jumpChance), Math.log(jumpChance)};
    double logLikelihood = 0;
    List<Forecast> forecasts = new ArrayList<>();
    for (Observation o : reports) {
      double[] means = new double[2];
      double[] variances = new double[2];
      double[] scores = new double[2];
      for (int k = 0; k < 2; k++) {
        ReportUpdate.Outcome outcome =
            ReportUpdate.apply(
                regime[k],
                o,
                layout.indexOf(o.source()),
                layout.offsetOf(o.source()),
                settings.noiseVariance(o.source()) * o.inflation(),
                Double.POSITIVE_INFINITY);
        means[k] = outcome.predictedMean();
        variances[k] = outcome.predictedVariance();
        scores[k] = outcome.logLikelihood();
      }
      double total = logSumExp(logWeight[0], logWeight[1]);
      forecasts.add(
          new Forecast(
              o,
              new double[] {Math.exp(logWeight[0] - total), Math.exp(logWeight[1] - total)},
              means,
              variances));
      logLikelihood += logSumExp(logWeight[0] + scores[0], logWeight[1] + scores[1]) - total;
      logWeight[0] += scores[0];
      logWeight[1] += scores[1];
    }
    double total = logSumExp(logWeight[0], logWeight[1]);
    return new Weighed(Math.exp(logWeight[1] - total), logLikelihood, forecasts);
  }

  private static double logSumExp(double a, double b) {
    double m = Math.max(a, b);
    return m == Double.NEGATIVE_INFINITY ? m : m + Math.log(Math.exp(a - m) + Math.exp(b - m));
  }

  /** N(prior mean, prior sd²) on ln N; N(0, τ²) on each estimated house effect. */
  private static GaussianState prior(
      List<Observation> reports, StateLayout layout, PoolSettings settings) {
    int n = layout.dimension();
    double[] mean = new double[n];
    double[][] cov = new double[n][n];
    mean[0] =
        Double.isNaN(settings.priorLogMean()) ? medianLogFigure(reports) : settings.priorLogMean();
    cov[0][0] = settings.priorSdLog() * settings.priorSdLog();
    for (int i = 1; i < n; i++) {
      cov[i][i] = settings.biasPriorSd() * settings.biasPriorSd();
    }
    return new GaussianState(mean, cov);
  }

  private static double medianLogFigure(List<Observation> reports) {
    double[] logs = reports.stream().mapToDouble(o -> Math.log(o.figure())).sorted().toArray();
    int m = logs.length / 2;
    return logs.length % 2 == 1 ? logs[m] : 0.5 * (logs[m - 1] + logs[m]);
  }

  private static List<SourceBias> biases(
      StateLayout layout, GaussianState last, Map<String, Integer> reports, PoolSettings settings) {
    List<SourceBias> out = new ArrayList<>();
    for (String s : layout.sources()) {
      int i = layout.indexOf(s);
      int count = reports.getOrDefault(s, 0);
      if (i < 0) {
        double f = settings.knownBiases().get(s);
        out.add(new SourceBias(s, f, f, f, count, true));
      } else {
        double b = last.mean[i];
        double sd = Math.sqrt(Math.max(last.cov[i][i], 0.0));
        out.add(
            new SourceBias(
                s,
                Math.exp(b),
                Math.exp(b - Normal.Z95 * sd),
                Math.exp(b + Normal.Z95 * sd),
                count,
                false));
      }
    }
    return out;
  }
}
