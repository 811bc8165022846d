package org.vigie.cli.indicators;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.core.indicator.IndicatorBoard;
import org.vigie.core.indicator.SeriesValues;
import org.vigie.core.judgement.IcdLikelihood;
import org.vigie.core.series.store.StoredSeriesValues;
import org.vigie.core.store.Store;
import org.vigie.service.indicators.IndicatorService;
import org.vigie.service.json.IndicatorJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Shows every scenario: its prior, P(scenario | indicators) with its ICD 203 words, the"
          + " log-odds in nats and the escalation level; then each indicator's current state, the"
          + " nats it adds now (after decay) and the evidence it rests on.",
      "",
      "Examples:",
      "  vigie indicators show",
      "  vigie indicators show --at 2025-01-15 --series-value nk-troops=12000",
      "  vigie indicators show --json",
      ""
    })
final class IndicatorShowCommand implements Callable<Integer> {

  @ParentCommand IndicatorsCommand indicators;

  @Spec CommandSpec spec;

  @Option(
      names = "--series-value",
      paramLabel = "NAME=VALUE",
      description = "The latest value of a series, for threshold indicators (repeat).")
  Map<String, Double> seriesValues = new LinkedHashMap<>();

  @Option(names = "--at", description = "The board as of YYYY-MM-DD or an instant (default: now).")
  String at;

  @Option(names = "--json", description = "One JSON object: at, scenarios with their indicators.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    IndicatorBoard board;
    try (Store store = indicators.openStore()) {
      IndicatorService service = indicators.service(store);
      // Values given by hand win; the others come from the series in the store.
      SeriesValues given = SeriesValues.of(seriesValues);
      SeriesValues stored = new StoredSeriesValues(store);
      SeriesValues series =
          name -> seriesValues.containsKey(name) ? given.latest(name) : stored.latest(name);
      board =
          at == null
              ? service.board(series)
              : service.board(series, IndicatorObserveCommand.instant(at));
    }
    if (json) {
      JsonLines.println(out, IndicatorJson.of(board));
    } else if (board.scenarios().isEmpty()) {
      out.println("no indicator yet; define one with 'vigie indicators define'");
    } else {
      board.scenarios().forEach(s -> print(out, s));
    }
    out.flush();
    return Cli.OK;
  }

  private static void print(PrintWriter out, IndicatorBoard.ScenarioStatus s) {
    out.printf(
        Locale.ROOT,
        "%s: %s, P = %.3f (%s; prior %.2f, log-odds %+.2f nats)%n",
        s.scenario().name(),
        s.level().display(),
        s.probability(),
        IcdLikelihood.phrase(s.probability()),
        s.scenario().prior(),
        s.logOdds());
    for (IndicatorBoard.IndicatorStatus i : s.indicators()) {
      String evidence = "";
      if (i.seriesValue() != null) {
        evidence =
            String.format(
                Locale.ROOT, "  [%s = %s]", i.definition().threshold().series(), i.seriesValue());
      } else if (i.latest() != null) {
        evidence =
            "  [since "
                + i.latest().observation().at().toString().substring(0, 10)
                + (i.latest().claimId() == null ? "" : ", claim " + i.latest().claimId())
                + (i.latest().note() == null ? "" : ", " + i.latest().note())
                + "]";
      }
      out.printf(
          Locale.ROOT,
          "  %-13s %+.2f nats  %-20s %s%s%n",
          IndicatorService.word(i.state()),
          i.weight(),
          i.definition().name(),
          (i.definition().threshold() == null
                  ? i.definition().indicator().label()
                  : i.definition().threshold().test().describe())
              + (i.definition().indicator().group() == null
                  ? ""
                  : " (group " + i.definition().indicator().group() + ")"),
          evidence);
    }
  }
}
