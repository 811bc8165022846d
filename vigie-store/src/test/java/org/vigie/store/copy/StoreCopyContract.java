package org.vigie.store.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentStatus;
import org.vigie.core.document.IngestFailure;
import org.vigie.core.document.Sha256;
import org.vigie.core.store.Store;
import org.vigie.store.archive.FileArchive;
import org.vigie.store.sql.SqlStore;

/** Copying an embedded store into another store: everything once, nothing twice. */
abstract class StoreCopyContract {

  @TempDir Path sourceDir;
  @TempDir Path targetDir;
  Store source;
  Store target;

  /** An empty target store with its originals under this folder. */
  protected abstract Store openTarget(Path dataDir) throws Exception;

  @BeforeEach
  void open() throws Exception {
    source = SqlStore.openSqlite(sourceDir);
    target = openTarget(targetDir);
  }

  @AfterEach
  void close() {
    source.close();
    target.close();
  }

  private Document ingest(String text, String lang, Instant at) {
    byte[] original = text.getBytes(StandardCharsets.UTF_8);
    String sha = Sha256.hex(original);
    Document d =
        new Document(
            Document.idOf(sha),
            sha,
            "reports/" + lang + ".txt",
            null,
            at,
            original.length,
            "text/plain",
            lang,
            "Title " + lang,
            LocalDate.of(2024, 11, 4),
            "Yonhap",
            text,
            DocumentStatus.OK,
            null);
    source.archive().put(sha, original);
    source.documents().add(d);
    return d;
  }

  @Test
  void copies_documents_failures_and_originals_and_keeps_the_order() throws Exception {
    Instant t = Instant.parse("2024-11-04T10:00:00.123456Z");
    List<Document> docs =
        List.of(
            ingest("북한군 1만 명", "ko", t.plusSeconds(2)),
            ingest("Около 12 тысяч военных", "ru", t),
            ingest("Environ 11 000 soldats", "fr", t.plusSeconds(1)));
    source.documents().recordFailure(new IngestFailure("bad.pdf", null, "damaged", t));
    List<long[]> progress = new ArrayList<>();
    CopyReport r =
        StoreCopy.copy(source, target, (done, total) -> progress.add(new long[] {done, total}));
    assertThat(r).isEqualTo(new CopyReport(3, 0, 1, 0, 3, 0, 0));
    assertThat(progress).last().satisfies(p -> assertThat(p).containsExactly(3, 3));
    List<Document> copied = new ArrayList<>();
    target.documents().forEach(copied::add);
    assertThat(copied).containsExactly(docs.get(1), docs.get(2), docs.get(0));
    assertThat(target.documents().failures())
        .containsExactlyElementsOf(source.documents().failures());
    for (Document d : docs) {
      try (var in = target.archive().open(d.sha256()).orElseThrow()) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(d.text());
      }
    }
  }

  @Test
  void copying_again_adds_nothing() {
    Instant t = Instant.parse("2024-11-04T10:00:00Z");
    ingest("a", "en", t);
    ingest("b", "en", t.plusSeconds(1));
    source.documents().recordFailure(new IngestFailure("bad.pdf", null, "damaged", t));
    StoreCopy.copy(source, target, StoreCopy.Progress.NONE);
    CopyReport again = StoreCopy.copy(source, target, StoreCopy.Progress.NONE);
    assertThat(again).isEqualTo(new CopyReport(0, 2, 0, 1, 0, 2, 0));
    assertThat(target.documents().count()).isEqualTo(2);
  }

  @Test
  void completes_an_interrupted_copy_and_counts_originals_that_are_gone() throws Exception {
    Instant t = Instant.parse("2024-11-04T10:00:00Z");
    Document first = ingest("first", "en", t);
    Document second = ingest("second", "en", t.plusSeconds(1));
    // As if the copy had stopped after the first document.
    target.archive().put(first.sha256(), "first".getBytes(StandardCharsets.UTF_8));
    target.documents().add(first);
    Files.delete(new FileArchive(sourceDir.resolve("archive")).pathOf(second.sha256()));
    CopyReport r = StoreCopy.copy(source, target, StoreCopy.Progress.NONE);
    assertThat(r).isEqualTo(new CopyReport(1, 1, 0, 0, 0, 1, 1));
    assertThat(target.documents().get(second.id())).contains(second);
  }
}
