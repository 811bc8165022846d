package org.vigie.core.search;

/**
 * A full-text index of the documents of a store. Safe to call from several threads. Changes are
 * searchable at once and durable after {@link #commit()} (and {@link #close()}).
 */
public interface DocumentIndex extends AutoCloseable {

  /** Adds this document, replacing what the index held for the same id. */
  void add(IndexEntry entry);

  /** Removes the document with this id, if the index holds it. */
  void delete(String id);

  /** The documents matching a query, best first, with facet counts over all the matches. */
  SearchResults search(SearchQuery query);

  /** How many documents the index holds. */
  long count();

  /** Makes the changes so far durable. */
  void commit();

  @Override
  void close();
}
