package org.vigie.core.search;

import java.util.List;

/**
 * Counts of the matching documents (all of them, not only the hits returned) by facet.
 *
 * @param lang by language, most frequent first
 * @param source by outlet, most frequent first (the first {@value #MAX_VALUES})
 * @param year by year of publication, in time order (undated documents are not counted)
 * @param month by month of publication ({@code 2024-11}), in time order
 */
public record Facets(
    List<FacetCount> lang, List<FacetCount> source, List<FacetCount> year, List<FacetCount> month) {

  /** At most this many values are kept for a facet whose values are many (sources). */
  public static final int MAX_VALUES = 50;

  public static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of());

  public Facets {
    lang = List.copyOf(lang);
    source = List.copyOf(source);
    year = List.copyOf(year);
    month = List.copyOf(month);
  }
}
