package org.vigie.core.document;

import java.util.List;

/**
 * One page of a document listing.
 *
 * @param items the documents of this page, newest ingested first
 * @param total how many documents match the query, on all pages
 * @param query the query this page answers
 */
public record DocumentPage(List<DocumentSummary> items, long total, DocumentQuery query) {

  public DocumentPage {
    items = List.copyOf(items);
  }

  /** Whether documents follow this page. */
  public boolean hasNext() {
    return query.offset() + items.size() < total;
  }
}
