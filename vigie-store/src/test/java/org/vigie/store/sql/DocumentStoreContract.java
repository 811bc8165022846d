package org.vigie.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentStatus;
import org.vigie.core.document.DocumentSummary;
import org.vigie.core.document.IngestFailure;
import org.vigie.core.document.Sha256;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.store.Store;

/**
 * What every store must do with documents. Each implementation runs it from a subclass that opens a
 * fresh, empty store.
 */
public abstract class DocumentStoreContract {

  protected Store store;

  /** A fresh, empty store. */
  protected abstract Store openEmpty() throws Exception;

  /**
   * The same store opened again, as a new process would; also called while {@link #store} is open,
   * to get a second instance writing to the same database.
   */
  protected abstract Store reopen() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openEmpty();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void keeps_every_field_of_a_document() {
    Document d =
        new Document(
            Document.idOf(sha("a")),
            sha("a"),
            "https://example.org/a",
            "wire.jsonl",
            Instant.parse("2024-11-04T10:15:30.123456Z"),
            123,
            "application/x-ndjson",
            "ko",
            "국정원 \"북한, 1만5천 명 파병\"",
            LocalDate.of(2025, 4, 30),
            "Yonhap",
            "약 1만 5천 명\u00A0— 11\u202F000 soldats; émojis 🇰🇷 ok",
            DocumentStatus.TRUNCATED,
            "the text is longer than 10 characters");
    assertThat(store.documents().add(d)).isTrue();
    assertThat(store.documents().get(d.id())).contains(d);
    assertThat(store.documents().count()).isEqualTo(1);
  }

  @Test
  void folds_a_document_whose_original_is_already_stored() {
    assertThat(store.documents().add(doc("a", "first.txt"))).isTrue();
    assertThat(store.documents().add(doc("a", "copy-of-first.txt"))).isFalse();
    assertThat(store.documents().containsSha256(sha("a"))).isTrue();
    assertThat(store.documents().containsSha256(sha("b"))).isFalse();
    assertThat(store.documents().count()).isEqualTo(1);
    assertThat(store.documents().get(Document.idOf(sha("a"))).orElseThrow().origin())
        .isEqualTo("first.txt");
  }

  @Test
  void adds_a_batch_in_one_go_and_says_which_were_duplicates() {
    store.documents().add(doc("b", "b.txt"));
    List<Boolean> added =
        store
            .documents()
            .addAll(
                List.of(
                    doc("a", "a.txt"),
                    doc("b", "b-again.txt"),
                    doc("c", "c.txt"),
                    doc("a", "a-again.txt")));
    assertThat(added).containsExactly(true, false, true, false);
    assertThat(store.documents().count()).isEqualTo(3);
    assertThat(store.documents().addAll(List.of())).isEmpty();
  }

