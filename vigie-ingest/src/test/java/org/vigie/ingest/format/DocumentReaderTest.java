package org.vigie.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testkit.Fixtures;

class DocumentReaderTest {

  private static final int MAX_CHARS = 1_000_000;
  private static final DocumentReader READER = new DocumentReader(MAX_CHARS);

  @TempDir static Path dir;

  static Path frenchPdf;
  static Path russianPdf;
  static Path koreanPdf;
  static Path docx;

  @BeforeAll
  static void writeDocuments() {
    frenchPdf = dir.resolve("fr.pdf");
    Fixtures.pdf(
        frenchPdf,
        "Koursk : 10 000 combattants",
        LocalDate.of(2024, 11, 8),
        List.of("Les services occidentaux estiment que Pyongyang a envoyé 10 000 combattants."));
    russianPdf = dir.resolve("ru.pdf");
    Fixtures.pdf(
        russianPdf,
        "Потери КНДР",
        LocalDate.of(2024, 12, 19),
        List.of("В боях погибли не менее 100 военнослужащих КНДР."));
    if (Fixtures.canWriteHangulPdf()) {
      koreanPdf = dir.resolve("ko.pdf");
      Fixtures.pdf(
          koreanPdf,
          "북한군 사상자",
          LocalDate.of(2024, 12, 23),
          List.of("북한군 약 1천100명의 사상자가 발생한 것으로 평가한다."));
    }
    docx = dir.resolve("uk.docx");
    Fixtures.docx(
        docx,
        "Втрати КНДР",
        LocalDate.of(2025, 9, 2),
        List.of("Приблизно 2 000 військових КНДР загинули.", "Ще 6 000 готуються."));
  }

  @Test
  void reads_text_title_and_date_of_a_pdf_in_latin_and_cyrillic() throws Exception {
    ParsedFile fr = one(frenchPdf);
    assertThat(fr.mediaType()).isEqualTo("application/pdf");
    assertThat(fr.title()).isEqualTo("Koursk : 10 000 combattants");
    assertThat(fr.published()).isEqualTo(LocalDate.of(2024, 11, 8));
    assertThat(fr.text()).contains("Pyongyang a envoyé 10 000 combattants.");
    assertThat(one(russianPdf).text()).contains("не менее 100 военнослужащих КНДР");
  }

  @Test
  void reads_the_text_of_a_pdf_in_hangul() throws Exception {
    assumeTrue(koreanPdf != null, "no Korean font to write the PDF (apt-get install fonts-nanum)");
    assertThat(one(koreanPdf).text()).contains("약 1천100명의 사상자가");
  }

