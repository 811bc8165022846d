package org.vigie.store.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentPage;
import org.vigie.core.document.DocumentQuery;
import org.vigie.core.document.DocumentStatus;
import org.vigie.core.document.DocumentSummary;
import org.vigie.core.document.IngestFailure;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.store.DocumentStore;

/**
 * Documents and ingest failures in SQL that SQLite and PostgreSQL both run.
 *
 * <p>PostgreSQL refuses the NUL character in text, SQLite keeps it; so that both stores behave
 * alike, a NUL in any text field is stored as a space on both (ingest already cleans the text the
 * same way, so offsets into it are unchanged).
 */
final class SqlDocumentStore implements DocumentStore {

  /** The shortest id prefix accepted, so that a stray "a" does not match at random. */
  static final int MIN_PREFIX = 4;

  private static final String SUMMARY_COLUMNS =
      "id, sha256, origin, container, ingested_at, size, media_type, lang, title, published,"
          + " source, chars, status, status_reason";

  /** Rows fetched at a time when iterating over the whole store. */
  private static final int FETCH_SIZE = 500;

  private final Jdbi jdbi;

  SqlDocumentStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public boolean add(Document d) {
    return addAll(List.of(d)).get(0);
  }

  @Override
  public List<Boolean> addAll(List<Document> documents) {
    if (documents.isEmpty()) {
      return List.of();
    }
    int[] counts =
        jdbi.inTransaction(
            h -> {
              PreparedBatch batch =
                  h.prepareBatch(
                      "INSERT INTO documents (id, sha256, origin, container, ingested_at, size,"
                          + " media_type, lang, title, published, source, text, chars, status,"
                          + " status_reason) VALUES (:id, :sha256, :origin, :container,"
                          + " :ingestedAt, :size, :mediaType, :lang, :title, :published,"
                          + " :source, :text, :chars, :status, :statusReason)"
                          // No conflict target: the id is unique too, and when two writers add
                          // the same document at once, PostgreSQL may find the clash on the
                          // primary key first.
                          + " ON CONFLICT DO NOTHING");
              for (Document d : documents) {
                batch
                    .bind("id", d.id())
                    .bind("sha256", d.sha256())
                    .bind("origin", noNul(d.origin()))
                    .bind("container", noNul(d.container()))
                    .bind("ingestedAt", Times.format(d.ingestedAt()))
                    .bind("size", d.size())
                    .bind("mediaType", noNul(d.mediaType()))
                    .bind("lang", noNul(d.lang()))
                    .bind("title", noNul(d.title()))
                    .bind("published", Times.format(d.published()))
                    .bind("source", noNul(d.source()))
                    .bind("text", noNul(d.text()))
                    .bind("chars", d.chars())
                    .bind("status", d.status().code())
                    .bind("statusReason", noNul(d.statusReason()))
                    .add();
              }
              return batch.execute();
            });
    List<Boolean> added = new java.util.ArrayList<>(counts.length);
    for (int count : counts) {
      added.add(count == 1);
    }
    return added;
  }

