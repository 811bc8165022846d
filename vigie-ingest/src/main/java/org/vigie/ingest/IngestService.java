package org.vigie.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentStatus;
import org.vigie.core.document.IngestFailure;
import org.vigie.core.document.Sha256;
import org.vigie.core.store.Store;
import org.vigie.ingest.format.DocumentReader;
import org.vigie.ingest.format.ParsedFile;
import org.vigie.ingest.format.Readings;
import org.vigie.ingest.format.UnreadableException;
import org.vigie.text.language.LanguageIdentifier;

/**
 * Ingests files and folders into a store: reads each file (several at once, one per core), archives
 * its original, names its language, and stores the document, folding exact duplicates.
 *
 * <p>Files are read and archived in parallel, but their documents are stored by one thread in input
 * order, so that which of two identical files is kept does not depend on timing; each batch of
 * ready documents is one transaction, added after their originals are archived. A run killed at any
 * moment leaves whole documents only; running it again stores what is missing and nothing twice.
 */
public final class IngestService {

  /** The most documents stored in one transaction. */
  private static final int MAX_BATCH = 256;

  private final Store store;
  private final LanguageIdentifier languages;
  private final Clock clock;
  private final IngestOptions options;
  private final DocumentReader reader;

  public IngestService(
      Store store, LanguageIdentifier languages, Clock clock, IngestOptions options) {
    this.store = store;
    this.languages = languages;
    this.clock = clock;
    this.options = options;
    this.reader = new DocumentReader(options.maxTextChars());
  }

