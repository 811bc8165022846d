package org.vigie.service.indicators;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.vigie.core.indicator.Indicator;
import org.vigie.core.indicator.IndicatorDefinition;
import org.vigie.core.indicator.IndicatorState;
import org.vigie.core.indicator.SeriesThreshold;
import org.vigie.core.indicator.ThresholdIndicator;
import org.vigie.core.indicator.ValidatorRating;

/**
 * Example indicators for the North Korean deployment, with observations dated from public reporting
 * (the estimates timeline of the project's shared data): what {@code vigie demo} shows on the
 * board.
 */
public final class ExampleIndicators {

  /** Scenario: North Korean troops fight for Russia against Ukraine. */
  public static final String COMBAT = "nk-combat-role";

  /** Scenario: the commitment grows well beyond the first corps. */
  public static final String GROWTH = "nk-deployment-grows";

  /** The series the threshold indicator watches, as the series store will name it. */
  public static final String SERIES = "nk-troops-in-russia";

  private static final Duration STRATEGIC = Duration.ofDays(180);
  private static final String ANALYST = "demo";

  private ExampleIndicators() {}

  /** Defines the examples and their observations; call it once, on a board with no indicator. */
  public static void define(IndicatorService s) {
    s.define(
        def(
            COMBAT,
            "nk-kursk-combat",
            "NK troops observed in combat in Kursk",
            ValidatorRating.HL,
            ValidatorRating.U,
            "combat-seen"),
        0.2);
    s.define(
        def(
            COMBAT,
            "nk-casualties",
            "NK casualties reported by governments",
            ValidatorRating.L,
            ValidatorRating.HU,
            "combat-seen"),
        null);
    s.define(
        def(
            COMBAT,
            "nk-heavy-weapons",
            "NK artillery systems delivered to Russia",
            ValidatorRating.L,
            ValidatorRating.C,
            null),
        null);
    IndicatorDefinition over20k =
        def(
            GROWTH,
            "nk-troops-over-20k",
            "NK troops in Russia, pooled estimate",
            ValidatorRating.HL,
            ValidatorRating.U,
            null);
    s.define(
        new IndicatorDefinition(
            GROWTH,
            over20k.indicator(),
            new SeriesThreshold(
                SERIES,
                new ThresholdIndicator(
                    "nk-troops-over-20k",
                    "NK troops in Russia, pooled estimate",
                    ThresholdIndicator.Comparison.ABOVE,
                    20_000,
                    "soldier"))),
        0.1);
    observe(
        s,
        "nk-kursk-combat",
        "2024-11-12",
        IndicatorState.PROBABLE,
        "US: more than 10,000 NK soldiers engaged in combat operations (franceinfo)");
    observe(
        s,
        "nk-kursk-combat",
        "2024-12-16",
        IndicatorState.CONFIRMED,
        "Ukraine HUR: about 30 NK soldiers killed or wounded in combat in Kursk (BNO News)");
    observe(
        s,
        "nk-casualties",
        "2024-11-24",
        IndicatorState.REPORTED,
        "Unverified: 500 NK soldiers killed by a Storm Shadow strike (KBS)");
    observe(
        s,
        "nk-casualties",
        "2024-12-23",
        IndicatorState.CONFIRMED,
        "South Korea JCS: about 1,100 NK casualties since entering combat (Moscow Times)");
    observe(
        s,
        "nk-heavy-weapons",
        "2024-11-18",
        IndicatorState.PROBABLE,
        "Ukraine intelligence: nearly 50 Koksan guns and 20 240-mm MRLs delivered (Ukrinform)");
  }

  private static IndicatorDefinition def(
      String scenario,
      String name,
      String label,
      ValidatorRating ifScenario,
      ValidatorRating ifNot,
      String group) {
    Indicator i = Indicator.of(name, label, ifScenario, ifNot).withHalfLife(STRATEGIC);
    return new IndicatorDefinition(scenario, group == null ? i : i.inGroup(group), null);
  }

  private static void observe(
      IndicatorService s, String name, String day, IndicatorState state, String note) {
    Instant at = LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant();
    s.observe(name, state, at, null, ANALYST, note);
  }
}
