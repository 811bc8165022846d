package org.vigie.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.vigie.core.document.Document;
import org.vigie.core.search.DocumentIndex;
import org.vigie.core.search.IndexEntry;

/**
 * Indexes many documents on all cores: the caller reads them (from the store) on its thread and
 * hands them over; analysis, the expensive part, runs on the pool. At most a few hundred documents
 * wait in memory at any time.
 */
final class BulkIndexer implements AutoCloseable {

  private final DocumentIndex index;
  private final Function<Document, IndexEntry> entries;
  private final ExecutorService pool;
  private final Semaphore waiting;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private final AtomicInteger indexed = new AtomicInteger();

  BulkIndexer(DocumentIndex index, Function<Document, IndexEntry> entries, int threads) {
    this.index = index;
    this.entries = entries;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "vigie-index-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.waiting = new Semaphore(threads * 64);
  }

  void add(Document document) {
    submit(() -> entries.apply(document));
  }

  /** An entry made already (the benchmark's). */
  void addEntry(IndexEntry entry) {
    submit(() -> entry);
  }

  private void submit(Supplier<IndexEntry> entry) {
    RuntimeException failed = failure.get();
    if (failed != null) {
      throw failed;
    }
    waiting.acquireUninterruptibly();
    pool.execute(
        () -> {
          try {
            index.add(entry.get());
            indexed.incrementAndGet();
          } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
          } finally {
            waiting.release();
          }
        });
  }

  /** Documents indexed so far. */
  int indexed() {
    return indexed.get();
  }

  /** Waits for the documents handed over; throws the first failure, if any. */
  @Override
  public void close() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
        throw new IllegalStateException("indexing did not finish within an hour");
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while indexing", e);
    }
    RuntimeException failed = failure.get();
    if (failed != null) {
      throw failed;
    }
  }
}
