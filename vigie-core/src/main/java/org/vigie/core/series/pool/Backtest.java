package org.vigie.core.series.pool;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.vigie.core.series.Echoes;
import org.vigie.core.series.Forecast;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PoolSettings;

/**
 * The calibration backtest of a pooling model: each report, in date order, forecast from the
 * reports before it only, with the model fitted again on those reports. A model whose 50 % and 95 %
 * forecast bands hold about 50 % and 95 % of the reports that came next is honestly wide; the mean
 * log score says how sharp it is as well (higher is better).
 */
public final class Backtest {

  /** The first reports only start the model: nothing is forecast from fewer. */
  public static final int WARM_UP = 2;

  /**
   * The outcome over a series.
   *
   * @param forecasts each report after the warm-up with its forecast
   * @param coverage50 the share of reports inside their forecast's central 50 %
   * @param coverage95 the share inside the central 95 %
   * @param logScore the mean log predictive density of ln figure
   */
  public record Result(
      List<Forecast> forecasts, double coverage50, double coverage95, double logScore) {

    public Result {
      forecasts = List.copyOf(forecasts);
    }

    public int n() {
      return forecasts.size();
    }

    /** The forecasts of several series taken together. */
    public static Result of(List<Forecast> forecasts) {
      double in50 = forecasts.stream().filter(f -> f.covers(0.5)).count();
      double in95 = forecasts.stream().filter(f -> f.covers(0.95)).count();
      double score = forecasts.stream().mapToDouble(Forecast::logScore).sum();
      int n = Math.max(1, forecasts.size());
      return new Result(forecasts, in50 / n, in95 / n, score / n);
    }
  }

  private Backtest() {}

  /**
   * Backtests the model that {@code fit} makes of a list of reports (the settings to pool with, for
   * instance q fitted by maximum likelihood).
   */
  public static Result run(
      List<Observation> reports, Function<List<Observation>, PoolSettings> fit) {
    List<Observation> ordered =
        Echoes.forPooling(reports).observations().stream()
            .sorted(Comparator.comparing(Observation::asOf))
            .toList();
    List<Forecast> forecasts = new ArrayList<>();
    for (int k = WARM_UP; k < ordered.size(); k++) {
      Observation next = ordered.get(k);
      List<Observation> before =
          ordered.subList(0, k).stream().filter(o -> o.asOf().isBefore(next.asOf())).toList();
      if (before.size() < WARM_UP) {
        continue;
      }
      List<Observation> upToNext = new ArrayList<>(before);
      upToNext.add(next);
      KalmanPool.pool(upToNext, List.of(next.asOf()), fit.apply(before)).forecasts().stream()
          .filter(f -> f.report().equals(next))
          .findFirst()
          .ifPresent(forecasts::add);
    }
    return Result.of(forecasts);
  }
}
