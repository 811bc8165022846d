package org.vigie.store.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.vigie.core.ach.Evidence;
import org.vigie.core.ach.Hypothesis;
import org.vigie.core.ach.Judgement;
import org.vigie.core.ach.Matrix;
import org.vigie.core.ach.MatrixSummary;
import org.vigie.core.ach.Provenance;
import org.vigie.core.ach.Rating;
import org.vigie.core.ach.RatingChange;
import org.vigie.core.ach.RatingLog;
import org.vigie.core.ach.StoredMatrix;
import org.vigie.core.ach.Weight;
import org.vigie.core.error.AlreadyExistsException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.store.AchStore;

/** ACH matrices and their rating trail in SQL that SQLite and PostgreSQL both run. */
final class SqlAchStore implements AchStore {

  private final Jdbi jdbi;

  SqlAchStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void add(StoredMatrix m) {
    if (!m.log().changes().isEmpty()) {
      throw new IllegalArgumentException("a new matrix has no rating changes yet: " + m.id());
    }
    jdbi.useTransaction(
        h -> {
          int added =
              h.createUpdate(
                      "INSERT INTO ach_matrices (id, question, created_by, created_at)"
                          + " VALUES (:id, :q, :by, :at) ON CONFLICT (id) DO NOTHING")
                  .bind("id", m.id())
                  .bind("q", m.start().question())
                  .bind("by", m.createdBy())
                  .bind("at", Times.format(m.createdAt()))
                  .execute();
          if (added == 0) {
            throw new AlreadyExistsException("matrix", m.id());
          }
          insertHypotheses(h, m);
          insertEvidence(h, m);
        });
  }

