package org.vigie.cli.series;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.core.series.revision.RevisionAnalysis;
import org.vigie.core.series.revision.SourceRevisions;
import org.vigie.core.series.timeline.SeriesReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "revisions",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Tests whether each source of a series revises its figures in a biased way (methods §2):"
          + " sign and Wilcoxon signed-rank tests, t on the mean log revision, Nordhaus AR(1)"
          + " regression, lag-1 autocorrelation with Ljung–Box, Wald–Wolfowitz runs, Bayesian"
          + " P(up-revision), Benjamini–Hochberg across sources.",
      "Two bases per source: 'fixed-target' (its successive figures; only meaningful for a fixed"
          + " target, a count that grows is revised upward anyway) and 'consensus-deviation' (its"
          + " figures against the pooled estimate of the other sources, leave-one-out).",
      "Too few revisions read 'insufficient data', never 'efficient': a direction needs 5"
          + " non-zero revisions, Nordhaus 8 regression pairs.",
      "",
      "With --json, one object per source and basis: {\"kind\":\"revisions\",\"source\","
          + "\"basis\",\"reports\",\"n\",\"direction\",\"mean_log_revision\",\"sign_p\","
          + "\"wilcoxon_p\",\"t\",\"nordhaus_beta\",\"nordhaus_t\",\"runs_z\",\"p_up\",\"q\","
          + "\"mean_log_deviation\",\"deviation_slope\",\"flag\",...} (null = not computable).",
      "",
      "Examples:",
      "  vigie revisions examples/timeline/nk-estimates.csv --series nk_troops_in_russia",
      "  vigie revisions examples/timeline/nk-estimates.csv --series nk_casualties_total --json",
      ""
    })
public final class RevisionsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin SeriesInput input;

  @Option(names = "--json", description = "One JSON object per source and basis.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SeriesReports series = input.read();
    SeriesInput.Fitted model = input.settings(series.observations());
    List<SourceRevisions> rows = RevisionAnalysis.analyse(series.observations(), model.settings());
    if (json) {
      rows.forEach(r -> JsonLines.println(out, RevisionsText.json(r)));
    } else {
      RevisionsText.print(out, series.name(), series.unit(), rows);
    }
    out.flush();
    return Cli.OK;
  }
}
