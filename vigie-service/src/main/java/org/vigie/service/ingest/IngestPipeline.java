package org.vigie.service.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.vigie.core.claim.Claim;
import org.vigie.core.document.Document;
import org.vigie.core.document.IngestFailure;
import org.vigie.core.search.DocumentIndex;
import org.vigie.core.search.IndexEntry;
import org.vigie.core.store.Store;
import org.vigie.ingest.IngestListener;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.IngestReport;
import org.vigie.ingest.IngestService;
import org.vigie.ingest.claims.ClaimExtraction;
import org.vigie.text.claims.ClaimReader;
import org.vigie.text.language.LanguageIdentifier;

/**
 * The one ingest of Vigie, for {@code vigie ingest}, the web's uploads, the demo and {@code vigie
 * claims read}: each file is read, its original archived and the document stored (vigie-ingest),
 * then its claims are read and kept and it is indexed with them, off the storing thread. After the
 * files, the documents whose claims the current extractor has not read (left by a kill, or stored
 * by an older Vigie) are read and indexed again with their claims.
 *
 * <p>A kill at any point and a run again give one copy of everything: the store folds duplicates, a
 * document's claims are replaced as a whole, and the index replaces a document by its id. One file
 * that cannot be read is a failure in the report, never the end of the batch.
 */
public final class IngestPipeline {

  /** Hears how a run goes: the files (as {@link IngestListener}), then the catch-up. */
  public interface Listener extends IngestListener, ClaimExtraction.Listener {
    Listener NONE = new Listener() {};

    /** The claims of a document just stored could not be read; a later catch-up reads them. */
    default void claimsNotRead(String message) {}
  }

  /**
   * What a run did.
   *
   * @param files the ingest of the files
   * @param claimsOfAdded the claims read from the documents it added
   * @param caughtUp the catch-up of documents read before by no extractor of this version
   */
  public record Result(IngestReport files, long claimsOfAdded, ClaimExtraction.Report caughtUp) {

    /** Every claim read in the run. */
    public long claims() {
      return claimsOfAdded + caughtUp.claims();
    }
  }

  private final Store store;
  private final Supplier<LanguageIdentifier> languages;
  private final DocumentIndex index;
  private final Clock clock;
  private final ClaimExtraction extraction;

  /**
   * @param languages the language identifier, asked for when files are ingested (loading one takes
   *     a while; a catch-up needs none)
   */
  public IngestPipeline(
      Store store, Supplier<LanguageIdentifier> languages, DocumentIndex index, Clock clock) {
    this.store = store;
    this.languages = languages;
    this.index = index;
    this.clock = clock;
    this.extraction = new ClaimExtraction(store, ClaimReader.builtIn());
  }

  /** Ingests these files and folders, then catches up the claims left unread. */
  public Result ingest(List<Path> paths, IngestOptions options, Listener listener) {
    AtomicLong claims = new AtomicLong();
    IngestReport files;
    try (IndexQueue queue =
        new IndexQueue(
            index, d -> IndexEntry.of(d, read(d, claims, listener)), options.threads())) {
      files =
          new IngestService(store, languages.get(), clock, options)
              .ingest(paths, new Storing(listener, queue));
    }
    return new Result(files, claims.get(), catchUp(options.threads(), listener));
  }

  /**
   * Reads the claims of every document the current extractor has not read yet, and indexes each
   * again with them, so that the search filters on units and actors see them.
   */
  public ClaimExtraction.Report catchUp(int threads, Listener listener) {
    return extraction.catchUp(threads, new Indexing(listener, index));
  }

  /** How many documents the current extractor has not read yet. */
  public long unread() {
    return extraction.unread();
  }

  private List<Claim> read(Document d, AtomicLong count, Listener listener) {
    List<Claim> claims = extraction.extractOrNone(d, listener::claimsNotRead);
    count.addAndGet(claims.size());
    return claims;
  }

  /** Queues each stored document for its claims and the index; passes the rest on. */
  private record Storing(Listener listener, IndexQueue queue) implements IngestListener {
    @Override
    public void started(int files, long bytes) {
      listener.started(files, bytes);
    }

    @Override
    public void progressed(int filesDone, long bytesDone) {
      listener.progressed(filesDone, bytesDone);
    }

    @Override
    public void failed(IngestFailure failure) {
      listener.failed(failure);
    }

    @Override
    public void stored(Document document) {
      queue.submit(document);
      listener.stored(document);
    }

    @Override
    public void truncated(String origin, String reason) {
      listener.truncated(origin, reason);
    }
  }

  /** Indexes each caught-up document with its claims; passes the rest on. */
  private record Indexing(Listener listener, DocumentIndex index)
      implements ClaimExtraction.Listener {
    @Override
    public void started(long documents) {
      listener.started(documents);
    }

    @Override
    public void read(Document document, List<Claim> claims) {
      index.add(IndexEntry.of(document, claims));
      listener.read(document, claims);
    }

    @Override
    public void failed(String documentId, String reason) {
      listener.failed(documentId, reason);
    }
  }
}
