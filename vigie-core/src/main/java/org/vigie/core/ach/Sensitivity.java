package org.vigie.core.ach;

import java.util.ArrayList;
import java.util.List;

/**
 * Heuer's step 6 (methods.md §3.4): how much the conclusion hangs on single items and ratings.
 *
 * <p>A <em>flip</em> is any change of the set of leaders ({@link SchemeScores#leaders()}): a new
 * unique leader, or the old leader falling into a tie, or a tie resolving. A <em>strict</em> change
 * needs a unique leader afterwards that was not the unique leader before.
 */
public final class Sensitivity {

  private Sensitivity() {}

  /** Whether the set of leaders differs between two scorings. */
  public static boolean flips(SchemeScores before, SchemeScores after) {
    return !before.leaders().equals(after.leaders());
  }

  /** Whether another hypothesis than before is now the single leader. */
  public static boolean strictlyChanges(SchemeScores before, SchemeScores after) {
    return after.leader().isPresent() && !after.leader().equals(before.leader());
  }

  /** The matrix re-scored without each row in turn, in row order. */
  public static List<Perturbation> leaveOneOut(Matrix m, Scheme scheme) {
    SchemeScores base = scheme.score(m);
    List<Perturbation> out = new ArrayList<>();
    for (Evidence e : m.evidence()) {
      SchemeScores after = scheme.score(m.without(List.of(e.id())));
      out.add(new Perturbation(List.of(e.id()), after, flips(base, after)));
    }
    return out;
  }

  /**
   * Every single-cell change to another of the five values CC, C, N, I, II that flips the leader,
   * in row, then column, then scale order (II to CC). NA is not a target: it scores as N, so it
   * would repeat the N case under another name; an NA cell may be the source of a flip.
   */
  public static List<CellFlip> singleCellFlips(Matrix m, Scheme scheme) {
    SchemeScores base = scheme.score(m);
    List<CellFlip> out = new ArrayList<>();
    for (int i = 0; i < m.evidence().size(); i++) {
      Evidence e = m.evidence().get(i);
      for (int j = 0; j < m.hypothesisCount(); j++) {
        for (Rating to : Rating.SCALE) {
          if (to == e.rating(j)) {
            continue;
          }
          SchemeScores after = scheme.score(m.withRating(i, j, to));
          if (flips(base, after)) {
            out.add(new CellFlip(e.id(), m.hypotheses().get(j).id(), e.rating(j), to, after));
          }
        }
      }
    }
    return out;
  }

  /**
   * Deception check: each high-credibility row downgraded to L on its own, then (when there are two
   * or more) all of them together, as if those sources were planted.
   */
  public static List<Perturbation> deceptionCheck(Matrix m, Scheme scheme) {
    SchemeScores base = scheme.score(m);
    List<Integer> high = new ArrayList<>();
    for (int i = 0; i < m.evidence().size(); i++) {
      if (m.evidence().get(i).credibility() == Weight.H) {
        high.add(i);
      }
    }
    List<Perturbation> out = new ArrayList<>();
    for (int i : high) {
      out.add(downgrade(m, List.of(i), scheme, base));
    }
    if (high.size() > 1) {
      out.add(downgrade(m, high, scheme, base));
    }
    return out;
  }

  private static Perturbation downgrade(
      Matrix m, List<Integer> rows, Scheme scheme, SchemeScores base) {
    Matrix changed = m;
    List<String> ids = new ArrayList<>();
    for (int i : rows) {
      Evidence e = m.evidence().get(i);
      changed = changed.withEvidence(i, e.withCredibility(Weight.L));
      ids.add(e.id());
    }
    SchemeScores after = scheme.score(changed);
    return new Perturbation(ids, after, flips(base, after));
  }
}
