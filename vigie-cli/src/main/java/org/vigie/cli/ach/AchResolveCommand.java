package org.vigie.cli.ach;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.core.ach.JudgementScores;
import org.vigie.core.ach.StoredMatrix;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the analysts' probability judgements once the question is resolved: the Brier"
          + " score and the log score (nats; lower is better) of each analyst's latest"
          + " probabilities, and of their pool (log-odds mean, extremised with --extremise),"
          + " against the hypothesis that proved true (methods.md §4). Nothing is stored.",
      "",
      "Examples:",
      "  vigie ach resolve nk-role H4",
      "  vigie ach resolve nk-role H4 --extremise 2 --json",
      ""
    })
final class AchResolveCommand implements Callable<Integer> {

  @ParentCommand AchCommand ach;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MATRIX", description = "The matrix id.")
  String matrix;

  @Parameters(index = "1", paramLabel = "HYPOTHESIS", description = "The one that proved true.")
  String hypothesis;

  @Option(
      names = "--extremise",
      paramLabel = "A",
      defaultValue = "1",
      description = "Exponent of the pool's log-odds (1: none; 1.5 to 2.5 usual).")
  double extremise;

  @Option(names = "--json", description = "One JSON object.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    JudgementScores scores;
    try (Store store = ach.openStore()) {
      StoredMatrix stored = ach.service(store).get(matrix);
      scores =
          JudgementScores.of(
              stored.start(), store.ach().judgements(stored.id()), hypothesis, extremise);
    }
    if (json) {
      JsonLines.println(out, json(scores));
    } else {
      out.printf(
          Locale.ROOT,
          "%s proved true; scores of the probabilities given (lower is better):%n",
          scores.trueHypothesis());
      out.printf(
          Locale.ROOT, "  %-16s %10s %8s %12s%n", "who", "hypotheses", "Brier", "log (nats)");
      for (JudgementScores.Score s : scores.analysts()) {
        print(out, s);
      }
      print(out, scores.pool());
    }
    out.flush();
    return Cli.OK;
  }

  private static void print(PrintWriter out, JudgementScores.Score s) {
    out.printf(
        Locale.ROOT, "  %-16s %10d %8.4f %12.4f%n", s.who(), s.hypotheses(), s.brier(), s.log());
  }

  private static ObjectNode json(JudgementScores scores) {
    ObjectNode o = JsonLines.object();
    o.put("true_hypothesis", scores.trueHypothesis());
    o.put("extremising", scores.extremising());
    ArrayNode analysts = o.putArray("analysts");
    for (JudgementScores.Score s : scores.analysts()) {
      analysts.add(score(s));
    }
    o.set("pool", score(scores.pool()));
    return o;
  }

  private static ObjectNode score(JudgementScores.Score s) {
    ObjectNode o = JsonLines.object();
    o.put("who", s.who());
    o.put("hypotheses", s.hypotheses());
    o.put("brier", s.brier());
    o.put("log", s.log());
    return o;
  }
}
