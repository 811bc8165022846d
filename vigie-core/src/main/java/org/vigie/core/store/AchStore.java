package org.vigie.core.store;

import java.util.List;
import java.util.Optional;
import org.vigie.core.ach.Evidence;
import org.vigie.core.ach.Hypothesis;
import org.vigie.core.ach.Judgement;
import org.vigie.core.ach.MatrixSummary;
import org.vigie.core.ach.Rating;
import org.vigie.core.ach.RatingChange;
import org.vigie.core.ach.StoredMatrix;
import org.vigie.core.error.AlreadyExistsException;
import org.vigie.core.error.NotFoundException;

/** ACH matrices and their audit trail. Safe to call from several threads. */
public interface AchStore {

  /**
   * Keeps a new matrix (its trail must be empty).
   *
   * @throws AlreadyExistsException when a matrix has this id
   */
  void add(StoredMatrix matrix);

  /** The matrix with this id, with its whole trail. */
  Optional<StoredMatrix> get(String id);

  /** Every matrix, newest first. */
  List<MatrixSummary> list();

  /**
   * Appends a rating change to a matrix's trail. The caller checks that it starts from the
   * analyst's current rating.
   *
   * @throws NotFoundException when there is no such matrix
   */
  void record(String matrixId, RatingChange change);

  /**
   * Adds a hypothesis as the last column of the shared matrix; every row already there gets {@code
   * rating} against it.
   *
   * @throws NotFoundException when there is no such matrix
   * @throws AlreadyExistsException when the matrix has a hypothesis of this id
   */
  void addHypothesis(String matrixId, Hypothesis hypothesis, Rating rating);

  /**
   * Adds a row at the end of the shared matrix, rated against every hypothesis in order. The caller
   * checks that the id is new and that there is one rating per hypothesis.
   *
   * @throws NotFoundException when there is no such matrix
   */
  void addEvidence(String matrixId, Evidence evidence);

  /**
   * Keeps an analyst's probability for a hypothesis (a later one supersedes it).
   *
   * @throws NotFoundException when there is no such matrix
   */
  void judge(String matrixId, Judgement judgement);

  /** Every judgement made on the matrix, oldest first (empty for an unknown matrix). */
  List<Judgement> judgements(String matrixId);
}