  @Override
  public boolean containsSha256(String sha256) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM documents WHERE sha256 = :sha256")
                    .bind("sha256", sha256)
                    .mapTo(Long.class)
                    .one()
                > 0);
  }

  @Override
  public Optional<Document> get(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + SUMMARY_COLUMNS + ", text FROM documents WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> document(rs))
                .findOne());
  }

  @Override
  public Document resolve(String idOrPrefix) {
    String prefix = idOrPrefix.strip().toLowerCase(Locale.ROOT);
    if (!prefix.matches("[0-9a-f]{" + MIN_PREFIX + ",64}")) {
      throw new InvalidInputException(
          "ID",
          "'"
              + idOrPrefix
              + "' is not a document id: give at least "
              + MIN_PREFIX
              + " hex digits of an id or SHA-256, as 'vigie docs' lists them");
    }
    String column = prefix.length() > Document.ID_LENGTH ? "sha256" : "id";
    List<String> ids =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT id FROM documents WHERE " + column + " LIKE :p ORDER BY id LIMIT 3")
                    .bind("p", prefix + "%")
                    .mapTo(String.class)
                    .list());
    if (ids.isEmpty()) {
      throw new NotFoundException("document", idOrPrefix);
    }
    if (ids.size() > 1) {
      throw new InvalidInputException(
          "ID",
          "'"
              + idOrPrefix
              + "' matches several documents ("
              + String.join(", ", ids)
              + (ids.size() > 2 ? ", ..." : "")
              + "); give more digits");
    }
    return get(ids.get(0)).orElseThrow(() -> new NotFoundException("document", idOrPrefix));
  }

  @Override
  public void forEachSummary(Consumer<DocumentSummary> consumer) {
    jdbi.useTransaction(
        h ->
            h.createQuery("SELECT " + SUMMARY_COLUMNS + " FROM documents ORDER BY ingested_at, id")
                .setFetchSize(FETCH_SIZE)
                .map((rs, ctx) -> summary(rs))
                .forEach(consumer));
  }

  @Override
  public void forEach(Consumer<Document> consumer) {
    // In a transaction, so that PostgreSQL streams rows with a cursor instead of loading them all.
    jdbi.useTransaction(
        h ->
            h.createQuery(
                    "SELECT " + SUMMARY_COLUMNS + ", text FROM documents ORDER BY ingested_at, id")
                .setFetchSize(FETCH_SIZE)
                .map((rs, ctx) -> document(rs))
                .forEach(consumer));
  }

  @Override
  public boolean delete(String id) {
    return jdbi.withHandle(
            h -> h.createUpdate("DELETE FROM documents WHERE id = :id").bind("id", id).execute())
        == 1;
  }

  @Override
  public long count() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM documents").mapTo(Long.class).one());
  }

  @Override
  public DocumentPage find(DocumentQuery q) {
    String where = where(q);
    return jdbi.inTransaction(
        h -> {
          long total =
              bindFilters(h.createQuery("SELECT COUNT(*) FROM documents" + where), q)
                  .mapTo(Long.class)
                  .one();
          List<DocumentSummary> items =
              bindFilters(
                      h.createQuery(
                          "SELECT "
                              + SUMMARY_COLUMNS
                              + " FROM documents"
                              + where
                              + " ORDER BY ingested_at DESC, id DESC LIMIT :limit OFFSET :offset"),
                      q)
                  .bind("limit", q.limit())
                  .bind("offset", q.offset())
                  .map((rs, ctx) -> summary(rs))
                  .list();
          return new DocumentPage(items, total, q);
        });
  }

  /** The WHERE clause of a query's filters, naming the parameters {@link #bindFilters} binds. */
  private static String where(DocumentQuery q) {
    List<String> terms = new ArrayList<>();
    if (q.lang() != null) {
      terms.add("lang = :lang");
    }
    if (q.source() != null) {
      terms.add("source = :source");
    }
    if (q.publishedFrom() != null) {
      terms.add("published >= :from");
    }
    if (q.publishedTo() != null) {
      terms.add("published <= :to");
    }
    return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
  }

  private static <S extends SqlStatement<S>> S bindFilters(S statement, DocumentQuery q) {
    if (q.lang() != null) {
      statement.bind("lang", q.lang());
    }
    if (q.source() != null) {
      statement.bind("source", q.source());
    }
    if (q.publishedFrom() != null) {
      statement.bind("from", Times.format(q.publishedFrom()));
    }
    if (q.publishedTo() != null) {
      statement.bind("to", Times.format(q.publishedTo()));
    }
    return statement;
  }

  @Override
  public Map<String, Long> countByLanguage() {
    Map<String, Long> out = new LinkedHashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT lang, COUNT(*) AS n FROM documents GROUP BY lang"
                        + " ORDER BY COUNT(*) DESC, lang")
                .map((rs, ctx) -> Map.entry(rs.getString("lang"), rs.getLong("n")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  @Override
  public Map<YearMonth, Long> countByPublishedMonth() {
    Map<YearMonth, Long> out = new LinkedHashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT SUBSTR(published, 1, 7) AS month, COUNT(*) AS n FROM documents"
                        + " WHERE published IS NOT NULL GROUP BY SUBSTR(published, 1, 7)"
                        + " ORDER BY month")
                .map(
                    (rs, ctx) -> Map.entry(YearMonth.parse(rs.getString("month")), rs.getLong("n")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  @Override
  public List<String> sources() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT DISTINCT source FROM documents WHERE source IS NOT NULL ORDER BY source")
                .mapTo(String.class)
                .list());
  }

  @Override
  public void recordFailure(IngestFailure f) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO ingest_failures (path, sha256, reason, failed_at)"
                        + " VALUES (:path, :sha256, :reason, :at) ON CONFLICT (path) DO UPDATE"
                        + " SET sha256 = excluded.sha256, reason = excluded.reason,"
                        + " failed_at = excluded.failed_at")
                .bind("path", noNul(f.path()))
                .bind("sha256", f.sha256())
                .bind("reason", noNul(f.reason()))
                .bind("at", Times.format(f.at()))
                .execute());
  }

  @Override
  public void forgetFailure(String path) {
    jdbi.useHandle(
        h ->
            h.createUpdate("DELETE FROM ingest_failures WHERE path = :path")
                .bind("path", noNul(path))
                .execute());
  }

  @Override
  public List<IngestFailure> failures() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT path, sha256, reason, failed_at FROM ingest_failures"
                        + " ORDER BY failed_at, path")
                .map(
                    (rs, ctx) ->
                        new IngestFailure(
                            rs.getString("path"),
                            rs.getString("sha256"),
                            rs.getString("reason"),
                            Times.instant(rs.getString("failed_at"))))
                .list());
  }

  static String noNul(String s) {
    return s == null ? null : s.replace('\u0000', ' ');
  }

  private static DocumentSummary summary(ResultSet rs) throws SQLException {
    return new DocumentSummary(
        rs.getString("id"),
        rs.getString("sha256"),
        rs.getString("origin"),
        rs.getString("container"),
        Times.instant(rs.getString("ingested_at")),
        rs.getLong("size"),
        rs.getString("media_type"),
        rs.getString("lang"),
        rs.getString("title"),
        Times.date(rs.getString("published")),
        rs.getString("source"),
        rs.getInt("chars"),
        DocumentStatus.ofCode(rs.getString("status")),
        rs.getString("status_reason"));
  }

  private static Document document(ResultSet rs) throws SQLException {
    return new Document(
        rs.getString("id"),
        rs.getString("sha256"),
        rs.getString("origin"),
        rs.getString("container"),
        Times.instant(rs.getString("ingested_at")),
        rs.getLong("size"),
        rs.getString("media_type"),
        rs.getString("lang"),
        rs.getString("title"),
        Times.date(rs.getString("published")),
        rs.getString("source"),
        rs.getString("text"),
        DocumentStatus.ofCode(rs.getString("status")),
        rs.getString("status_reason"));
  }
}
