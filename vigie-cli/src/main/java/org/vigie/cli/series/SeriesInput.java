package org.vigie.cli.series;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PoolSettings;
import org.vigie.core.series.pool.JumpFit;
import org.vigie.core.series.pool.PoolModel;
import org.vigie.core.series.pool.QEstimate;
import org.vigie.core.series.timeline.SeriesReports;
import org.vigie.core.series.timeline.Timeline;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code pool} and {@code revisions} share: the file, the series and the model. */
final class SeriesInput {

  @Parameters(
      paramLabel = "FILE",
      description = "An estimates timeline CSV (the columns of nk_estimates_timeline.csv).")
  Path file;

  @Option(
      names = "--series",
      paramLabel = "NAME",
      required = true,
      description = "The series: rows whose 'quantity' column equals NAME.")
  String series;

  @Option(
      names = "--q",
      paramLabel = "Q|auto",
      defaultValue = "auto",
      description =
          "Random-walk variance of ln N per day; 'auto' (default) fits it by maximum likelihood"
              + " within [1e-4, 0.1]. With --model jumps it is fitted with the steps.")
  String q;

  @Mixin ModelOption model;

  @Option(
      names = "--anchor",
      paramLabel = "SOURCE",
      description =
          "Take SOURCE as unbiased, making the other house effects absolute (default: a ridge"
              + " prior, effects relative to the consensus).")
  String anchor;

  @Option(
      names = "--open-bounds",
      description =
          "Read 'more than N' as open-ended (default: capped softly at the next 1-2-5 step,"
              + " 10,000 → 20,000, for the upper-bound implicature of comparatives; 'at least N'"
              + " is always open).")
  boolean openBounds;

  /** The series' reports from the file. */
  SeriesReports read() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          "FILE", "no such file: " + file + " (give the path of a timeline CSV)");
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("FILE", file + " is not UTF-8 text");
    } catch (IOException e) {
      if (Files.isDirectory(file)) {
        throw new InvalidInputException("FILE", file + " is a folder, not a CSV file");
      }
      throw new UncheckedIOException("cannot read " + file, e);
    }
    SeriesReports reports = Timeline.parse(text).series(series, !openBounds);
    if (reports.observations().isEmpty()) {
      throw new InvalidInputException(
          "--series",
          "series '"
              + series
              + "' has no usable row: "
              + reports.skipped().stream()
                  .map(k -> "line " + k.line() + " (" + k.source() + "): " + k.reason())
                  .collect(Collectors.joining("; ")));
    }
    return reports;
  }

  /** The model settings, with q (and with --model jumps the steps) fitted unless --q gives q. */
  Fitted settings(List<Observation> reports) {
    checkAnchor(reports);
    return fit(reports, model.model());
  }

  /** Refuses an --anchor that no report of the series comes from. */
  void checkAnchor(List<Observation> reports) {
    if (anchor != null && reports.stream().noneMatch(o -> o.source().equals(anchor))) {
      throw new InvalidInputException(
          "--anchor", "no report of series '" + series + "' comes from '" + anchor + "'");
    }
  }

  /** {@code process} fitted to these reports (for the backtest: the reports before one). */
  Fitted fit(List<Observation> reports, PoolModel process) {
    PoolSettings settings = PoolSettings.defaults();
    if (anchor != null && reports.stream().anyMatch(o -> o.source().equals(anchor))) {
      settings = settings.withAnchor(anchor);
    }
    if (process == PoolModel.JUMPS) {
      JumpFit.Fit fit = JumpFit.fit(reports, settings);
      return new Fitted(fit.settings(), "maximum a posteriori, with jumps", fit);
    }
    return walk(reports, settings);
  }

  /** The random walk with q fitted (or given). */
  private Fitted walk(List<Observation> reports, PoolSettings settings) {
    if (q.equalsIgnoreCase("auto")) {
      QEstimate.Fit fit = QEstimate.maximumLikelihood(reports, settings);
      return new Fitted(
          settings.withQPerDay(fit.qPerDay()),
          fit.atBound() ? "at search bound" : "maximum likelihood",
          null);
    }
    try {
      return new Fitted(settings.withQPerDay(Double.parseDouble(q)), "given", null);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "--q", "--q takes 'auto' or a positive number, got '" + q + "'");
    }
  }

  /**
   * Settings and how q was chosen ("maximum likelihood", "at search bound", "given", "maximum a
   * posteriori, with jumps"); {@code jumps} holds the fitted step parameters with their support, or
   * null for the random walk.
   */
  record Fitted(PoolSettings settings, String qSource, JumpFit.Fit jumps) {}
}
