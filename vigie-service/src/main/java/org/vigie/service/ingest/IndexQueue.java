package org.vigie.service.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.vigie.core.document.Document;
import org.vigie.core.search.DocumentIndex;
import org.vigie.core.search.IndexEntry;

/**
 * Reads the claims of stored documents and indexes them on threads of their own, so that text
 * analysis (the costly part) runs beside the thread that stores them rather than on it. The queue
 * is bounded: a producer faster than the index waits. Closing waits until every submitted document
 * is indexed.
 *
 * <p>A crash with documents still queued loses nothing: they are in the store, and the next opening
 * of the index (and the claims' catch-up) completes them.
 */
final class IndexQueue implements AutoCloseable {

  private final DocumentIndex index;
  private final Function<Document, IndexEntry> entryOf;
  private final ThreadPoolExecutor executor;

  IndexQueue(DocumentIndex index, Function<Document, IndexEntry> entryOf, int threads) {
    this.index = index;
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
  void submit(Document document) {
    executor.execute(() -> index.add(entryOf.apply(document)));
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
