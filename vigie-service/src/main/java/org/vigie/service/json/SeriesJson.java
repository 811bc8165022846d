package org.vigie.service.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PooledPoint;
import org.vigie.core.series.SourceBias;
import org.vigie.core.series.revision.SourceRevisions;
import org.vigie.core.series.store.ClaimObservation;
import org.vigie.core.series.store.Member;
import org.vigie.core.series.store.SeriesDefinition;
import org.vigie.core.series.store.SeriesEstimate;
import org.vigie.service.series.SeriesService;

/** The JSON of /api/series: definitions, members, estimates, house effects and revision tests. */
public final class SeriesJson {

  private SeriesJson() {}

  public static ObjectNode definition(SeriesDefinition d) {
    ObjectNode o =
        Json.object()
            .put("name", d.name())
            .put("unit", d.unit())
            .put("actor", d.actor())
            .put("description", d.description());
    ArrayNode k = o.putArray("keywords");
    d.keywords().forEach(k::add);
    return o.put("created_by", d.createdBy()).put("created_at", d.createdAt().toString());
  }

  public static ObjectNode series(SeriesService.Loaded l) {
    ObjectNode o = definition(l.definition());
    ArrayNode members = o.putArray("members");
    l.members().forEach(m -> members.add(member(m)));
    SeriesEstimate e = l.estimate();
    if (e == null) {
      o.putNull("model");
      o.putArray("estimates");
      o.putArray("sources");
      o.putArray("revisions");
      return o;
    }
    o.putObject("model")
        .put("q_per_day", e.pool().settings().qPerDay())
        .put("q_source", e.qSource())
        .put("noise_sd", e.pool().settings().defaultNoiseSd())
        .put("bias_prior_sd", e.pool().settings().biasPriorSd())
        .put("reports", e.reports().size())
        .put("pooled", e.pool().reportsUsed());
    ArrayNode estimates = o.putArray("estimates");
    e.pool().estimates().forEach(p -> estimates.add(estimate(p)));
    ArrayNode sources = o.putArray("sources");
    e.pool().sources().forEach(b -> sources.add(source(b)));
    ArrayNode revisions = o.putArray("revisions");
    e.revisions().forEach(r -> revisions.add(revision(r)));
    return o;
  }

  public static ObjectNode member(Member m) {
    ObjectNode o =
        Json.object()
            .put("claim", m.claim().id())
            .put("document", m.claim().documentId())
            .put("member", m.how().code())
            .put("source", ClaimObservation.source(m.claim(), m.quantity()))
            .put("text", m.quantity().text());
    Observation ob = m.observation();
    if (ob == null) {
      return o.put("skipped", m.skipped());
    }
    return o.put("as_of", ob.asOf().toString())
        .put("reads", ob.kind().name().toLowerCase(Locale.ROOT))
        .put("low", ob.low())
        .put("high", Double.isInfinite(ob.high()) ? null : ob.high())
        .put("label", ob.label());
  }

  private static ObjectNode estimate(PooledPoint p) {
    return Json.object()
        .put("date", p.date().toString())
        .put("median", Math.rint(p.median()))
        .put("low50", Math.rint(p.low50()))
        .put("high50", Math.rint(p.high50()))
        .put("low95", Math.rint(p.low95()))
        .put("high95", Math.rint(p.high95()))
        .put("sd_log", p.sdLog());
  }

  private static ObjectNode source(SourceBias b) {
    return Json.object()
        .put("source", b.source())
        .put("bias_factor", b.biasFactor())
        .put("low95", b.low95())
        .put("high95", b.high95())
        .put("reports", b.reports())
        .put("anchored", b.fixed());
  }

  private static ObjectNode revision(SourceRevisions r) {
    ObjectNode o =
        Json.object()
            .put("source", r.source())
            .put("basis", r.basis().label())
            .put("reports", r.reports())
            .put("n", r.stats().n())
            .put("direction", r.stats().direction().name().toLowerCase(Locale.ROOT));
    finite(o, "mean_log_revision", r.stats().mean().mean());
    finite(o, "sign_p", r.stats().sign().p(r.stats().direction()));
    finite(o, "q", r.q());
    finite(o, "mean_log_deviation", r.meanDeviation());
    return o.put("flag", r.flag().words()).put("note", r.note());
  }

  private static void finite(ObjectNode o, String field, double v) {
    if (Double.isFinite(v)) {
      o.put(field, v);
    } else {
      o.putNull(field);
    }
  }
}
