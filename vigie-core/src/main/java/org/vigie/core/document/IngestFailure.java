package org.vigie.core.document;

import java.time.Instant;
import java.util.Objects;

/**
 * An input that could not become a document, and why, in words a person understands.
 *
 * @param path the file as given (with {@code :LINE} for a record of a JSON-lines file)
 * @param sha256 hex SHA-256 of the bytes when they could be read, else null
 * @param reason what was wrong, e.g. "the PDF is damaged or truncated (...)"
 * @param at when the failure happened
 */
public record IngestFailure(String path, String sha256, String reason, Instant at) {
  public IngestFailure {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }
}
