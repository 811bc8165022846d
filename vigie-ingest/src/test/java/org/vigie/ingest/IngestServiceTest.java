package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentSummary;
import org.vigie.core.document.IngestFailure;
import org.vigie.core.document.Sha256;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.store.Store;
import org.vigie.store.sql.SqlStore;
import org.vigie.testkit.Fixtures;
import org.vigie.text.language.LanguageIdentifier;
import org.vigie.text.language.OptimaizeLanguageIdentifier;

class IngestServiceTest {

  private static final LanguageIdentifier LANGUAGES = new OptimaizeLanguageIdentifier();

  @TempDir Path data;
  @TempDir Path corpus;

  private Store store;

  @BeforeEach
  void openStore() {
    store = SqlStore.openSqlite(data);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void stores_each_readable_file_and_reports_each_unreadable_one_with_its_reason()
      throws IOException {
    writeMixedCorpus();
    IngestReport report = ingest(corpus);

    assertThat(report.failures()).extracting(IngestFailure::reason).hasSize(4);
    assertThat(report.added()).isEqualTo(7);
    assertThat(report.duplicates()).isEqualTo(1);
    assertThat(report.failures())
        .extracting(f -> corpus.relativize(Path.of(f.path())).toString(), IngestFailure::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("empty.txt", "the file is empty (0 bytes)"),
            org.assertj.core.groups.Tuple.tuple(
                "noise.bin",
                "not a format Vigie reads: the bytes look like binary data, not text or a known"
                    + " document format"),
            org.assertj.core.groups.Tuple.tuple(
                "truncated.pdf",
                "the PDF is truncated: it does not end with the %%EOF marker, so part of it is"
                    + " missing"),
            org.assertj.core.groups.Tuple.tuple(
                "wire.jsonl:2", "line 2: the article has no \"text\""));
    assertThat(store.documents().failures()).hasSize(4);
    assertThat(languagesByFile())
        .containsExactly(
            "bad-utf8.txt=fr",
            "ko.docx=ko",
            "report.html=en",
            "ru.pdf=ru",
            "sub/fr.txt=fr",
            "uk-1251.txt=uk",
            "https://wire.example/1=en");
  }

  @Test
  void running_the_same_ingest_again_adds_nothing_and_counts_everything_as_duplicate()
      throws IOException {
    writeMixedCorpus();
    IngestReport first = ingest(corpus);
    IngestReport second = ingest(corpus);
    assertThat(second.added()).isZero();
    assertThat(second.duplicates()).isEqualTo(first.added() + first.duplicates());
    assertThat(second.failed()).isEqualTo(first.failed());
    assertThat(store.documents().count()).isEqualTo(first.added());
  }

  @Test
  void keeps_the_first_of_identical_files_in_path_order() throws IOException {
    for (String name : List.of("c.txt", "a.txt", "b/copy.txt")) {
      write(name, "Environ 11 000 soldats nord-coréens.".getBytes(StandardCharsets.UTF_8));
    }
    IngestReport report = ingest(corpus);
    assertThat(report.added()).isEqualTo(1);
    assertThat(report.duplicates()).isEqualTo(2);
    assertThat(onlyDocument().origin()).isEqualTo(corpus.resolve("a.txt").toString());
  }

  @Test
  void archives_each_original_byte_for_byte_under_its_sha256() throws IOException {
    writeMixedCorpus();
    ingest(corpus);
    List<DocumentSummary> all = new ArrayList<>();
    store.documents().forEachSummary(all::add);
    for (DocumentSummary d : all) {
      try (InputStream in = store.archive().open(d.sha256()).orElseThrow()) {
        byte[] original = in.readAllBytes();
        assertThat(Sha256.hex(original)).isEqualTo(d.sha256());
        assertThat((long) original.length).isEqualTo(d.size());
      }
    }
  }

  @Test
  void stores_articles_of_a_json_lines_file_with_their_url_source_and_date() throws IOException {
    write(
        "wire.jsonl",
        ("{\"url\":\"https://wire.example/1\",\"title\":\"Seoul\",\"published\":\"2024-10-18\","
                + "\"source\":\"Yonhap\",\"text\":\"North Korea decided to send some 12,000"
                + " troops to Russia, the spy agency said.\"}\n")
            .getBytes(StandardCharsets.UTF_8));
    ingest(corpus);
    Document d = onlyDocument();
    assertThat(d.origin()).isEqualTo("https://wire.example/1");
    assertThat(d.container()).isEqualTo(corpus.resolve("wire.jsonl").toString());
    assertThat(d.source()).isEqualTo("Yonhap");
    assertThat(d.published()).isEqualTo(LocalDate.of(2024, 10, 18));
    assertThat(d.mediaType()).isEqualTo("application/x-ndjson");
  }

  @Test
  void forgets_a_failure_once_the_file_is_fixed() throws IOException {
    Path file = write("report.txt", new byte[0]);
    assertThat(ingest(corpus).failed()).isEqualTo(1);
    Files.write(
        file, "About 3,000 troops were sent, officials said.".getBytes(StandardCharsets.UTF_8));
    IngestReport again = ingest(corpus);
    assertThat(again.failed()).isZero();
    assertThat(again.added()).isEqualTo(1);
    assertThat(store.documents().failures()).isEmpty();
  }

  @Test
  void skips_hidden_files_and_folders() throws IOException {
    write(".hidden.txt", "Secret note about 5 things.".getBytes(StandardCharsets.UTF_8));
    write(".git/config", "[core] bare = false and more text".getBytes(StandardCharsets.UTF_8));
    write("visible.txt", "About 3,000 troops were sent.".getBytes(StandardCharsets.UTF_8));
    IngestReport report = ingest(corpus);
    assertThat(report.files()).isEqualTo(1);
    assertThat(report.added()).isEqualTo(1);
  }

  @Test
  void refuses_a_path_that_does_not_exist_before_reading_anything() {
    assertThatThrownBy(() -> ingest(corpus.resolve("missing")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no such file or folder");
  }

  @Test
  void tells_its_listener_how_far_it_got() throws IOException {
    writeMixedCorpus();
    List<String> events = new ArrayList<>();
    new IngestService(store, LANGUAGES, Clock.systemUTC(), IngestOptions.defaults().withThreads(2))
        .ingest(
            List.of(corpus),
            new IngestListener() {
              @Override
              public void started(int files, long bytes) {
                events.add("started " + files);
              }

              @Override
              public void progressed(int filesDone, long bytesDone) {
                events.add("done " + filesDone);
              }

              @Override
              public void failed(IngestFailure failure) {
                events.add("failed");
              }

              @Override
              public void stored(org.vigie.core.document.Document document) {
                events.add("stored " + document.id());
              }
            });
    assertThat(events.get(0)).isEqualTo("started 11");
    assertThat(events).endsWith("done 11");
    assertThat(events).filteredOn("failed"::equals).hasSize(4);
    List<String> stored = new ArrayList<>();
    store.documents().forEachSummary(d -> stored.add("stored " + d.id()));
    assertThat(events)
        .as("each document added is told once, a duplicate never")
        .filteredOn(e -> e.startsWith("stored "))
        .containsExactlyInAnyOrderElementsOf(stored)
        .hasSize(7);
  }

  private IngestReport ingest(Path path) {
    return new IngestService(
            store, LANGUAGES, Clock.systemUTC(), IngestOptions.defaults().withThreads(2))
        .ingest(List.of(path), IngestListener.NONE);
  }

  /** Eleven files: seven documents, one duplicate, three bad files, one JSON line without text. */
  private void writeMixedCorpus() throws IOException {
    write(
        "sub/fr.txt",
        "Selon Séoul, environ 3 000 soldats nord-coréens ont été envoyés en Russie."
            .getBytes(StandardCharsets.UTF_8));
    write("sub/z-copy-of-fr.txt", Files.readAllBytes(corpus.resolve("sub/fr.txt")));
    write(
        "uk-1251.txt",
        "За даними ГУР, понад 11 тисяч військових КНДР перебувають у Курській області."
            .getBytes(Charset.forName("windows-1251")));
    byte[] badUtf8 =
        "Plus de 10 000 soldats \u0001 ont été engagés dans les combats de Koursk."
            .getBytes(StandardCharsets.UTF_8);
    badUtf8[badUtf8.length - 30] = (byte) 0xFF;
    write("bad-utf8.txt", badUtf8);
    write(
        "report.html",
        ("<html><head><title>Kursk</title><script>var x = 'SCRIPT';</script>"
                + "</head><body><p>About 10,000 North Korean soldiers moved to the Kursk region, the"
                + " Pentagon said.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8));
    Path pdf = corpus.resolve("ru.pdf");
    Fixtures.pdf(
        pdf,
        "Потери",
        LocalDate.of(2024, 12, 19),
        List.of("Разведка сообщила, что в боях погибли не менее 100 военнослужащих КНДР."));
    Fixtures.docx(
        corpus.resolve("ko.docx"),
        "합참",
        LocalDate.of(2024, 12, 23),
        List.of("합동참모본부는 북한군 약 1천100명의 사상자가 발생한 것으로 평가한다고 밝혔다."));
    byte[] whole = Files.readAllBytes(pdf);
    write("truncated.pdf", Fixtures.truncated(whole, whole.length / 2));
    byte[] noise = new byte[4096];
    new Random(1).nextBytes(noise);
    write("noise.bin", noise);
    write("empty.txt", new byte[0]);
    write(
        "wire.jsonl",
        ("{\"url\":\"https://wire.example/1\",\"title\":\"One\",\"text\":\"Nearly"
                + " 12,000 North Korean troops were sent to Russia, Kyiv said.\"}\n"
                + "{\"url\":\"https://wire.example/2\",\"title\":\"Two\"}\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  private List<String> languagesByFile() {
    List<String> out = new ArrayList<>();
    store
        .documents()
        .forEachSummary(
            d -> {
              String name =
                  d.origin().startsWith("http")
                      ? d.origin()
                      : corpus.relativize(Path.of(d.origin())).toString();
              out.add(name + "=" + d.lang());
            });
    return out;
  }

  private Document onlyDocument() {
    List<DocumentSummary> all = new ArrayList<>();
    store.documents().forEachSummary(all::add);
    assertThat(all).hasSize(1);
    return store.documents().get(all.get(0).id()).orElseThrow();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = corpus.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }
}
