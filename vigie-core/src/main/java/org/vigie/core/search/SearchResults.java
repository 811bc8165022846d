package org.vigie.core.search;

import java.util.List;

/**
 * The outcome of a search.
 *
 * @param total how many documents match (all of them, not only the hits returned)
 * @param hits the requested page of them, best first
 * @param facets counts of all the matches by language, outlet and date
 */
public record SearchResults(long total, List<SearchHit> hits, Facets facets) {

  public SearchResults {
    hits = List.copyOf(hits);
    if (total < hits.size()) {
      throw new IllegalArgumentException("total " + total + " < " + hits.size() + " hits");
    }
  }

  public static final SearchResults EMPTY = new SearchResults(0, List.of(), Facets.NONE);
}
