package org.vigie.store.sql;

import static org.vigie.store.sql.SqlDocumentStore.noNul;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.vigie.core.claim.Claim;
import org.vigie.core.claim.ClaimIds;
import org.vigie.core.claim.ClaimKind;
import org.vigie.core.claim.ClaimPage;
import org.vigie.core.claim.ClaimQuery;
import org.vigie.core.claim.DateClaim;
import org.vigie.core.claim.EntityClaim;
import org.vigie.core.claim.Modifier;
import org.vigie.core.claim.Quantity;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.claim.StoredClaim;
import org.vigie.core.store.ClaimStore;

/** Claims in one table for the three kinds, in SQL that SQLite and PostgreSQL both run. */
final class SqlClaimStore implements ClaimStore {

  private static final String COLUMNS =
      "c.id, c.document_id, c.kind, c.start_offset, c.end_offset, c.text, c.value, c.low, c.high,"
          + " c.modifier, c.unit, c.subject, c.actor, c.per, c.speaker, c.relayed_by, c.hedges,"
          + " c.certainty, c.as_of, c.entity_type, c.date_value, c.date_precision,"
          + " c.date_relative, d.lang, d.source, d.published, d.title";

  private static final String FROM = " FROM claims c JOIN documents d ON d.id = c.document_id";

  /** Hedges are kept in one column, one per line. */
  private static final String HEDGE_SEPARATOR = "\n";

  private static final int FETCH_SIZE = 500;

  private final Jdbi jdbi;

  private final CountCache counts;

  SqlClaimStore(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.counts = new CountCache(this::counts);
  }

  @Override
  public void replace(String documentId, String extractor, List<Claim> claims) {
    try {
      replaceInTransaction(documentId, extractor, claims);
      counts.clear();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not store the claims of document " + documentId + ": " + e.getMessage(), e);
    }
  }

  private void replaceInTransaction(String documentId, String extractor, List<Claim> claims)
      throws SQLException {
    jdbi.useTransaction(
        h -> {
          // A write first, on the document's row: it makes two replacements of one document
          // wait for each other (a row lock on PostgreSQL), and on SQLite takes the write lock at
          // once (a transaction that reads before it writes cannot wait for another writer and
          // fails with SQLITE_BUSY). No row: the document is gone.
          int found =
              h.createUpdate("UPDATE documents SET chars = chars WHERE id = :id")
                  .bind("id", documentId)
                  .execute();
          if (found == 0) {
            return;
          }
          h.createUpdate("DELETE FROM claim_runs WHERE document_id = :id")
              .bind("id", documentId)
              .execute();
          h.createUpdate("DELETE FROM claims WHERE document_id = :id")
              .bind("id", documentId)
              .execute();
          String[] document =
              h.createQuery("SELECT published, lang FROM documents WHERE id = :id")
                  .bind("id", documentId)
                  .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                  .one();
          insert(h, documentId, document[0], document[1], claims);
          h.createUpdate(
                  "INSERT INTO claim_runs (document_id, extractor, claims, extracted_at)"
                      + " VALUES (:id, :extractor, :claims, :at)")
              .bind("id", documentId)
              .bind("extractor", extractor)
              .bind("claims", claims.size())
              .bind("at", Times.format(Instant.now()))
              .execute();
        });
  }

  private static final String INSERT =
      "INSERT INTO claims (id, document_id, kind, start_offset, end_offset, text, value, low,"
          + " high, modifier, unit, subject, actor, per, speaker, relayed_by, hedges, certainty,"
          + " as_of, entity_type, date_value, date_precision, date_relative, dated, lang) VALUES (?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT"
          + " DO NOTHING";

