package org.vigie.core.document;

import java.time.LocalDate;
import org.vigie.core.error.InvalidInputException;

/**
 * Which documents to list, and which page of them: newest ingested first.
 *
 * @param lang only documents in this language (BCP 47 tag as stored), or null for all
 * @param source only documents from this outlet, or null for all
 * @param publishedFrom only documents published on or after this day, or null
 * @param publishedTo only documents published on or before this day, or null
 * @param offset how many matching documents to skip
 * @param limit how many to return at most, 1 to {@link #MAX_LIMIT}
 */
public record DocumentQuery(
    String lang,
    String source,
    LocalDate publishedFrom,
    LocalDate publishedTo,
    int offset,
    int limit) {

  public static final int MAX_LIMIT = 500;

  public DocumentQuery {
    lang = blankToNull(lang);
    source = blankToNull(source);
    if (offset < 0) {
      throw new InvalidInputException("offset", "offset must be 0 or more, got " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException(
          "limit", "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (publishedFrom != null && publishedTo != null && publishedFrom.isAfter(publishedTo)) {
      throw new InvalidInputException(
          "from", "the date range is empty: " + publishedFrom + " is after " + publishedTo);
    }
  }

  /** The newest {@code limit} documents, unfiltered. */
  public static DocumentQuery latest(int limit) {
    return new DocumentQuery(null, null, null, null, 0, limit);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
