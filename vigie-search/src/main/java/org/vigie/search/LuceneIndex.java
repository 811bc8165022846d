package org.vigie.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.vigie.core.search.DocumentIndex;
import org.vigie.core.search.IndexEntry;
import org.vigie.core.search.SearchHit;
import org.vigie.core.search.SearchQuery;
import org.vigie.core.search.SearchResults;
import org.vigie.core.search.Snippet;

/**
 * The index in a folder: adding, deleting and searching. Opening it never fails for what is in the
 * folder ({@link IndexOpening}): an index that cannot be read is emptied, and {@link #damage()}
 * says why, so that the caller refills it from the store.
 */
final class LuceneIndex implements DocumentIndex {

  private static final Set<String> HIT_FIELDS =
      Set.of(
          IndexFields.ID,
          IndexFields.TITLE,
          IndexFields.ORIGIN,
          IndexFields.LANG,
          IndexFields.PUBLISHED,
          IndexFields.SOURCE);

  private final Path path;
  private final Directory directory;
  private final Analyzers analyzers;
  private final Queries queries;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final String damage;

  LuceneIndex(
      Path path,
      Directory directory,
      Analyzers analyzers,
      IndexWriter writer,
      SearcherManager searchers,
      String damage) {
    this.path = path;
    this.directory = directory;
    this.analyzers = analyzers;
    this.queries = new Queries(analyzers);
    this.writer = writer;
    this.searchers = searchers;
    this.damage = damage;
  }

  /** Opens the index in this folder; see {@link IndexOpening}. */
  static LuceneIndex open(Path path, Analyzers analyzers) {
    return IndexOpening.open(path, analyzers);
  }

  /** An empty index in place of one found damaged while in use; {@link #damage()} says why. */
  static LuceneIndex recreate(Path path, Analyzers analyzers, String why) {
    return IndexOpening.recreate(path, analyzers, why);
  }

  /** Why the index was emptied on opening, or null when it opened as it was. */
  String damage() {
    return damage;
  }

  /** Whether another process holds the index: it can then be searched, not changed. */
  boolean readOnlyMode() {
    return writer == null;
  }

  Path path() {
    return path;
  }

  @Override
  public void add(IndexEntry entry) {
    try {
      writable()
          .updateDocument(
              new Term(IndexFields.ID, entry.document().id()), IndexFields.toLucene(entry));
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to index document " + entry.document().id(), e);
    }
  }

  @Override
  public void delete(String id) {
    try {
      writable().deleteDocuments(new Term(IndexFields.ID, id));
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to remove document " + id + " from the index", e);
    }
  }

  /** Removes every document. */
  void clear() {
    try {
      writable().deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to empty the search index in " + path, e);
    }
  }

  @Override
  public SearchResults search(SearchQuery q) {
    Query query = queries.of(q);
    return withSearcher(SearchResults.EMPTY, searcher -> search(searcher, query, q));
  }

  /** What a task reads from a searcher. */
  @FunctionalInterface
  private interface Reading<T> {
    T read(IndexSearcher searcher) throws IOException;
  }

  /**
   * Runs a task on a searcher that sees every change made so far, or gives {@code whenEmpty} for an
   * index that has no reader. Damage that opening did not reveal (a segment file with bad bytes)
   * shows up here, and is reported as such.
   */
  private <T> T withSearcher(T whenEmpty, Reading<T> task) {
    if (searchers == null) {
      return whenEmpty;
    }
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      try {
        return task.read(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException | RuntimeException e) {
      throw damaged(e);
    }
  }

  private SearchResults search(IndexSearcher searcher, Query query, SearchQuery q)
      throws IOException {
    Object[] results =
        searcher.search(
            query,
            new MultiCollectorManager(
                new TopScoreDocCollectorManager(q.offset() + q.limit(), Integer.MAX_VALUE),
                FacetCollector.manager()));
    TopDocs top = (TopDocs) results[0];
    FacetCollector.Result counted = (FacetCollector.Result) results[1];
    List<ScoreDoc> page =
        List.of(top.scoreDocs)
            .subList(Math.min(q.offset(), top.scoreDocs.length), top.scoreDocs.length);
    int[] docIds = page.stream().mapToInt(d -> d.doc).toArray();
    StoredFields stored = searcher.storedFields();
    List<org.apache.lucene.document.Document> docs = new ArrayList<>(page.size());
    Language[] languages = new Language[page.size()];
    for (int i = 0; i < page.size(); i++) {
      docs.add(stored.document(docIds[i], HIT_FIELDS));
      languages[i] = Language.of(docs.get(i).get(IndexFields.LANG));
    }
    List<Snippet> snippets = Snippets.of(searcher, analyzers, query, docIds, languages);
    List<SearchHit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      hits.add(hit(docs.get(i), page.get(i).score, snippets.get(i)));
    }
    return new SearchResults(counted.total(), hits, counted.facets());
  }

  private static SearchHit hit(org.apache.lucene.document.Document d, float score, Snippet s) {
    String published = d.get(IndexFields.PUBLISHED);
    return new SearchHit(
        d.get(IndexFields.ID),
        score,
        d.get(IndexFields.TITLE),
        d.get(IndexFields.ORIGIN),
        d.get(IndexFields.LANG),
        published == null ? null : LocalDate.parse(published),
        d.get(IndexFields.SOURCE),
        s);
  }

  @Override
  public long count() {
    return withSearcher(0L, searcher -> (long) searcher.getIndexReader().numDocs());
  }

  /** The ids of the documents the index holds. */
  Set<String> ids() {
    return claimFacts().keySet();
  }

  /**
   * The id of every document the index holds, with the facts of its claims as they were indexed
   * ({@link IndexFields#claimFacts}), to compare with the store.
   */
  Map<String, String> claimFacts() {
    return withSearcher(
        new HashMap<>(),
        searcher -> {
          Map<String, String> facts = new HashMap<>();
          for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            SortedSetDocValues ids = DocValues.getSortedSet(leaf.reader(), IndexFields.ID);
            SortedSetDocValues claims =
                DocValues.getSortedSet(leaf.reader(), IndexFields.CLAIM_FACTS);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = ids.nextDoc();
                doc != SortedSetDocValues.NO_MORE_DOCS;
                doc = ids.nextDoc()) {
              if (live == null || live.get(doc)) {
                String of =
                    claims.advanceExact(doc)
                        ? claims.lookupOrd(claims.nextOrd()).utf8ToString()
                        : "";
                facts.put(ids.lookupOrd(ids.nextOrd()).utf8ToString(), of);
              }
            }
          }
          return facts;
        });
  }

  @Override
  public void commit() {
    if (writer == null) {
      return;
    }
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to save the search index in " + path, e);
    }
  }

  @Override
  public void close() {
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (writer != null) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to close the search index in " + path, e);
    }
  }

  /** Closes without saving what was not committed, for an index about to be emptied. */
  void abandon() {
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (writer != null) {
        writer.rollback();
      }
      directory.close();
    } catch (IOException | RuntimeException e) {
      // It is going to be emptied and rebuilt; what it fails to close does not matter.
    }
  }

  private IndexDamagedException damaged(Exception e) {
    return new IndexDamagedException(
        "the search index in "
            + path
            + " could not be read ("
            + IndexDamagedException.describe(e)
            + ")",
        e);
  }

  private IndexWriter writable() {
    if (writer == null) {
      throw new IllegalStateException(
          "the search index in "
              + path
              + " is open for searching only (another process writes it)");
    }
    return writer;
  }
}
