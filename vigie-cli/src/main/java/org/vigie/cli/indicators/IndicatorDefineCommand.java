package org.vigie.cli.indicators;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.indicator.Indicator;
import org.vigie.core.indicator.IndicatorDefinition;
import org.vigie.core.indicator.SeriesThreshold;
import org.vigie.core.indicator.ThresholdIndicator;
import org.vigie.core.indicator.ValidatorRating;
import org.vigie.core.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "define",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Defines an indicator of a scenario: how likely it is to be seen if the scenario is under"
          + " way (--if-scenario) and if it is not (--if-not), on the Indicators-Validator scale"
          + " HL .9, L .7, C .5, U .2, HU .05, or as numbers (--p, --pbar). Seeing it moves the"
          + " scenario's log-odds by ln(p / pbar), fading with the half-life.",
      "A threshold indicator watches a series instead: it is confirmed while the series' latest"
          + " value is beyond the threshold ('vigie indicators show --series-value NAME=VALUE'"
          + " gives that value until the series store feeds it).",
      "",
      "Examples:",
      "  vigie indicators define nk-kursk-combat --scenario nk-combat-role --prior 0.2 \\",
      "      --label \"NK troops observed in combat in Kursk\" --if-scenario HL --if-not U",
      "  vigie indicators define nk-over-20k --scenario nk-combat-role --series nk-troops \\",
      "      --threshold 20000 --above --unit soldier --label \"NK troops in Russia\"",
      ""
    })
final class IndicatorDefineCommand implements Callable<Integer> {

  @ParentCommand IndicatorsCommand indicators;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The indicator's name, unique.")
  String name;

  @Option(names = "--scenario", required = true, description = "The scenario it bears on.")
  String scenario;

  @Option(names = "--label", description = "What is observed, in words (default: NAME).")
  String label;

  @Option(
      names = "--prior",
      description = "P0 of the scenario (default 0.10 for a new scenario; given, it replaces it).")
  Double prior;

  @Option(names = "--if-scenario", defaultValue = "HL", description = "Default: ${DEFAULT-VALUE}.")
  ValidatorRating ifScenario;

  @Option(names = "--if-not", defaultValue = "U", description = "Default: ${DEFAULT-VALUE}.")
  ValidatorRating ifNot;

  @Option(names = "--p", description = "P(seen | scenario), instead of --if-scenario.")
  Double p;

  @Option(names = "--pbar", description = "P(seen | not scenario), instead of --if-not.")
  Double pbar;

  @Option(names = "--half-life-days", defaultValue = "60", description = "Default: 60 days.")
  double halfLifeDays;

  @Option(names = "--group", description = "Correlated indicators share a group; it counts once.")
  String group;

  @Option(names = "--series", description = "A threshold indicator on this series.")
  String series;

  @Option(names = "--threshold", description = "The threshold, in the series' unit.")
  Double threshold;

  @ArgGroup Direction direction = new Direction();

  static final class Direction {
    @Option(names = "--above", description = "Crossed when the value is above (default).")
    boolean above;

    @Option(names = "--below", description = "Crossed when the value is below.")
    boolean below;
  }

  @Option(names = "--unit", defaultValue = "", description = "The unit, e.g. soldier.")
  String unit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String words = label == null ? name : label;
    Indicator i =
        new Indicator(
            name,
            words,
            p == null ? ifScenario.probability() : p,
            pbar == null ? ifNot.probability() : pbar,
            Duration.ofMinutes(Math.round(halfLifeDays * 24 * 60)),
            group);
    IndicatorDefinition d;
    try (Store store = indicators.openStore()) {
      d =
          indicators
              .service(store)
              .define(new IndicatorDefinition(scenario, i, threshold(words)), prior);
    }
    out.printf(
        Locale.ROOT,
        "defined %s on %s: p %.2f, pbar %.2f, seen adds %.2f nats, half-life %s days%s%n",
        d.name(),
        d.scenario(),
        i.p(),
        i.pbar(),
        i.seenWeight(),
        halfLifeDays,
        d.threshold() == null
            ? ""
            : "; confirmed while "
                + d.threshold().series()
                + ": "
                + d.threshold().test().describe());
    out.flush();
    return Cli.OK;
  }

  private SeriesThreshold threshold(String words) {
    if (series == null && threshold == null) {
      return null;
    }
    if (series == null || threshold == null) {
      throw new InvalidInputException(
          series == null ? "--series" : "--threshold",
          "a threshold indicator needs both --series NAME and --threshold VALUE");
    }
    ThresholdIndicator.Comparison c =
        direction.below ? ThresholdIndicator.Comparison.BELOW : ThresholdIndicator.Comparison.ABOVE;
    return new SeriesThreshold(series, new ThresholdIndicator(name, words, c, threshold, unit));
  }
}
