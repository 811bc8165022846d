package org.vigie.core.series;

import java.util.List;
import java.util.Objects;

/**
 * What pooling a series gave.
 *
 * @param estimates smoothed (all reports, before and after) estimate per grid date
 * @param filtered filtered (reports up to that date only) estimate per grid date: what an analyst
 *     could have said on the day
 * @param sources house effect per source, in order of first report
 * @param notes echoes and republications dropped, outliers down-weighted
 * @param reportsUsed reports that entered the filter
 * @param logLikelihood prediction-error log-likelihood (ln Z for censored reports)
 * @param settings the settings used
 * @param forecasts each pooled report's one-step-ahead forecast from the reports before it, in the
 *     order the filter read them
 */
public record PoolResult(
    List<PooledPoint> estimates,
    List<PooledPoint> filtered,
    List<SourceBias> sources,
    List<PoolNote> notes,
    int reportsUsed,
    double logLikelihood,
    PoolSettings settings,
    List<Forecast> forecasts) {

  public PoolResult {
    estimates = List.copyOf(estimates);
    filtered = List.copyOf(filtered);
    sources = List.copyOf(sources);
    notes = List.copyOf(notes);
    forecasts = List.copyOf(forecasts);
    Objects.requireNonNull(settings, "settings");
    if (estimates.size() != filtered.size()) {
      throw new IllegalArgumentException(
          estimates.size() + " smoothed but " + filtered.size() + " filtered points");
    }
  }
}
