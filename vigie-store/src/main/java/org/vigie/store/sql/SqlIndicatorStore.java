package org.vigie.store.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.vigie.core.error.AlreadyExistsException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.indicator.Indicator;
import org.vigie.core.indicator.IndicatorDefinition;
import org.vigie.core.indicator.IndicatorObservation;
import org.vigie.core.indicator.IndicatorState;
import org.vigie.core.indicator.ObservationRecord;
import org.vigie.core.indicator.Scenario;
import org.vigie.core.indicator.SeriesThreshold;
import org.vigie.core.indicator.ThresholdIndicator;
import org.vigie.core.store.IndicatorStore;

/** Scenarios, indicators and observations in SQL that SQLite and PostgreSQL both run. */
final class SqlIndicatorStore implements IndicatorStore {

  private static final double MILLIS_A_DAY = 86_400_000.0;

  private static final String SELECT_INDICATORS =
      "SELECT name, scenario, label, p, pbar, half_life_days, grouping, series, comparison,"
          + " threshold, unit FROM indicators";

  private final Jdbi jdbi;

  SqlIndicatorStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void putScenario(Scenario s) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO indicator_scenarios (name, prior) VALUES (:n, :p)"
                        + " ON CONFLICT (name) DO UPDATE SET prior = :p")
                .bind("n", s.name())
                .bind("p", s.prior())
                .execute());
  }

  @Override
  public List<Scenario> scenarios() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT name, prior FROM indicator_scenarios ORDER BY name")
                .map((rs, ctx) -> new Scenario(rs.getString("name"), rs.getDouble("prior")))
                .list());
  }

  @Override
  public void define(IndicatorDefinition d) {
    Indicator i = d.indicator();
    SeriesThreshold t = d.threshold();
    jdbi.useTransaction(
        h -> {
          // A write first (see SqlClaimStore.replace): the insert, which also finds duplicates.
          int added =
              h.createUpdate(
                      "INSERT INTO indicators (name, scenario, label, p, pbar, half_life_days,"
                          + " grouping, series, comparison, threshold, unit) SELECT :n, name,"
                          + " :label, :p, :pbar, :h, :g, :series, :cmp, :t, :unit"
                          + " FROM indicator_scenarios WHERE name = :s"
                          + " ON CONFLICT (name) DO NOTHING")
                  .bind("n", i.id())
                  .bind("s", d.scenario())
                  .bind("label", i.label())
                  .bind("p", i.p())
                  .bind("pbar", i.pbar())
                  .bind("h", i.halfLife().toMillis() / MILLIS_A_DAY)
                  .bind("g", i.group())
                  .bind("series", t == null ? null : t.series())
                  .bind("cmp", t == null ? null : t.test().comparison().name())
                  .bind("t", t == null ? null : t.test().threshold())
                  .bind("unit", t == null ? null : t.test().unit())
                  .execute();
          if (added == 0) {
            boolean scenario =
                h.createQuery("SELECT COUNT(*) FROM indicator_scenarios WHERE name = :s")
                        .bind("s", d.scenario())
                        .mapTo(Long.class)
                        .one()
                    > 0;
            if (!scenario) {
              throw new NotFoundException("scenario", d.scenario());
            }
            throw new AlreadyExistsException("indicator", i.id());
          }
        });
  }

  @Override
  public Optional<IndicatorDefinition> get(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT_INDICATORS + " WHERE name = :n")
                .bind("n", name)
                .map((rs, ctx) -> definition(rs))
                .findOne());
  }

  @Override
  public List<IndicatorDefinition> list() {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT_INDICATORS + " ORDER BY scenario, name")
                .map((rs, ctx) -> definition(rs))
                .list());
  }

  @Override
  public void observe(ObservationRecord r) {
    IndicatorObservation o = r.observation();
    jdbi.useTransaction(
        h -> {
          int added =
              h.createUpdate(
                      "INSERT INTO indicator_observations (seq, indicator, state, confidence,"
                          + " observed_at, claim_id, analyst, note) SELECT (SELECT COALESCE(MAX(seq),"
                          + " 0) + 1 FROM indicator_observations), name, :state, :c, :at, :claim,"
                          + " :analyst, :note FROM indicators WHERE name = :n")
                  .bind("n", o.indicatorId())
                  .bind("state", o.state().name())
                  .bind("c", o.confidence())
                  .bind("at", Times.format(o.at()))
                  .bind("claim", r.claimId())
                  .bind("analyst", r.analyst())
                  .bind("note", r.note())
                  .execute();
          if (added == 0) {
            throw new NotFoundException("indicator", o.indicatorId());
          }
        });
  }

  @Override
  public List<ObservationRecord> observations() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT indicator, state, confidence, observed_at, claim_id, analyst, note"
                        // Times are fixed-width UTC text: their order is time order.
                        + " FROM indicator_observations ORDER BY observed_at, seq")
                .map(
                    (rs, ctx) ->
                        new ObservationRecord(
                            new IndicatorObservation(
                                rs.getString("indicator"),
                                Times.instant(rs.getString("observed_at")),
                                IndicatorState.valueOf(rs.getString("state")),
                                rs.getDouble("confidence")),
                            rs.getString("claim_id"),
                            rs.getString("analyst"),
                            rs.getString("note")))
                .list());
  }

  private static IndicatorDefinition definition(ResultSet rs) throws SQLException {
    Indicator i =
        new Indicator(
            rs.getString("name"),
            rs.getString("label"),
            rs.getDouble("p"),
            rs.getDouble("pbar"),
            Duration.ofMillis(Math.round(rs.getDouble("half_life_days") * MILLIS_A_DAY)),
            rs.getString("grouping"));
    String series = rs.getString("series");
    SeriesThreshold t = null;
    if (series != null) {
      t =
          new SeriesThreshold(
              series,
              new ThresholdIndicator(
                  i.id(),
                  i.label(),
                  ThresholdIndicator.Comparison.valueOf(rs.getString("comparison")),
                  rs.getDouble("threshold"),
                  rs.getString("unit")));
    }
    return new IndicatorDefinition(rs.getString("scenario"), i, t);
  }
}