  private static void insertHypotheses(Handle h, StoredMatrix m) {
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO ach_hypotheses (matrix_id, position, id, label)"
                + " VALUES (:m, :pos, :id, :label)");
    List<Hypothesis> hs = m.start().hypotheses();
    for (int j = 0; j < hs.size(); j++) {
      batch
          .bind("m", m.id())
          .bind("pos", j)
          .bind("id", hs.get(j).id())
          .bind("label", hs.get(j).label())
          .add();
    }
    batch.execute();
  }

  private static final String INSERT_EVIDENCE =
      "INSERT INTO ach_evidence (matrix_id, position, id, text, credibility, relevance, ratings,"
          + " source, said_on, claim_id, document_id, certainty) VALUES (:m, :pos, :id, :text,"
          + " :cred, :rel, :ratings, :source, :saidOn, :claim, :doc, :certainty)";

  private static void insertEvidence(Handle h, StoredMatrix m) {
    List<Evidence> rows = m.start().evidence();
    if (rows.isEmpty()) {
      return;
    }
    PreparedBatch batch = h.prepareBatch(INSERT_EVIDENCE);
    for (int i = 0; i < rows.size(); i++) {
      bindEvidence(batch, m.id(), i, rows.get(i)).add();
    }
    batch.execute();
  }

  private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bindEvidence(
      T statement, String matrixId, int position, Evidence e) {
    Provenance p = e.provenance();
    return statement
        .bind("m", matrixId)
        .bind("pos", position)
        .bind("id", e.id())
        .bind("text", e.text())
        .bind("cred", e.credibility().name())
        .bind("rel", e.relevance().name())
        .bind("ratings", e.ratings().stream().map(Rating::name).collect(Collectors.joining(",")))
        .bind("source", p.source())
        .bind("saidOn", Times.format(p.date()))
        .bind("claim", p.claimId())
        .bind("doc", p.documentId())
        .bind("certainty", p.certainty());
  }

  @Override
  public Optional<StoredMatrix> get(String id) {
    return jdbi.inTransaction(
        h -> {
          Optional<Head> head =
              h.createQuery(
                      "SELECT id, question, created_by, created_at FROM ach_matrices"
                          + " WHERE id = :id")
                  .bind("id", id)
                  .map((rs, ctx) -> head(rs))
                  .findOne();
          if (head.isEmpty()) {
            return Optional.empty();
          }
          List<Hypothesis> hypotheses =
              h.createQuery(
                      "SELECT id, label FROM ach_hypotheses WHERE matrix_id = :m ORDER BY position")
                  .bind("m", id)
                  .map((rs, ctx) -> new Hypothesis(rs.getString("id"), rs.getString("label")))
                  .list();
          List<Evidence> evidence =
              h.createQuery(
                      "SELECT id, text, credibility, relevance, ratings, source, said_on,"
                          + " claim_id, document_id, certainty FROM ach_evidence"
                          + " WHERE matrix_id = :m ORDER BY position")
                  .bind("m", id)
                  .map((rs, ctx) -> evidence(rs))
                  .list();
          List<RatingChange> changes =
              h.createQuery(
                      "SELECT analyst, evidence_id, hypothesis_id, from_rating, to_rating,"
                          + " changed_at, note FROM ach_rating_changes WHERE matrix_id = :m"
                          + " ORDER BY seq")
                  .bind("m", id)
                  .map((rs, ctx) -> change(rs))
                  .list();
          Head hd = head.get();
          Matrix start = new Matrix(hd.question(), hypotheses, evidence);
          return Optional.of(
              new StoredMatrix(hd.id(), start, hd.by(), hd.at(), new RatingLog(changes)));
        });
  }

  @Override
  public List<MatrixSummary> list() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT m.id, m.question, m.created_by, m.created_at,"
                        + " (SELECT COUNT(*) FROM ach_hypotheses x WHERE x.matrix_id = m.id) AS hs,"
                        + " (SELECT COUNT(*) FROM ach_evidence x WHERE x.matrix_id = m.id) AS es,"
                        + " (SELECT COUNT(*) FROM ach_rating_changes x WHERE x.matrix_id = m.id)"
                        + " AS cs FROM ach_matrices m ORDER BY m.created_at DESC, m.id")
                .map(
                    (rs, ctx) ->
                        new MatrixSummary(
                            rs.getString("id"),
                            rs.getString("question"),
                            rs.getInt("hs"),
                            rs.getInt("es"),
                            rs.getString("created_by"),
                            Times.instant(rs.getString("created_at")),
                            rs.getInt("cs")))
                .list());
  }

  @Override
  public void record(String matrixId, RatingChange c) {
    jdbi.useTransaction(
        h -> {
          touch(h, matrixId);
          h.createUpdate(
                  "INSERT INTO ach_rating_changes (matrix_id, seq, analyst, evidence_id,"
                      + " hypothesis_id, from_rating, to_rating, changed_at, note)"
                      + " SELECT :m, COALESCE(MAX(seq), 0) + 1, :analyst, :e, :h, :from, :to,"
                      + " :at, :note FROM ach_rating_changes WHERE matrix_id = :m")
              .bind("m", matrixId)
              .bind("analyst", c.analyst())
              .bind("e", c.evidenceId())
              .bind("h", c.hypothesisId())
              .bind("from", c.from().name())
              .bind("to", c.to().name())
              .bind("at", Times.format(c.at()))
              .bind("note", c.note())
              .execute();
        });
  }

  @Override
  public void addHypothesis(String matrixId, Hypothesis hypothesis, Rating rating) {
    jdbi.useTransaction(
        h -> {
          touch(h, matrixId);
          requireNew(h, "ach_hypotheses", "hypothesis", matrixId, hypothesis.id());
          h.createUpdate(
                  "INSERT INTO ach_hypotheses (matrix_id, position, id, label)"
                      + " SELECT :m, COALESCE(MAX(position), -1) + 1, :id, :label"
                      + " FROM ach_hypotheses WHERE matrix_id = :m")
              .bind("m", matrixId)
              .bind("id", hypothesis.id())
              .bind("label", hypothesis.label())
              .execute();
          h.createUpdate(
                  "UPDATE ach_evidence SET ratings = ratings || ',' || :r WHERE matrix_id = :m")
              .bind("m", matrixId)
              .bind("r", rating.name())
              .execute();
        });
  }

  @Override
  public void addEvidence(String matrixId, Evidence evidence) {
    jdbi.useTransaction(
        h -> {
          touch(h, matrixId);
          requireNew(h, "ach_evidence", "evidence", matrixId, evidence.id());
          int position =
              h.createQuery(
                      "SELECT COALESCE(MAX(position), -1) + 1 FROM ach_evidence"
                          + " WHERE matrix_id = :m")
                  .bind("m", matrixId)
                  .mapTo(Integer.class)
                  .one();
          bindEvidence(h.createUpdate(INSERT_EVIDENCE), matrixId, position, evidence).execute();
        });
  }

  @Override
  public void judge(String matrixId, Judgement j) {
    jdbi.useTransaction(
        h -> {
          touch(h, matrixId);
          h.createUpdate(
                  "INSERT INTO ach_judgements (matrix_id, seq, analyst, hypothesis_id,"
                      + " probability, judged_at) SELECT :m, COALESCE(MAX(seq), 0) + 1, :analyst,"
                      + " :h, :p, :at FROM ach_judgements WHERE matrix_id = :m")
              .bind("m", matrixId)
              .bind("analyst", j.analyst())
              .bind("h", j.hypothesisId())
              .bind("p", j.probability())
              .bind("at", Times.format(j.at()))
              .execute();
        });
  }

  @Override
  public List<Judgement> judgements(String matrixId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT analyst, hypothesis_id, probability, judged_at FROM ach_judgements"
                        + " WHERE matrix_id = :m ORDER BY seq")
                .bind("m", matrixId)
                .map(
                    (rs, ctx) ->
                        new Judgement(
                            rs.getString("analyst"),
                            rs.getString("hypothesis_id"),
                            rs.getDouble("probability"),
                            Times.instant(rs.getString("judged_at"))))
                .list());
  }

  /**
   * A write first, on the matrix's row: on SQLite it takes the write lock at once (a transaction
   * that reads before it writes cannot wait for another writer), on PostgreSQL it locks the row so
   * two additions to one matrix take positions one after the other.
   */
  private static void touch(Handle h, String matrixId) {
    int found =
        h.createUpdate("UPDATE ach_matrices SET question = question WHERE id = :m")
            .bind("m", matrixId)
            .execute();
    if (found == 0) {
      throw new NotFoundException("matrix", matrixId);
    }
  }

  /** Refuses a second column or row of one id, which would make the matrix unreadable. */
  private static void requireNew(Handle h, String table, String kind, String matrixId, String id) {
    long taken =
        h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE matrix_id = :m AND id = :id")
            .bind("m", matrixId)
            .bind("id", id)
            .mapTo(Long.class)
            .one();
    if (taken > 0) {
      throw new AlreadyExistsException(kind, matrixId + "/" + id);
    }
  }

  private record Head(String id, String question, String by, java.time.Instant at) {}

  private static Head head(ResultSet rs) throws SQLException {
    return new Head(
        rs.getString("id"),
        rs.getString("question"),
        rs.getString("created_by"),
        Times.instant(rs.getString("created_at")));
  }

  private static Evidence evidence(ResultSet rs) throws SQLException {
    List<Rating> ratings =
        Arrays.stream(rs.getString("ratings").split(","))
            .map(code -> Rating.parse(code).orElseThrow())
            .toList();
    Object certainty = rs.getObject("certainty");
    Provenance provenance =
        new Provenance(
            rs.getString("claim_id"),
            rs.getString("document_id"),
            rs.getString("source"),
            Times.date(rs.getString("said_on")),
            certainty == null ? null : ((Number) certainty).doubleValue());
    return new Evidence(
        rs.getString("id"),
        rs.getString("text"),
        Weight.valueOf(rs.getString("credibility")),
        Weight.valueOf(rs.getString("relevance")),
        ratings,
        provenance);
  }

  private static RatingChange change(ResultSet rs) throws SQLException {
    return new RatingChange(
        rs.getString("analyst"),
        rs.getString("evidence_id"),
        rs.getString("hypothesis_id"),
        Rating.valueOf(rs.getString("from_rating")),
        Rating.valueOf(rs.getString("to_rating")),
        Times.instant(rs.getString("changed_at")),
        rs.getString("note"));
  }
}
