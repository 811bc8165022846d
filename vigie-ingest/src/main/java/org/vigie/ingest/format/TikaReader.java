package org.vigie.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * PDF, Office documents (DOCX, DOC, ...) and e-mail (EML, with the text of its attachments),
 * through Apache Tika, with the text bounded as it is produced so that a document that inflates to
 * gigabytes never fills the memory.
 */
final class TikaReader {

  /**
   * An Office file (a zip) whose parts expand more than this many times is refused as a zip bomb.
   * POI's own default is 100; the same, stated here so that the reason given can say it.
   */
  static final int MAX_EXPANSION = 100;

  /** No part of an Office file may expand beyond this, whatever its ratio. */
  static final long MAX_PART_BYTES = 512L * 1024 * 1024;

  static {
    ZipSecureFile.setMinInflateRatio(1.0 / MAX_EXPANSION);
    ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
  }

  private final AutoDetectParser parser = new AutoDetectParser();

  ParsedFile read(byte[] bytes, String name, String mediaType, int maxChars)
      throws UnreadableException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    BodyContentHandler handler = new BodyContentHandler(maxChars);
    String truncated = null;
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      parser.parse(in, handler, metadata, context());
    } catch (SAXException e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new UnreadableException(describe(mediaType, e), e);
      }
      truncated =
          String.format(
              Locale.ROOT,
              "the text is longer than %,d characters; only the first %,d were kept",
              maxChars,
              maxChars);
    } catch (EncryptedDocumentException e) {
      throw new UnreadableException(
          "the " + kind(mediaType) + " is encrypted (password-protected); Vigie cannot read it", e);
    } catch (TikaException | IOException | RuntimeException e) {
      throw new UnreadableException(describe(mediaType, e), e);
    }
    // Tika keeps going past some errors and only notes them; a zip bomb among them means the
    // text read so far is a fragment of something hostile, and any other means the text is partial.
    String[] warnings = metadata.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING);
    for (String warning : warnings) {
      if (isZipBomb(warning)) {
        throw new UnreadableException(zipBombReason(mediaType));
      }
    }
    if (truncated == null && warnings.length > 0) {
      truncated = "only part of the text could be read (" + firstLine(warnings[0]) + ")";
    }
    // Tika surrounds the text with blank lines of its XHTML structure; they carry nothing.
    String text = handler.toString().strip();
    BoundedText bounded =
        truncated == null ? BoundedText.of(text, maxChars) : BoundedText.truncated(text, truncated);
    return ParsedFile.of(bytes, mediaType, bounded)
        .withTitle(firstOf(metadata, TikaCoreProperties.TITLE.getName(), "subject"))
        .withPublished(published(metadata));
  }

  private ParseContext context() {
    ParseContext context = new ParseContext();
    // Attachments of an e-mail and files embedded in Office documents are read too.
    context.set(Parser.class, parser);
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    office.setIncludeDeletedContent(false);
    office.setIncludeMoveFromContent(false);
    context.set(OfficeParserConfig.class, office);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractInlineImages(false);
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
    return context;
  }

  private static java.time.LocalDate published(Metadata metadata) {
    java.time.LocalDate date = MetadataDates.of(metadata.getDate(TikaCoreProperties.CREATED));
    if (date == null) {
      date = MetadataDates.parseLenient(metadata.get("Message:Raw-Header:Date"));
    }
    return date;
  }

  private static String firstOf(Metadata metadata, String... keys) {
    for (String key : keys) {
      String value = metadata.get(key);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /** A reason a person understands, from what the parsing library threw. */
  static String describe(String mediaType, Throwable e) {
    if (isZipBomb(chain(e))) {
      return zipBombReason(mediaType);
    }
    if (mediaType.equals("application/pdf")) {
      return "the PDF is damaged or truncated (" + rootMessage(e) + ")";
    }
    return "the "
        + kind(mediaType)
        + " could not be read; it may be damaged ("
        + rootMessage(e)
        + ")";
  }

  private static boolean isZipBomb(String message) {
    String m = message.toLowerCase(Locale.ROOT);
    return m.contains("zip bomb")
        || m.contains("max entry size")
        || m.contains("maxentrysize")
        || m.contains("inflate ratio");
  }

  private static String zipBombReason(String mediaType) {
    return "the "
        + kind(mediaType)
        + " expands to more than "
        + MAX_EXPANSION
        + " times its size (or beyond "
        + (MAX_PART_BYTES >> 20)
        + " MB) when unzipped, like a zip bomb; it was not read";
  }

  private static String firstLine(String s) {
    String line = s.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  static String kind(String mediaType) {
    return switch (mediaType) {
      case "application/pdf" -> "PDF";
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
      case "application/msword" -> "DOC file";
      case "message/rfc822" -> "e-mail";
      default -> mediaType + " file";
    };
  }

  private static String chain(Throwable e) {
    StringBuilder s = new StringBuilder();
    for (Throwable t = e; t != null && s.length() < 4000; t = t.getCause()) {
      s.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
    }
    return s.toString();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    if (message == null || message.isBlank()) {
      message = root.getClass().getSimpleName();
    }
    message = message.strip().replaceAll("\\s+", " ");
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }
}