  /**
   * Inserts a document's claims in one JDBC batch with positional parameters: ingest writes a few
   * hundred claims per document, and this is its hottest statement.
   */
  private static void insert(
      Handle h, String documentId, String published, String lang, List<Claim> claims)
      throws SQLException {
    if (claims.isEmpty()) {
      return;
    }
    try (PreparedStatement batch = h.getConnection().prepareStatement(INSERT)) {
      for (Claim c : claims) {
        QuantityClaim qc = c instanceof QuantityClaim x ? x : null;
        Quantity q = qc == null ? null : qc.quantity();
        EntityClaim e = c instanceof EntityClaim x ? x : null;
        DateClaim d = c instanceof DateClaim x ? x : null;
        String asOf = qc == null ? null : qc.asOf();
        batch.setString(1, ClaimIds.of(documentId, c));
        batch.setString(2, documentId);
        batch.setString(3, c.kind().code());
        batch.setInt(4, c.start());
        batch.setInt(5, c.end());
        batch.setString(6, noNul(c.text()));
        setDouble(batch, 7, q == null ? null : q.value());
        setDouble(batch, 8, q == null ? null : q.low());
        setDouble(batch, 9, q == null ? null : q.high());
        batch.setString(10, q == null ? null : q.modifier().code());
        batch.setString(11, q == null ? null : q.unit());
        batch.setString(12, q == null ? null : noNul(q.subject()));
        batch.setString(13, q != null ? q.actor() : e != null ? e.id() : null);
        batch.setString(14, q == null ? null : q.per());
        batch.setString(15, qc == null ? null : noNul(qc.speaker()));
        batch.setString(16, qc == null ? null : noNul(qc.relayedBy()));
        batch.setString(17, qc == null || qc.hedges().isEmpty() ? null : hedges(qc.hedges()));
        setDouble(batch, 18, qc == null ? null : qc.certainty());
        batch.setString(19, asOf);
        batch.setString(20, e == null ? null : e.type());
        batch.setString(21, d == null ? null : d.value());
        batch.setString(22, d == null ? null : d.precision());
        if (d == null) {
          batch.setNull(23, Types.INTEGER);
        } else {
          batch.setInt(23, d.relative() ? 1 : 0);
        }
        batch.setString(24, asOf != null ? asOf : published != null ? published : "");
        batch.setString(25, lang);
        batch.addBatch();
      }
      batch.executeBatch();
    }
  }

  private static void setDouble(PreparedStatement s, int index, Double x) throws SQLException {
    if (x == null) {
      s.setNull(index, Types.DOUBLE);
    } else {
      s.setDouble(index, x);
    }
  }

  private static String hedges(List<String> hedges) {
    List<String> clean = new ArrayList<>(hedges.size());
    for (String h : hedges) {
      clean.add(noNul(h).replace('\n', ' ').replace('\r', ' '));
    }
    return String.join(HEDGE_SEPARATOR, clean);
  }

