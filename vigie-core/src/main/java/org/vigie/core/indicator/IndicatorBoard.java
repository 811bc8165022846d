package org.vigie.core.indicator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * Where every scenario stands now: its indicators' latest states rolled up by the {@link
 * EscalationModel} (methods.md §6.2) into P(E) and an escalation level. The level is tracked with
 * hysteresis over every instant an observation was made, then now, so a level reached earlier
 * lowers only once P has fallen clearly below it.
 *
 * @param at when the board was drawn
 * @param scenarios one entry per scenario, in the order given
 */
public record IndicatorBoard(Instant at, List<ScenarioStatus> scenarios) {

  public IndicatorBoard {
    Objects.requireNonNull(at, "at");
    scenarios = List.copyOf(scenarios);
  }

  /**
   * One scenario now.
   *
   * @param scenario name and prior
   * @param probability P(E) now
   * @param logOdds L(now), in nats
   * @param level the escalation level after hysteresis
   * @param indicators its indicators, in the order given
   */
  public record ScenarioStatus(
      Scenario scenario,
      double probability,
      double logOdds,
      Level level,
      List<IndicatorStatus> indicators) {
    public ScenarioStatus {
      indicators = List.copyOf(indicators);
    }
  }

  /**
   * One indicator now.
   *
   * @param definition the indicator
   * @param state its latest state (ABSENT when never observed)
   * @param latest the latest observation recorded by hand, or null
   * @param seriesValue the series' latest value, for a threshold indicator that has one, or null
   * @param weight the nats it adds to L now when seen: decay × confidence × ln(p / p̄), before
   *     grouping; 0 when absent
   */
  public record IndicatorStatus(
      IndicatorDefinition definition,
      IndicatorState state,
      ObservationRecord latest,
      Double seriesValue,
      double weight) {}

  /** The board at {@code now}, with absences weighed by {@code coverage} (κ, default 0). */
  public static IndicatorBoard of(
      List<Scenario> scenarios,
      List<IndicatorDefinition> indicators,
      List<ObservationRecord> observations,
      SeriesValues series,
      Instant now) {
    List<ScenarioStatus> out = new ArrayList<>();
    for (Scenario s : scenarios) {
      List<IndicatorDefinition> mine =
          indicators.stream().filter(d -> d.scenario().equals(s.name())).toList();
      out.add(status(s, mine, observations, series, now));
    }
    return new IndicatorBoard(now, out);
  }

  private static ScenarioStatus status(
      Scenario s,
      List<IndicatorDefinition> mine,
      List<ObservationRecord> records,
      SeriesValues series,
      Instant now) {
    List<String> ids = mine.stream().map(IndicatorDefinition::name).toList();
    List<ObservationRecord> byHand =
        records.stream()
            .filter(r -> ids.contains(r.indicatorId()) && !r.observation().at().isAfter(now))
            .toList();
    List<IndicatorObservation> observations =
        new ArrayList<>(byHand.stream().map(ObservationRecord::observation).toList());
    List<IndicatorStatus> statuses = new ArrayList<>();
    for (IndicatorDefinition d : mine) {
      ObservationRecord latest = latest(byHand, d.name());
      IndicatorObservation current = latest == null ? null : latest.observation();
      Double value = null;
      if (d.threshold() != null) {
        OptionalDouble v = series.latest(d.threshold().series());
        if (v.isPresent()) {
          value = v.getAsDouble();
          current = IndicatorObservation.of(d.name(), now, d.threshold().test().stateFor(value));
          observations.add(current);
        }
      }
      IndicatorState state = current == null ? IndicatorState.ABSENT : current.state();
      double weight =
          current == null
              ? 0
              : d.indicator().decay(Duration.between(current.at(), now))
                  * current.confidence()
                  * d.indicator().seenWeight();
      statuses.add(new IndicatorStatus(d, state, latest, value, weight));
    }
    EscalationModel model =
        EscalationModel.of(s.prior(), mine.stream().map(IndicatorDefinition::indicator).toList());
    List<Instant> times =
        Stream.concat(observations.stream().map(IndicatorObservation::at), Stream.of(now))
            .distinct()
            .toList();
    List<Assessment> track = model.track(observations, times);
    Assessment last = track.get(track.size() - 1);
    return new ScenarioStatus(
        s, last.probability(), model.logOdds(observations, now), last.level(), statuses);
  }

  private static ObservationRecord latest(List<ObservationRecord> records, String id) {
    ObservationRecord latest = null;
    for (ObservationRecord r : records) {
      if (r.indicatorId().equals(id)
          && (latest == null || !r.observation().at().isBefore(latest.observation().at()))) {
        latest = r;
      }
    }
    return latest;
  }
}
