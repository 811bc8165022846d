package org.vigie.search;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.vigie.core.claim.Claim;
import org.vigie.core.claim.StoredClaim;
import org.vigie.core.document.Document;
import org.vigie.core.error.UnavailableException;
import org.vigie.core.search.DocumentIndex;
import org.vigie.core.search.IndexEntry;
import org.vigie.core.search.SearchQuery;
import org.vigie.core.search.SearchResults;
import org.vigie.core.store.Store;

/**
 * Full-text search over the documents of a store, for the command line and the web: a Lucene index
 * in a folder beside the store ({@code DATA/index}), kept level with it.
 *
 * <p>The index is derived data and never a reason to fail. Opening the service repairs it: an index
 * that is missing, damaged, or written by another version is rebuilt from the store, and one that
 * misses documents (a run killed between storing and indexing) catches up; {@link #notices()} says
 * what was done. Damage found later, while searching, is repaired the same way and the search run
 * again. When another process (a running {@code vigie web}) holds the index, it is searched as that
 * process last saved it, and documents added here reach it when it is next opened for writing.
 *
 * <p>Thread-safe. Close it before the store.
 */
public final class SearchService implements DocumentIndex {

  /** Hears how indexing many documents goes. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void indexed(long done, long total);
  }

  private final Store store;
  private final Path folder;
  private final Function<Document, IndexEntry> entries;
  private final Analyzers analyzers = new Analyzers();
  private final List<String> notices = new CopyOnWriteArrayList<>();
  private volatile LuceneIndex index;

  private SearchService(Store store, Path folder, Function<Document, IndexEntry> entries) {
    this.store = store;
    this.folder = folder;
    this.entries = entries;
  }

  /**
   * Opens (creating, repairing or completing as needed) the index in this folder; each document is
   * indexed with the facts of the claims the store holds for it.
   */
  public static SearchService open(Store store, Path folder) {
    return open(store, folder, d -> IndexEntry.of(d, claimsOf(store, d)));
  }

  private static List<Claim> claimsOf(Store store, Document d) {
    List<StoredClaim> stored = store.claims().ofDocument(d.id());
    List<Claim> claims = new ArrayList<>(stored.size());
    for (StoredClaim c : stored) {
      claims.add(c.claim());
    }
    return claims;
  }

  /**
   * As {@link #open(Store, Path)}, with what to index of each document beyond the document itself
   * (its claims, for the unit, actor and quantity filters).
   */
  public static SearchService open(
      Store store, Path folder, Function<Document, IndexEntry> entries) {
    SearchService service = new SearchService(store, folder, entries);
    service.index = LuceneIndex.open(folder, service.analyzers);
    service.repair();
    return service;
  }

  private void repair() {
    LuceneIndex current = index;
    if (current.readOnlyMode()) {
      notices.add(
          "the search index in "
              + folder
              + " is in use by another Vigie process: searching it as that process last saved it");
    } else if (current.damage() != null) {
      long n = IndexSync.rebuild(current, store.documents(), entries, Progress.NONE);
      notices.add(rebuilt(current.damage(), n));
    } else {
      try {
        IndexSync.Changes c = IndexSync.catchUp(current, store.documents(), entries);
        if (c.added() > 0 || c.removed() > 0) {
          notices.add(
              String.format(
                  Locale.ROOT,
                  "brought the search index level with the store: %,d documents indexed, %,d"
                      + " removed",
                  c.added(),
                  c.removed()));
        }
      } catch (IndexDamagedException e) {
        recover(current, e);
      }
    }
  }

  private String rebuilt(String why, long documents) {
    return String.format(
        Locale.ROOT,
        "the search index in %s could not be read (%s); rebuilt it from the store: %,d documents",
        folder,
        why,
        documents);
  }

