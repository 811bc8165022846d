package org.vigie.core.store;

import java.util.List;
import java.util.Optional;
import org.vigie.core.error.AlreadyExistsException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.indicator.IndicatorDefinition;
import org.vigie.core.indicator.ObservationRecord;
import org.vigie.core.indicator.Scenario;

/** Scenarios, their indicators and every observation of them. Safe from several threads. */
public interface IndicatorStore {

  /** Keeps a scenario, or changes the prior of the one with this name. */
  void putScenario(Scenario scenario);

  /** Every scenario, by name. */
  List<Scenario> scenarios();

  /**
   * Keeps a new indicator; its scenario must have been put first.
   *
   * @throws AlreadyExistsException when an indicator has this name
   * @throws NotFoundException when there is no such scenario
   */
  void define(IndicatorDefinition indicator);

  /** The indicator with this name. */
  Optional<IndicatorDefinition> get(String name);

  /** Every indicator, by scenario then name. */
  List<IndicatorDefinition> list();

  /**
   * Appends an observation.
   *
   * @throws NotFoundException when there is no such indicator
   */
  void observe(ObservationRecord observation);

  /** Every observation, oldest first (in the order recorded at equal instants). */
  List<ObservationRecord> observations();
}
