package org.vigie.core.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One ingested document: its provenance, the text read from it, and how the reading went.
 *
 * @param id short stable identifier, derived from {@code sha256} (see {@link #idOf(String)})
 * @param sha256 hex SHA-256 of the original bytes, the key of the archive
 * @param origin where it came from, as given: a path, or the article URL of a JSON-lines record
 * @param container the file that held it when that is not the origin (a JSON-lines file), or null
 * @param ingestedAt when it entered the store, to the microsecond (as every store keeps it)
 * @param size size of the original in bytes
 * @param mediaType IANA media type of the original, e.g. {@code application/pdf}
 * @param lang BCP 47 language of the text ({@code fr}, {@code en}, ...), {@code und} when unsure
 * @param title title when the format gives one, else null
 * @param published publication date when the format says, else null
 * @param source the outlet that published it when known (JSON-lines {@code source}), else null
 * @param text the extracted text
 * @param status how complete the text is
 * @param statusReason why the status is not {@link DocumentStatus#OK}, in words, else null
 */
public record Document(
    String id,
    String sha256,
    String origin,
    String container,
    Instant ingestedAt,
    long size,
    String mediaType,
    String lang,
    String title,
    LocalDate published,
    String source,
    String text,
    DocumentStatus status,
    String statusReason) {

  /** Length of a document id, in hex digits of the SHA-256. */
  public static final int ID_LENGTH = 16;

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
    if (sha256.length() != 64) {
      throw new IllegalArgumentException("sha256 must be 64 hex digits: " + sha256);
    }
    ingestedAt = ingestedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    if (size < 0) {
      throw new IllegalArgumentException("size < 0: " + size);
    }
  }

  /** The id of the document whose original has this SHA-256. */
  public static String idOf(String sha256) {
    return sha256.substring(0, ID_LENGTH);
  }

  /** Number of UTF-16 characters of the text; offsets of claims index the same string. */
  public int chars() {
    return text.length();
  }

  /** The listing view of this document, without its text. */
  public DocumentSummary summary() {
    return new DocumentSummary(
        id,
        sha256,
        origin,
        container,
        ingestedAt,
        size,
        mediaType,
        lang,
        title,
        published,
        source,
        chars(),
        status,
        statusReason);
  }
}
