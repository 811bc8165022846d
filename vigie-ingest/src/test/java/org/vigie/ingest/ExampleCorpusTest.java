package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.document.DocumentSummary;
import org.vigie.core.store.Store;
import org.vigie.ingest.fixtures.ExampleDocuments;
import org.vigie.ingest.format.DocumentReader;
import org.vigie.ingest.format.ParsedFile;
import org.vigie.store.sql.SqlStore;
import org.vigie.text.language.OptimaizeLanguageIdentifier;

/** The bundled example corpus ingests whole, in the language each report is written in. */
class ExampleCorpusTest {

  private static final Path EXAMPLES = Path.of("../examples/corpus");

  @TempDir Path data;

  @Test
  void every_example_is_read_in_the_language_of_its_folder() {
    try (Store store = SqlStore.openSqlite(data)) {
      IngestReport report =
          new IngestService(
                  store,
                  new OptimaizeLanguageIdentifier(),
                  Clock.systemUTC(),
                  IngestOptions.defaults())
              .ingest(List.of(EXAMPLES), IngestListener.NONE);
      assertThat(report.failures()).isEmpty();
      assertThat(report.added()).isGreaterThanOrEqualTo(15);
      List<DocumentSummary> docs = new ArrayList<>();
      store.documents().forEachSummary(docs::add);
      for (DocumentSummary d : docs) {
        String folder =
            Path.of(d.container() != null ? d.container() : d.origin())
                .getParent()
                .getFileName()
                .toString();
        if (List.of("fr", "en", "ru", "uk", "ko").contains(folder)) {
          assertThat(d.lang()).as(d.origin()).isEqualTo(folder);
        }
      }
      assertThat(docs)
          .extracting(DocumentSummary::mediaType)
          .contains(
              "text/plain",
              "text/html",
              "application/pdf",
              "message/rfc822",
              "application/x-ndjson",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
  }

  @Test
  void the_committed_pdf_and_docx_examples_hold_the_text_they_were_written_from() throws Exception {
    DocumentReader reader = new DocumentReader(1_000_000);
    for (ExampleDocuments.Report r : ExampleDocuments.REPORTS) {
      Path file = EXAMPLES.resolve("reports").resolve(r.path());
      ParsedFile reading =
          reader.read(Files.readAllBytes(file), file.getFileName().toString()).readings().get(0);
      String flat = reading.text().replaceAll("\\s+", " ");
      assertThat(reading.title()).isEqualTo(r.title());
      assertThat(reading.published()).isEqualTo(r.date());
      for (String paragraph : r.paragraphs()) {
        assertThat(flat).as(r.path()).contains(paragraph.replaceAll("\\s+", " "));
      }
    }
  }
}