  @Test
  void adds_each_document_once_when_writers_race() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "contract-writer"));
    try {
      List<Callable<Boolean>> writers = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String content = "doc-" + (i % 10);
        writers.add(() -> store.documents().add(doc(content, content + ".txt")));
      }
      int added = 0;
      for (Future<Boolean> f : pool.invokeAll(writers)) {
        added += f.get() ? 1 : 0;
      }
      assertThat(added).isEqualTo(10);
      assertThat(store.documents().count()).isEqualTo(10);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void lists_documents_in_the_order_they_were_ingested() {
    for (String s : List.of("c", "a", "b")) {
      store.documents().add(doc(s, s + ".txt"));
    }
    List<String> origins = new ArrayList<>();
    store.documents().forEachSummary(d -> origins.add(d.origin()));
    assertThat(origins).containsExactly("c.txt", "a.txt", "b.txt");
  }

  @Test
  void lists_summaries_with_the_length_of_the_text() {
    store.documents().add(doc("a", "a.txt"));
    List<DocumentSummary> all = new ArrayList<>();
    store.documents().forEachSummary(all::add);
    assertThat(all)
        .singleElement()
        .satisfies(s -> assertThat(s.chars()).isEqualTo("text of a".length()));
  }

  @Test
  void resolves_an_unambiguous_prefix_of_an_id_or_sha256() {
    Document d = doc("a", "a.txt");
    store.documents().add(d);
    assertThat(store.documents().resolve(d.id().substring(0, 4).toUpperCase(java.util.Locale.ROOT)))
        .isEqualTo(d);
    assertThat(store.documents().resolve(d.sha256().substring(0, 20))).isEqualTo(d);
    assertThat(store.documents().resolve(d.sha256())).isEqualTo(d);
  }

  @Test
  void says_which_documents_an_ambiguous_prefix_matches() {
    String first = null;
    String second = null;
    // Find two documents whose ids share their first 4 hex digits.
    java.util.Map<String, String> byPrefix = new java.util.HashMap<>();
    for (int i = 0; second == null; i++) {
      String id = Document.idOf(sha("x" + i));
      String other = byPrefix.putIfAbsent(id.substring(0, 4), "x" + i);
      if (other != null) {
        first = other;
        second = "x" + i;
      }
    }
    store.documents().add(doc(first, "1.txt"));
    store.documents().add(doc(second, "2.txt"));
    String prefix = Document.idOf(sha(first)).substring(0, 4);
    assertThatThrownBy(() -> store.documents().resolve(prefix))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("matches several documents")
        .hasMessageContaining(Document.idOf(sha(first)))
        .hasMessageContaining(Document.idOf(sha(second)));
  }

  @Test
  void refuses_prefixes_that_are_too_short_or_not_hex_and_reports_missing_ones() {
    store.documents().add(doc("a", "a.txt"));
    assertThatThrownBy(() -> store.documents().resolve("ab"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least 4 hex digits");
    assertThatThrownBy(() -> store.documents().resolve("zzzz%"))
        .isInstanceOf(InvalidInputException.class);
    String absent = Document.idOf(sha("a")).startsWith("0000") ? "ffff" : "0000";
    assertThatThrownBy(() -> store.documents().resolve(absent))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no document '" + absent + "'");
  }

  @Test
  void keeps_one_failure_per_path_and_forgets_it_once_read() {
    Instant t = Instant.parse("2024-11-04T10:00:00Z");
    store.documents().recordFailure(new IngestFailure("bad.pdf", null, "truncated", t));
    store
        .documents()
        .recordFailure(new IngestFailure("bad.pdf", sha("p"), "damaged", t.plusSeconds(1)));
    store
        .documents()
        .recordFailure(new IngestFailure("empty.txt", null, "empty", t.plusSeconds(2)));
    assertThat(store.documents().failures())
        .extracting(IngestFailure::path, IngestFailure::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bad.pdf", "damaged"),
            org.assertj.core.groups.Tuple.tuple("empty.txt", "empty"));
    store.documents().forgetFailure("bad.pdf");
    assertThat(store.documents().failures())
        .extracting(IngestFailure::path)
        .containsExactly("empty.txt");
  }

  @Test
  void loses_nothing_when_many_threads_write_through_several_store_instances() throws Exception {
    int instances = 3, threadsPerInstance = 3, docsPerThread = 40;
    List<Store> stores = new ArrayList<>(List.of(store));
    for (int i = 1; i < instances; i++) {
      stores.add(reopen());
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(instances * threadsPerInstance, r -> new Thread(r, "writer"));
    try {
      List<Callable<Integer>> writers = new ArrayList<>();
      for (int t = 0; t < instances * threadsPerInstance; t++) {
        Store target = stores.get(t % instances);
        int thread = t;
        writers.add(
            () -> {
              int added = 0;
              for (int i = 0; i < docsPerThread; i++) {
                // Each thread writes its own documents, and every fourth one all threads write
                // too, at about the same time.
                String content = i % 4 == 0 ? "shared-" + i : "t" + thread + "-d" + i;
                added += target.documents().add(doc(content, content + ".txt")) ? 1 : 0;
                target
                    .documents()
                    .recordFailure(
                        new IngestFailure("bad-" + thread + "-" + i, null, "x", Instant.now()));
              }
              return added;
            });
      }
      int added = 0;
      for (Future<Integer> f : pool.invokeAll(writers)) {
        added += f.get();
      }
      int shared = docsPerThread / 4;
      int expected = instances * threadsPerInstance * (docsPerThread - shared) + shared;
      assertThat(added).isEqualTo(expected);
      for (Store s : stores) {
        assertThat(s.documents().count()).isEqualTo(expected);
        assertThat(s.documents().failures())
            .hasSize(instances * threadsPerInstance * docsPerThread);
      }
      assertThat(store.documents().get(Document.idOf(sha("t8-d39")))).isPresent();
      assertThat(store.documents().get(Document.idOf(sha("shared-36")))).isPresent();
    } finally {
      pool.shutdownNow();
      stores.stream().skip(1).forEach(Store::close);
    }
  }

  @Test
  void adds_a_document_once_when_writers_on_several_instances_add_it_at_the_same_instant()
      throws Exception {
    int writers = 6, documents = 30;
    List<Store> stores = new ArrayList<>(List.of(store, reopen(), reopen()));
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(writers);
    ExecutorService pool = Executors.newFixedThreadPool(writers, r -> new Thread(r, "racer"));
    try {
      List<Callable<Integer>> racers = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        Store target = stores.get(w % stores.size());
        racers.add(
            () -> {
              int added = 0;
              for (int i = 0; i < documents; i++) {
                together.await();
                added += target.documents().add(doc("race-" + i, "race.txt")) ? 1 : 0;
              }
              return added;
            });
      }
      int added = 0;
      for (Future<Integer> f : pool.invokeAll(racers)) {
        added += f.get();
      }
      assertThat(added).isEqualTo(documents);
      assertThat(store.documents().count()).isEqualTo(documents);
    } finally {
      pool.shutdownNow();
      stores.stream().skip(1).forEach(Store::close);
    }
  }

  @Test
  void iterates_over_whole_documents_in_the_order_they_were_ingested() {
    List<Document> added = new ArrayList<>();
    for (String s : List.of("c", "a", "b")) {
      added.add(doc(s, s + ".txt"));
      store.documents().add(added.get(added.size() - 1));
    }
    List<Document> seen = new ArrayList<>();
    store.documents().forEach(seen::add);
    assertThat(seen).containsExactlyElementsOf(added);
  }

  @Test
  void deletes_a_document_and_lets_it_be_added_again() {
    Document a = doc("a", "a.txt");
    store.documents().add(a);
    store.documents().add(doc("b", "b.txt"));
    assertThat(store.documents().delete(a.id())).isTrue();
    assertThat(store.documents().delete(a.id())).isFalse();
    assertThat(store.documents().get(a.id())).isEmpty();
    assertThat(store.documents().containsSha256(a.sha256())).isFalse();
    assertThat(store.documents().count()).isEqualTo(1);
    assertThat(store.documents().add(a)).isTrue();
  }

  @Test
  void stores_a_nul_character_as_a_space_on_every_store() {
    Document d = doc("nul", "nul\u0000.txt");
    Document withNul =
        new Document(
            d.id(),
            d.sha256(),
            d.origin(),
            null,
            d.ingestedAt(),
            d.size(),
            d.mediaType(),
            d.lang(),
            "a\u0000title",
            null,
            null,
            "before\u0000after",
            DocumentStatus.OK,
            null);
    store.documents().add(withNul);
    Document stored = store.documents().get(d.id()).orElseThrow();
    assertThat(stored.text()).isEqualTo("before after");
    assertThat(stored.title()).isEqualTo("a title");
    assertThat(stored.origin()).isEqualTo("nul .txt");
    assertThat(stored.chars()).isEqualTo(withNul.chars());
  }

  @Test
  void keeps_documents_across_reopening() throws Exception {
    store.documents().add(doc("a", "a.txt"));
    store.close();
    store = reopen();
    assertThat(store.documents().count()).isEqualTo(1);
    assertThat(store.documents().containsSha256(sha("a"))).isTrue();
  }

  @Test
  void archives_originals_byte_for_byte() throws Exception {
    byte[] original = "Около 12 тысяч".getBytes(StandardCharsets.UTF_8);
    String sha = Sha256.hex(original);
    store.archive().put(sha, original);
    store.archive().put(sha, original);
    assertThat(store.archive().contains(sha)).isTrue();
    try (var in = store.archive().open(sha).orElseThrow()) {
      assertThat(in.readAllBytes()).isEqualTo(original);
    }
    assertThat(store.archive().open(sha("absent"))).isEmpty();
  }

  protected static String sha(String content) {
    return Sha256.hex(content.getBytes(StandardCharsets.UTF_8));
  }

  protected static Document doc(String content, String origin) {
    String sha = sha(content);
    return new Document(
        Document.idOf(sha),
        sha,
        origin,
        null,
        Instant.now(),
        content.length(),
        "text/plain",
        "en",
        null,
        null,
        null,
        "text of " + content,
        DocumentStatus.OK,
        null);
  }
}
