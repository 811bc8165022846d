package org.vigie.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.document.Document;

/** The benchmark, small: every query of its set runs, the figures add up. */
class SearchBenchmarkSmokeTest {

  @TempDir Path dir;

  @Test
  void indexes_a_few_thousand_documents_and_runs_every_query() throws Exception {
    SearchBenchmark.Figures f =
        SearchBenchmark.run(
            2_000, dir, 1, new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8"));
    assertThat(f.documents()).isEqualTo(2_000);
    assertThat(f.queries()).isEqualTo(50);
    assertThat(f.indexBytes()).isPositive();
    assertThat(f.p50Millis()).isPositive().isLessThanOrEqualTo(f.p99Millis());
    assertThat(f.meanHits()).isPositive();
    assertThat(SearchBenchmark.report(f)).contains("2,000 documents indexed").contains("p99");
  }

  @Test
  void generates_the_same_documents_for_the_same_seed() {
    SyntheticCorpus a = new SyntheticCorpus(7), b = new SyntheticCorpus(7);
    for (long n = 0; n < 50; n++) {
      Document x = a.document(n), y = b.document(n);
      assertThat(x).isEqualTo(y);
    }
    assertThat(a.document(1).id()).isNotEqualTo(a.document(2).id());
  }
}
