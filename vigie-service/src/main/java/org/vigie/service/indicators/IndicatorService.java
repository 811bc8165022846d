package org.vigie.service.indicators;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.indicator.IndicatorBoard;
import org.vigie.core.indicator.IndicatorDefinition;
import org.vigie.core.indicator.IndicatorObservation;
import org.vigie.core.indicator.IndicatorState;
import org.vigie.core.indicator.ObservationRecord;
import org.vigie.core.indicator.Scenario;
import org.vigie.core.indicator.SeriesValues;
import org.vigie.core.store.Store;

/**
 * The indicators board: scenarios with their prior, indicators defined on them, observations of
 * their state over time, and where every scenario stands (methods.md §6.2). Shared by {@code vigie
 * indicators} and the {@code /indicators} page.
 */
public final class IndicatorService {

  private final Store store;
  private final Clock clock;

  public IndicatorService(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Keeps an indicator, and its scenario when new ({@code prior}, or the default 0.10, for a new
   * one; a given prior also changes an existing scenario's).
   */
  public IndicatorDefinition define(IndicatorDefinition d, Double prior) {
    Optional<Scenario> known =
        store.indicators().scenarios().stream()
            .filter(s -> s.name().equals(d.scenario()))
            .findFirst();
    if (known.isEmpty() || prior != null) {
      store
          .indicators()
          .putScenario(new Scenario(d.scenario(), prior == null ? Scenario.DEFAULT_PRIOR : prior));
    }
    store.indicators().define(d);
    return d;
  }

  /** Keeps an observation of an indicator's state at {@code at} (now when null). */
  public ObservationRecord observe(
      String name, IndicatorState state, Instant at, String claimId, String analyst, String note) {
    if (store.indicators().get(name).isEmpty()) {
      throw new NotFoundException("indicator", name);
    }
    if (claimId != null && store.claims().get(claimId).isEmpty()) {
      throw new NotFoundException("claim", claimId);
    }
    Instant when = at == null ? clock.instant() : at;
    ObservationRecord r =
        new ObservationRecord(IndicatorObservation.of(name, when, state), claimId, analyst, note);
    store.indicators().observe(r);
    return r;
  }

  /** Every scenario now, threshold indicators evaluated on the given series values. */
  public IndicatorBoard board(SeriesValues series) {
    return board(series, clock.instant());
  }

  public IndicatorBoard board(SeriesValues series, Instant at) {
    return IndicatorBoard.of(
        store.indicators().scenarios(),
        store.indicators().list(),
        store.indicators().observations(),
        series,
        at);
  }

  /** The document holding a stored claim, or null when there is no such claim. */
  public String documentOf(String claimId) {
    return store.claims().get(claimId).map(c -> c.documentId()).orElse(null);
  }

  /**
   * A state by its board name (not-observed, possible, likely, confirmed) or its model name
   * (absent, reported, probable, confirmed), any case.
   */
  public static IndicatorState state(String word) {
    return switch (word.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
      case "not-observed", "absent", "none" -> IndicatorState.ABSENT;
      case "possible", "reported" -> IndicatorState.REPORTED;
      case "likely", "probable" -> IndicatorState.PROBABLE;
      case "confirmed" -> IndicatorState.CONFIRMED;
      default ->
          throw new InvalidInputException(
              "STATE",
              "unknown state \""
                  + word
                  + "\"; use not-observed, possible (c = 0.5), likely (c = 0.75) or confirmed"
                  + " (c = 1)");
    };
  }

  /** The board name of a state. */
  public static String word(IndicatorState s) {
    return switch (s) {
      case ABSENT -> "not observed";
      case REPORTED -> "possible";
      case PROBABLE -> "likely";
      case CONFIRMED -> "confirmed";
    };
  }
}
