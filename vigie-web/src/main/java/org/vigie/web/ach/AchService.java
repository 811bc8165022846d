package org.vigie.web.ach;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vigie.core.ach.AchAnalysis;
import org.vigie.core.ach.Matrix;
import org.vigie.core.ach.MatrixSummary;
import org.vigie.core.ach.Rating;
import org.vigie.core.ach.RatingChange;
import org.vigie.core.ach.RatingLog;
import org.vigie.core.ach.StoredMatrix;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.store.AchStore;

/**
 * ACH matrices kept in the store. Every analyst rates their own copy: the loaded matrix with their
 * changes replayed; every change is kept, with who made it and when.
 */
public final class AchService {

  private final AchStore store;
  private final Clock clock;
  private final SecureRandom random;

  /** One lock per matrix: a change is computed from the analyst's current rating, then kept. */
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  public AchService(AchStore store, Clock clock, SecureRandom random) {
    this.store = store;
    this.clock = clock;
    this.random = random;
  }

  /** A matrix as one analyst has it, and its analysis. */
  public record Analysed(
      StoredMatrix stored, String analyst, Matrix matrix, AchAnalysis analysis) {}

  public List<MatrixSummary> list() {
    return store.list();
  }

  /** Keeps a new matrix loaded by this user; returns it with its new id. */
  public StoredMatrix create(Matrix matrix, String user) {
    byte[] id = new byte[6];
    random.nextBytes(id);
    StoredMatrix m =
        new StoredMatrix(
            HexFormat.of().formatHex(id), matrix, user, clock.instant(), RatingLog.empty());
    store.add(m);
    return m;
  }

  public StoredMatrix get(String id) {
    return store.get(id).orElseThrow(() -> new NotFoundException("matrix", id));
  }

  /** The matrix as this analyst has rated it, scored. */
  public Analysed analyse(String id, String analyst) {
    return analyse(get(id), analyst);
  }

  private static Analysed analyse(StoredMatrix m, String analyst) {
    Matrix mine = m.matrixOf(analyst);
    return new Analysed(m, analyst, mine, AchAnalysis.of(mine));
  }

  /**
   * Changes one of this analyst's ratings and returns the new analysis. Setting a cell to the
   * rating it has already changes nothing and records nothing.
   */
  public Analysed rate(
      String id, String analyst, String evidenceId, String hypothesisId, Rating to, String note) {
    synchronized (locks.computeIfAbsent(id, k -> new Object())) {
      StoredMatrix m = get(id);
      Matrix mine = m.matrixOf(analyst);
      int i = mine.evidenceIndex(evidenceId);
      int j = mine.hypothesisIndex(hypothesisId);
      Rating from = mine.evidence().get(i).rating(j);
      if (from == to) {
        return new Analysed(m, analyst, mine, AchAnalysis.of(mine));
      }
      RatingChange change =
          new RatingChange(analyst, evidenceId, hypothesisId, from, to, clock.instant(), note);
      store.record(id, change);
      StoredMatrix after =
          new StoredMatrix(m.id(), m.start(), m.createdBy(), m.createdAt(), m.log().with(change));
      return analyse(after, analyst);
    }
  }
}
