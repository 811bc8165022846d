package org.vigie.web.ingest;

import java.util.List;
import org.vigie.core.document.IngestFailure;
import org.vigie.ingest.IngestReport;
import org.vigie.web.http.Format;
import org.vigie.web.http.PageFrame;

/** One ingest job as the page shows it, while it runs and after. */
public record JobView(
    PageFrame frame,
    String id,
    String url,
    String statusUrl,
    String state,
    String user,
    String submitted,
    List<String> files,
    String progress,
    int percent,
    boolean finished,
    String summary,
    List<Failure> failures,
    String error) {

  /** A file that yielded no document, and why. */
  public record Failure(String path, String reason) {}

  public static JobView of(PageFrame frame, JobStatus j) {
    IngestReport r = j.report();
    int total = Math.max(1, j.files().size());
    return new JobView(
        frame,
        j.id(),
        "/ingest/jobs/" + j.id(),
        "/ingest/jobs/" + j.id() + "/status",
        j.state().code(),
        j.user(),
        Format.minute(j.submittedAt()),
        j.files(),
        j.filesDone() + " of " + j.files().size() + (j.files().size() == 1 ? " file" : " files"),
        100 * j.filesDone() / total,
        j.finished(),
        r == null ? null : summary(r),
        r == null ? List.of() : r.failures().stream().map(JobView::failure).toList(),
        j.error());
  }

  private static String summary(IngestReport r) {
    return r.files()
        + (r.files() == 1 ? " file" : " files")
        + " ("
        + Format.bytes(r.bytes())
        + "): "
        + r.added()
        + (r.added() == 1 ? " document added, " : " documents added, ")
        + r.duplicates()
        + (r.duplicates() == 1 ? " duplicate folded, " : " duplicates folded, ")
        + r.failed()
        + " failed"
        + (r.truncated() > 0 ? ", " + r.truncated() + " truncated" : "");
  }

  private static Failure failure(IngestFailure f) {
    String path = f.path();
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return new Failure(path.substring(slash + 1), f.reason());
  }
}
