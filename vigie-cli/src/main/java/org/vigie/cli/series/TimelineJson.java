package org.vigie.cli.series;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.vigie.cli.JsonLines;
import org.vigie.core.series.PoolNote;
import org.vigie.core.series.PoolResult;
import org.vigie.core.series.timeline.SeriesReports;
import org.vigie.core.series.timeline.SkippedRow;

/** JSON pieces shared by {@code pool} and {@code revisions}. */
final class TimelineJson {

  private TimelineJson() {}

  /** A count: whole units from 100 up, else 4 significant digits. */
  static double round(double v) {
    return Math.abs(v) >= 100
        ? Math.rint(v)
        : round(v, 4 - (int) Math.ceil(Math.log10(Math.abs(v) + 1e-300)));
  }

  /** {@code v} to {@code decimals} decimal places (half up), or NaN unchanged. */
  static double round(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return v;
    }
    return BigDecimal.valueOf(v)
        .setScale(Math.max(decimals, 0), RoundingMode.HALF_UP)
        .doubleValue();
  }

  /** Puts {@code v} rounded, or null when it is NaN (JSON has no NaN). */
  static ObjectNode put(ObjectNode node, String field, double v, int decimals) {
    return Double.isFinite(v) ? node.put(field, round(v, decimals)) : node.putNull(field);
  }

  /** The closing line of {@code pool --json}: settings, notes and skipped rows. */
  static ObjectNode model(SeriesReports series, PoolResult result, String qSource) {
    ObjectNode model =
        JsonLines.object()
            .put("kind", "model")
            .put("series", series.name())
            .put("unit", series.unit())
            .put("q_per_day", round(result.settings().qPerDay(), 6))
            .put("q_source", qSource)
            .put("noise_sd", result.settings().defaultNoiseSd())
            .put("bias_prior_sd", result.settings().biasPriorSd())
            .put("reports", series.observations().size())
            .put("pooled", result.reportsUsed());
    put(model, "log_likelihood", result.logLikelihood(), 3);
    ArrayNode anchors = model.putArray("anchored");
    result.settings().knownBiases().keySet().forEach(anchors::add);
    ArrayNode notes = model.putArray("notes");
    for (PoolNote n : result.notes()) {
      notes
          .addObject()
          .put("date", n.date().toString())
          .put("source", n.source())
          .put("message", n.message());
    }
    model.set("skipped", skipped(series));
    return model;
  }

  static ArrayNode skipped(SeriesReports series) {
    ArrayNode skipped = JsonLines.MAPPER.createArrayNode();
    for (SkippedRow k : series.skipped()) {
      skipped.addObject().put("line", k.line()).put("source", k.source()).put("reason", k.reason());
    }
    return skipped;
  }
}
