package org.vigie.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

  /**
   * Compares every stored document, and the facts of its stored claims, with the index; with {@code
   * repair}, indexes again what is missing or stale and removes what the store no longer holds.
   */
  static IndexCheck check(
      LuceneIndex index,
      DocumentStore store,
      Function<Document, IndexEntry> entries,
      boolean repair,
      SearchService.Progress progress) {
    Map<String, String> indexed = index.claimFacts();
    long total = store.count();
    long[] read = {0};
    long[] missing = {0};
    long[] stale = {0};
    List<String> examples = new ArrayList<>();
    Set<String> stored = new HashSet<>();
    store.forEach(
        d -> {
          stored.add(d.id());
          IndexEntry entry = entries.apply(d);
          String facts = indexed.get(d.id());
          boolean absent = facts == null;
          if (absent || !facts.equals(IndexFields.claimFacts(entry))) {
            (absent ? missing : stale)[0]++;
            keep(examples, d.id());
            if (repair) {
              index.add(entry);
            }
          }
          if (++read[0] % 1000 == 0) {
            progress.indexed(read[0], total);
          }
        });
    long extra = 0;
    for (String id : indexed.keySet()) {
      if (!stored.contains(id)) {
        extra++;
        keep(examples, id);
        if (repair) {
          index.delete(id);
        }
      }
    }
    if (repair) {
      index.commit();
    }
    progress.indexed(read[0], total);
    return new IndexCheck(read[0], indexed.size(), missing[0], extra, stale[0], examples, repair);
  }

  private static void keep(List<String> examples, String id) {
    if (examples.size() < IndexCheck.EXAMPLES) {
      examples.add(id);
    }
  }

  private static int threads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
