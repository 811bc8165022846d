package org.vigie.search;

import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import org.vigie.core.search.IndexEntry;
import org.vigie.core.search.SearchQuery;
import org.vigie.core.search.SearchResults;

/** The index without a store, for the benchmark: bulk indexing as reindex does it, and search. */
public final class BenchAccess implements AutoCloseable {

  private final Analyzers analyzers = new Analyzers();
  private final LuceneIndex index;

  private BenchAccess(Path dir) {
    this.index = LuceneIndex.open(dir, analyzers);
  }

  public static BenchAccess open(Path dir) {
    return new BenchAccess(dir);
  }

  /** Indexes entries 0 to count - 1 on every core, then saves. */
  public void bulk(LongFunction<IndexEntry> entries, long count, LongConsumer progress) {
    try (BulkIndexer bulk =
        new BulkIndexer(
            index, IndexEntry::of, Math.max(1, Runtime.getRuntime().availableProcessors()))) {
      for (long n = 0; n < count; n++) {
        bulk.addEntry(entries.apply(n));
        if ((n + 1) % 100_000 == 0) {
          progress.accept(n + 1);
        }
      }
    }
    index.commit();
  }

  public SearchResults search(SearchQuery query) {
    return index.search(query);
  }

  @Override
  public void close() {
    index.close();
    analyzers.close();
  }
}
