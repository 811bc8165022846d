package org.vigie.store.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.vigie.core.error.AlreadyExistsException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.series.store.Decision;
import org.vigie.core.series.store.SeriesDefinition;
import org.vigie.core.series.store.StoredSeries;
import org.vigie.core.store.SeriesStore;

/** Series definitions and decisions in SQL that SQLite and PostgreSQL both run. */
final class SqlSeriesStore implements SeriesStore {

  private static final String COLUMNS =
      "name, unit, actor, keywords, description, created_by, created_at";

  private final Jdbi jdbi;

  SqlSeriesStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void add(SeriesDefinition s) {
    int added =
        jdbi.withHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO series ("
                            + COLUMNS
                            + ") VALUES (:name, :unit, :actor, :keywords, :description, :by, :at)"
                            + " ON CONFLICT (name) DO NOTHING")
                    .bind("name", s.name())
                    .bind("unit", s.unit())
                    .bind("actor", s.actor())
                    .bind("keywords", String.join("\n", s.keywords()))
                    .bind("description", s.description())
                    .bind("by", s.createdBy())
                    .bind("at", Times.format(s.createdAt()))
                    .execute());
    if (added == 0) {
      throw new AlreadyExistsException("series", s.name());
    }
  }

  @Override
  public Optional<StoredSeries> get(String name) {
    return jdbi.inTransaction(
        h -> {
          Optional<SeriesDefinition> def =
              h.createQuery("SELECT " + COLUMNS + " FROM series WHERE name = :name")
                  .bind("name", name)
                  .map((rs, ctx) -> definition(rs))
                  .findOne();
          if (def.isEmpty()) {
            return Optional.empty();
          }
          List<Decision> decisions =
              h.createQuery(
                      "SELECT claim_id, choice, decided_by, decided_at FROM series_decisions"
                          + " WHERE series_name = :name ORDER BY decided_at, claim_id")
                  .bind("name", name)
                  .map(
                      (rs, ctx) ->
                          new Decision(
                              rs.getString("claim_id"),
                              "join".equals(rs.getString("choice")),
                              rs.getString("decided_by"),
                              Times.instant(rs.getString("decided_at"))))
                  .list();
          return Optional.of(new StoredSeries(def.get(), decisions));
        });
  }

  @Override
  public List<SeriesDefinition> list() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM series ORDER BY name")
                .map((rs, ctx) -> definition(rs))
                .list());
  }

  @Override
  public boolean delete(String name) {
    return jdbi.withHandle(
            h ->
                h.createUpdate("DELETE FROM series WHERE name = :name")
                    .bind("name", name)
                    .execute())
        > 0;
  }

  @Override
  public void decide(String name, Decision d) {
    // One statement that writes first (SQLite takes the write lock at once) and does nothing when
    // the series is missing.
    int written =
        jdbi.withHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO series_decisions (series_name, claim_id, choice, decided_by,"
                            + " decided_at) SELECT name, :claim, :choice, :by, :at FROM series"
                            + " WHERE name = :name ON CONFLICT (series_name, claim_id) DO UPDATE"
                            + " SET choice = excluded.choice, decided_by = excluded.decided_by,"
                            + " decided_at = excluded.decided_at")
                    .bind("name", name)
                    .bind("claim", d.claimId())
                    .bind("choice", d.joined() ? "join" : "exclude")
                    .bind("by", d.decidedBy())
                    .bind("at", Times.format(d.decidedAt()))
                    .execute());
    if (written == 0) {
      throw new NotFoundException("series", name);
    }
  }

  private static SeriesDefinition definition(ResultSet rs) throws SQLException {
    String keywords = rs.getString("keywords");
    return new SeriesDefinition(
        rs.getString("name"),
        rs.getString("unit"),
        rs.getString("actor"),
        keywords.isEmpty() ? List.of() : Arrays.asList(keywords.split("\n")),
        rs.getString("description"),
        rs.getString("created_by"),
        Times.instant(rs.getString("created_at")));
  }
}
