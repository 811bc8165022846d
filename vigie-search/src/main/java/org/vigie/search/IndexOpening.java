package org.vigie.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Opening the index in a folder, which never fails for what is in the folder: an index that cannot
 * be read (damaged or truncated files, a missing segment, another Lucene version, another field
 * layout of Vigie, checksums that do not match) is emptied and the reason kept, so that the caller
 * refills it from the store. When another process holds the index for writing, it is opened for
 * searching only.
 */
final class IndexOpening {

  /** Indexes up to this size have their checksums verified when opened (about 50 ms per 64 MB). */
  static final long VERIFIED_BYTES = 64L << 20;

  private IndexOpening() {}

  static LuceneIndex open(Path path, Analyzers analyzers) {
    Directory directory = directory(path);
    try {
      IndexWriter writer = writer(directory, analyzers, OpenMode.CREATE_OR_APPEND);
      try {
        checkLayout(writer);
        markLayout(writer);
        SearcherManager searchers = new SearcherManager(writer, null);
        verify(searchers, path);
        return new LuceneIndex(path, directory, analyzers, writer, searchers, null);
      } catch (IOException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    } catch (LockObtainFailedException e) {
      return readOnly(path, directory, analyzers);
    } catch (AccessDeniedException e) {
      throw new UncheckedIOException("Vigie may not write in the search index folder " + path, e);
    } catch (IOException | RuntimeException e) {
      return emptied(path, directory, analyzers, IndexDamagedException.describe(e));
    }
  }

  /** An empty index in place of one found damaged while in use. */
  static LuceneIndex recreate(Path path, Analyzers analyzers, String why) {
    return emptied(path, directory(path), analyzers, why);
  }

  private static Directory directory(Path path) {
    try {
      Files.createDirectories(path);
      return FSDirectory.open(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to open the search index folder " + path, e);
    }
  }

  /** Empties the index, after it was found damaged. */
  private static LuceneIndex emptied(
      Path path, Directory directory, Analyzers analyzers, String why) {
    try {
      for (String file : directory.listAll()) {
        Files.deleteIfExists(path.resolve(file));
      }
      IndexWriter writer = writer(directory, analyzers, OpenMode.CREATE);
      markLayout(writer);
      return new LuceneIndex(
          path, directory, analyzers, writer, new SearcherManager(writer, null), why);
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to recreate the search index in " + path, e);
    }
  }

  private static LuceneIndex readOnly(Path path, Directory directory, Analyzers analyzers) {
    try {
      return new LuceneIndex(
          path, directory, analyzers, null, new SearcherManager(directory, null), null);
    } catch (IOException e) {
      // Another process holds the index and it has no readable commit yet: nothing to search.
      return new LuceneIndex(path, directory, analyzers, null, null, null);
    }
  }

  private static IndexWriter writer(Directory directory, Analyzers analyzers, OpenMode mode)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzers.perField());
    config.setOpenMode(mode);
    config.setRAMBufferSizeMB(64);
    return new IndexWriter(directory, config);
  }

  /** Every commit from now on says which layout it holds. */
  private static void markLayout(IndexWriter writer) {
    writer.setLiveCommitData(Map.of(IndexFields.LAYOUT_KEY, IndexFields.LAYOUT).entrySet());
  }

  /**
   * Reads a small index whole to check the checksums of its files, which Lucene otherwise checks
   * only when merging: bytes gone bad on disk are then found now, not by a wrong answer later.
   */
  private static void verify(SearcherManager searchers, Path path) throws IOException {
    long size;
    try (Stream<Path> files = Files.list(path)) {
      size = files.mapToLong(IndexOpening::sizeOf).sum();
    }
    if (size > VERIFIED_BYTES) {
      return;
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        leaf.reader().checkIntegrity();
      }
    } finally {
      searchers.release(searcher);
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** An index written with other fields than these is as good as damaged. */
  private static void checkLayout(IndexWriter writer) throws IOException {
    if (writer.getDocStats().maxDoc == 0) {
      return;
    }
    String layout = null;
    var committed = writer.getLiveCommitData();
    if (committed != null) {
      for (Map.Entry<String, String> e : committed) {
        if (IndexFields.LAYOUT_KEY.equals(e.getKey())) {
          layout = e.getValue();
        }
      }
    }
    if (!IndexFields.LAYOUT.equals(layout)) {
      throw new IOException(
          "the index has the layout " + layout + ", this Vigie writes " + IndexFields.LAYOUT);
    }
  }
}
