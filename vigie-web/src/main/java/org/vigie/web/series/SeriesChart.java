package org.vigie.web.series;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PooledPoint;
import org.vigie.core.series.SourceBias;
import org.vigie.core.series.store.SeriesEstimate;
import org.vigie.service.json.Json;

/**
 * ECharts options (plain JSON, no functions: the page's Content-Security-Policy forbids eval) for a
 * series: every source's reports as points with interval bars, the pooled median with its 50 % and
 * 95 % bands, and each source's revisions as arrows from one of its figures to the next.
 */
final class SeriesChart {

  /** Colours of the sources, in order of first report; then they repeat. */
  static final List<String> PALETTE =
      List.of(
          "#d1495b", "#edae49", "#00798c", "#66a182", "#8d5a97", "#e07a5f", "#3d405b", "#81b29a",
          "#b5838d", "#6d597a", "#f2cc8f", "#118ab2");

  private static final String BAND = "#2f5d8a";
  private static final long DAY_MS = 86_400_000L;

  private SeriesChart() {}

  /** The colour of each source, in order of first report. */
  static Map<String, String> colours(List<SourceBias> sources) {
    Map<String, String> colours = new LinkedHashMap<>();
    for (SourceBias b : sources) {
      colours.put(b.source(), PALETTE.get(colours.size() % PALETTE.size()));
    }
    return colours;
  }

  /** The full chart of the series page. */
  static ObjectNode full(SeriesEstimate e, String unit) {
    Map<String, String> colours = colours(e.pool().sources());
    ObjectNode option = Json.object().put("animation", false);
    ArrayNode legend =
        option.putObject("legend").put("type", "scroll").put("top", 0).putArray("data");
    legend.add("median").add("50% band").add("95% band");
    colours.keySet().forEach(legend::add);
    option.putObject("grid").put("left", 64).put("right", 24).put("top", 48).put("bottom", 40);
    option.putObject("tooltip").put("trigger", "item").put("formatter", "{a}: {b}");
    option.putObject("xAxis").put("type", "time");
    option.putObject("yAxis").put("type", "log").put("name", unit).put("logBase", 10);
    ArrayNode series = option.putArray("series");
    bands(series, e.pool().estimates(), true);
    for (Map.Entry<String, String> c : colours.entrySet()) {
      List<Observation> reports =
          e.reports().stream()
              .filter(o -> o.source().equals(c.getKey()))
              .sorted(Comparator.comparing(Observation::asOf))
              .toList();
      points(series, c.getKey(), c.getValue(), reports, unit);
      bars(series, c.getKey(), c.getValue(), reports);
      revisions(series, c.getKey(), c.getValue(), reports);
    }
    return option;
  }

  /** A sparkline of the pooled median and its 95 % band, without axes. */
  static ObjectNode sparkline(SeriesEstimate e) {
    ObjectNode option = Json.object().put("animation", false);
    option.putObject("grid").put("left", 2).put("right", 2).put("top", 2).put("bottom", 2);
    option.putObject("xAxis").put("type", "time").put("show", false);
    option.putObject("yAxis").put("type", "log").put("show", false).put("scale", true);
    bands(option.putArray("series"), e.pool().estimates(), false);
    return option;
  }

  private static void bands(ArrayNode series, List<PooledPoint> points, boolean both) {
    band(series, "95% band", points, PooledPoint::low95, PooledPoint::high95, 0.15);
    if (both) {
      band(series, "50% band", points, PooledPoint::low50, PooledPoint::high50, 0.3);
    }
    ObjectNode median = line(series, "median", BAND);
    median.putObject("lineStyle").put("color", BAND).put("width", 2);
    ArrayNode data = median.putArray("data");
    points.forEach(p -> data.addArray().add(ms(p.date())).add(round(p.median())));
  }

  /**
   * A band drawn as two stacked lines: the invisible lower edge, then the width above it, filled
   * down to the edge.
   */
  private static void band(
      ArrayNode series,
      String name,
      List<PooledPoint> points,
      ToDoubleFunction<PooledPoint> low,
      ToDoubleFunction<PooledPoint> high,
      double opacity) {
    ObjectNode edge = line(series, name, BAND).put("stack", name).put("silent", true);
    edge.putObject("lineStyle").put("opacity", 0);
    ObjectNode width = line(series, name, BAND).put("stack", name).put("silent", true);
    width.putObject("lineStyle").put("opacity", 0);
    width.putObject("areaStyle").put("color", BAND).put("opacity", opacity);
    ArrayNode lows = edge.putArray("data");
    ArrayNode widths = width.putArray("data");
    for (PooledPoint p : points) {
      lows.addArray().add(ms(p.date())).add(round(low.applyAsDouble(p)));
      widths.addArray().add(ms(p.date())).add(round(high.applyAsDouble(p) - low.applyAsDouble(p)));
    }
  }

