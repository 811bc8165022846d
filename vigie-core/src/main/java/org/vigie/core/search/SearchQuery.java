package org.vigie.core.search;

import java.time.LocalDate;
import java.util.Locale;
import org.vigie.core.error.InvalidInputException;

/**
 * A search: words in the query syntax, and filters that all must hold.
 *
 * <p>The syntax: words (all must occur, in any form of the word: {@code soldats} finds {@code
 * soldat}), {@code "a phrase"}, {@code OR}, {@code AND}, {@code NOT}, {@code +word}, {@code -word},
 * parentheses, {@code word*}. An empty query matches every document, to browse with filters.
 *
 * @param text the query, possibly empty
 * @param lang only documents in this language (BCP 47, e.g. {@code fr}), the query then analysed
 *     for it alone; null for every language
 * @param from only documents published on or after this day, or null
 * @param to only documents published on or before this day, or null
 * @param source only documents from this outlet (case does not matter), or null
 * @param unit only documents with a quantity claim in this unit, or null
 * @param actor only documents with a claim about this actor, or null
 * @param quantitiesOnly only documents with at least one quantity claim
 * @param offset how many of the best hits to skip (for pages)
 * @param limit how many hits to return
 */
public record SearchQuery(
    String text,
    String lang,
    LocalDate from,
    LocalDate to,
    String source,
    String unit,
    String actor,
    boolean quantitiesOnly,
    int offset,
    int limit) {

  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 1000;
  public static final int MAX_OFFSET = 10_000;

  public SearchQuery {
    text = text == null ? "" : text.strip();
    lang = blankToNull(lang);
    if (lang != null) {
      lang = lang.toLowerCase(Locale.ROOT);
      if (!lang.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
        throw new InvalidInputException(
            "lang", "'" + lang + "' is not a language tag; give e.g. fr, en, ru, uk or ko");
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidInputException(
          "from", "the range starts (" + from + ") after it ends (" + to + ")");
    }
    source = blankToNull(source);
    unit = blankToNull(unit);
    actor = blankToNull(actor);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException(
          "limit", "the limit must be between 1 and " + MAX_LIMIT + " hits, not " + limit);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new InvalidInputException(
          "offset", "the offset must be between 0 and " + MAX_OFFSET + ", not " + offset);
    }
  }

  /** These words, in every language, no filter, the first {@value #DEFAULT_LIMIT} hits. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, null, null, false, 0, DEFAULT_LIMIT);
  }

  public SearchQuery withLang(String newLang) {
    return new SearchQuery(
        text, newLang, from, to, source, unit, actor, quantitiesOnly, offset, limit);
  }

  public SearchQuery withPublished(LocalDate newFrom, LocalDate newTo) {
    return new SearchQuery(
        text, lang, newFrom, newTo, source, unit, actor, quantitiesOnly, offset, limit);
  }

  public SearchQuery withSource(String newSource) {
    return new SearchQuery(
        text, lang, from, to, newSource, unit, actor, quantitiesOnly, offset, limit);
  }

  public SearchQuery withClaims(String newUnit, String newActor, boolean onlyWithQuantities) {
    return new SearchQuery(
        text, lang, from, to, source, newUnit, newActor, onlyWithQuantities, offset, limit);
  }

  public SearchQuery withPage(int newOffset, int newLimit) {
    return new SearchQuery(
        text, lang, from, to, source, unit, actor, quantitiesOnly, newOffset, newLimit);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
