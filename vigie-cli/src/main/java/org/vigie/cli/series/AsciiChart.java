package org.vigie.cli.series;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.core.series.Observation;
import org.vigie.core.series.ObservationKind;
import org.vigie.core.series.PooledPoint;

/**
 * A terminal chart of a pooled series on a log axis: the 95 % band (░), the 50 % band (▒), the
 * median (━) and each report as its source's letter (upper case for a figure or a range, lower case
 * for a bound), placed at its as-of date and stated figure.
 */
final class AsciiChart {

  private static final char BAND95 = '░';
  private static final char BAND50 = '▒';
  private static final char MEDIAN = '━';
  private static final int LABEL = 7;

  private final List<PooledPoint> estimates;
  private final LocalDate start;
  private final long span;
  private final int width;
  private final int height;
  private final double logTop;
  private final double logBottom;

  private AsciiChart(
      List<PooledPoint> estimates, List<Observation> reports, int width, int height) {
    this.estimates = estimates;
    this.start = estimates.get(0).date();
    this.span =
        Math.max(1, ChronoUnit.DAYS.between(start, estimates.get(estimates.size() - 1).date()));
    this.width = width;
    this.height = height;
    double lo = estimates.stream().mapToDouble(PooledPoint::low95).min().orElseThrow();
    double hi = estimates.stream().mapToDouble(PooledPoint::high95).max().orElseThrow();
    for (Observation o : reports) {
      lo = Math.min(lo, o.figure());
      hi = Math.max(hi, o.figure());
    }
    double pad = 0.03 * (Math.log10(hi) - Math.log10(lo)) + 1e-9;
    this.logTop = Math.log10(hi) + pad;
    this.logBottom = Math.log10(lo) - pad;
  }

  /** The chart's lines: a title, the plot with its y labels, the date axis. */
  static List<String> render(
      List<PooledPoint> estimates,
      List<Observation> reports,
      Map<String, Character> marks,
      String unit,
      int width,
      int height) {
    return new AsciiChart(estimates, reports, width, height).draw(reports, marks, unit);
  }

  private List<String> draw(List<Observation> reports, Map<String, Character> marks, String unit) {
    char[][] cells = new char[height][width];
    for (char[] row : cells) {
      Arrays.fill(row, ' ');
    }
    for (int c = 0; c < width; c++) {
      double[] at = interpolate(start.plusDays(Math.round((double) c * span / (width - 1))));
      fill(cells, c, at[3], at[4], BAND95);
      fill(cells, c, at[1], at[2], BAND50);
      cells[row(at[0])][c] = MEDIAN;
    }
    for (Observation o : reports) {
      long day = ChronoUnit.DAYS.between(start, o.asOf());
      if (day < 0 || day > span) {
        continue;
      }
      char mark = marks.getOrDefault(o.source(), '*');
      boolean bound =
          o.kind() == ObservationKind.LOWER_BOUND || o.kind() == ObservationKind.UPPER_BOUND;
      cells[row(o.figure())][(int) Math.round((double) day * (width - 1) / span)] =
          bound ? Character.toLowerCase(mark) : mark;
    }
    List<String> lines = new ArrayList<>();
    lines.add(" ".repeat(LABEL) + unit + " (log scale)");
    String[] labels = yLabels();
    for (int r = 0; r < height; r++) {
      lines.add(labels[r] + (labels[r].isBlank() ? " │" : " ┤") + new String(cells[r]));
    }
    lines.add(" ".repeat(LABEL) + " └" + "─".repeat(width));
    lines.add(dateAxis());
    return lines;
  }

  private void fill(char[][] cells, int column, double low, double high, char c) {
    for (int r = row(high); r <= row(low); r++) {
      cells[r][column] = c;
    }
  }

  private int row(double value) {
    double f = (logTop - Math.log10(value)) / (logTop - logBottom);
    return (int) Math.max(0, Math.min(height - 1, Math.round(f * (height - 1))));
  }

  /** Median, low50, high50, low95, high95 at a date, interpolated on the log scale. */
  private double[] interpolate(LocalDate date) {
    int i = 0;
    while (i + 1 < estimates.size() && !estimates.get(i + 1).date().isAfter(date)) {
      i++;
    }
    PooledPoint a = estimates.get(i);
    PooledPoint b = estimates.get(Math.min(i + 1, estimates.size() - 1));
    long gap = ChronoUnit.DAYS.between(a.date(), b.date());
    double w = gap == 0 ? 0 : (double) ChronoUnit.DAYS.between(a.date(), date) / gap;
    double[] from = {a.median(), a.low50(), a.high50(), a.low95(), a.high95()};
    double[] to = {b.median(), b.low50(), b.high50(), b.low95(), b.high95()};
    double[] out = new double[5];
    for (int k = 0; k < 5; k++) {
      out[k] = Math.exp((1 - w) * Math.log(from[k]) + w * Math.log(to[k]));
    }
    return out;
  }

  /** Labels at 1-2-5 steps, each on its own row, blank elsewhere. */
  private String[] yLabels() {
    String[] labels = new String[height];
    Arrays.fill(labels, " ".repeat(LABEL));
    for (int exponent = (int) Math.floor(logBottom); exponent <= Math.ceil(logTop); exponent++) {
      for (int m : new int[] {1, 2, 5}) {
        double v = m * Math.pow(10, exponent);
        double log = Math.log10(v);
        if (log < logBottom || log > logTop) {
          continue;
        }
        int r = row(v);
        if (labels[r].isBlank()) {
          labels[r] = String.format(Locale.ROOT, "%" + LABEL + "s", compact(v));
        }
      }
    }
    return labels;
  }

  private String dateAxis() {
    String first = start.toString();
    String last = start.plusDays(span).toString();
    String middle = start.plusDays(span / 2).toString();
    char[] axis = new char[LABEL + 2 + width];
    Arrays.fill(axis, ' ');
    place(axis, LABEL + 2, first);
    if (width > 3 * first.length()) {
      place(axis, LABEL + 2 + width / 2 - middle.length() / 2, middle);
    }
    place(axis, axis.length - last.length(), last);
    return new String(axis);
  }

  private static void place(char[] line, int at, String text) {
    for (int i = 0; i < text.length() && at + i < line.length; i++) {
      line[at + i] = text.charAt(i);
    }
  }

  /** 1500 → "1.5k", 12000 → "12k", 3e6 → "3M". */
  static String compact(double v) {
    String[] suffix = {"", "k", "M", "G"};
    int k = 0;
    while (Math.abs(v) >= 1000 && k < suffix.length - 1) {
      v /= 1000;
      k++;
    }
    String digits =
        v >= 100 || v == Math.rint(v)
            ? String.format(Locale.ROOT, "%.0f", v)
            : String.format(Locale.ROOT, "%.1f", v);
    return digits + suffix[k];
  }
}
