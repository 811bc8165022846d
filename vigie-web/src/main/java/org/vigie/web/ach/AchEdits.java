package org.vigie.web.ach;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.vigie.core.ach.ClaimEvidence;
import org.vigie.core.ach.Evidence;
import org.vigie.core.ach.Hypothesis;
import org.vigie.core.ach.Judgement;
import org.vigie.core.ach.Matrix;
import org.vigie.core.ach.Provenance;
import org.vigie.core.ach.Rating;
import org.vigie.core.ach.RatingLog;
import org.vigie.core.ach.StoredMatrix;
import org.vigie.core.ach.Weight;
import org.vigie.core.claim.StoredClaim;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.store.Store;

/**
 * Building a stored matrix step by step, as {@code vigie ach
 * create/hypothesis/evidence/judge/import} do: new columns and rows go into the shared matrix
 * (rated N until analysts re-rate them), and probability judgements are kept per analyst.
 */
public final class AchEdits {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

  private final Store store;
  private final Clock clock;
  private final SecureRandom random;

  public AchEdits(Store store, Clock clock, SecureRandom random) {
    this.store = store;
    this.clock = clock;
    this.random = random;
  }

  /** A new matrix kept under {@code id} (or a random one when null), loaded by {@code user}. */
  public StoredMatrix create(String id, Matrix matrix, String user) {
    String key = id == null ? HexFormat.of().formatHex(randomBytes()) : id;
    if (!ID.matcher(key).matches()) {
      throw new InvalidInputException(
          "id", "a matrix id is 1 to 32 letters, digits, '.', '_' or '-', got \"" + key + "\"");
    }
    StoredMatrix m = new StoredMatrix(key, matrix, user, clock.instant(), RatingLog.empty());
    store.ach().add(m);
    return m;
  }

  /** Adds hypotheses with the next free ids H1, H2, ...; returns them. */
  public List<Hypothesis> addHypotheses(String matrixId, List<String> labels) {
    List<Hypothesis> added = new ArrayList<>();
    List<String> taken =
        new ArrayList<>(
            matrix(matrixId).start().hypotheses().stream().map(Hypothesis::id).toList());
    for (String label : labels) {
      String id = nextId("H", taken);
      taken.add(id);
      Hypothesis h = new Hypothesis(id, label);
      store.ach().addHypothesis(matrixId, h, Rating.N);
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
    Matrix m = matrix(matrixId).start();
    String id = nextId("E", m.evidence().stream().map(Evidence::id).toList());
    List<Rating> ratings = Collections.nCopies(m.hypothesisCount(), Rating.N);
    Evidence row;
    if (claimId != null) {
      StoredClaim c =
          store.claims().get(claimId).orElseThrow(() -> new NotFoundException("claim", claimId));
      row = ClaimEvidence.of(id, c, credibility, relevance, ratings);
    } else if (text != null && !text.isBlank()) {
      row = new Evidence(id, text, credibility, relevance, ratings, Provenance.NONE);
    } else {
      throw new InvalidInputException(
          "claim", "a row is a stored claim (its id, see vigie claims list) or a text of its own");
    }
    store.ach().addEvidence(matrixId, row);
    return row;
  }

  /** Keeps this analyst's probability for a hypothesis of the matrix. */
  public Judgement judge(String matrixId, String hypothesisId, double p, String analyst) {
    matrix(matrixId).start().hypothesisIndex(hypothesisId);
    Judgement j = new Judgement(analyst, hypothesisId, p, clock.instant());
    store.ach().judge(matrixId, j);
    return j;
  }

  public StoredMatrix matrix(String id) {
    return store.ach().get(id).orElseThrow(() -> new NotFoundException("matrix", id));
  }

  private static String nextId(String prefix, List<String> taken) {
    int n = taken.size() + 1;
    while (taken.contains(prefix + n)) {
      n++;
    }
    return prefix + n;
  }

  private byte[] randomBytes() {
    byte[] b = new byte[6];
    random.nextBytes(b);
    return b;
  }
}
