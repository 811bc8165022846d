package org.vigie.core.store;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentPage;
import org.vigie.core.document.DocumentQuery;
import org.vigie.core.document.DocumentSummary;
import org.vigie.core.document.IngestFailure;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.error.NotFoundException;

/** The documents of a store. Safe to call from several threads. */
public interface DocumentStore {

  /**
   * Adds a document unless one with the same SHA-256 is already stored.
   *
   * @return true if it was added, false if it was a duplicate (nothing changed)
   */
  boolean add(Document document);

  /**
   * Adds documents in one transaction, each unless its SHA-256 is already stored (or appears
   * earlier in the list).
   *
   * @return for each document, in order, whether it was added
   */
  List<Boolean> addAll(List<Document> documents);

  /** Whether a document with this SHA-256 is stored. */
  boolean containsSha256(String sha256);

  /** The document with exactly this id. */
  Optional<Document> get(String id);

  /**
   * The document whose id (or SHA-256) starts with this prefix.
   *
   * @throws NotFoundException when none does
   * @throws InvalidInputException when the prefix is ambiguous or too short
   */
  Document resolve(String idOrPrefix);

  /** Each stored document without its text, in ingestion order. */
  void forEachSummary(Consumer<DocumentSummary> consumer);

  /**
   * Each stored document with its text, in ingestion order, read a few hundred at a time (for
   * rebuilding an index or copying a store; memory stays flat however many there are).
   */
  void forEach(Consumer<Document> consumer);

  /**
   * Removes the document with exactly this id. Its original stays in the archive, so ingesting the
   * same file again brings the document back.
   *
   * @return true if it was removed, false if there was no such document
   */
  boolean delete(String id);

  long count();

  /** One page of the documents matching a query, newest ingested first, and their total. */
  DocumentPage find(DocumentQuery query);

  /** How many documents each language has, most documents first (ties by tag). */
  Map<String, Long> countByLanguage();

  /** How many documents were published in each month, oldest first; undated ones are left out. */
  Map<YearMonth, Long> countByPublishedMonth();

  /** The outlets named by the documents, sorted. */
  List<String> sources();

  /** Keeps a failure to read an input, so that it can be listed later. */
  void recordFailure(IngestFailure failure);

  /** Drops the recorded failure of this path, now that it has been read after all. */
  void forgetFailure(String path);

  /** The recorded failures, oldest first. */
  List<IngestFailure> failures();
}
