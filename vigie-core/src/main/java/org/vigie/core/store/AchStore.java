package org.vigie.core.store;

import java.util.List;
import java.util.Optional;
import org.vigie.core.ach.MatrixSummary;
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
}
