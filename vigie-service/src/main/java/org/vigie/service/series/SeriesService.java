package org.vigie.service.series;

import java.util.List;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.series.Grid;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PoolSettings;
import org.vigie.core.series.pool.Backtest;
import org.vigie.core.series.pool.PoolModel;
import org.vigie.core.series.store.Member;
import org.vigie.core.series.store.SeriesDefinition;
import org.vigie.core.series.store.SeriesEstimate;
import org.vigie.core.series.store.SeriesMembers;
import org.vigie.core.series.store.StoredSeries;
import org.vigie.core.store.Store;

/** The series of a store, their members and estimates, computed on each read. */
public final class SeriesService {

  /** A series with its members and their estimate (null when none can be pooled). */
  public record Loaded(StoredSeries series, List<Member> members, SeriesEstimate estimate) {
    public SeriesDefinition definition() {
      return series.definition();
    }
  }

  private final Store store;

  public SeriesService(Store store) {
    this.store = store;
  }

  public List<SeriesDefinition> list() {
    return store.series().list();
  }

  /** The series, its members, pooled on a weekly grid. */
  public Loaded load(String name) {
    return load(name, Grid.WEEK);
  }

  /** The series, its members, pooled on {@code grid}. */
  public Loaded load(String name, Grid grid) {
    StoredSeries series = get(name);
    List<Member> members = SeriesMembers.of(store, series);
    List<Observation> reports = SeriesMembers.observations(members);
    return new Loaded(series, members, reports.isEmpty() ? null : SeriesEstimate.of(reports, grid));
  }

  /**
   * The calibration backtest of {@code model} on the series' member claims: each forecast from the
   * members dated before it, the model refitted each time.
   */
  public Backtest.Result backtest(String name, PoolModel model) {
    List<Observation> reports = SeriesMembers.observations(SeriesMembers.of(store, get(name)));
    return model.backtest(reports, PoolSettings.defaults());
  }

  /** The series with this name. */
  public StoredSeries get(String name) {
    return store.series().get(name).orElseThrow(() -> new NotFoundException("series", name));
  }

  /** Every series, loaded. */
  public List<Loaded> loadAll() {
    return list().stream().map(d -> load(d.name())).toList();
  }
}
