package org.vigie.search;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.vigie.core.document.Document;
import org.vigie.core.search.IndexEntry;

/**
 * Indexes documents on a thread of its own, so that text analysis (the costly part of indexing)
 * runs beside the thread that stores them rather than on it. The queue is bounded: a producer
 * faster than the index waits. Closing waits until every submitted document is indexed.
 *
 * <p>A crash with documents still queued loses nothing: they are in the store, and the next opening
 * of the index catches it up.
 */
public final class BackgroundIndexer implements AutoCloseable {

  private final SearchService search;
  private final Function<Document, IndexEntry> entryOf;
  private final ThreadPoolExecutor executor;

  BackgroundIndexer(SearchService search, Function<Document, IndexEntry> entryOf, int threads) {
    this.search = search;
    this.entryOf = entryOf;
    AtomicInteger number = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            Math.max(1, threads),
            Math.max(1, threads),
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(512),
            r -> new Thread(r, "vigie-indexer-" + number.incrementAndGet()),
            (task, pool) -> {
              try {
                pool.getQueue().put(task);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RejectedExecutionException("interrupted while queueing", e);
              }
            });
  }

  /** Queues a document just added to the store. */
  public void submit(Document document) {
    executor.execute(() -> search.indexed(entryOf.apply(document)));
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(1, TimeUnit.HOURS)) {
        throw new IllegalStateException("indexing did not finish within an hour");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
