package org.vigie.core.series.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PoolSettings;

class QEstimateTest {

  private static final LocalDate D0 = LocalDate.of(2024, 1, 1);

  /** 200 days of a random walk with variance q a day, reported every other day, noise sd 0.05. */
  private static List<Observation> walk(double q, long seed) {
    Random random = new Random(seed);
    List<Observation> reports = new ArrayList<>();
    double x = Math.log(10_000);
    for (int day = 0; day < 200; day++) {
      x += Math.sqrt(q) * random.nextGaussian();
      if (day % 2 == 0) {
        reports.add(
            Observation.point("A", D0.plusDays(day), Math.exp(x + 0.05 * random.nextGaussian())));
      }
    }
    return reports;
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0005, 0.004, 0.03})
  void recovers_the_random_walk_variance_within_a_factor_of_two(double q) {
    PoolSettings settings = PoolSettings.defaults().withDefaultNoiseSd(0.05);
    QEstimate.Fit fit = QEstimate.maximumLikelihood(walk(q, 11), settings);
    assertThat(fit.atBound()).isFalse();
    assertThat(fit.qPerDay()).isBetween(q / 2, q * 2);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0005, 0.03})
  void a_flat_series_sits_at_the_lower_bound_and_says_so(double ignored) {
    List<Observation> flat = new ArrayList<>();
    for (int day = 0; day < 60; day += 3) {
      flat.add(Observation.point(day % 2 == 0 ? "A" : "B", D0.plusDays(day), 10_000 + day % 2));
    }
    QEstimate.Fit fit = QEstimate.maximumLikelihood(flat, PoolSettings.defaults());
    assertThat(fit.atBound()).isTrue();
    assertThat(fit.qPerDay()).isLessThan(2 * QEstimate.MIN_Q);
  }
}
