package org.vigie.cli.documents;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.vigie.cli.Cells;
import org.vigie.core.search.FacetCount;
import org.vigie.core.search.SearchHit;
import org.vigie.core.search.SearchQuery;
import org.vigie.core.search.SearchResults;

/** The human output of {@code vigie search}. */
final class SearchText {

  /** How matched words are shown: bold on a terminal, between ** elsewhere. */
  record Marks(String open, String close) {}

  private SearchText() {}

  static Marks highlighting() {
    return System.console() != null ? new Marks("\u001b[1m", "\u001b[0m") : new Marks("**", "**");
  }

  static void print(PrintWriter out, SearchQuery q, SearchResults r, Marks marks) {
    if (r.total() == 0) {
      out.println("No document matches.");
      return;
    }
    int first = q.offset() + 1;
    out.printf(
        Locale.ROOT,
        "%,d document%s match; %s, best first:%n%n",
        r.total(),
        r.total() == 1 ? "" : "s",
        r.hits().isEmpty()
            ? "none on this page"
            : String.format(Locale.ROOT, "showing %,d-%,d", first, first + r.hits().size() - 1));
    int rank = first;
    for (SearchHit h : r.hits()) {
      out.printf(
          Locale.ROOT,
          "%3d. %s  %s  %s  %s  (score %.2f)%n",
          rank++,
          h.id(),
          h.lang(),
          h.published() == null ? "undated" : h.published(),
          h.source() == null ? "" : h.source(),
          h.score());
      out.println("     " + Cells.oneLine(h.title() != null ? h.title() : h.origin()));
      if (!h.snippet().text().isEmpty()) {
        out.println("     " + h.snippet().marked(marks.open(), marks.close()));
      }
      out.println();
    }
    facet(out, "languages", r.facets().lang());
    facet(out, "sources", r.facets().source());
    facet(out, "years", r.facets().year());
    facet(out, "months", r.facets().month());
  }

  private static void facet(PrintWriter out, String name, List<FacetCount> counts) {
    if (!counts.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "%-10s %s%n",
          name + ":",
          counts.stream()
              .map(c -> String.format(Locale.ROOT, "%s %,d", c.value(), c.count()))
              .collect(Collectors.joining(", ")));
    }
  }
}
