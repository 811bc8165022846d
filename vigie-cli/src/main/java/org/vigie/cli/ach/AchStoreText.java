package org.vigie.cli.ach;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.vigie.cli.JsonLines;
import org.vigie.core.ach.Judgement;
import org.vigie.core.ach.Matrix;
import org.vigie.core.ach.MatrixSummary;
import org.vigie.core.ach.PooledJudgement;
import org.vigie.core.ach.RatingChange;
import org.vigie.core.judgement.IcdLikelihood;

/** Text and JSON of the store subcommands of {@code vigie ach}. */
final class AchStoreText {

  private AchStoreText() {}

  static ObjectNode summary(MatrixSummary s) {
    ObjectNode o = JsonLines.object();
    o.put("id", s.id()).put("question", s.question());
    o.put("hypotheses", s.hypotheses()).put("evidence", s.evidence());
    o.put("created_by", s.createdBy()).put("created_at", s.createdAt().toString());
    return o.put("changes", s.changes());
  }

  /** "H1 -2.83, H2 0.00". */
  static String scores(Matrix m, List<Double> values) {
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < values.size(); j++) {
      b.append(j == 0 ? "" : ", ")
          .append(m.hypotheses().get(j).id())
          .append(String.format(Locale.ROOT, " %.2f", values.get(j)));
    }
    return b.toString();
  }

  static void judgements(PrintWriter out, List<PooledJudgement> pooled) {
    out.println(
        "Probability judgements (log-odds mean of each analyst's latest, clipped to 1-99 %):");
    if (pooled.isEmpty()) {
      out.println("  none yet; give one with: vigie ach judge MATRIX HYPOTHESIS P --analyst NAME");
    }
    for (PooledJudgement p : pooled) {
      StringBuilder by = new StringBuilder();
      p.byAnalyst()
          .forEach((a, v) -> by.append(String.format(Locale.ROOT, " %s %.0f %%,", a, 100 * v)));
      out.printf(
          Locale.ROOT,
          "  %-4s pooled %.1f %% (%s) from %d analyst(s):%s%n",
          p.hypothesisId(),
          100 * p.pooled(),
          IcdLikelihood.phrase(p.pooled()),
          p.byAnalyst().size(),
          by.substring(0, by.length() - 1));
    }
  }

  static ArrayNode judgementsJson(List<PooledJudgement> pooled) {
    ArrayNode a = JsonLines.MAPPER.createArrayNode();
    for (PooledJudgement p : pooled) {
      ObjectNode o = a.addObject().put("hypothesis", p.hypothesisId()).put("pooled", p.pooled());
      ObjectNode by = o.putObject("by_analyst");
      p.byAnalyst().forEach(by::put);
    }
    return a;
  }

  static ObjectNode change(RatingChange c) {
    ObjectNode o = JsonLines.object().put("at", c.at().toString()).put("analyst", c.analyst());
    o.put("evidence", c.evidenceId()).put("hypothesis", c.hypothesisId());
    o.put("from", c.from().name()).put("to", c.to().name());
    return c.note() == null ? o : o.put("note", c.note());
  }

  static ObjectNode judgement(Judgement j) {
    ObjectNode o = JsonLines.object().put("at", j.at().toString()).put("analyst", j.analyst());
    return o.put("hypothesis", j.hypothesisId()).put("probability", j.probability());
  }
}
