package org.vigie.ingest.format;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What was read from one original: its text and the metadata its format gives.
 *
 * @param original the bytes this document is archived as (the whole file, or one JSON-lines record)
 * @param mediaType IANA media type of the original
 * @param text the text read, already bounded and cleaned
 * @param title title when the format gives one, else null
 * @param published publication date when the format says, else null
 * @param source outlet name when the format says (JSON lines), else null
 * @param part which part of the file this is ({@code ":12"} for line 12), null for the whole file
 * @param origin where it came from when not the file path itself (an article URL), else null
 * @param truncatedReason why only part of the text was kept, else null
 */
public record ParsedFile(
    byte[] original,
    String mediaType,
    String text,
    String title,
    LocalDate published,
    String source,
    String part,
    String origin,
    String truncatedReason) {

  public ParsedFile {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(text, "text");
  }

  static ParsedFile of(byte[] original, String mediaType, BoundedText text) {
    return new ParsedFile(
        original, mediaType, text.text(), null, null, null, null, null, text.truncatedReason());
  }

  ParsedFile withTitle(String newTitle) {
    return new ParsedFile(
        original,
        mediaType,
        text,
        blankToNull(newTitle),
        published,
        source,
        part,
        origin,
        truncatedReason);
  }

  ParsedFile withPublished(LocalDate date) {
    return new ParsedFile(
        original, mediaType, text, title, date, source, part, origin, truncatedReason);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