  @Override
  public List<String> unread(String extractor, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT d.id FROM documents d LEFT JOIN claim_runs r ON r.document_id = d.id"
                        + " WHERE r.extractor IS NULL OR r.extractor <> :extractor"
                        + " ORDER BY d.ingested_at, d.id LIMIT :limit")
                .bind("extractor", extractor)
                .bind("limit", limit)
                .mapTo(String.class)
                .list());
  }

  @Override
  public long countUnread(String extractor) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT COUNT(*) FROM documents d LEFT JOIN claim_runs r"
                        + " ON r.document_id = d.id"
                        + " WHERE r.extractor IS NULL OR r.extractor <> :extractor")
                .bind("extractor", extractor)
                .mapTo(Long.class)
                .one());
  }

  @Override
  public Optional<StoredClaim> get(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + FROM + " WHERE c.id = :id")
                .bind("id", id.toLowerCase(Locale.ROOT))
                .map((rs, ctx) -> stored(rs))
                .findOne());
  }

  @Override
  public List<StoredClaim> ofDocument(String documentId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + FROM
                        + " WHERE c.document_id = :id ORDER BY c.start_offset, c.end_offset")
                .bind("id", documentId)
                .map((rs, ctx) -> stored(rs))
                .list());
  }

  @Override
  public ClaimPage find(ClaimQuery q) {
    String where = where(q);
    // Counting every match of a store of millions takes seconds: count up to a bound past the
    // page, and say "at least" beyond it.
    long bound = Math.max(ClaimPage.COUNT_LIMIT, (long) q.offset() + q.limit() + 1);
    return jdbi.inTransaction(
        h -> {
          long counted =
              bind(
                      h.createQuery(
                          "SELECT COUNT(*) FROM (SELECT 1 FROM claims c"
                              + where
                              + " LIMIT :bound) AS matching"),
                      q)
                  .bind("bound", bound)
                  .mapTo(Long.class)
                  .one();
          List<StoredClaim> page =
              bind(
                      h.createQuery(
                          "SELECT "
                              + COLUMNS
                              + FROM
                              + where
                              + " ORDER BY c.dated DESC, c.id DESC LIMIT :limit OFFSET :offset"),
                      q)
                  .bind("limit", q.limit())
                  .bind("offset", q.offset())
                  .map((rs, ctx) -> stored(rs))
                  .list();
          return new ClaimPage(page, counted, counted < bound);
        });
  }

  @Override
  public void forEach(ClaimQuery q, Consumer<StoredClaim> consumer) {
    jdbi.useTransaction(
        h ->
            bind(
                    h.createQuery(
                        "SELECT "
                            + COLUMNS
                            + FROM
                            + where(q)
                            + " ORDER BY c.dated DESC, c.id DESC"),
                    q)
                .setFetchSize(FETCH_SIZE)
                .map((rs, ctx) -> stored(rs))
                .forEach(consumer));
  }

  @Override
  public Map<String, Long> countByKind() {
    return counts.get("SELECT kind, COUNT(*) FROM claims GROUP BY kind ORDER BY kind");
  }

  @Override
  public Map<String, Long> countByUnit() {
    return counts.get(
        "SELECT unit, COUNT(*) AS n FROM claims WHERE kind = 'quantity' AND unit IS NOT NULL"
            + " GROUP BY unit ORDER BY n DESC, unit");
  }

  private Map<String, Long> counts(String sql) {
    return jdbi.withHandle(
        h ->
            h.createQuery(sql)
                .reduceRows(
                    new LinkedHashMap<String, Long>(),
                    (map, row) -> {
                      map.put(row.getColumn(1, String.class), row.getColumn(2, Long.class));
                      return map;
                    }));
  }

  /** The WHERE clause of a query's filters, naming the parameters {@link #bind} binds. */
  private static String where(ClaimQuery q) {
    List<String> terms = new ArrayList<>();
    if (q.kind() != null) {
      terms.add("c.kind = :kind");
    }
    if (q.unit() != null) {
      terms.add("c.unit = :unit");
    }
    if (q.actor() != null) {
      terms.add("c.actor = :actor");
    }
    if (q.speaker() != null) {
      terms.add("LOWER(c.speaker) LIKE :speaker ESCAPE '\\'");
    }
    if (q.lang() != null) {
      terms.add("c.lang = :lang");
    }
    if (q.documentId() != null) {
      terms.add("c.document_id = :doc");
    }
    if (q.from() != null) {
      terms.add("c.dated >= :from");
    }
    if (q.to() != null) {
      // A day's own date, and the months and ranges that start on or before it, sort before
      // the day after.
      terms.add("c.dated < :toExclusive AND c.dated <> ''");
    }
    return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
  }

  private static <S extends SqlStatement<S>> S bind(S s, ClaimQuery q) {
    if (q.kind() != null) {
      s.bind("kind", q.kind().code());
    }
    if (q.unit() != null) {
      s.bind("unit", q.unit());
    }
    if (q.actor() != null) {
      s.bind("actor", q.actor());
    }
    if (q.speaker() != null) {
      s.bind("speaker", "%" + likeEscaped(q.speaker().toLowerCase(Locale.ROOT)) + "%");
    }
    if (q.lang() != null) {
      s.bind("lang", q.lang());
    }
    if (q.documentId() != null) {
      s.bind("doc", q.documentId());
    }
    if (q.from() != null) {
      s.bind("from", q.from().toString());
    }
    if (q.to() != null) {
      s.bind("toExclusive", q.to().plusDays(1).toString());
    }
    return s;
  }

  /** A user's % and _ match themselves, not any text: the query escapes with a backslash. */
  private static String likeEscaped(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static StoredClaim stored(ResultSet rs) throws SQLException {
    return new StoredClaim(
        rs.getString("id"),
        rs.getString("document_id"),
        rs.getString("lang"),
        rs.getString("source"),
        rs.getString("published"),
        rs.getString("title"),
        claim(rs));
  }

  private static Claim claim(ResultSet rs) throws SQLException {
    int start = rs.getInt("start_offset");
    int end = rs.getInt("end_offset");
    String text = rs.getString("text");
    switch (ClaimKind.of(rs.getString("kind"))) {
      case ENTITY:
        return new EntityClaim(
            start, end, text, rs.getString("actor"), rs.getString("entity_type"));
      case DATE:
        return new DateClaim(
            start,
            end,
            text,
            rs.getString("date_value"),
            rs.getString("date_precision"),
            rs.getInt("date_relative") == 1);
      case QUANTITY:
      default:
        Quantity q =
            new Quantity(
                start,
                end,
                text,
                number(rs, "value"),
                number(rs, "low"),
                number(rs, "high"),
                Modifier.of(rs.getString("modifier")),
                rs.getString("unit"),
                rs.getString("subject"),
                rs.getString("actor"),
                rs.getString("per"));
        String hedges = rs.getString("hedges");
        return new QuantityClaim(
            q,
            rs.getString("speaker"),
            rs.getString("relayed_by"),
            hedges == null ? List.of() : Arrays.asList(hedges.split(HEDGE_SEPARATOR, -1)),
            number(rs, "certainty"),
            rs.getString("as_of"));
    }
  }

  private static Double number(ResultSet rs, String column) throws SQLException {
    double x = rs.getDouble(column);
    return rs.wasNull() ? null : x;
  }
}
