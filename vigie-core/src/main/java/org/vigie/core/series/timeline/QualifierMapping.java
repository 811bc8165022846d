package org.vigie.core.series.timeline;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.vigie.core.series.Observation;

/**
 * Turns a timeline row into an observation, following the vague-quantifier defaults of methods
 * §5.3. Every qualifier of {@code nk_estimates_timeline.csv} has a treatment:
 *
 * <ul>
 *   <li>point: exact, estimated, only, additional, rate (and an empty qualifier);
 *   <li>about N, an interval 0.9N–1.1N through the exact interval update (not a point with inflated
 *       noise): around, about, approximately, roughly, some, environ, etwa;
 *   <li>nearly N, an interval 0.85N–N: nearly, almost, approaching;
 *   <li>lower bound with a soft cap at the next step of 1-2-5 (10,000 → 20,000; 12 million → 20
 *       million), the upper-bound implicature of comparatives (methods §5.2–5.3): more_than, over,
 *       plus_de, exceeded; without caps ({@code softCaps} false) they are open;
 *   <li>open lower bound, "at least" carrying ignorance rather than an implicature: at_least,
 *       or_more (strict and inclusive bounds are the same for a continuous quantity);
 *   <li>upper bound ("maximum claim"): up_to, as_many_as, as_high_as, as_much_as, up_to_each;
 *   <li>range low–high from the columns: range, range_approx, conservative_range, capacity_estimate
 *       (an either/or container capacity: read as its low–high span);
 *   <li>vague interval: vague_plural (low/high columns required), several_dozen 36–108 and
 *       several_hundred 300–900 when the columns are empty (3–9 units, as "several thousand" =
 *       3,000–9,000 in §5.3), and the §5.3 plurals (dozens, hundreds, thousands, …);
 *   <li>skipped, no figure of the quantity: up_to_a_battalion (a unit, not a count), about_a_third
 *       (a share of another quantity).
 * </ul>
 *
 * <p>A row's date: precision "day" as is, "month" on the 15th, "year" on 1 July; "unknown" or an
 * unparseable date skips the row.
 */
public final class QualifierMapping {

  /** How a qualifier is read. */
  public enum Treatment {
    POINT,
    ABOUT,
    NEARLY,
    COMPARATIVE_BOUND,
    LOWER_BOUND,
    UPPER_BOUND,
    RANGE,
    VAGUE,
    UNUSABLE
  }

  /** An observation, or the reason there is none. */
  public record Outcome(Observation observation, String reason) {
    static Outcome of(Observation o) {
      return new Outcome(Objects.requireNonNull(o), null);
    }

    static Outcome skip(String reason) {
      return new Outcome(null, reason);
    }
  }

  /** Relative half-width of "about N". */
  public static final double ABOUT = 0.10;

  /** Lower end of "nearly N", as a fraction of N. */
  public static final double NEARLY = 0.85;

  private static final Map<String, Treatment> TREATMENTS =
      Map.ofEntries(
          Map.entry("", Treatment.POINT),
          Map.entry("exact", Treatment.POINT),
          Map.entry("estimated", Treatment.POINT),
          Map.entry("only", Treatment.POINT),
          Map.entry("additional", Treatment.POINT),
          Map.entry("rate", Treatment.POINT),
          Map.entry("around", Treatment.ABOUT),
          Map.entry("about", Treatment.ABOUT),
          Map.entry("approximately", Treatment.ABOUT),
          Map.entry("roughly", Treatment.ABOUT),
          Map.entry("some", Treatment.ABOUT),
          Map.entry("environ", Treatment.ABOUT),
          Map.entry("etwa", Treatment.ABOUT),
          Map.entry("nearly", Treatment.NEARLY),
          Map.entry("almost", Treatment.NEARLY),
          Map.entry("approaching", Treatment.NEARLY),
          Map.entry("more_than", Treatment.COMPARATIVE_BOUND),
          Map.entry("over", Treatment.COMPARATIVE_BOUND),
          Map.entry("plus_de", Treatment.COMPARATIVE_BOUND),
          Map.entry("exceeded", Treatment.COMPARATIVE_BOUND),
          Map.entry("at_least", Treatment.LOWER_BOUND),
          Map.entry("or_more", Treatment.LOWER_BOUND),
          Map.entry("up_to", Treatment.UPPER_BOUND),
          Map.entry("as_many_as", Treatment.UPPER_BOUND),
          Map.entry("as_high_as", Treatment.UPPER_BOUND),
          Map.entry("as_much_as", Treatment.UPPER_BOUND),
          Map.entry("up_to_each", Treatment.UPPER_BOUND),
          Map.entry("range", Treatment.RANGE),
          Map.entry("range_approx", Treatment.RANGE),
          Map.entry("conservative_range", Treatment.RANGE),
          Map.entry("capacity_estimate", Treatment.RANGE),
          Map.entry("vague_plural", Treatment.VAGUE),
          Map.entry("several_dozen", Treatment.VAGUE),
          Map.entry("several_hundred", Treatment.VAGUE),
          Map.entry("several_thousand", Treatment.VAGUE),
          Map.entry("a_few_thousand", Treatment.VAGUE),
          Map.entry("dozens", Treatment.VAGUE),
          Map.entry("hundreds", Treatment.VAGUE),
          Map.entry("thousands", Treatment.VAGUE),
          Map.entry("tens_of_thousands", Treatment.VAGUE),
          Map.entry("hundreds_of_thousands", Treatment.VAGUE),
          Map.entry("up_to_a_battalion", Treatment.UNUSABLE),
          Map.entry("about_a_third", Treatment.UNUSABLE));

