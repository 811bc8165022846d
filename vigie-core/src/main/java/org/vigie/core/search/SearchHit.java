package org.vigie.core.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One document matching a search.
 *
 * @param id the document id
 * @param score its BM25 relevance (higher is better; comparable within one search only)
 * @param title its title, or null
 * @param origin where it came from (path or URL)
 * @param lang its language
 * @param published its publication date, or null
 * @param source its outlet, or null
 * @param snippet the passages of its text that match best, with the matches marked
 */
public record SearchHit(
    String id,
    double score,
    String title,
    String origin,
    String lang,
    LocalDate published,
    String source,
    Snippet snippet) {

  public SearchHit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(snippet, "snippet");
  }
}
