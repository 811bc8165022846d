package org.vigie.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextReaderTest {

  private static final String FRENCH =
      "Selon le ministère sud-coréen de la Défense, environ 11 000 soldats nord-coréens seraient"
          + " déployés en Russie, près de la frontière ukrainienne. Les évaluations évoluent.\n";
  private static final String RUSSIAN =
      "По данным разведки, около 12 тысяч северокорейских военных находятся в Курской области."
          + " Их численность может вырасти в ближайшие недели, сообщил источник.\n";
  private static final String UKRAINIAN =
      "За даними ГУР, понад 11 тисяч військових КНДР перебувають у Курській області, і їхня"
          + " кількість зростає.\n";
  private static final String KOREAN =
      "국가정보원은 북한군 약 1만 1천 명이 러시아에 파병된 것으로 추정했다. 추가 파병도 이뤄질 것으로 보인다.\n";

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
    "FRENCH, UTF-8",
    "FRENCH, windows-1252",
    "FRENCH, ISO-8859-15",
    "RUSSIAN, UTF-8",
    "RUSSIAN, windows-1251",
    "RUSSIAN, KOI8-R",
    "UKRAINIAN, UTF-8",
    "UKRAINIAN, windows-1251",
    "KOREAN, UTF-8",
    "KOREAN, EUC-KR",
    "RUSSIAN, UTF-16LE",
    "KOREAN, UTF-16BE",
  })
  void decodes_text_in_common_encodings_without_a_mark(String sample, String charset) {
    String text = sample(sample);
    assertThat(TextReader.decode(text.getBytes(Charset.forName(charset)))).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"UTF-8", "UTF-16LE", "UTF-16BE"})
  void decodes_text_with_a_byte_order_mark_and_drops_the_mark(String charset) {
    byte[] body = RUSSIAN.getBytes(Charset.forName(charset));
    byte[] mark =
        switch (charset) {
          case "UTF-8" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
          case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
          default -> new byte[] {(byte) 0xFE, (byte) 0xFF};
        };
    assertThat(TextReader.decode(concat(mark, body))).isEqualTo(RUSSIAN);
  }

  @Test
  void keeps_invalid_utf8_and_replaces_only_the_bad_bytes() {
    byte[] bytes =
        concat(
            "Plus de 3 000 soldats ".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xFF, (byte) 0xC3},
            " ont été envoyés.".getBytes(StandardCharsets.UTF_8));
    assertThat(TextReader.decode(bytes))
        .isEqualTo("Plus de 3 000 soldats \uFFFD\uFFFD ont été envoyés.");
  }

  @Test
  void reads_a_stray_bad_byte_in_ascii_text_as_utf8_rather_than_a_legacy_encoding() {
    byte[] bytes =
        concat(
            "About 10,000 troops were sent. ".repeat(20).getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0x92},
            " End.".getBytes(StandardCharsets.US_ASCII));
    assertThat(TextReader.decode(bytes)).endsWith("sent. \uFFFD End.");
  }

  @Test
  void binary_noise_does_not_look_like_text_but_legacy_encoded_text_does() {
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    assertThat(Charsets.looksLikeText(noise)).isFalse();
    assertThat(Charsets.looksLikeText(RUSSIAN.getBytes(Charset.forName("windows-1251")))).isTrue();
    assertThat(Charsets.looksLikeText(KOREAN.getBytes(StandardCharsets.UTF_16LE))).isTrue();
  }

  private static String sample(String name) {
    return switch (name) {
      case "FRENCH" -> FRENCH;
      case "RUSSIAN" -> RUSSIAN;
      case "UKRAINIAN" -> UKRAINIAN;
      default -> KOREAN;
    };
  }

  private static byte[] concat(byte[]... parts) {
    byte[] all = new byte[0];
    for (byte[] p : parts) {
      int at = all.length;
      all = Arrays.copyOf(all, at + p.length);
      System.arraycopy(p, 0, all, at, p.length);
    }
    return all;
  }
}
