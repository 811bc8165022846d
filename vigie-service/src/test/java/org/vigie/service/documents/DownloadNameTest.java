package org.vigie.service.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentStatus;

class DownloadNameTest {

  private static Document from(String origin) {
    String sha = "ab".repeat(32);
    return new Document(
        Document.idOf(sha),
        sha,
        origin,
        null,
        Instant.EPOCH,
        1,
        "text/html",
        "en",
        null,
        null,
        null,
        "t",
        DocumentStatus.OK,
        null);
  }

  @Test
  void names_the_download_after_the_origin_in_safe_characters() {
    assertThat(DocumentService.fileName(from("/data/in/2024 rapport\".html"), "text/html"))
        .isEqualTo("2024_rapport_.html");
    assertThat(DocumentService.fileName(from("https://ex.org/news/kursk?id=3#top"), "text/html"))
        .isEqualTo("kursk.html");
    assertThat(DocumentService.fileName(from("C:\\in\\note.txt"), "text/plain"))
        .isEqualTo("note.txt");
  }

  @Test
  void falls_back_to_the_document_id_when_nothing_safe_is_left() {
    assertThat(DocumentService.fileName(from("https://ex.org/новости/"), "text/html"))
        .isEqualTo("document-abababababababab.html");
    assertThat(DocumentService.fileName(from("/in/..."), "application/pdf"))
        .isEqualTo("document-abababababababab.pdf");
  }
}
