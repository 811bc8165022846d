package org.vigie.cli.documents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.vigie.cli.JsonLines;
import org.vigie.core.search.FacetCount;
import org.vigie.core.search.SearchHit;
import org.vigie.core.search.SearchResults;
import org.vigie.core.search.Snippet;

/** The JSON lines of {@code vigie search}: one per hit, then one with the counts. */
final class SearchJson {

  private SearchJson() {}

  static ObjectNode hit(SearchHit h) {
    ObjectNode o = JsonLines.object();
    o.put("kind", "hit");
    o.put("id", h.id());
    o.put("score", Math.round(h.score() * 10_000) / 10_000.0);
    o.put("title", h.title());
    o.put("origin", h.origin());
    o.put("lang", h.lang());
    o.put("published", h.published() == null ? null : h.published().toString());
    o.put("source", h.source());
    o.put("snippet", h.snippet().text());
    ArrayNode marks = o.putArray("marks");
    for (Snippet.Mark m : h.snippet().marks()) {
      marks.addArray().add(m.start()).add(m.end());
    }
    return o;
  }

  static ObjectNode facets(SearchResults r) {
    ObjectNode o = JsonLines.object();
    o.put("kind", "facets");
    o.put("total", r.total());
    o.put("returned", r.hits().size());
    counts(o.putObject("lang"), r.facets().lang());
    counts(o.putObject("source"), r.facets().source());
    counts(o.putObject("year"), r.facets().year());
    counts(o.putObject("month"), r.facets().month());
    return o;
  }

  private static void counts(ObjectNode into, List<FacetCount> counts) {
    counts.forEach(c -> into.put(c.value(), c.count()));
  }
}
