package org.vigie.cli.ach;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.cli.options.AnalystOption;
import org.vigie.core.ach.Hypothesis;
import org.vigie.core.ach.Matrix;
import org.vigie.core.ach.StoredMatrix;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Keeps a new matrix in the store. A matrix compares at least two hypotheses: give them"
          + " with --hypothesis (ids H1, H2, ... in order); add more later with 'vigie ach"
          + " hypothesis'.",
      "",
      "Examples:",
      "  vigie ach create --id nk-role --question \"What is the NK troops' role?\" \\",
      "      --hypothesis Combat --hypothesis \"Labour and construction\"",
      ""
    })
final class AchCreateCommand implements Callable<Integer> {

  @ParentCommand AchCommand ach;

  @Spec CommandSpec spec;

  @Option(names = "--question", required = true, description = "What the matrix answers.")
  String question;

  @Option(
      names = "--hypothesis",
      paramLabel = "LABEL",
      description = "A hypothesis (repeat; at least two in all).")
  List<String> hypotheses = new ArrayList<>();

  @Option(names = "--id", description = "The matrix id (default: 12 random hex digits).")
  String id;

  @Mixin AnalystOption analyst;

  @Option(names = "--json", description = "The new matrix as JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Hypothesis> hs = new ArrayList<>();
    for (String label : hypotheses) {
      hs.add(new Hypothesis("H" + (hs.size() + 1), label));
    }
    StoredMatrix m;
    try (Store store = ach.openStore()) {
      m = ach.service(store).create(id, new Matrix(question, hs, List.of()), analyst.name());
    }
    if (json) {
      JsonLines.println(out, AchStoreText.summary(m.summary()));
    } else {
      out.println("created matrix " + m.id() + ": " + m.start().question());
      hs.forEach(h -> out.println("  " + h.id() + "  " + h.label()));
    }
    out.flush();
    return Cli.OK;
  }
}
