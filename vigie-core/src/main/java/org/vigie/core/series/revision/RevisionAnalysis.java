package org.vigie.core.series.revision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.core.series.Echoes;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PoolSettings;
import org.vigie.core.series.PooledPoint;
import org.vigie.core.series.pool.KalmanPool;

/**
 * Revision tests for every source of a series, on both bases of {@link Basis}: the source's own
 * successive figures, and its deviations from the consensus of the other sources (pooled by {@link
 * KalmanPool} without it, so the source is never compared with itself). Echoes count once; a
 * repeated figure stays, as a zero revision. Each basis is one Benjamini–Hochberg family. A
 * source's reports dated outside the other sources' reports (by more than {@link
 * #CONSENSUS_REACH_DAYS}) have no consensus to deviate from and are left out of that basis.
 */
public final class RevisionAnalysis {

  /**
   * How far before the other sources' first report and after their last a consensus is still read:
   * beyond, the pooled level is an extrapolation and a deviation from it means nothing.
   */
  public static final int CONSENSUS_REACH_DAYS = 7;

  private RevisionAnalysis() {}

  /** Rows for each source in order of first report: fixed-target, then consensus-deviation. */
  public static List<SourceRevisions> analyse(List<Observation> reports, PoolSettings settings) {
    List<Observation> kept = Echoes.forRevisions(reports).observations();
    Map<String, List<Observation>> bySource = new LinkedHashMap<>();
    kept.forEach(o -> bySource.computeIfAbsent(o.source(), s -> new ArrayList<>()).add(o));
    List<SourceRevisions> fixed = new ArrayList<>();
    List<SourceRevisions> consensus = new ArrayList<>();
    bySource.forEach(
        (source, own) -> {
          fixed.add(fixedTarget(source, own));
          consensus.add(consensusDeviation(source, own, kept, settings));
        });
    List<SourceRevisions> readFixed = read(fixed);
    List<SourceRevisions> readConsensus = read(consensus);
    List<SourceRevisions> rows = new ArrayList<>();
    for (int i = 0; i < readFixed.size(); i++) {
      rows.add(readFixed.get(i));
      rows.add(readConsensus.get(i));
    }
    return List.copyOf(rows);
  }

  private static SourceRevisions fixedTarget(String source, List<Observation> own) {
    double[] figures = own.stream().mapToDouble(Observation::figure).toArray();
    return new SourceRevisions(
        source,
        Basis.FIXED_TARGET,
        figures.length,
        RevisionTests.ofFigures(figures),
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Flag.INSUFFICIENT_DATA,
        "");
  }

  private static SourceRevisions consensusDeviation(
      String source, List<Observation> own, List<Observation> all, PoolSettings settings) {
    List<Observation> others = all.stream().filter(o -> !o.source().equals(source)).toList();
    if (others.isEmpty()) {
      return notComputed(source, own.size(), "no other source reports this series");
    }
    LocalDate from = others.get(0).asOf().minusDays(CONSENSUS_REACH_DAYS);
    LocalDate to = others.get(others.size() - 1).asOf().plusDays(CONSENSUS_REACH_DAYS);
    List<Observation> covered =
        own.stream().filter(o -> !o.asOf().isBefore(from) && !o.asOf().isAfter(to)).toList();
    String note =
        covered.size() == own.size()
            ? ""
            : (own.size() - covered.size())
                + " report(s) outside the other sources' dates (±"
                + CONSENSUS_REACH_DAYS
                + " days) left out";
    if (covered.isEmpty()) {
      return notComputed(source, own.size(), note);
    }
    List<LocalDate> dates = covered.stream().map(Observation::asOf).distinct().sorted().toList();
    Map<LocalDate, Double> level = new HashMap<>();
    for (PooledPoint p : KalmanPool.pool(others, dates, settings).estimates()) {
      level.put(p.date(), p.median());
    }
    double[] figures = covered.stream().mapToDouble(Observation::figure).toArray();
    double[] consensus = covered.stream().mapToDouble(o -> level.get(o.asOf())).toArray();
    ConsensusDeviation d = ConsensusDeviation.of(figures, consensus);
    return new SourceRevisions(
        source,
        Basis.CONSENSUS_DEVIATION,
        covered.size(),
        d.stats(),
        d.meanDeviation(),
        d.slope(),
        Double.NaN,
        Flag.INSUFFICIENT_DATA,
        note);
  }

  private static SourceRevisions notComputed(String source, int reports, String why) {
    return new SourceRevisions(
        source,
        Basis.CONSENSUS_DEVIATION,
        reports,
        RevisionTests.ofRevisions(new double[0]),
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Flag.INSUFFICIENT_DATA,
        why);
  }

  /** Adjusts the testable rows' two-sided sign p by Benjamini–Hochberg and sets the flags. */
  private static List<SourceRevisions> read(List<SourceRevisions> rows) {
    List<Integer> testable = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).stats().enoughForDirection()) {
        testable.add(i);
      }
    }
    double[] q =
        BenjaminiHochberg.adjust(
            testable.stream().mapToDouble(i -> rows.get(i).stats().twoSidedSignP()).toArray());
    List<SourceRevisions> out = new ArrayList<>(rows);
    for (int j = 0; j < testable.size(); j++) {
      SourceRevisions row = rows.get(testable.get(j));
      out.set(testable.get(j), row.withReading(q[j], flag(row.stats(), q[j])));
    }
    return out;
  }

  private static Flag flag(RevisionStats stats, double q) {
    if (q > BenjaminiHochberg.DEFAULT_Q) {
      return Flag.NO_EVIDENCE;
    }
    return switch (stats.direction()) {
      case UP -> Flag.UPWARD;
      case DOWN -> Flag.DOWNWARD;
      case NONE -> Flag.NO_EVIDENCE;
    };
  }
}
