package org.vigie.core.store;

import java.util.List;
import java.util.Optional;
import org.vigie.core.error.AlreadyExistsException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.series.store.Decision;
import org.vigie.core.series.store.SeriesDefinition;
import org.vigie.core.series.store.StoredSeries;

/**
 * Series definitions and the claims analysts joined to or excluded from them. Members and estimates
 * are not kept: they are computed from the claims on read ({@link
 * org.vigie.core.series.store.SeriesMembers}). Safe to call from several threads.
 */
public interface SeriesStore {

  /**
   * Keeps a new series.
   *
   * @throws AlreadyExistsException when a series has this name
   */
  void add(SeriesDefinition series);

  /** The series with this name, with its decisions. */
  Optional<StoredSeries> get(String name);

  /** Every series definition, by name. */
  List<SeriesDefinition> list();

  /** Deletes a series and its decisions; false when there was none. */
  boolean delete(String name);

  /**
   * Records a decision on one claim of a series, replacing an earlier one on the same claim.
   *
   * @throws NotFoundException when there is no such series
   */
  void decide(String name, Decision decision);
}
