package org.vigie.web.series;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.vigie.core.series.PooledPoint;
import org.vigie.core.series.store.Member;
import org.vigie.core.series.store.SeriesDefinition;
import org.vigie.service.json.Json;
import org.vigie.service.series.SeriesService;

/**
 * A series in a list or on the dashboard: its rule, its latest pooled estimate and a sparkline.
 *
 * @param name the series
 * @param url its page
 * @param rule the rule in words
 * @param description what it counts
 * @param latest the last pooled estimate in words, or a hint when there is none
 * @param sparkline an ECharts option (JSON), or null
 */
public record SeriesCard(
    String name, String url, String rule, String description, String latest, String sparkline) {

  static SeriesCard of(SeriesService.Loaded l) {
    SeriesDefinition d = l.definition();
    String latest;
    String spark = null;
    if (l.estimate() == null) {
      latest = "no claim can be pooled yet";
    } else {
      List<PooledPoint> points = l.estimate().pool().estimates();
      latest = estimateInWords(points.get(points.size() - 1), d.unit());
      spark = Json.write(SeriesChart.sparkline(l.estimate()));
    }
    long pooled = l.members().stream().filter(Member::pooled).count();
    return new SeriesCard(
        d.name(),
        "/series/" + URLEncoder.encode(d.name(), StandardCharsets.UTF_8),
        rule(d) + " · " + pooled + " claims pooled",
        d.description(),
        latest,
        spark);
  }

  /** "unit soldier, actor PRK, keywords Kursk | Koursk". */
  static String rule(SeriesDefinition d) {
    return "unit "
        + d.unit()
        + (d.actor() == null ? ", any actor" : ", actor " + d.actor())
        + (d.keywords().isEmpty() ? "" : ", keywords " + String.join(" | ", d.keywords()));
  }

  static String estimateInWords(PooledPoint p, String unit) {
    return String.format(
        Locale.ROOT,
        "%s: %s %s (50%%: %s–%s; 95%%: %s–%s)",
        p.date(),
        SeriesChart.count(p.median()),
        unit,
        SeriesChart.count(p.low50()),
        SeriesChart.count(p.high50()),
        SeriesChart.count(p.low95()),
        SeriesChart.count(p.high95()));
  }
}
