package org.vigie.store.sql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Remembers the answers of counting queries (claims per kind, per unit): over millions of claims
 * each takes a second or two, and every dashboard and claims page shows them. Cleared when this
 * process changes the claims; after {@link #TTL_NANOS} an answer is counted again on the side while
 * callers still get the previous one, so that no page waits for it.
 */
final class CountCache {

  static final long TTL_NANOS = 30_000_000_000L;

  private record Entry(Map<String, Long> counts, long at) {}

  private final Function<String, Map<String, Long>> query;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
  private final AtomicLong generation = new AtomicLong();

  CountCache(Function<String, Map<String, Long>> query) {
    this.query = query;
  }

  Map<String, Long> get(String sql) {
    Entry e = entries.get(sql);
    if (e == null) {
      // The first time, the caller waits; one query however many callers there are.
      return entries.computeIfAbsent(sql, k -> fresh(k)).counts();
    }
    if (System.nanoTime() - e.at() > TTL_NANOS && refreshing.add(sql)) {
      // Stale: answer with what is known and count again on the side, once. A count begun
      // before a clear() may miss the change that cleared it: it is then dropped.
      long started = generation.get();
      CompletableFuture.runAsync(
          () -> {
            try {
              Entry counted = fresh(sql);
              if (generation.get() == started) {
                entries.put(sql, counted);
              }
            } finally {
              refreshing.remove(sql);
            }
          });
    }
    return e.counts();
  }

  private Entry fresh(String sql) {
    return new Entry(ordered(query.apply(sql)), System.nanoTime());
  }

  /** Kept in the query's order (most first). */
  private static Map<String, Long> ordered(Map<String, Long> counts) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  void clear() {
    generation.incrementAndGet();
    entries.clear();
  }
}
