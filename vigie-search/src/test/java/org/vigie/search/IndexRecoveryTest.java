package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.search.Workbench.doc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.document.Document;
import org.vigie.core.search.SearchQuery;

/**
 * The index is never a reason to fail: missing, damaged, of another layout or behind the store, it
 * is rebuilt or completed from the store when opened, and says so.
 */
class IndexRecoveryTest {

  @TempDir Path data;
  Workbench bench;

  final List<Document> docs =
      List.of(
          doc("fr", "Environ 12 000 soldats nord-coréens en Russie."),
          doc("en", "About 10,000 North Korean troops in Kursk."),
          doc("uk", "Військові КНДР у Курській області."),
          doc("ko", "북한군 1만여 명이 러시아에 파병됐다."));

  @BeforeEach
  void index() {
    bench = new Workbench(data).add(docs.toArray(Document[]::new));
  }

  @AfterEach
  void close() {
    bench.close();
  }

  private void assertEverythingFound() {
    assertThat(bench.search.count()).isEqualTo(docs.size());
    assertThat(bench.ids("soldats")).containsExactly(docs.get(0).id());
    assertThat(bench.ids("troop")).containsExactly(docs.get(1).id());
    assertThat(bench.ids("військових")).containsExactly(docs.get(2).id());
    assertThat(bench.ids("북한")).containsExactly(docs.get(3).id());
  }

  @Test
  void an_index_folder_deleted_is_rebuilt_when_opened() throws IOException {
    bench.search.close();
    deleteTree(bench.index());
    bench.search = SearchService.open(bench.store, bench.index());
    assertThat(bench.search.notices())
        .singleElement()
        .asString()
        .contains("brought the search index level with the store: 4 documents indexed");
    assertEverythingFound();
  }

  @Test
  void garbage_in_the_commit_file_is_detected_and_the_index_rebuilt() throws IOException {
    bench.search.close();
    for (Path f : files("segments_")) {
      Files.write(
          f, "this is not a Lucene commit".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertRebuiltWhenOpened();
  }

  @Test
  void truncated_segment_files_are_detected_and_the_index_rebuilt() throws IOException {
    bench.search.close();
    for (Path f : files("")) {
      if (!f.getFileName().toString().startsWith("segments") && Files.size(f) > 20) {
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2));
      }
    }
    assertRebuiltWhenOpened();
  }

  @Test
  void a_segment_file_gone_missing_is_detected_and_the_index_rebuilt() throws IOException {
    bench.search.close();
    for (Path f : files("")) {
      String name = f.getFileName().toString();
      if (name.endsWith(".si") || name.endsWith(".cfs")) {
        Files.delete(f);
      }
    }
    assertRebuiltWhenOpened();
  }

