package org.vigie.search;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.vigie.core.document.Document;
import org.vigie.core.search.IndexEntry;
import org.vigie.core.store.DocumentStore;

/** Fills the index from the store: all of it, or what the index misses. */
final class IndexSync {

  /** Past this many missing documents, reading the whole store beats fetching them one by one. */
  private static final int ONE_BY_ONE = 10_000;

  /** What a catch-up changed: documents added to and removed from the index. */
  record Changes(int added, int removed) {
    static final Changes NONE = new Changes(0, 0);
  }

  private IndexSync() {}

  /** Every stored document, into an index emptied first. */
  static long rebuild(
      LuceneIndex index,
      DocumentStore store,
      Function<Document, IndexEntry> entries,
      SearchService.Progress progress) {
    long total = store.count();
    index.clear();
    try (BulkIndexer bulk = new BulkIndexer(index, entries, threads())) {
      long[] read = {0};
      store.forEach(
          d -> {
            bulk.add(d);
            if (++read[0] % 1000 == 0) {
              progress.indexed(bulk.indexed(), total);
            }
          });
    }
    index.commit();
    long count = index.count();
    progress.indexed(count, count);
    return count;
  }

  /**
   * Brings the index level with the store when their counts differ: a run killed between storing
   * and indexing, documents added to a shared PostgreSQL store from another machine, an index
   * copied from elsewhere.
   */
  static Changes catchUp(
      LuceneIndex index, DocumentStore store, Function<Document, IndexEntry> entries) {
    if (index.count() == store.count()) {
      return Changes.NONE;
    }
    Set<String> indexed = index.ids();
    Set<String> missing = new HashSet<>();
    Set<String> stored = new HashSet<>();
    store.forEachSummary(
        s -> {
          stored.add(s.id());
          if (!indexed.contains(s.id())) {
            missing.add(s.id());
          }
        });
    if (missing.size() > ONE_BY_ONE) {
      try (BulkIndexer bulk = new BulkIndexer(index, entries, threads())) {
        store.forEach(
            d -> {
              if (missing.contains(d.id())) {
                bulk.add(d);
              }
            });
      }
    } else {
      missing.forEach(id -> store.get(id).ifPresent(d -> index.add(entries.apply(d))));
    }
    int removed = 0;
    for (String id : indexed) {
      if (!stored.contains(id)) {
        index.delete(id);
        removed++;
      }
    }
    index.commit();
    return new Changes(missing.size(), removed);
  }

  private static int threads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
