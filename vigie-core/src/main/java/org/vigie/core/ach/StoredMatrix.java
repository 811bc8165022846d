package org.vigie.core.ach;

import java.time.Instant;
import java.util.Objects;

/**
 * A matrix kept in a store: the matrix as it was loaded, shared by every analyst, and the trail of
 * rating changes each analyst made since (replay it to get anyone's matrix).
 *
 * @param id the store's id of the matrix
 * @param start the matrix as loaded
 * @param createdBy who loaded it
 * @param createdAt when, to the microsecond
 * @param log every rating change since, oldest first
 */
public record StoredMatrix(
    String id, Matrix start, String createdBy, Instant createdAt, RatingLog log) {

  public StoredMatrix {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(createdBy, "createdBy");
    createdAt = createdAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    Objects.requireNonNull(log, "log");
  }

  /** The matrix as this analyst has it now: the start with their own changes replayed. */
  public Matrix matrixOf(String analyst) {
    return log.replay(start, analyst);
  }

  /** The listing view of this matrix. */
  public MatrixSummary summary() {
    return new MatrixSummary(
        id,
        start.question(),
        start.hypothesisCount(),
        start.evidence().size(),
        createdBy,
        createdAt,
        log.changes().size());
  }
}
