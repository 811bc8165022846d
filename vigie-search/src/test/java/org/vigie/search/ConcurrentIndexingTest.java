package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.search.Workbench.doc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.search.SearchQuery;

/** Writers and readers at once: every document stored is found, no search fails meanwhile. */
class ConcurrentIndexingTest {

  @TempDir Path data;

  @Test
  void indexes_every_document_added_from_many_threads_while_others_search() throws Exception {
    long writers = 4, perWriter = 50;
    try (Workbench bench = new Workbench(data)) {
      ExecutorService pool =
          Executors.newFixedThreadPool((int) writers + 2, r -> new Thread(r, "concurrent-index"));
      try {
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
          int writer = w;
          tasks.add(
              () -> {
                for (int i = 0; i < perWriter; i++) {
                  bench.add(doc("en", "Convoy report " + writer + "-" + i + " from the border."));
                }
                return 0L;
              });
        }
        for (int r = 0; r < 2; r++) {
          tasks.add(
              () -> {
                long seen = 0;
                for (int i = 0; i < 50; i++) {
                  seen = Math.max(seen, bench.search(SearchQuery.of("convoy")).total());
                }
                return seen;
              });
        }
        for (Future<Long> f : pool.invokeAll(tasks)) {
          assertThat(f.get()).isBetween(0L, writers * perWriter);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(bench.store.documents().count()).isEqualTo(writers * perWriter);
      assertThat(bench.search(SearchQuery.of("convoy border")).total())
          .isEqualTo(writers * perWriter);
      assertThat(bench.search(SearchQuery.of("\"report 3-49\"")).total()).isEqualTo(1);
      bench.reopen();
      assertThat(bench.search.notices()).isEmpty();
      assertThat(bench.search.count()).isEqualTo(writers * perWriter);
    }
  }
}
