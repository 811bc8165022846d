package org.vigie.service.series;

import java.time.Instant;
import java.util.List;
import org.vigie.core.series.store.SeriesDefinition;

/** The example series of the demo: North Korean troops sent to Russia. */
public final class ExampleSeries {

  /** Its name. */
  public static final String NAME = "nk-troops-in-russia";

  private ExampleSeries() {}

  /** Its definition, created by {@code createdBy} at {@code at}. */
  public static SeriesDefinition definition(String createdBy, Instant at) {
    return new SeriesDefinition(
        NAME,
        "soldier",
        "PRK",
        List.of(),
        "North Korean soldiers sent to Russia, as the sources count them",
        createdBy,
        at);
  }
}
