package org.vigie.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testkit.Fixtures;

/** The generator, small: every kind of file comes out, the same seed writes the same corpus. */
class CorpusGeneratorTest {

  @TempDir Path dir;

  @Test
  void writes_text_html_pdf_and_docx_and_the_same_text_for_the_same_seed() throws Exception {
    Assumptions.assumeTrue(
        Fixtures.canWriteHangulPdf(), "the Korean PDFs need fonts-nanum: skipped");
    CorpusGenerator.main(new String[] {dir.resolve("a").toString(), "200", "7"});
    CorpusGenerator.main(new String[] {dir.resolve("b").toString(), "200", "7"});
    List<Path> a = files(dir.resolve("a"));
    assertThat(a).hasSize(200);
    Map<String, Long> kinds =
        a.stream()
            .map(p -> p.toString().substring(p.toString().lastIndexOf('.') + 1))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(kinds).containsOnlyKeys("txt", "html", "pdf", "docx");
    assertThat(files(dir.resolve("b"))).isEqualTo(a);
    for (Path p : a) {
      if (p.toString().endsWith(".txt") || p.toString().endsWith(".html")) {
        assertThat(dir.resolve("b").resolve(p)).hasSameBinaryContentAs(dir.resolve("a").resolve(p));
      }
    }
  }

  private static List<Path> files(Path root) throws Exception {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
