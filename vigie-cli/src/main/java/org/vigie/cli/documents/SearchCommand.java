package org.vigie.cli.documents;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.cli.VigieCommand;
import org.vigie.cli.options.FilterOptions;
import org.vigie.core.search.DocumentIndex;
import org.vigie.core.search.SearchQuery;
import org.vigie.core.search.SearchResults;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Searches the text and titles of the documents, in every language at once: each word"
          + " finds its other forms (soldats finds soldat, військових finds військові, 북한군"
          + " finds 북한). Hits come best first (BM25), with the passages that match.",
      "",
      "QUERY: words that must all occur; \"a phrase\"; OR, AND, NOT; +word, -word; (groups);"
          + " word* for a prefix. No QUERY lists every document the filters let through.",
      "",
      "With --json, one object per hit and line: {\"kind\":\"hit\",\"id\",\"score\",\"title\","
          + "\"origin\",\"lang\",\"published\",\"source\",\"snippet\",\"marks\":[[start,end],...]}"
          + " (marks: the matched words in the snippet, as character offsets), then"
          + " {\"kind\":\"facets\",\"total\":N,\"returned\":N,\"lang\":{\"fr\":N,...},"
          + "\"source\":{...},\"year\":{\"2024\":N,...},\"month\":{\"2024-11\":N,...}} counting"
          + " every match.",
      "",
      "Examples:",
      "  vigie search 'soldats nord-coréens'",
      "  vigie search '\"North Korean troops\" -exercise' --from 2024-10 --to 2024-12",
      "  vigie search 북한군 --lang ko --json",
      ""
    })
public final class SearchCommand implements Callable<Integer> {

  @ParentCommand VigieCommand vigie;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query (words are joined).")
  List<String> words = List.of();

  @Mixin FilterOptions filters;

  @Option(names = "--source", paramLabel = "S", description = "Only documents of this outlet.")
  String source;

  @Option(
      names = "--with-quantities",
      description = "Only documents with a quantity claim (once claims are extracted).")
  boolean withQuantities;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Hits to show (default: ${DEFAULT-VALUE}, at most 1000).")
  int limit;

  @Option(
      names = "--offset",
      paramLabel = "N",
      defaultValue = "0",
      description = "Best hits to skip, for the next page (default: 0).")
  int offset;

  @Option(names = "--json", description = "JSON lines: one per hit, then the counts.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SearchQuery query =
        new SearchQuery(
            String.join(" ", words),
            filters.lang(),
            filters.from(),
            filters.to(),
            source,
            filters.unit(),
            filters.actor(),
            withQuantities,
            offset,
            limit);
    SearchResults results;
    try (Store store = vigie.openStore();
        DocumentIndex search = vigie.openSearch(store, spec.commandLine().getErr())) {
      results = search.search(query);
    }
    if (json) {
      results.hits().forEach(h -> JsonLines.println(out, SearchJson.hit(h)));
      JsonLines.println(out, SearchJson.facets(results));
    } else {
      SearchText.print(out, query, results, SearchText.highlighting());
    }
    out.flush();
    return Cli.OK;
  }
}
