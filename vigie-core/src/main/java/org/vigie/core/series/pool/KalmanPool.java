package org.vigie.core.series.pool;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vigie.core.series.Echoes;
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
        settings);
  }

  /** The filter's forward pass: predictions, filtered states, notes and log-likelihood. */
  private static final class Pass {
    final List<GaussianState> predicted = new ArrayList<>();
    final List<GaussianState> filtered = new ArrayList<>();
    final List<PoolNote> notes = new ArrayList<>();
    final Map<String, Integer> reports = new HashMap<>();
    double logLikelihood;
  }

  private static Pass filter(
      List<LocalDate> dates,
      Map<LocalDate, List<Observation>> byDate,
      StateLayout layout,
      PoolSettings settings,
      GaussianState state) {
    Pass pass = new Pass();
    double[] rate = new double[layout.dimension()];
    Arrays.fill(rate, settings.biasQPerDay());
    rate[0] = settings.qPerDay();
    for (int t = 0; t < dates.size(); t++) {
      if (t > 0) {
        long days = ChronoUnit.DAYS.between(dates.get(t - 1), dates.get(t));
        state.diffuse(Arrays.stream(rate).map(q -> q * days).toArray());
      }
      pass.predicted.add(state.copy());
      for (Observation o : byDate.getOrDefault(dates.get(t), List.of())) {
        double r = settings.noiseVariance(o.source()) * o.inflation();
        ReportUpdate.Outcome outcome =
            ReportUpdate.apply(
                state,
                o,
                layout.indexOf(o.source()),
                layout.offsetOf(o.source()),
                r,
                settings.outlierThreshold());
        pass.logLikelihood += outcome.logLikelihood();
        pass.reports.merge(o.source(), 1, Integer::sum);
        if (outcome.note() != null) {
          pass.notes.add(new PoolNote(o.asOf(), o.source(), outcome.note()));
        }
      }
      pass.filtered.add(state.copy());
    }
    return pass;
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
