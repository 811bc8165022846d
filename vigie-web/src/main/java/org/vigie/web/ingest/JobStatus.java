package org.vigie.web.ingest;

import java.time.Instant;
import java.util.List;
import org.vigie.ingest.IngestReport;

/**
 * Where an ingest job stands.
 *
 * @param id the job's id
 * @param user who sent the files
 * @param submittedAt when
 * @param files the file names, as kept
 * @param state queued, running, done or failed
 * @param filesDone files read so far
 * @param report the outcome once done, else null
 * @param error what went wrong when the job failed as a whole, else null
 */
public record JobStatus(
    String id,
    String user,
    Instant submittedAt,
    List<String> files,
    State state,
    int filesDone,
    IngestReport report,
    String error) {

  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public JobStatus {
    files = List.copyOf(files);
  }

  public boolean finished() {
    return state == State.DONE || state == State.FAILED;
  }
}
