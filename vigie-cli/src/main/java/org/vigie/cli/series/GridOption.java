package org.vigie.cli.series;

import org.vigie.core.series.Grid;
import picocli.CommandLine.Option;

/**
 * {@code --grid}: the dates a pooled estimate is given for, in {@code pool} and {@code series
 * pool}.
 */
final class GridOption {

  @Option(
      names = "--grid",
      paramLabel = "week|day",
      defaultValue = "week",
      description = "Dates the estimate is given for: every Monday (default) or every day.")
  Grid grid;

  Grid grid() {
    return grid;
  }
}
