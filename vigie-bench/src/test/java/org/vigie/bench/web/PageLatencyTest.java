package org.vigie.bench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The latency tool runs end to end (its figures are measured by hand, never asserted). */
class PageLatencyTest {

  @TempDir Path dir;

  @Test
  void reports_percentiles_for_every_page_without_failed_requests() throws Exception {
    List<String> report = PageLatency.run(dir, 120, 2, 1, 0);
    assertThat(report.get(0)).startsWith("120 documents in the store");
    assertThat(report).hasSize(6);
    assertThat(report.subList(1, 6))
        .allSatisfy(line -> assertThat(line).contains("p99").doesNotContain("FAILED"));
  }
}