  public IngestReport ingest(List<Path> inputs, IngestListener listener) {
    InputFiles input = InputFiles.expand(inputs);
    Tally tally = new Tally(listener);
    for (Map.Entry<Path, String> e : input.unlistable().entrySet()) {
      tally.fail(new IngestFailure(e.getKey().toString(), null, e.getValue(), clock.instant()));
    }
    long totalBytes = input.files().stream().mapToLong(IngestService::sizeOf).sum();
    listener.started(input.files().size(), totalBytes);
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), readerThreads());
    try {
      Deque<Future<Prepared>> window = new ArrayDeque<>();
      int windowSize = 8 * options.threads();
      Progress progress = new Progress(listener);
      for (Path file : input.files()) {
        window.add(pool.submit(() -> prepare(file)));
        if (window.size() >= windowSize) {
          store(nextBatch(window), tally, progress);
        }
      }
      while (!window.isEmpty()) {
        store(nextBatch(window), tally, progress);
      }
    } finally {
      pool.shutdownNow();
    }
    return tally.report(input.files().size(), totalBytes);
  }

  /** What a reader thread made of one file, ready to be stored. */
  private sealed interface Prepared {
    Path path();

    long size();
  }

  private record AlreadyStored(Path path, long size) implements Prepared {}

  private record Failed(Path path, long size, String sha256, String reason) implements Prepared {}

  private record Parsed(
      Path path, long size, List<Document> documents, List<Readings.Problem> problems)
      implements Prepared {}

  /** Runs on a reader thread: every exception becomes a failure of this file only. */
  private Prepared prepare(Path path) {
    long size = sizeOf(path);
    if (size > options.maxFileBytes()) {
      return new Failed(
          path,
          size,
          null,
          String.format(
              Locale.ROOT,
              "the file is %,d MB, more than the %,d MB Vigie reads",
              size >> 20,
              options.maxFileBytes() >> 20));
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException | OutOfMemoryError e) {
      return new Failed(path, size, null, "the file could not be read (" + e + ")");
    }
    String sha256 = Sha256.hex(bytes);
    try {
      if (store.documents().containsSha256(sha256)) {
        return new AlreadyStored(path, size);
      }
      Readings readings = reader.read(bytes, path.getFileName().toString());
      List<Document> documents = new ArrayList<>();
      for (ParsedFile reading : readings.readings()) {
        Document document = document(path, reading, reading.original() == bytes ? sha256 : null);
        // Archived here, on a reader thread, before the storing thread adds its row: a crash in
        // between leaves an original without a row, which a re-run completes; never a row
        // without its original. Writing the same original twice is harmless.
        store.archive().put(document.sha256(), reading.original());
        documents.add(document);
      }
      return new Parsed(path, size, documents, readings.problems());
    } catch (UnreadableException e) {
      return new Failed(path, size, sha256, e.getMessage());
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      return new Failed(path, size, sha256, "Vigie failed while reading it (" + e + ")");
    }
  }

  private Document document(Path path, ParsedFile reading, String knownSha256) {
    String sha256 = knownSha256 != null ? knownSha256 : Sha256.hex(reading.original());
    String file = path.toString();
    String origin = reading.origin() != null ? reading.origin() : file + partOf(reading);
    return new Document(
        Document.idOf(sha256),
        sha256,
        origin,
        reading.part() == null ? null : file,
        Instant.EPOCH,
        reading.original().length,
        reading.mediaType(),
        languages.identify(reading.text()),
        reading.title(),
        reading.published(),
        reading.source(),
        reading.text(),
        reading.truncatedReason() == null ? DocumentStatus.OK : DocumentStatus.TRUNCATED,
        reading.truncatedReason());
  }

  private static String partOf(ParsedFile reading) {
    return reading.part() == null ? "" : reading.part();
  }

  /**
   * The next file in input order, and those after it that are already read: stored together in one
   * transaction, which is what lets the single storing thread keep up with the readers.
   */
  private static List<Prepared> nextBatch(Deque<Future<Prepared>> window) {
    List<Prepared> batch = new ArrayList<>();
    batch.add(await(window.poll()));
    while (!window.isEmpty() && window.peek().isDone() && batch.size() < MAX_BATCH) {
      batch.add(await(window.poll()));
    }
    return batch;
  }

  /** Runs on the calling thread, in input order. */
  private void store(List<Prepared> batch, Tally tally, Progress progress) {
    List<Document> ready = new ArrayList<>();
    for (Prepared prepared : batch) {
      String path = prepared.path().toString();
      if (prepared instanceof AlreadyStored) {
        tally.duplicates++;
        tally.read(path);
      } else if (prepared instanceof Failed f) {
        tally.fail(new IngestFailure(path, f.sha256(), f.reason(), clock.instant()));
      } else if (prepared instanceof Parsed p) {
        ready.addAll(p.documents());
        for (Readings.Problem problem : p.problems()) {
          tally.fail(
              new IngestFailure(path + problem.where(), null, problem.reason(), clock.instant()));
        }
        if (p.problems().isEmpty()) {
          tally.read(path);
        }
      }
    }
    storeDocuments(ready, tally);
    for (Prepared prepared : batch) {
      progress.fileDone(prepared.size());
    }
  }

  private void storeDocuments(List<Document> ready, Tally tally) {
    List<Document> documents = new ArrayList<>();
    for (Document d : ready) {
      documents.add(withIngestedAt(d, clock.instant()));
    }
    List<Boolean> added = store.documents().addAll(documents);
    for (int i = 0; i < documents.size(); i++) {
      Document d = documents.get(i);
      if (!added.get(i)) {
        tally.duplicates++;
        continue;
      }
      tally.added++;
      tally.listener.stored(d);
      if (d.status() == DocumentStatus.TRUNCATED) {
        tally.truncated++;
        tally.listener.truncated(d.origin(), d.statusReason());
      }
    }
  }

  private static Document withIngestedAt(Document d, Instant at) {
    return new Document(
        d.id(),
        d.sha256(),
        d.origin(),
        d.container(),
        at,
        d.size(),
        d.mediaType(),
        d.lang(),
        d.title(),
        d.published(),
        d.source(),
        d.text(),
        d.status(),
        d.statusReason());
  }

  private static Prepared await(Future<Prepared> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a reader thread failed outside its guard", e.getCause());
    }
  }

  private static long sizeOf(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return 0;
    }
  }

  private static ThreadFactory readerThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "vigie-ingest-reader-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Files handled so far, for the listener. */
  private static final class Progress {
    private final IngestListener listener;
    private int files;
    private long bytes;

    Progress(IngestListener listener) {
      this.listener = listener;
    }

    void fileDone(long size) {
      bytes += size;
      listener.progressed(++files, bytes);
    }
  }

  /** Counts of one run, kept by the storing thread only. */
  private final class Tally {
    final IngestListener listener;
    final List<IngestFailure> failures = new ArrayList<>();

    /** Paths that failed in an earlier run, whose failure is forgotten once they are read. */
    final java.util.Set<String> failedBefore = new java.util.HashSet<>();

    int added;
    int duplicates;
    int truncated;

    Tally(IngestListener listener) {
      this.listener = listener;
      for (IngestFailure f : store.documents().failures()) {
        failedBefore.add(f.path());
      }
    }

    void read(String path) {
      if (failedBefore.remove(path)) {
        store.documents().forgetFailure(path);
      }
    }

    void fail(IngestFailure failure) {
      failures.add(failure);
      store.documents().recordFailure(failure);
      listener.failed(failure);
    }

    IngestReport report(int files, long bytes) {
      return new IngestReport(files, bytes, added, duplicates, truncated, failures);
    }
  }
}