  /** The documents matching a query, best first, with snippets and facet counts. */
  @Override
  public SearchResults search(SearchQuery query) {
    LuceneIndex current = index;
    try {
      return current.search(query);
    } catch (IndexDamagedException e) {
      recover(current, e);
      return index.search(query);
    }
  }

  /**
   * Empties the index and indexes every document of the store again.
   *
   * @return the number of documents indexed
   */
  public synchronized long reindex(Progress progress) {
    if (index.readOnlyMode()) {
      throw new UnavailableException(
          "index",
          "the search index in "
              + folder
              + " is in use by another Vigie process (vigie serve?); stop it, then reindex",
          null);
    }
    return IndexSync.rebuild(index, store.documents(), entries, progress);
  }

  /**
   * Compares the index with the store, each document and the facts of its claims; with {@code
   * repair}, mends what differs. Reading the store's claims of every document, it takes about as
   * long as {@link #reindex}, but changes only what is wrong.
   *
   * @throws UnavailableException to repair an index another process holds
   */
  public synchronized IndexCheck check(boolean repair, Progress progress) {
    if (repair && index.readOnlyMode()) {
      throw new UnavailableException(
          "index",
          "the search index in "
              + folder
              + " is in use by another Vigie process (vigie serve?); stop it, then repair",
          null);
    }
    return IndexSync.check(index, store.documents(), entries, repair, progress);
  }

  /** What opening (or a repair since) did to the index, in sentences; empty when nothing. */
  public List<String> notices() {
    return List.copyOf(notices);
  }

  /** How many documents the index holds. */
  @Override
  public long count() {
    return index.count();
  }

  /** Whether another process holds the index, which can then be searched but not changed. */
  public boolean readOnly() {
    return index.readOnlyMode();
  }

  /** The index as it is now, for tests. */
  LuceneIndex index() {
    return index;
  }

  /**
   * Indexes a document just added to the store. A failure to do so is noted, never thrown: the
   * store's work is kept and the next opening catches the index up.
   */
  public void indexed(Document document) {
    if (!index.readOnlyMode()) {
      guarded(() -> index.add(entries.apply(document)));
    }
  }

  /**
   * Indexes a document with what is already known of its claims; failures are handled as for {@link
   * #indexed(Document)}.
   */
  public void indexed(IndexEntry entry) {
    if (!index.readOnlyMode()) {
      guarded(() -> index.add(entry));
    }
  }

  /** As {@link #indexed(IndexEntry)}: the index port's way in. */
  @Override
  public void add(IndexEntry entry) {
    indexed(entry);
  }

  /** As {@link #removed(String)}. */
  @Override
  public void delete(String id) {
    removed(id);
  }

  /** Makes the changes so far durable; failures are handled as for indexing. */
  @Override
  public void commit() {
    if (!index.readOnlyMode()) {
      guarded(() -> index.commit());
    }
  }

  /** Removes a document just deleted from the store; failures are handled as for indexing. */
  public void removed(String id) {
    if (!index.readOnlyMode()) {
      guarded(() -> index.delete(id));
    }
  }

  /** A failure to update the index must not lose the store's work: the next opening repairs. */
  private void guarded(Runnable change) {
    try {
      change.run();
    } catch (UncheckedIOException | IndexDamagedException e) {
      notices.add(
          "the search index could not be updated ("
              + IndexDamagedException.describe(e)
              + "); it will catch up when next opened, or run 'vigie reindex'");
    }
  }

  private synchronized void recover(LuceneIndex failed, IndexDamagedException e) {
    if (index != failed) {
      return; // Another thread repaired it already.
    }
    failed.abandon();
    LuceneIndex fresh = LuceneIndex.recreate(folder, analyzers, e.reason());
    long n = IndexSync.rebuild(fresh, store.documents(), entries, Progress.NONE);
    index = fresh;
    notices.add(rebuilt(e.reason(), n));
  }

  /** Saves the index and closes it; the store stays open. */
  @Override
  public void close() {
    index.close();
    analyzers.close();
  }
}
