package org.vigie.cli;

import java.util.List;
import org.vigie.core.claim.Claim;
import org.vigie.core.document.Document;
import org.vigie.core.search.IndexEntry;
import org.vigie.ingest.claims.ClaimExtraction;
import org.vigie.search.SearchService;

/**
 * Reads the claims of the documents the current extractor has not read yet (left by a kill, or
 * stored before claims were read), with a progress bar, and indexes each again so that the search
 * filters on units and actors see them.
 */
final class ClaimCatchUp {

  private ClaimCatchUp() {}

  static ClaimExtraction.Report run(
      ClaimExtraction extraction, SearchService search, int threads, ProgressBar bar) {
    return extraction.catchUp(
        threads,
        new ClaimExtraction.Listener() {
          private int done;

          @Override
          public void started(long documents) {
            if (documents > 0) {
              bar.start((int) Math.min(Integer.MAX_VALUE, documents), 0, "documents");
            }
          }

          @Override
          public void read(Document document, List<Claim> claims) {
            search.indexed(IndexEntry.of(document, claims));
            synchronized (this) {
              bar.update(++done, 0);
            }
          }

          @Override
          public void failed(String documentId, String reason) {
            bar.message("claims of document " + documentId + " could not be read: " + reason);
          }
        });
  }
}