  private static void points(
      ArrayNode series, String source, String colour, List<Observation> reports, String unit) {
    ObjectNode s = series.addObject().put("name", source).put("type", "scatter");
    s.put("symbolSize", 9);
    s.putObject("itemStyle").put("color", colour);
    ArrayNode data = s.putArray("data");
    for (Observation o : reports) {
      ObjectNode item = data.addObject();
      item.put(
          "name",
          String.format(Locale.ROOT, "%s, %s %s (%s)", o.asOf(), figure(o), unit, o.label()));
      item.putArray("value").add(ms(o.asOf())).add(round(o.figure()));
      if (o.kind().isCensored() && o.kind() != org.vigie.core.series.ObservationKind.INTERVAL) {
        item.put(
            "symbol",
            o.kind() == org.vigie.core.series.ObservationKind.UPPER_BOUND ? "triangle" : "diamond");
      }
    }
  }

  /** Interval bars: one broken line per source, a segment per report that is not a point. */
  private static void bars(
      ArrayNode series, String source, String colour, List<Observation> reports) {
    ObjectNode s = line(series, source, colour).put("silent", true);
    s.putObject("lineStyle").put("color", colour).put("width", 3).put("opacity", 0.6);
    ArrayNode data = s.putArray("data");
    for (Observation o : reports) {
      double[] span = span(o);
      if (span == null) {
        continue;
      }
      data.addArray().add(ms(o.asOf())).add(round(span[0]));
      data.addArray().add(ms(o.asOf())).add(round(span[1]));
      data.addArray().add(ms(o.asOf())).add("-");
    }
  }

  /** The drawn span of a report; open ends drawn half as far again; null for a point. */
  static double[] span(Observation o) {
    return switch (o.kind()) {
      case POINT -> null;
      case INTERVAL, VAGUE_INTERVAL -> new double[] {o.low(), o.high()};
      case LOWER_BOUND ->
          new double[] {o.low(), Double.isInfinite(o.high()) ? o.low() * 1.5 : o.high()};
      case UPPER_BOUND -> new double[] {o.high() / 1.5, o.high()};
    };
  }

  /** Arrows from each of a source's figures to its next different one. */
  private static void revisions(
      ArrayNode series, String source, String colour, List<Observation> reports) {
    List<Observation[]> moves = new ArrayList<>();
    for (int i = 1; i < reports.size(); i++) {
      Observation a = reports.get(i - 1);
      Observation b = reports.get(i);
      if (b.asOf().isAfter(a.asOf()) && a.figure() != b.figure()) {
        moves.add(new Observation[] {a, b});
      }
    }
    if (moves.isEmpty()) {
      return;
    }
    ObjectNode s =
        series
            .addObject()
            .put("name", source)
            .put("type", "lines")
            .put("coordinateSystem", "cartesian2d")
            .put("symbolSize", 8)
            .put("silent", true);
    s.putArray("symbol").add("none").add("arrow");
    s.putObject("lineStyle").put("color", colour).put("type", "dashed").put("width", 1.5);
    ArrayNode data = s.putArray("data");
    for (Observation[] m : moves) {
      ArrayNode coords = data.addObject().putArray("coords");
      coords.addArray().add(ms(m[0].asOf())).add(round(m[0].figure()));
      coords.addArray().add(ms(m[1].asOf())).add(round(m[1].figure()));
    }
  }

  private static ObjectNode line(ArrayNode series, String name, String colour) {
    ObjectNode s =
        series
            .addObject()
            .put("name", name)
            .put("type", "line")
            .put("symbol", "none")
            .put("connectNulls", false);
    s.putObject("itemStyle").put("color", colour);
    return s;
  }

  static String figure(Observation o) {
    return switch (o.kind()) {
      case POINT -> count(o.low());
      case INTERVAL, VAGUE_INTERVAL -> count(o.low()) + "–" + count(o.high());
      case LOWER_BOUND -> "≥ " + count(o.low());
      case UPPER_BOUND -> "≤ " + count(o.high());
    };
  }

  static String count(double v) {
    return v >= 100
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.3g", v);
  }

  private static long ms(LocalDate d) {
    return d.toEpochDay() * DAY_MS;
  }

  private static double round(double v) {
    return v >= 100 ? Math.rint(v) : Math.rint(v * 1000) / 1000;
  }
}
