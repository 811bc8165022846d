package org.vigie.cli.ach;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.vigie.cli.Cells;
import org.vigie.core.ach.AchAnalysis;
import org.vigie.core.ach.CellFlip;
import org.vigie.core.ach.Diagnosticity;
import org.vigie.core.ach.Evidence;
import org.vigie.core.ach.Hypothesis;
import org.vigie.core.ach.Matrix;
import org.vigie.core.ach.MinimalRemoval;
import org.vigie.core.ach.Perturbation;
import org.vigie.core.ach.Scheme;
import org.vigie.core.ach.SchemeScores;

/** The readable report of {@code vigie ach score}: matrix, scores per scheme, sensitivity. */
final class AchText {

  private static final int TEXT_WIDTH = 44;

  private AchText() {}

  static void print(PrintWriter out, AchAnalysis a) {
    Matrix m = a.matrix();
    out.println("Question: " + m.question());
    for (Hypothesis h : m.hypotheses()) {
      out.printf(Locale.ROOT, "  %-4s %s%n", h.id(), h.label());
    }
    out.println();
    matrix(out, a);
    out.println();
    scores(out, a);
    out.println();
    sensitivity(out, a);
    out.flush();
  }

  private static void matrix(PrintWriter out, AchAnalysis a) {
    Matrix m = a.matrix();
    StringBuilder head =
        new StringBuilder(String.format(Locale.ROOT, "%-4s %-44s cred rel", "id", "evidence"));
    m.hypotheses().forEach(h -> head.append(String.format(Locale.ROOT, " %-4s", h.id())));
    out.println(head.append("  max LR  sd (ranks)"));
    for (int i = 0; i < m.evidence().size(); i++) {
      Evidence e = m.evidence().get(i);
      Diagnosticity d = a.diagnosticity().get(i);
      StringBuilder row =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%-4s %-44s %-4s %-3s",
                  e.id(),
                  Cells.oneLine(e.text(), TEXT_WIDTH),
                  e.credibility(),
                  e.relevance()));
      e.ratings().forEach(r -> row.append(String.format(Locale.ROOT, " %-4s", r)));
      row.append(String.format(Locale.ROOT, "  %5.1f×  %5.2f", d.maxLikelihoodRatio(), d.sd()));
      out.println(row.append(d.isDiagnostic() ? "" : "  non-diagnostic"));
    }
  }

  private static void scores(PrintWriter out, AchAnalysis a) {
    Matrix m = a.matrix();
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-40s", "scheme"));
    m.hypotheses().forEach(h -> head.append(String.format(Locale.ROOT, " %8s", h.id())));
    out.println(head.append("  leader"));
    for (SchemeScores s : a.scores()) {
      StringBuilder row =
          new StringBuilder(String.format(Locale.ROOT, "%-40s", describe(s.scheme())));
      String format =
          s.scheme().isProbability()
              ? " %8.4f"
              : s.scheme() == Scheme.WEIGHTED_INCONSISTENCY ? " %8.3f" : " %8.0f";
      s.values().forEach(v -> row.append(String.format(Locale.ROOT, format, v)));
      out.println(row.append("  ").append(leaders(m, s.leaders())));
    }
  }

  private static String describe(Scheme s) {
    return switch (s) {
      case HEUER -> "Heuer count (I/II cells, lower wins)";
      case INCONSISTENCY -> "PARC inconsistency (nearer 0 wins)";
      case WEIGHTED_INCONSISTENCY -> "PARC weighted inconsistency";
      case OPEN_SYNTHESIS -> "Open Synthesis SSE (lower wins)";
      case BAYES -> "Bayes, untempered (probability)";
      case BAYES_TEMPERED -> "Bayes, tempered (probability)";
      case BAYES_MIXTURE -> "Bayes, reliability mixture (probability)";
    };
  }

  private static void sensitivity(PrintWriter out, AchAnalysis a) {
    out.println("Sensitivity (" + AchAnalysis.SENSITIVITY_SCHEME.key() + " unless stated):");
    leaveOneOut(out, a);
    minimalRemoval(out, a);
    out.println("  single-cell flips (linchpin ratings): " + a.cellFlips().size());
    for (CellFlip f : a.cellFlips()) {
      out.printf(
          Locale.ROOT,
          "    %s/%s %s -> %s: %s%n",
          f.evidenceId(),
          f.hypothesisId(),
          f.from(),
          f.to(),
          outcome(a.matrix(), f.scores()));
    }
    out.println(
        "  deception check (high credibility set to L):"
            + (a.deception().isEmpty() ? " no H rows" : ""));
    for (Perturbation p : a.deception()) {
      out.printf(
          Locale.ROOT,
          "    %s: %s%s%n",
          String.join("+", p.evidenceIds()),
          outcome(a.matrix(), p.scores()),
          p.flips() ? "  FLIPS" : "");
    }
    schemes(out, a);
  }

  private static void leaveOneOut(PrintWriter out, AchAnalysis a) {
    List<String> ids = a.leaveOneOutFlips();
    out.println("  leave-one-out flips: " + (ids.isEmpty() ? "none" : String.join(", ", ids)));
    for (Perturbation p : a.leaveOneOut()) {
      if (p.flips()) {
        out.println(
            "    without " + p.evidenceIds().get(0) + ": " + outcome(a.matrix(), p.scores()));
      }
    }
  }

  private static void minimalRemoval(PrintWriter out, AchAnalysis a) {
    MinimalRemoval r = a.minimalRemoval();
    out.print("  minimal removal set (" + r.scheme().key() + "): ");
    if (r.sets().isEmpty()) {
      out.println(
          r.exhaustive()
              ? "no removal makes another hypothesis the single leader"
              : "none found (search capped)");
      return;
    }
    String sets =
        r.sets().stream()
            .map(s -> "{" + String.join(", ", s) + "}")
            .collect(Collectors.joining(" or "));
    out.println(
        sets + " -> " + outcome(a.matrix(), r.scheme().score(a.matrix().without(r.first()))));
  }

  private static void schemes(PrintWriter out, AchAnalysis a) {
    String groups =
        a.schemesByLeaders().entrySet().stream()
            .map(
                e ->
                    leaders(a.matrix(), e.getKey())
                        + " by "
                        + e.getValue().stream().map(Scheme::key).collect(Collectors.joining(", ")))
            .collect(Collectors.joining("; "));
    out.println("  schemes: " + (a.schemesDisagree() ? "DISAGREE; " : "agree; ") + groups);
  }

  /** "H2 leads (0.454, 0.536, 0.011)" or "tie H1=H2 (...)". */
  private static String outcome(Matrix m, SchemeScores s) {
    String values =
        s.values().stream()
            .map(v -> String.format(Locale.ROOT, "%.3f", v))
            .collect(Collectors.joining(", "));
    return leaders(m, s.leaders()) + " (" + values + ")";
  }

  private static String leaders(Matrix m, List<Integer> indices) {
    String ids =
        indices.stream().map(j -> m.hypotheses().get(j).id()).collect(Collectors.joining("="));
    return indices.size() == 1 ? ids + " leads" : "tie " + ids;
  }
}