  /** §5.3 ranges for vague phrases whose row gives no low/high. */
  private static final Map<String, double[]> VAGUE_DEFAULTS =
      Map.of(
          "several_dozen", new double[] {36, 108},
          "several_hundred", new double[] {300, 900},
          "several_thousand", new double[] {3000, 9000},
          "a_few_thousand", new double[] {2000, 5000},
          "dozens", new double[] {20, 99},
          "hundreds", new double[] {200, 999},
          "thousands", new double[] {2000, 9999},
          "tens_of_thousands", new double[] {20_000, 99_999},
          "hundreds_of_thousands", new double[] {200_000, 999_999});

  private QualifierMapping() {}

  /** The treatment of a qualifier, or null when it is unknown. */
  public static Treatment treatmentOf(String qualifier) {
    return TREATMENTS.get(qualifier.strip().toLowerCase(Locale.ROOT));
  }

  /** Maps a row with soft caps on comparative bounds, the default. */
  public static Outcome map(TimelineRow row) {
    return map(row, true);
  }

  /** Maps a row; {@code softCaps} false reads "more than N" as an open lower bound. */
  public static Outcome map(TimelineRow row, boolean softCaps) {
    LocalDate date = dateOf(row);
    if (date == null) {
      return Outcome.skip(
          "no usable date ('" + row.date() + "', precision " + row.datePrecision() + ")");
    }
    String qualifier = row.qualifier().strip().toLowerCase(Locale.ROOT);
    Treatment treatment = TREATMENTS.get(qualifier);
    if (treatment == null) {
      return Outcome.skip("unknown qualifier '" + row.qualifier() + "'");
    }
    if (treatment == Treatment.UNUSABLE) {
      return Outcome.skip("qualifier '" + qualifier + "' states no count of the quantity");
    }
    try {
      Observation o = observation(treatment, qualifier, row, date, softCaps);
      return o == null
          ? Outcome.skip("no value, low or high for qualifier '" + qualifier + "'")
          : Outcome.of(o.withLabel(qualifier));
    } catch (NumberFormatException e) {
      return Outcome.skip("a figure is not a number: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return Outcome.skip("inconsistent figures: " + e.getMessage());
    }
  }

  private static Observation observation(
      Treatment treatment, String qualifier, TimelineRow row, LocalDate date, boolean softCaps) {
    String s = row.source();
    double value = number(row.value());
    double low = number(row.low());
    double high = number(row.high());
    boolean lower = treatment == Treatment.LOWER_BOUND || treatment == Treatment.COMPARATIVE_BOUND;
    double stated = first(value, lower ? low : high, low);
    if (Double.isNaN(stated) && treatment != Treatment.VAGUE) {
      return null;
    }
    return switch (treatment) {
      case POINT -> Observation.point(s, date, stated);
      case ABOUT -> Observation.interval(s, date, stated * (1 - ABOUT), stated * (1 + ABOUT));
      case NEARLY -> Observation.interval(s, date, stated * NEARLY, stated);
      case LOWER_BOUND -> Observation.atLeast(s, date, stated);
      case COMPARATIVE_BOUND ->
          softCaps
              ? Observation.lowerBound(s, date, stated, softCap(stated))
              : Observation.atLeast(s, date, stated);
      case UPPER_BOUND -> Observation.atMost(s, date, stated);
      case RANGE ->
          Double.isNaN(low) || Double.isNaN(high)
              ? Observation.point(s, date, stated)
              : Observation.interval(s, date, low, high);
      case VAGUE -> vague(qualifier, s, date, low, high);
      case UNUSABLE -> null;
    };
  }

  private static Observation vague(
      String qualifier, String s, LocalDate date, double lo, double hi) {
    if (!Double.isNaN(lo) && !Double.isNaN(hi)) {
      return Observation.vague(s, date, lo, hi);
    }
    double[] range = VAGUE_DEFAULTS.get(qualifier);
    return range == null ? null : Observation.vague(s, date, range[0], range[1]);
  }

  /** The next value of the 1-2-5 sequence above {@code n}: 10,000 → 20,000, 6,000 → 10,000. */
  public static double softCap(double n) {
    double decade = Math.pow(10, Math.floor(Math.log10(n)));
    for (double step : new double[] {1, 2, 5, 10, 20}) {
      if (step * decade > n * (1 + 1e-12)) {
        return step * decade;
      }
    }
    throw new IllegalStateException("no 1-2-5 step above " + n);
  }

  private static double first(double... candidates) {
    for (double c : candidates) {
      if (!Double.isNaN(c)) {
        return c;
      }
    }
    return Double.NaN;
  }

  /** A figure written with or without thousands separators; NaN when the cell is empty. */
  static double number(String cell) {
    String digits = cell.replaceAll("[\\s,_\u00a0\u202f]", "");
    return digits.isEmpty() ? Double.NaN : Double.parseDouble(digits);
  }

  static LocalDate dateOf(TimelineRow row) {
    String d = row.date().strip();
    try {
      return switch (row.datePrecision().strip().toLowerCase(Locale.ROOT)) {
        case "day" -> LocalDate.parse(d);
        case "month" -> YearMonth.parse(d).atDay(15);
        case "year" -> Year.parse(d).atMonth(7).atDay(1);
        default -> null;
      };
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
