package org.vigie.store.copy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.vigie.core.document.IngestFailure;
import org.vigie.core.store.Store;

/**
 * Copies one store into another (an embedded store into a PostgreSQL one): the documents with every
 * field as stored (ingestion times included, so the order is kept), the recorded ingest failures,
 * and the originals of the documents, from the source's archive into the target's.
 *
 * <p>Copying again adds nothing: documents already in the target (same SHA-256) are left as they
 * are, failures already recorded for a path are left as they are, originals already archived are
 * not written again. A copy interrupted at any point can be run again to complete it, because each
 * document's original is archived before its row is added, as ingest does.
 */
public final class StoreCopy {

  /** Hears how the copy goes. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void copied(long documentsDone, long documentsTotal);
  }

  private StoreCopy() {}

  public static CopyReport copy(Store from, Store to, Progress progress) {
    long total = from.documents().count();
    Tally t = new Tally();
    from.documents()
        .forEach(
            d -> {
              copyOriginal(from, to, d.sha256(), t);
              if (to.documents().add(d)) {
                t.documents++;
              } else {
                t.documentsAlready++;
              }
              progress.copied(t.documents + t.documentsAlready, total);
            });
    Map<String, IngestFailure> known = new HashMap<>();
    to.documents().failures().forEach(f -> known.put(f.path(), f));
    for (IngestFailure f : from.documents().failures()) {
      if (known.containsKey(f.path())) {
        t.failuresAlready++;
      } else {
        to.documents().recordFailure(f);
        t.failures++;
      }
    }
    return new CopyReport(
        t.documents,
        t.documentsAlready,
        t.failures,
        t.failuresAlready,
        t.originals,
        t.originalsAlready,
        t.originalsMissing);
  }

  private static void copyOriginal(Store from, Store to, String sha256, Tally t) {
    if (to.archive().contains(sha256)) {
      t.originalsAlready++;
      return;
    }
    Optional<InputStream> original = from.archive().open(sha256);
    if (original.isEmpty()) {
      t.originalsMissing++;
      return;
    }
    try (InputStream in = original.get()) {
      to.archive().put(sha256, in.readAllBytes());
      t.originals++;
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to read the archived original " + sha256, e);
    }
  }

  private static final class Tally {
    long documents;
    long documentsAlready;
    long failures;
    long failuresAlready;
    long originals;
    long originalsAlready;
    long originalsMissing;
  }
}
