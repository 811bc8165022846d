package org.vigie.web.indicators;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.vigie.core.indicator.IndicatorBoard;
import org.vigie.core.indicator.IndicatorDefinition;
import org.vigie.core.indicator.ObservationRecord;
import org.vigie.core.judgement.IcdLikelihood;
import org.vigie.service.indicators.IndicatorService;
import org.vigie.web.http.PageFrame;

/** The indicators board page: each scenario's level, and each indicator's state and evidence. */
public record IndicatorBoardView(PageFrame frame, String at, List<ScenarioRow> scenarios) {

  /** A scenario: "L2 warning", "P = 0.692 (likely)", its prior, and its indicators. */
  public record ScenarioRow(
      String name,
      String level,
      String levelClass,
      String probability,
      String prior,
      List<IndicatorRow> indicators) {}

  /** An indicator: its state in words, its weight now, what it watches, what it rests on. */
  public record IndicatorRow(
      String name,
      String label,
      String state,
      String stateClass,
      String weight,
      String model,
      String since,
      String evidence,
      String evidenceUrl) {}

  /**
   * @param documentOf the document holding a claim, by claim id (null when unknown): evidence links
   *     to it
   */
  public static IndicatorBoardView of(
      PageFrame frame, IndicatorBoard board, Function<String, String> documentOf) {
    return new IndicatorBoardView(
        frame,
        board.at().toString().substring(0, 10),
        board.scenarios().stream().map(s -> scenario(s, documentOf)).toList());
  }

  private static ScenarioRow scenario(
      IndicatorBoard.ScenarioStatus s, Function<String, String> documentOf) {
    return new ScenarioRow(
        s.scenario().name(),
        s.level().display(),
        "level-" + s.level().rank(),
        String.format(
            Locale.ROOT,
            "P = %.3f (%s), log-odds %+.2f nats",
            s.probability(),
            IcdLikelihood.phrase(s.probability()),
            s.logOdds()),
        String.format(Locale.ROOT, "prior %.2f", s.scenario().prior()),
        s.indicators().stream().map(i -> indicator(i, documentOf)).toList());
  }

  private static IndicatorRow indicator(
      IndicatorBoard.IndicatorStatus i, Function<String, String> documentOf) {
    IndicatorDefinition d = i.definition();
    ObservationRecord r = i.latest();
    String label = d.threshold() == null ? d.indicator().label() : d.threshold().test().describe();
    String evidence = "";
    String url = null;
    String since = "";
    if (i.seriesValue() != null) {
      evidence = d.threshold().series() + " = " + i.seriesValue();
    } else if (r != null) {
      since = r.observation().at().toString().substring(0, 10);
      evidence = r.note() == null ? "" : r.note();
      if (r.claimId() != null) {
        String document = documentOf.apply(r.claimId());
        url = document == null ? null : "/documents/" + document;
        evidence = evidence.isEmpty() ? "claim " + r.claimId() : evidence;
      }
    }
    return new IndicatorRow(
        d.name(),
        label,
        IndicatorService.word(i.state()),
        "state-" + i.state().name().toLowerCase(Locale.ROOT),
        String.format(Locale.ROOT, "%+.2f nats", i.weight()),
        String.format(
                Locale.ROOT,
                "p %.2f / p̄ %.2f, half-life %d days",
                d.indicator().p(),
                d.indicator().pbar(),
                d.indicator().halfLife().toDays())
            + (d.indicator().group() == null
                ? ""
                : "; group " + d.indicator().group() + " counts once, by its strongest"),
        since,
        evidence,
        url);
  }
}
