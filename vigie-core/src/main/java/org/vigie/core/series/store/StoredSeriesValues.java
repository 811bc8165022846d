package org.vigie.core.series.store;

import java.util.List;
import java.util.OptionalDouble;
import org.vigie.core.indicator.SeriesValues;
import org.vigie.core.series.Grid;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PooledPoint;
import org.vigie.core.store.Store;

/**
 * The latest value of a stored series for threshold indicators: the pooled median on the last week
 * of its estimate, pooled from the claims as they are now. Empty for an unknown series or one with
 * no report to pool.
 */
public final class StoredSeriesValues implements SeriesValues {

  private final Store store;

  public StoredSeriesValues(Store store) {
    this.store = store;
  }

  @Override
  public OptionalDouble latest(String name) {
    return store
        .series()
        .get(name)
        .map(s -> latestMedian(SeriesMembers.observations(SeriesMembers.of(store, s))))
        .orElse(OptionalDouble.empty());
  }

  private static OptionalDouble latestMedian(List<Observation> reports) {
    if (reports.isEmpty()) {
      return OptionalDouble.empty();
    }
    List<PooledPoint> points = SeriesEstimate.of(reports, Grid.WEEK).pool().estimates();
    return points.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(points.get(points.size() - 1).median());
  }
}