  @Test
  void bytes_gone_bad_inside_a_segment_are_found_by_their_checksum_and_the_index_rebuilt()
      throws IOException {
    bench.search.close();
    for (Path f : files("")) {
      String name = f.getFileName().toString();
      if (name.endsWith(".cfs")) {
        byte[] bytes = Files.readAllBytes(f);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 8; i++) {
          bytes[i] ^= 0x5A;
        }
        Files.write(f, bytes);
      }
    }
    assertRebuiltWhenOpened();
    assertThat(bench.search.notices()).isEmpty();
  }

  @Test
  void an_index_that_fails_while_in_use_is_rebuilt_and_the_search_answered() {
    // As when Lucene closes its writer after a failure it cannot recover from (disk full).
    bench.search.index().abandon();
    assertThat(bench.ids("troop")).containsExactly(docs.get(1).id());
    assertThat(bench.search.notices())
        .singleElement()
        .asString()
        .contains("could not be read (AlreadyClosedException")
        .contains("rebuilt it from the store: 4 documents");
    assertEverythingFound();
  }

  @Test
  void an_index_of_another_layout_is_rebuilt() throws IOException {
    bench.search.close();
    deleteTree(bench.index());
    try (IndexWriter w =
        new IndexWriter(
            FSDirectory.open(bench.index()), new IndexWriterConfig(new StandardAnalyzer()))) {
      org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
      d.add(new StringField("id", "old", Field.Store.YES));
      w.addDocument(d);
      w.setLiveCommitData(Map.of(IndexFields.LAYOUT_KEY, "vigie-index-0").entrySet());
      w.commit();
    }
    bench.search = SearchService.open(bench.store, bench.index());
    assertThat(bench.search.notices()).singleElement().asString().contains("layout vigie-index-0");
    assertEverythingFound();
  }

  @Test
  void documents_stored_but_not_indexed_are_indexed_when_next_opened() {
    // As after a run killed between storing a document and indexing it.
    Document late = doc("en", "Late troop movements near Kursk.");
    bench.store.documents().add(late);
    bench.reopen();
    assertThat(bench.search.notices())
        .singleElement()
        .asString()
        .contains("1 documents indexed, 0 removed");
    assertThat(bench.ids("movement")).containsExactly(late.id());
  }

  @Test
  void documents_deleted_from_the_store_alone_leave_the_index_when_next_opened() {
    bench.store.documents().delete(docs.get(1).id());
    bench.reopen();
    assertThat(bench.search.notices())
        .singleElement()
        .asString()
        .contains("0 documents indexed, 1 removed");
    assertThat(bench.ids("troop")).isEmpty();
  }

  @Test
  void deleting_a_document_removes_it_from_the_results_at_once() {
    assertThat(bench.store.documents().delete(docs.get(0).id())).isTrue();
    bench.search.removed(docs.get(0).id());
    assertThat(bench.ids("soldats")).isEmpty();
    assertThat(bench.search.count()).isEqualTo(3);
  }

  @Test
  void reindexing_gives_the_same_results_and_reports_progress() {
    List<long[]> progress = new java.util.ArrayList<>();
    long n = bench.search.reindex((done, total) -> progress.add(new long[] {done, total}));
    assertThat(n).isEqualTo(4);
    assertThat(progress).last().satisfies(p -> assertThat(p).containsExactly(4, 4));
    assertEverythingFound();
  }

  @Test
  void a_second_process_searches_what_the_first_saved_and_cannot_break_it() {
    Document saved = doc("en", "Saved before the second opened.");
    bench.store.documents().add(saved);
    bench.search.indexed(saved);
    bench.search.close();
    bench.search = SearchService.open(bench.store, bench.index());
    try (SearchService second = SearchService.open(bench.store, bench.index())) {
      assertThat(second.readOnly()).isTrue();
      assertThat(second.notices())
          .singleElement()
          .asString()
          .contains("in use by another Vigie process");
      assertThat(second.search(SearchQuery.of("saved")).total()).isEqualTo(1);
      // Storing through it still works; the index catches up when next opened for writing.
      Document more = doc("en", "Stored while another process held the index.");
      assertThat(bench.store.documents().add(more)).isTrue();
      second.indexed(more);
    }
    bench.reopen();
    assertThat(bench.ids("held")).hasSize(1);
  }

  private void assertRebuiltWhenOpened() {
    bench.search = SearchService.open(bench.store, bench.index());
    assertThat(bench.search.notices())
        .singleElement()
        .asString()
        .contains("could not be read")
        .contains("rebuilt it from the store: 4 documents");
    String notice = bench.search.notices().get(0).replace(bench.index().toString(), "DIR");
    assertThat(notice).doesNotContain("resource").hasSizeLessThan(300);
    assertEverythingFound();
    bench.reopen();
    assertThat(bench.search.notices()).isEmpty();
  }

  private List<Path> files(String prefix) throws IOException {
    try (Stream<Path> s = Files.list(bench.index())) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix))
          .filter(p -> !p.getFileName().toString().equals("write.lock"))
          .toList();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