  @Test
  void reads_a_docx_paragraph_by_paragraph() throws Exception {
    ParsedFile r = one(docx);
    assertThat(r.mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(r.title()).isEqualTo("Втрати КНДР");
    assertThat(r.published()).isEqualTo(LocalDate.of(2025, 9, 2));
    assertThat(r.text()).contains("Приблизно 2 000 військових КНДР загинули.\nЩе 6 000 готуються.");
  }

  @Test
  void reads_an_email_with_its_subject_as_title_and_its_date() throws Exception {
    String eml =
        "From: desk@example.org\r\nTo: a@example.org\r\nSubject: JCS: 3,000 more troops\r\n"
            + "Date: Thu, 27 Mar 2025 09:12:00 +0900\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\n\r\nSome 3,000 or more troops were"
            + " dispatched.\r\n";
    ParsedFile r = one(write("jcs.eml", eml.getBytes(StandardCharsets.UTF_8)));
    assertThat(r.mediaType()).isEqualTo("message/rfc822");
    assertThat(r.title()).isEqualTo("JCS: 3,000 more troops");
    assertThat(r.published()).isEqualTo(LocalDate.of(2025, 3, 27));
    assertThat(r.text()).contains("Some 3,000 or more troops were dispatched.");
  }

  @Test
  void reads_each_json_line_as_an_article_and_reports_bad_lines_by_number() throws Exception {
    String lines =
        "{\"url\":\"https://a.example/1\",\"title\":\"One\",\"published\":\"2024-11-04T10:00:00Z\","
            + "\"source\":\"Wire\",\"text\":\"About 10,000 troops.\"}\n"
            + "this is not json\n"
            + "\n"
            + "{\"url\":\"https://a.example/3\",\"title\":\"No text\"}\n"
            + "[1, 2]\n"
            + "{\"title\":\"Two\",\"text\":\"Nearly 12,000 troops.\"}\r\n";
    Readings readings = READER.read(lines.getBytes(StandardCharsets.UTF_8), "wire.jsonl");
    assertThat(readings.readings()).hasSize(2);
    ParsedFile first = readings.readings().get(0);
    assertThat(first.origin()).isEqualTo("https://a.example/1");
    assertThat(first.part()).isEqualTo(":1");
    assertThat(first.source()).isEqualTo("Wire");
    assertThat(first.published()).isEqualTo(LocalDate.of(2024, 11, 4));
    assertThat(new String(first.original(), StandardCharsets.UTF_8))
        .startsWith("{\"url\"")
        .endsWith("}");
    ParsedFile second = readings.readings().get(1);
    assertThat(second.origin()).isNull();
    assertThat(second.part()).isEqualTo(":6");
    assertThat(new String(second.original(), StandardCharsets.UTF_8)).endsWith("}");
    assertThat(readings.problems())
        .extracting(Readings.Problem::where)
        .containsExactly(":2", ":4", ":5");
    assertThat(readings.problems().get(0).reason()).startsWith("line 2: not valid JSON");
    assertThat(readings.problems().get(1).reason())
        .isEqualTo("line 4: the article has no \"text\"");
  }

  @Test
  void refuses_a_pretty_printed_json_document_as_not_json_lines() {
    byte[] json =
        "{\n  \"question\": \"Role?\",\n  \"hypotheses\": []\n}\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> READER.read(json, "matrix.json"))
        .isInstanceOf(UnreadableException.class)
        .hasMessageStartingWith("a JSON file that is not JSON lines of articles");
  }

  @Test
  void refuses_a_truncated_pdf_saying_so() throws Exception {
    byte[] whole = Files.readAllBytes(frenchPdf);
    Path cut = write("cut.pdf", Fixtures.truncated(whole, whole.length / 2));
    assertThatThrownBy(() -> READER.read(Files.readAllBytes(cut), "cut.pdf"))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("PDF is truncated");
  }

  @Test
  void refuses_a_pdf_whose_body_is_garbage_saying_it_is_damaged() throws Exception {
    byte[] garbage = new byte[20_000];
    new Random(3).nextBytes(garbage);
    byte[] pdf =
        concat(
            "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
            garbage,
            "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> READER.read(pdf, "garbage.pdf"))
        .isInstanceOf(UnreadableException.class)
        .hasMessageStartingWith("the PDF is damaged or truncated");
  }

  @Test
  void refuses_random_bytes_empty_files_and_images() {
    byte[] noise = new byte[5000];
    new Random(11).nextBytes(noise);
    assertThatThrownBy(() -> READER.read(noise, "noise.bin"))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("binary data");
    assertThatThrownBy(() -> READER.read(new byte[0], "empty.txt"))
        .hasMessage("the file is empty (0 bytes)");
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    assertThatThrownBy(() -> READER.read(png, "photo.png"))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("image/png");
  }

  @Test
  void refuses_a_docx_that_inflates_to_hundreds_of_megabytes_of_text() throws Exception {
    Path bomb = dir.resolve("bomb.docx");
    Fixtures.zipBombDocx(bomb, 300L << 20);
    byte[] bytes = Files.readAllBytes(bomb);
    assertThat(bytes.length).isLessThan(3 << 20);
    long before = usedHeap();
    assertThatThrownBy(() -> READER.read(bytes, "bomb.docx"))
        .isInstanceOf(UnreadableException.class)
        .hasMessage(
            "the DOCX expands to more than 100 times its size (or beyond 512 MB) when unzipped,"
                + " like a zip bomb; it was not read");
    // Refused while streaming: far less memory than the 300 MB it inflates to.
    assertThat(usedHeap() - before).isLessThan(100L << 20);
  }

  @Test
  void refuses_a_docx_whose_parts_expand_past_the_zip_bomb_ratio_before_any_text() {
    Path bomb = dir.resolve("markup-bomb.docx");
    Fixtures.markupBombDocx(bomb, 200L << 20);
    assertThatThrownBy(() -> READER.read(Files.readAllBytes(bomb), "markup-bomb.docx"))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("expands to more than 100 times its size");
  }

  private static long usedHeap() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  @Test
  void cuts_the_text_of_a_large_docx_at_the_limit_and_says_why() throws Exception {
    Path large = dir.resolve("large.docx");
    Fixtures.largeDocx(large, 40L << 20, 5);
    ParsedFile r = one(large);
    assertThat(r.text().length()).isLessThanOrEqualTo(MAX_CHARS);
    assertThat(r.text().length()).isGreaterThan(MAX_CHARS / 2);
    assertThat(r.truncatedReason()).contains("longer than 1,000,000 characters");
  }

  @Test
  void keeps_a_six_megabyte_single_line_text_whole() throws Exception {
    String line = "Environ 11 000 soldats nord-coréens sont en Russie; ".repeat(120_000);
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(6_000_000);
    ParsedFile r = new DocumentReader(10_000_000).read(bytes, "long.txt").readings().get(0);
    assertThat(r.text()).isEqualTo(line);
    assertThat(r.truncatedReason()).isNull();
  }

  @Test
  void cuts_a_text_longer_than_the_limit() throws Exception {
    byte[] bytes = "a".repeat(MAX_CHARS + 10).getBytes(StandardCharsets.UTF_8);
    ParsedFile r = READER.read(bytes, "long.txt").readings().get(0);
    assertThat(r.text()).hasSize(MAX_CHARS);
    assertThat(r.truncatedReason()).isNotNull();
  }

  @Test
  void removes_characters_no_store_can_hold() throws Exception {
    byte[] bytes = "Troops\u0000 sent \uD800 here".getBytes(StandardCharsets.UTF_16LE);
    byte[] withMark = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes);
    assertThat(READER.read(withMark, "odd.txt").readings().get(0).text())
        .isEqualTo("Troops  sent \uFFFD here");
  }

  private static ParsedFile one(Path file) throws IOException, UnreadableException {
    Readings readings = READER.read(Files.readAllBytes(file), file.getFileName().toString());
    assertThat(readings.readings()).hasSize(1);
    assertThat(readings.problems()).isEmpty();
    return readings.readings().get(0);
  }

  private static Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] concat(byte[]... parts) {
    byte[] all = new byte[0];
    for (byte[] p : parts) {
      int at = all.length;
      all = java.util.Arrays.copyOf(all, at + p.length);
      System.arraycopy(p, 0, all, at, p.length);
    }
    return all;
  }
}
