package org.vigie.store.sql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the answers of counting queries (claims per kind, per unit) for a few seconds: over
 * millions of claims each takes a second, and every dashboard and claims page shows them. Cleared
 * when this process changes the claims; another process's changes show within {@link #TTL_NANOS}.
 */
final class CountCache {

  static final long TTL_NANOS = 30_000_000_000L;

  private record Entry(Map<String, Long> counts, long at) {}

  private final Function<String, Map<String, Long>> query;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  CountCache(Function<String, Map<String, Long>> query) {
    this.query = query;
  }

  Map<String, Long> get(String sql) {
    long now = System.nanoTime();
    Entry e = entries.get(sql);
    if (e == null || now - e.at() > TTL_NANOS) {
      // Kept in the query's order (most first).
      e = new Entry(Collections.unmodifiableMap(new LinkedHashMap<>(query.apply(sql))), now);
      entries.put(sql, e);
    }
    return e.counts();
  }

  void clear() {
    entries.clear();
  }
}
