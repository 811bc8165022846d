package org.vigie.service.ach;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.vigie.core.ach.AchAnalysis;
import org.vigie.core.ach.ClaimEvidence;
import org.vigie.core.ach.Evidence;
import org.vigie.core.ach.Hypothesis;
import org.vigie.core.ach.Judgement;
import org.vigie.core.ach.Matrix;
import org.vigie.core.ach.MatrixSummary;
import org.vigie.core.ach.Provenance;
import org.vigie.core.ach.Rating;
import org.vigie.core.ach.RatingChange;
import org.vigie.core.ach.RatingLog;
import org.vigie.core.ach.StoredMatrix;
import org.vigie.core.ach.Weight;
import org.vigie.core.claim.StoredClaim;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.store.AchStore;
import org.vigie.core.store.Store;

/**
 * ACH matrices kept in the store. Every analyst rates their own copy: the loaded matrix with their
 * changes replayed; every change is kept, with who made it and when. A matrix is also built step by
 * step ({@code vigie ach create/hypothesis/evidence/judge}): new columns and rows go into the
 * shared matrix (rated N until analysts re-rate them), and probability judgements are kept per
 * analyst.
 */
public final class AchService {

  /** The one rule for matrix ids, given or drawn (12 random hex digits). */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

  private final Store stores;
  private final AchStore store;
  private final Clock clock;
  private final SecureRandom random;

  /** One lock per matrix: a change is computed from the analyst's current rating, then kept. */
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  public AchService(Store store, Clock clock, SecureRandom random) {
    this.stores = store;
    this.store = store.ach();
    this.clock = clock;
    this.random = random;
  }

  /** A matrix as one analyst has it, and its analysis. */
  public record Analysed(
      StoredMatrix stored, String analyst, Matrix matrix, AchAnalysis analysis) {}

  public List<MatrixSummary> list() {
    return store.list();
  }

  /**
   * Keeps a new matrix loaded by {@code user} under {@code id}, or under 12 random hex digits when
   * {@code id} is null; returns it.
   */
  public StoredMatrix create(String id, Matrix matrix, String user) {
    String key = id == null ? randomId() : id;
    if (!ID.matcher(key).matches()) {
      throw new InvalidInputException(
          "id", "a matrix id is 1 to 32 letters, digits, '.', '_' or '-', got \"" + key + "\"");
    }
    StoredMatrix m = new StoredMatrix(key, matrix, user, clock.instant(), RatingLog.empty());
    store.add(m);
    return m;
  }

  private String randomId() {
    byte[] b = new byte[6];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
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

  /** Adds hypotheses with the next free ids H1, H2, ...; returns them. */
  public List<Hypothesis> addHypotheses(String matrixId, List<String> labels) {
    List<Hypothesis> added = new ArrayList<>();
    List<String> taken =
        new ArrayList<>(get(matrixId).start().hypotheses().stream().map(Hypothesis::id).toList());
    for (String label : labels) {
      String id = nextId("H", taken);
      taken.add(id);
      Hypothesis h = new Hypothesis(id, label);
      store.addHypothesis(matrixId, h, Rating.N);
      added.add(h);
    }
    return added;
  }

  /**
   * Adds a row from a stored claim, or from free text when {@code claimId} is null, rated N against
   * every hypothesis; returns it.
   */
  public Evidence addEvidence(
      String matrixId, String claimId, String text, Weight credibility, Weight relevance) {
    Matrix m = get(matrixId).start();
    String id = nextId("E", m.evidence().stream().map(Evidence::id).toList());
    List<Rating> ratings = Collections.nCopies(m.hypothesisCount(), Rating.N);
    Evidence row;
    if (claimId != null) {
      StoredClaim c =
          stores.claims().get(claimId).orElseThrow(() -> new NotFoundException("claim", claimId));
      row = ClaimEvidence.of(id, c, credibility, relevance, ratings);
    } else if (text != null && !text.isBlank()) {
      row = new Evidence(id, text, credibility, relevance, ratings, Provenance.NONE);
    } else {
      throw new InvalidInputException("evidence", "an evidence row needs a claim id or a text");
    }
    store.addEvidence(matrixId, row);
    return row;
  }

  /** Keeps this analyst's probability for a hypothesis of the matrix. */
  public Judgement judge(String matrixId, String hypothesisId, double p, String analyst) {
    get(matrixId).start().hypothesisIndex(hypothesisId);
    Judgement j = new Judgement(analyst, hypothesisId, p, clock.instant());
    store.judge(matrixId, j);
    return j;
  }

  private static String nextId(String prefix, List<String> taken) {
    int n = taken.size() + 1;
    while (taken.contains(prefix + n)) {
      n++;
    }
    return prefix + n;
  }
}
