package org.vigie.ingest.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.vigie.core.claim.Claim;
import org.vigie.core.document.Document;
import org.vigie.core.store.Store;
import org.vigie.text.claims.ClaimReader;

/**
 * Reads the claims of stored documents and keeps them in the store, with the reader's version. A
 * document is read once per version: {@link #catchUp} reads those a crash, a kill or a new
 * extractor left unread, so that running it again always finishes the job and never counts a claim
 * twice (a document's claims are replaced as a whole).
 */
public final class ClaimExtraction {

  /** Hears how a catch-up goes. */
  public interface Listener {
    Listener NONE = new Listener() {};

    /** Before the first document: how many there are to read. */
    default void started(long documents) {}

    /** After each document, with the claims read and stored. */
    default void read(Document document, List<Claim> claims) {}

    /** A document could not be read; it is kept as read with no claims, and the run goes on. */
    default void failed(String documentId, String reason) {}
  }

  /** What a catch-up did. */
  public record Report(long documents, long claims, long failed) {}

  private static final int BATCH = 256;

  private final Store store;
  private final ClaimReader reader;

  public ClaimExtraction(Store store, ClaimReader reader) {
    this.store = store;
    this.reader = reader;
  }

  /**
   * Reads and stores the claims of one document just added.
   *
   * @return its claims
   */
  public List<Claim> extract(Document document) {
    List<Claim> claims = reader.read(document.text(), document.lang(), document.published());
    store.claims().replace(document.id(), ClaimReader.VERSION, claims);
    return claims;
  }

  /**
   * As {@link #extract}, for a document that must be indexed whatever happens: a failure is told to
   * {@code failed} and gives no claims; the document stays unread, so a catch-up reads it.
   */
  public List<Claim> extractOrNone(Document document, Consumer<String> failed) {
    try {
      return extract(document);
    } catch (RuntimeException e) {
      failed.accept("claims of " + document.origin() + " not read yet: " + e);
      return List.of();
    }
  }

  /** How many documents this reader's version has not read yet. */
  public long unread() {
    return store.claims().countUnread(ClaimReader.VERSION);
  }

  /** Reads every document this reader's version has not read yet, on {@code threads} threads. */
  public Report catchUp(int threads, Listener listener) {
    long total = unread();
    listener.started(total);
    AtomicLong claims = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long documents = 0;
    AtomicLong threadNumber = new AtomicLong();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, threads),
            r -> {
              Thread t = new Thread(r, "vigie-claims-" + threadNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<String> ids;
      while (!(ids = store.claims().unread(ClaimReader.VERSION, BATCH)).isEmpty()) {
        List<Future<?>> work = new ArrayList<>(ids.size());
        for (String id : ids) {
          work.add(pool.submit(() -> readOne(id, listener, claims, failed)));
        }
        for (Future<?> f : work) {
          await(f);
        }
        documents += ids.size();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Report(documents, claims.get(), failed.get());
  }

  private void readOne(String id, Listener listener, AtomicLong claims, AtomicLong failed) {
    Optional<Document> document = store.documents().get(id);
    if (document.isEmpty()) {
      return; // deleted meanwhile
    }
    try {
      List<Claim> read = extract(document.get());
      claims.addAndGet(read.size());
      listener.read(document.get(), read);
    } catch (RuntimeException e) {
      // A reader bug on one text must not stop the run nor make it loop on that text.
      store.claims().replace(id, ClaimReader.VERSION, List.of());
      failed.incrementAndGet();
      listener.failed(id, String.valueOf(e));
    }
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading claims", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("reading claims failed", e.getCause());
    }
  }
}
