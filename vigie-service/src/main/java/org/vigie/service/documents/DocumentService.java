package org.vigie.service.documents;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentPage;
import org.vigie.core.document.DocumentQuery;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.store.Store;

/** The documents of the store, as the reader, the lists and the downloads need them. */
public final class DocumentService {

  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*");
  private static final Map<String, String> EXTENSIONS =
      Map.of(
          "application/pdf", ".pdf",
          "text/html", ".html",
          "text/plain", ".txt",
          "message/rfc822", ".eml",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx",
          "application/json", ".json");

  private final Store store;

  public DocumentService(Store store) {
    this.store = store;
  }

  public DocumentPage find(DocumentQuery query) {
    return store.documents().find(query);
  }

  /** The document with this id or unambiguous id prefix. */
  public Document get(String id) {
    return store.documents().resolve(id);
  }

  /**
   * The languages and sources to offer as filters. They change only when documents are added (the
   * store never removes one), so they are kept until the number of documents changes.
   */
  public Filters filters() {
    long count = store.documents().count();
    CachedFilters c = cachedFilters;
    if (c == null || c.count() != count) {
      c =
          new CachedFilters(
              count,
              new Filters(
                  List.copyOf(store.documents().countByLanguage().keySet()),
                  store.documents().sources()));
      cachedFilters = c;
    }
    return c.filters();
  }

  private record CachedFilters(long count, Filters filters) {}

  private volatile CachedFilters cachedFilters;

  /** The languages and outlets of the store, for the filter menus. */
  public record Filters(List<String> languages, List<String> sources) {}

  /** The archived original of a document. */
  public Original original(String id) {
    Document d = get(id);
    InputStream in =
        store
            .archive()
            .open(d.sha256())
            .orElseThrow(() -> new NotFoundException("original of document", d.id()));
    String type = d.mediaType().toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
    String mediaType = MEDIA_TYPE.matcher(type).matches() ? type : "application/octet-stream";
    return new Original(fileName(d, mediaType), mediaType, d.size(), in);
  }

  /** The last part of the origin, reduced to safe characters, with an extension for its type. */
  static String fileName(Document d, String mediaType) {
    String origin = d.origin().replaceFirst("[?#].*$", "");
    String last = origin.substring(Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\')) + 1);
    String safe = last.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
    if (safe.isEmpty() || safe.chars().allMatch(c -> c == '_')) {
      safe = "document-" + d.id();
    }
    if (safe.length() > 100) {
      safe = safe.substring(safe.length() - 100);
    }
    String extension = EXTENSIONS.getOrDefault(mediaType, "");
    return safe.contains(".") || extension.isEmpty() ? safe : safe + extension;
  }
}
