package org.vigie.ingest;

import java.util.List;
import org.vigie.core.document.IngestFailure;

/**
 * The outcome of an ingest run.
 *
 * @param files input files looked at
 * @param bytes total size of those files
 * @param added documents added to the store
 * @param duplicates documents not added because the same bytes were already stored (in this run or
 *     an earlier one)
 * @param truncated documents added with only part of their text
 * @param failures inputs (or records of a JSON-lines file) that yielded no document
 */
public record IngestReport(
    int files, long bytes, int added, int duplicates, int truncated, List<IngestFailure> failures) {

  public IngestReport {
    failures = List.copyOf(failures);
  }

  public int failed() {
    return failures.size();
  }
}
