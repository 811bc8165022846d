package org.vigie.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentPage;
import org.vigie.core.document.DocumentQuery;
import org.vigie.core.document.DocumentStatus;
import org.vigie.core.document.DocumentSummary;
import org.vigie.core.document.Sha256;
import org.vigie.core.store.Store;

/** Listing documents with filters and pages, and the counts of the dashboard. */
public abstract class DocumentQueryContract {

  protected Store store;

  protected abstract Store openEmpty() throws Exception;

  @BeforeEach
  void fill() throws Exception {
    store = openEmpty();
    // 30 documents, one a day: languages cycle fr, en, ko; sources cycle A, B; every third undated.
    String[] langs = {"fr", "en", "ko"};
    for (int i = 0; i < 30; i++) {
      LocalDate published = i % 3 == 2 ? null : LocalDate.of(2024, 10, 1).plusDays(i);
      store.documents().add(doc(i, langs[i % 3], i % 2 == 0 ? "A" : "B", published));
    }
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void pages_through_every_document_newest_first_without_gaps_or_repeats() {
    DocumentPage first = store.documents().find(new DocumentQuery(null, null, null, null, 0, 12));
    DocumentPage last = store.documents().find(new DocumentQuery(null, null, null, null, 24, 12));
    assertThat(first.total()).isEqualTo(30);
    assertThat(first.items()).hasSize(12);
    assertThat(first.items().get(0).origin()).isEqualTo("doc-29");
    assertThat(first.hasNext()).isTrue();
    assertThat(last.items()).extracting(DocumentSummary::origin).endsWith("doc-0").hasSize(6);
    assertThat(last.hasNext()).isFalse();
  }

  @Test
  void filters_by_language_source_and_publication_dates_together() {
    DocumentPage page =
        store
            .documents()
            .find(
                new DocumentQuery(
                    "fr", "A", LocalDate.of(2024, 10, 5), LocalDate.of(2024, 10, 25), 0, 50));
    // fr is i = 0, 3, 6, ...; A is even i; dated days 5..25 are i = 4..24: i = 6, 12, 18, 24.
    assertThat(page.items())
        .extracting(DocumentSummary::origin)
        .containsExactly("doc-24", "doc-18", "doc-12", "doc-6");
    assertThat(page.total()).isEqualTo(4);
  }

  @Test
  void counts_documents_by_language_and_month_and_lists_sources() {
    assertThat(store.documents().countByLanguage())
        .containsExactly(Map.entry("en", 10L), Map.entry("fr", 10L), Map.entry("ko", 10L));
    // Dated: 20 documents from 1 Oct (i = 0) to 30 Oct (i = 29), all in October.
    assertThat(store.documents().countByPublishedMonth())
        .containsExactly(Map.entry(YearMonth.of(2024, 10), 20L));
    assertThat(store.documents().sources()).containsExactly("A", "B");
  }

  private static Document doc(int i, String lang, String source, LocalDate published) {
    String sha = Sha256.hex(("doc " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return new Document(
        Document.idOf(sha),
        sha,
        "doc-" + i,
        null,
        Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60L * i),
        10,
        "text/plain",
        lang,
        "Title " + i,
        published,
        source,
        "text " + i,
        DocumentStatus.OK,
        null);
  }
}
