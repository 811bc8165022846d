package org.vigie.search;

import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import org.vigie.core.search.IndexEntry;
import org.vigie.core.search.SearchQuery;
import org.vigie.core.search.SearchResults;

/**
 * The index alone, with no store to keep it level with: bulk indexing the way {@code vigie reindex}
 * does it, and search. For the search benchmark (vigie-bench), which generates its documents rather
 * than storing them; the product goes through {@link SearchService}, which repairs the index from
 * the store and would empty one that has no store behind it.
 */
public final class StandaloneIndex implements AutoCloseable {

  private final Analyzers analyzers = new Analyzers();
  private final LuceneIndex index;

  private StandaloneIndex(Path folder) {
    this.index = LuceneIndex.open(folder, analyzers);
  }

  /** Opens the index in this folder, creating it when there is none. */
  public static StandaloneIndex open(Path folder) {
    return new StandaloneIndex(folder);
  }

  /**
   * Indexes entries 0 to {@code count - 1}, analysed on every core, then saves; {@code progress}
   * hears the count every 100,000 entries.
   */
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

  /** The documents matching a query, best first, with snippets and facet counts. */
  public SearchResults search(SearchQuery query) {
    return index.search(query);
  }

  /** Saves the index, waiting for the merges under way, and closes it. */
  @Override
  public void close() {
    index.close();
    analyzers.close();
  }
}
