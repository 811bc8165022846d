package org.vigie.core.series;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One report of a quantity by one source, placed at the date the estimate was true for (its as-of
 * date, not the publication date of the article that carried it).
 *
 * <p>The range {@code low..high} is on the natural scale: equal for a point, {@code high = +∞} for
 * an open lower bound or a soft cap for "more than N" (see {@link #lowerBound}), {@code low = 0}
 * for an upper bound. {@code inflation} multiplies the source's noise variance for this report
 * alone (hedging, second-hand relay); 1 means none. Reports with the same {@code echoKey} are
 * echoes of one figure, e.g. the same ministry statement relayed by several outlets, and count
 * once; by default the key is source, date, kind and figure.
 *
 * @param source who made the estimate (the originating organisation, not the outlet)
 * @param asOf the date the estimate describes
 * @param kind point, interval, vague interval, lower or upper bound
 * @param low lower end on the natural scale (the value for a point; 0 for an upper bound)
 * @param high upper end on the natural scale (the value for a point; +∞ for a lower bound)
 * @param inflation factor ≥ 1 on the noise variance of this report
 * @param echoKey reports sharing it count once
 * @param label the wording or qualifier, for display ("about", "more than", …); may be empty
 */
public record Observation(
    String source,
    LocalDate asOf,
    ObservationKind kind,
    double low,
    double high,
    double inflation,
    String echoKey,
    String label) {

  public Observation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(echoKey, "echoKey");
    Objects.requireNonNull(label, "label");
    if (!(inflation >= 1.0) || Double.isInfinite(inflation)) {
      throw new IllegalArgumentException("inflation must be a finite number ≥ 1, got " + inflation);
    }
    switch (kind) {
      case POINT -> requireFigure(low == high ? low : Double.NaN, "a point needs low == high");
      case INTERVAL, VAGUE_INTERVAL -> {
        requireFigure(low, "interval low");
        requireFigure(high, "interval high");
        if (!(low < high)) {
          throw new IllegalArgumentException("interval low " + low + " must be < high " + high);
        }
      }
      case LOWER_BOUND -> {
        requireFigure(low, "lower bound");
        if (!(high > low)) {
          throw new IllegalArgumentException(
              "a lower bound's high (+∞ or a soft cap) must exceed " + low + ", got " + high);
        }
      }
      case UPPER_BOUND -> {
        requireFigure(high, "upper bound");
        if (low != 0.0) {
          throw new IllegalArgumentException("an upper bound has low = 0, got " + low);
        }
      }
    }
  }

  private static void requireFigure(double v, String what) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(what + " must be a positive finite number, got " + v);
    }
  }

  public static Observation point(String source, LocalDate asOf, double value) {
    return of(source, asOf, ObservationKind.POINT, value, value);
  }

  public static Observation interval(String source, LocalDate asOf, double low, double high) {
    return of(source, asOf, ObservationKind.INTERVAL, low, high);
  }

  public static Observation vague(String source, LocalDate asOf, double low, double high) {
    return of(source, asOf, ObservationKind.VAGUE_INTERVAL, low, high);
  }

  public static Observation atLeast(String source, LocalDate asOf, double bound) {
    return of(source, asOf, ObservationKind.LOWER_BOUND, bound, Double.POSITIVE_INFINITY);
  }

  /**
   * "More than N", read with the upper-bound implicature of comparatives (methods §5.2–5.3): the
   * reading lies between {@code bound} and {@code softCap}. The cap is soft because the reading
   * still carries the source's noise. {@link #figure()} stays the bound.
   */
  public static Observation lowerBound(
      String source, LocalDate asOf, double bound, double softCap) {
    return of(source, asOf, ObservationKind.LOWER_BOUND, bound, softCap);
  }

  public static Observation atMost(String source, LocalDate asOf, double bound) {
    return of(source, asOf, ObservationKind.UPPER_BOUND, 0.0, bound);
  }

  private static Observation of(
      String source, LocalDate asOf, ObservationKind kind, double low, double high) {
    String key = String.format(Locale.ROOT, "%s|%s|%s|%s|%s", source, asOf, kind, low, high);
    return new Observation(source, asOf, kind, low, high, 1.0, key, "");
  }

  public Observation withInflation(double factor) {
    return new Observation(source, asOf, kind, low, high, factor, echoKey, label);
  }

  public Observation withEchoKey(String key) {
    return new Observation(source, asOf, kind, low, high, inflation, key, label);
  }

  public Observation withLabel(String text) {
    return new Observation(source, asOf, kind, low, high, inflation, echoKey, text);
  }

  /**
   * The figure the report states: the value of a point, the geometric midpoint of an interval, the
   * bound of a one-sided report. Revision tests work on these.
   */
  public double figure() {
    return switch (kind) {
      case POINT, LOWER_BOUND -> low;
      case UPPER_BOUND -> high;
      case INTERVAL, VAGUE_INTERVAL -> Math.sqrt(low * high);
    };
  }

  /** True when both reports say the same thing (kind and range), whatever their dates. */
  public boolean sameFigureAs(Observation other) {
    return kind == other.kind && low == other.low && high == other.high;
  }
}
