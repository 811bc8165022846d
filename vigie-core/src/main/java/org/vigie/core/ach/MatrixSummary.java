package org.vigie.core.ach;

import java.time.Instant;

/**
 * A stored matrix in a listing.
 *
 * @param id the store's id
 * @param question the question the matrix answers
 * @param hypotheses how many hypotheses it has
 * @param evidence how many rows of evidence
 * @param createdBy who loaded it
 * @param createdAt when
 * @param changes how many rating changes were made since, by anyone
 */
public record MatrixSummary(
    String id,
    String question,
    int hypotheses,
    int evidence,
    String createdBy,
    Instant createdAt,
    int changes) {}
