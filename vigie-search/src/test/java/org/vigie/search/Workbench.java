package org.vigie.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentStatus;
import org.vigie.core.document.Sha256;
import org.vigie.core.search.IndexEntry;
import org.vigie.core.search.SearchHit;
import org.vigie.core.search.SearchQuery;
import org.vigie.core.search.SearchResults;
import org.vigie.core.store.Store;
import org.vigie.store.sql.SqlStore;

/** A real SQLite store and its search index in a folder, for the tests. */
final class Workbench implements AutoCloseable {

  final Path data;
  final Store store;
  SearchService search;

  Workbench(Path data) {
    this(data, IndexEntry::of);
  }

  Workbench(Path data, Function<Document, IndexEntry> entries) {
    this.data = data;
    this.store = SqlStore.openSqlite(data);
    this.search = SearchService.open(store, index(), entries);
  }

  Path index() {
    return data.resolve("index");
  }

  /** Adds documents the way ingest does: stores each, then indexes it. */
  Workbench add(Document... documents) {
    for (Document d : documents) {
      if (store.documents().add(d)) {
        search.indexed(d);
      }
    }
    return this;
  }

  SearchResults search(SearchQuery query) {
    return search.search(query);
  }

  /** The ids of the hits of these words, best first. */
  List<String> ids(String words) {
    return search(SearchQuery.of(words).withPage(0, 100)).hits().stream()
        .map(SearchHit::id)
        .toList();
  }

  /** Closes the index and opens it again, as the next command would. */
  void reopen() {
    search.close();
    search = SearchService.open(store, index());
  }

  @Override
  public void close() {
    search.close();
    store.close();
  }

  static Document doc(String lang, String text) {
    return doc(lang, null, text, null, null);
  }

  static Document doc(String lang, String title, String text, LocalDate published, String source) {
    String sha =
        Sha256.hex(
            (lang + "|" + title + "|" + text + "|" + published + "|" + source)
                .getBytes(StandardCharsets.UTF_8));
    return new Document(
        Document.idOf(sha),
        sha,
        "test/" + Document.idOf(sha) + ".txt",
        null,
        Instant.now(),
        text.length(),
        "text/plain",
        lang,
        title,
        published,
        source,
        text,
        DocumentStatus.OK,
        null);
  }
}
