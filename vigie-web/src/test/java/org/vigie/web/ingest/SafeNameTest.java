package org.vigie.web.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeNameTest {

  @Test
  void keeps_only_the_last_part_of_a_client_file_name_without_leading_dots() {
    assertThat(IngestJobs.safeName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(IngestJobs.safeName("C:\\Users\\ana\\rapport final.pdf"))
        .isEqualTo("rapport final.pdf");
    assertThat(IngestJobs.safeName(".hidden")).isEqualTo("hidden");
    assertThat(IngestJobs.safeName("..")).isEqualTo("upload");
    assertThat(IngestJobs.safeName(null)).isEqualTo("upload");
  }

  @Test
  void keeps_letters_of_every_script_and_replaces_the_rest() {
    assertThat(IngestJobs.safeName("보고서 2024.txt")).isEqualTo("보고서 2024.txt");
    assertThat(IngestJobs.safeName("доклад<script>.html")).isEqualTo("доклад_script_.html");
    assertThat(IngestJobs.safeName("a\u0000b\nc.txt")).isEqualTo("a_b_c.txt");
    assertThat(IngestJobs.safeName("x".repeat(300) + ".pdf")).hasSize(120).endsWith(".pdf");
  }
}
