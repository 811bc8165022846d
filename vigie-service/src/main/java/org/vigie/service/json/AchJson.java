package org.vigie.service.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.vigie.core.ach.AchAnalysis;
import org.vigie.core.ach.CellFlip;
import org.vigie.core.ach.Diagnosticity;
import org.vigie.core.ach.Hypothesis;
import org.vigie.core.ach.Matrix;
import org.vigie.core.ach.MinimalRemoval;
import org.vigie.core.ach.Perturbation;
import org.vigie.core.ach.Scheme;
import org.vigie.core.ach.SchemeScores;

/** The JSON of an ACH analysis: what {@code vigie ach score --json} prints and the API returns. */
public final class AchJson {

  private AchJson() {}

  public static ObjectNode of(AchAnalysis a) {
    Matrix m = a.matrix();
    ObjectNode root = Json.object();
    root.put("question", m.question());
    ArrayNode hypotheses = root.putArray("hypotheses");
    for (Hypothesis h : m.hypotheses()) {
      hypotheses.addObject().put("id", h.id()).put("label", h.label());
    }
    root.put("evidence_count", m.evidence().size());
    ObjectNode scores = root.putObject("scores");
    ObjectNode leaders = root.putObject("leaders");
    for (SchemeScores s : a.scores()) {
      numbers(scores.putArray(s.scheme().key()), s.values());
      ids(leaders.putArray(s.scheme().key()), m, s.leaders());
    }
    root.set("scheme_disagreement", disagreement(a));
    ObjectNode diagnosticity = root.putObject("diagnosticity");
    for (Diagnosticity d : a.diagnosticity()) {
      diagnosticity
          .putObject(d.evidenceId())
          .put("max_likelihood_ratio", d.maxLikelihoodRatio())
          .put("weight_of_evidence_nats", d.weightOfEvidence())
          .put("sd", d.sd())
          .put("diagnostic", d.isDiagnostic());
    }
    root.set("sensitivity", sensitivity(a));
    return root;
  }

  private static ObjectNode disagreement(AchAnalysis a) {
    ObjectNode out = Json.object();
    out.put("schemes_disagree", a.schemesDisagree());
    ArrayNode groups = out.putArray("groups");
    for (Map.Entry<List<Integer>, List<Scheme>> g : a.schemesByLeaders().entrySet()) {
      ObjectNode group = groups.addObject();
      ids(group.putArray("leaders"), a.matrix(), g.getKey());
      ArrayNode schemes = group.putArray("schemes");
      g.getValue().forEach(s -> schemes.add(s.key()));
    }
    return out;
  }

  private static ObjectNode sensitivity(AchAnalysis a) {
    Matrix m = a.matrix();
    ObjectNode out = Json.object();
    out.put("scheme", AchAnalysis.SENSITIVITY_SCHEME.key());
    ArrayNode flips = out.putArray("leave_one_out_flips");
    a.leaveOneOutFlips().forEach(flips::add);
    ArrayNode loo = out.putArray("leave_one_out");
    a.leaveOneOut().forEach(p -> perturbation(loo.addObject(), "removed", p, m));
    MinimalRemoval r = a.minimalRemoval();
    ArrayNode minimal = out.putArray("minimal_removal_set");
    r.first().forEach(minimal::add);
    ObjectNode removal = out.putObject("minimal_removal");
    removal.put("scheme", r.scheme().key());
    removal.put("exhaustive", r.exhaustive());
    ArrayNode sets = removal.putArray("sets");
    for (List<String> set : r.sets()) {
      ArrayNode ids = sets.addArray();
      set.forEach(ids::add);
    }
    if (!r.sets().isEmpty()) {
      SchemeScores after = r.scheme().score(m.without(r.first()));
      numbers(removal.putArray("scores_after"), after.values());
      ids(removal.putArray("leaders_after"), m, after.leaders());
    }
    ArrayNode cells = out.putArray("single_cell_flips");
    for (CellFlip f : a.cellFlips()) {
      ObjectNode c = cells.addObject();
      c.put("evidence", f.evidenceId()).put("hypothesis", f.hypothesisId());
      c.put("from", f.from().name()).put("to", f.to().name());
      numbers(c.putArray("posterior"), f.scores().values());
      ids(c.putArray("leaders"), m, f.scores().leaders());
    }
    ArrayNode deception = out.putArray("deception_check");
    a.deception().forEach(p -> perturbation(deception.addObject(), "downgraded_to_L", p, m));
    return out;
  }

  private static void perturbation(ObjectNode node, String what, Perturbation p, Matrix m) {
    ArrayNode ids = node.putArray(what);
    p.evidenceIds().forEach(ids::add);
    numbers(node.putArray("posterior"), p.scores().values());
    ids(node.putArray("leaders"), m, p.scores().leaders());
    node.put("flips", p.flips());
  }

  private static void numbers(ArrayNode array, List<Double> values) {
    values.forEach(array::add);
  }

  private static void ids(ArrayNode array, Matrix m, List<Integer> indices) {
    indices.forEach(j -> array.add(m.hypotheses().get(j).id()));
  }
}
