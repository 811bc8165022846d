package org.vigie.cli.series;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.vigie.cli.JsonLines;
import org.vigie.core.series.Forecast;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PoolNote;
import org.vigie.core.series.PoolResult;
import org.vigie.core.series.pool.Backtest;
import org.vigie.core.series.pool.JumpFit;
import org.vigie.core.series.timeline.SeriesReports;
import org.vigie.core.series.timeline.SkippedRow;

/** JSON pieces of {@code pool} and {@code revisions} over a timeline file, and of the backtest. */
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

  /** The model line of {@code pool --json}, with the fitted steps when the model has jumps. */
  static ObjectNode model(SeriesReports series, PoolResult result, SeriesInput.Fitted fitted) {
    ObjectNode model = model(series, result, fitted.qSource());
    JumpFit.Fit jumps = fitted.jumps();
    model.put("process", jumps == null ? "walk" : "jumps");
    if (jumps != null) {
      estimate(model, "q_per_day", jumps.q());
      estimate(model, "jump_sd_log", jumps.jumpSd());
      estimate(model, "jumps_per_day", jumps.jumpsPerDay());
      estimate(model, "noise_sd", jumps.noiseSd());
    }
    return model;
  }

  /** A fitted parameter: its value, and its support on the fitting grid as {@code FIELD_range}. */
  private static void estimate(ObjectNode node, String field, JumpFit.Estimate e) {
    node.put(field, round(e.value(), 6));
    node.putArray(field + "_range").add(round(e.low(), 6)).add(round(e.high(), 6));
  }

  /** One backtest forecast: the report, its predicted bands, whether they held it, its score. */
  static ObjectNode forecast(Forecast f) {
    Observation r = f.report();
    ObjectNode o =
        JsonLines.object()
            .put("kind", "forecast")
            .put("date", r.asOf().toString())
            .put("source", r.source())
            .put("figure", round(r.figure()))
            .put("in50", f.covers(0.5))
            .put("in95", f.covers(0.95));
    put(o, "log_score", f.logScore(), 4);
    return o;
  }

  /** The backtest's summary for one model ({@code shares as fractions}). */
  static ObjectNode backtest(String series, String process, Backtest.Result r) {
    ObjectNode o =
        JsonLines.object()
            .put("kind", "backtest")
            .put("series", series)
            .put("process", process)
            .put("n", r.n());
    // No forecast (fewer than three reports on different dates): no share to give.
    double none = Double.NaN;
    put(o, "coverage50", r.n() == 0 ? none : r.coverage50(), 4);
    put(o, "coverage95", r.n() == 0 ? none : r.coverage95(), 4);
    put(o, "log_score", r.n() == 0 ? none : r.logScore(), 4);
    return o;
  }

  static ArrayNode skipped(SeriesReports series) {
    ArrayNode skipped = JsonLines.MAPPER.createArrayNode();
    for (SkippedRow k : series.skipped()) {
      skipped.addObject().put("line", k.line()).put("source", k.source()).put("reason", k.reason());
    }
    return skipped;
  }
}
