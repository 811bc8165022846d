package org.vigie.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentSummary;
import org.vigie.core.document.IngestFailure;
import org.vigie.core.store.Archive;
import org.vigie.core.store.DocumentStore;
import org.vigie.core.store.Store;

/**
 * A store whose documents are indexed as they are added and removed from the index as they are
 * deleted. A view: closing it closes nothing (close the store and the search service).
 */
final class IndexingStore implements Store {

  private final Store store;
  private final DocumentStore documents;

  IndexingStore(Store store, SearchService search) {
    this.store = store;
    this.documents = new Documents(store.documents(), search);
  }

  @Override
  public Archive archive() {
    return store.archive();
  }

  @Override
  public DocumentStore documents() {
    return documents;
  }

  @Override
  public String describe() {
    return store.describe();
  }

  @Override
  public void close() {
    // A view: the store and the search service are closed by whoever opened them.
  }

  private record Documents(DocumentStore store, SearchService search) implements DocumentStore {

    @Override
    public boolean add(Document document) {
      boolean added = store.add(document);
      if (added) {
        search.indexed(document);
      }
      return added;
    }

    @Override
    public List<Boolean> addAll(List<Document> documents) {
      List<Boolean> added = store.addAll(documents);
      for (int i = 0; i < documents.size(); i++) {
        if (added.get(i)) {
          search.indexed(documents.get(i));
        }
      }
      return added;
    }

    @Override
    public boolean delete(String id) {
      boolean deleted = store.delete(id);
      search.removed(id);
      return deleted;
    }

    @Override
    public boolean containsSha256(String sha256) {
      return store.containsSha256(sha256);
    }

    @Override
    public Optional<Document> get(String id) {
      return store.get(id);
    }

    @Override
    public Document resolve(String idOrPrefix) {
      return store.resolve(idOrPrefix);
    }

    @Override
    public void forEachSummary(Consumer<DocumentSummary> consumer) {
      store.forEachSummary(consumer);
    }

    @Override
    public void forEach(Consumer<Document> consumer) {
      store.forEach(consumer);
    }

    @Override
    public long count() {
      return store.count();
    }

    @Override
    public void recordFailure(IngestFailure failure) {
      store.recordFailure(failure);
    }

    @Override
    public void forgetFailure(String path) {
      store.forgetFailure(path);
    }

    @Override
    public List<IngestFailure> failures() {
      return store.failures();
    }
  }
}
