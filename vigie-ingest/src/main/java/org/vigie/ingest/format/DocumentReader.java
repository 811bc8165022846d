package org.vigie.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Reads the text out of one input file, whatever its format: plain text in any common encoding,
 * HTML, PDF, DOCX and other Office files, e-mail, and JSON lines of articles. Thread-safe.
 */
public final class DocumentReader {

  private static final Set<String> TIKA_TYPES =
      Set.of(
          "application/pdf",
          "message/rfc822",
          "application/msword",
          "application/rtf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.ms-excel",
          "application/vnd.ms-powerpoint",
          "application/vnd.ms-outlook");

  private final int maxChars;
  private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
  private final ThreadLocal<TikaReader> tika = ThreadLocal.withInitial(TikaReader::new);

  /**
   * @param maxChars the longest text kept for one document; longer texts are cut and marked
   *     truncated
   */
  public DocumentReader(int maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * The documents in a file.
   *
   * @param bytes the whole file
   * @param name the file name, a hint for its format
   * @throws UnreadableException with the reason to show when the file yields no document
   */
  public Readings read(byte[] bytes, String name) throws UnreadableException {
    if (bytes.length == 0) {
      throw new UnreadableException("the file is empty (0 bytes)");
    }
    String type = mediaType(bytes, name);
    Readings readings =
        switch (formatOf(type, bytes, name)) {
          case JSON_LINES -> JsonLinesReader.read(bytes, maxChars);
          case HTML -> Readings.of(HtmlReader.read(bytes, "", maxChars));
          case TEXT -> Readings.of(TextReader.read(bytes, maxChars));
          case TIKA -> Readings.of(readWithTika(bytes, name, type));
          case JSON_DOCUMENT ->
              throw new UnreadableException(
                  "a JSON file that is not JSON lines of articles ({\"url\",\"title\",\"text\",...}"
                      + " on each line)");
          case UNSUPPORTED -> throw new UnreadableException(unsupported(type));
        };
    if (readings.readings().size() == 1 && readings.readings().get(0).text().isBlank()) {
      throw new UnreadableException(
          "no text could be read from it"
              + (type.equals("application/pdf")
                  ? " (a scanned PDF needs OCR, which Vigie does not do)"
                  : ""));
    }
    if (readings.readings().isEmpty() && readings.problems().isEmpty()) {
      throw new UnreadableException("the file holds no article (no non-blank line)");
    }
    return readings;
  }

  private enum Format {
    JSON_LINES,
    JSON_DOCUMENT,
    HTML,
    TEXT,
    TIKA,
    UNSUPPORTED
  }

  private static Format formatOf(String type, byte[] bytes, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return Format.JSON_LINES;
    }
    if (lower.endsWith(".json") || type.equals("application/json")) {
      return JsonLinesReader.looksLikeJsonLines(bytes) ? Format.JSON_LINES : Format.JSON_DOCUMENT;
    }
    if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
      return Format.HTML;
    }
    if (TIKA_TYPES.contains(type)) {
      return Format.TIKA;
    }
    // Tika calls text what it can tell is text; for what it cannot tell (UTF-16 without a mark,
    // legacy encodings) our own encoding guess decides.
    if (type.startsWith("text/")
        || (type.equals("application/octet-stream") && Charsets.looksLikeText(bytes))) {
      return Format.TEXT;
    }
    return Format.UNSUPPORTED;
  }

  private ParsedFile readWithTika(byte[] bytes, String name, String type)
      throws UnreadableException {
    if (type.equals("application/pdf") && !endsWithEof(bytes)) {
      throw new UnreadableException(
          "the PDF is truncated: it does not end with the %%EOF marker, so part of it is missing");
    }
    return tika.get().read(bytes, name, type, maxChars);
  }

  private String mediaType(byte[] bytes, String name) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      MediaType type = detector.detect(in, metadata);
      return type.getBaseType().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to detect the format of " + name, e);
    }
  }

  private static String unsupported(String type) {
    if (type.equals("application/octet-stream")) {
      return "not a format Vigie reads: the bytes look like binary data, not text or a known"
          + " document format";
    }
    return "not a format Vigie reads ("
        + type
        + "); it reads text, HTML, PDF, DOCX, EML and"
        + " JSON lines";
  }

  private static boolean endsWithEof(byte[] bytes) {
    int from = Math.max(0, bytes.length - 1024);
    String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF");
  }
}
