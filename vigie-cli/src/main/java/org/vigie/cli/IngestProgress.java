package org.vigie.cli;

import java.util.List;
import org.vigie.core.claim.Claim;
import org.vigie.core.document.Document;
import org.vigie.core.document.IngestFailure;
import org.vigie.service.ingest.IngestPipeline;

/**
 * An ingest drawn on a progress bar: the files, then the documents whose claims are caught up;
 * failures and truncations are printed above the bar as they happen.
 */
public final class IngestProgress implements IngestPipeline.Listener {

  private final ProgressBar bar;
  private int caughtUp;

  public IngestProgress(ProgressBar bar) {
    this.bar = bar;
  }

  @Override
  public void started(int files, long bytes) {
    bar.start(files, bytes, "files");
  }

  @Override
  public void progressed(int filesDone, long bytesDone) {
    bar.update(filesDone, bytesDone);
  }

  @Override
  public void failed(IngestFailure failure) {
    bar.message("failed: " + failure.path() + ": " + failure.reason());
  }

  @Override
  public void truncated(String origin, String reason) {
    bar.message("truncated: " + origin + ": " + reason);
  }

  @Override
  public void claimsNotRead(String message) {
    bar.message(message);
  }

  @Override
  public void started(long documents) {
    if (documents > 0) {
      bar.start((int) Math.min(Integer.MAX_VALUE, documents), 0, "documents");
    }
  }

  @Override
  public synchronized void read(Document document, List<Claim> claims) {
    bar.update(++caughtUp, 0);
  }

  @Override
  public void failed(String documentId, String reason) {
    bar.message("claims of document " + documentId + " could not be read: " + reason);
  }
}
