package org.vigie.service.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.core.indicator.IndicatorBoard;
import org.vigie.core.indicator.IndicatorDefinition;
import org.vigie.core.indicator.ObservationRecord;
import org.vigie.core.judgement.IcdLikelihood;
import org.vigie.service.indicators.IndicatorService;

/** The board as JSON, for {@code vigie indicators show --json} and {@code GET /api/indicators}. */
public final class IndicatorJson {

  private IndicatorJson() {}

  public static ObjectNode of(IndicatorBoard board) {
    ObjectNode root = Json.object().put("at", board.at().toString());
    ArrayNode scenarios = root.putArray("scenarios");
    for (IndicatorBoard.ScenarioStatus s : board.scenarios()) {
      ObjectNode o = scenarios.addObject();
      o.put("scenario", s.scenario().name()).put("prior", s.scenario().prior());
      o.put("probability", s.probability()).put("log_odds", s.logOdds());
      o.put("words", IcdLikelihood.phrase(s.probability()));
      o.put("level", s.level().rank()).put("level_name", s.level().name());
      ArrayNode indicators = o.putArray("indicators");
      s.indicators().forEach(i -> indicators.add(indicator(i)));
    }
    return root;
  }

  private static ObjectNode indicator(IndicatorBoard.IndicatorStatus i) {
    IndicatorDefinition d = i.definition();
    ObjectNode o = Json.object().put("name", d.name()).put("label", d.indicator().label());
    o.put("p", d.indicator().p()).put("pbar", d.indicator().pbar());
    o.put("half_life_days", d.indicator().halfLife().toHours() / 24.0);
    o.put("group", d.indicator().group());
    o.put("state", i.state().name().toLowerCase(java.util.Locale.ROOT));
    o.put("state_words", IndicatorService.word(i.state()));
    o.put("weight_nats", i.weight());
    if (d.threshold() != null) {
      ObjectNode t = o.putObject("threshold");
      t.put("series", d.threshold().series());
      t.put("comparison", d.threshold().test().comparison().symbol());
      t.put("threshold", d.threshold().test().threshold()).put("unit", d.threshold().test().unit());
      t.put("value", i.seriesValue());
    }
    ObservationRecord r = i.latest();
    if (r != null) {
      ObjectNode e = o.putObject("observed");
      e.put("at", r.observation().at().toString()).put("analyst", r.analyst());
      e.put("confidence", r.observation().confidence());
      e.put("claim", r.claimId()).put("note", r.note());
    }
    return o;
  }
}
