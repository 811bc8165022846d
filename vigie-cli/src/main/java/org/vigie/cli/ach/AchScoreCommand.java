package org.vigie.cli.ach;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.core.ach.AchAnalysis;
import org.vigie.service.json.AchJson;
import org.vigie.service.json.MatrixJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scores an ACH matrix file under seven schemes side by side (Heuer count, PARC"
          + " inconsistency and weighted inconsistency, Open Synthesis, Bayes untempered,"
          + " tempered and with a reliability mixture), gives each row's diagnosticity, and"
          + " tests sensitivity: rows whose removal flips the leader, the smallest removal that"
          + " changes the weighted-inconsistency leader, single ratings that flip the leader,"
          + " a deception check and whether the schemes disagree. Needs no store.",
      "",
      "FILE is JSON: {\"question\": \"...\", \"hypotheses\": [\"...\", ...], \"evidence\": [{\"id\":"
          + " \"E1\", \"text\": \"...\", \"credibility\": \"H\", \"relevance\": \"M\","
          + " \"ratings\": [\"C\", \"I\", ...]}]}. Ratings, one per hypothesis in order: CC, C,"
          + " N, I, II or NA (not applicable; scored as N). Credibility and relevance: L, M or H"
          + " (default M). Optional per row: source, date (YYYY-MM-DD), claim, document,"
          + " certainty (0-1).",
      "",
      "Examples:",
      "  vigie ach score examples/ach/nk-troops-role.json",
      "  vigie ach score --json examples/ach/nk-troops-role.json",
      ""
    })
final class AchScoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The matrix, as JSON.")
  Path file;

  @Option(
      names = "--json",
      description =
          "One JSON object: scores (one number per hypothesis, per scheme), leaders,"
              + " scheme_disagreement, diagnosticity (by evidence id) and sensitivity.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    AchAnalysis analysis = AchAnalysis.of(MatrixJson.read(file));
    if (json) {
      JsonLines.println(out, AchJson.of(analysis));
    } else {
      AchText.print(out, analysis);
    }
    out.flush();
    return Cli.OK;
  }
}
