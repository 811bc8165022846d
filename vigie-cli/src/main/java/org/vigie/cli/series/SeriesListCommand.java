package org.vigie.cli.series;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.core.series.store.SeriesDefinition;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the series, by name, with the rule that picks their claims.",
      "",
      "With --json, one object per series: {\"name\",\"unit\",\"actor\",\"keywords\","
          + "\"description\",\"created_by\",\"created_at\"}.",
      ""
    })
final class SeriesListCommand implements Callable<Integer> {

  @ParentCommand SeriesCommand parent;

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "One JSON object per series.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<SeriesDefinition> all;
    try (Store store = parent.vigie.openStore()) {
      all = store.series().list();
    }
    for (SeriesDefinition d : all) {
      if (json) {
        JsonLines.println(out, json(d));
      } else {
        out.printf(Locale.ROOT, "%-28s %s%n", d.name(), rule(d));
        if (!d.description().isEmpty()) {
          out.printf(Locale.ROOT, "%-28s %s%n", "", d.description());
        }
      }
    }
    if (all.isEmpty() && !json) {
      out.println("No series yet: create one with 'vigie series create NAME --unit UNIT'.");
    }
    out.flush();
    return Cli.OK;
  }

  /** The rule in words: "unit soldier, actor PRK, keywords Kursk | Koursk". */
  static String rule(SeriesDefinition d) {
    return "unit "
        + d.unit()
        + (d.actor() == null ? ", any actor" : ", actor " + d.actor())
        + (d.keywords().isEmpty() ? "" : ", keywords " + String.join(" | ", d.keywords()));
  }

  static ObjectNode json(SeriesDefinition d) {
    ObjectNode o =
        JsonLines.object().put("name", d.name()).put("unit", d.unit()).put("actor", d.actor());
    ArrayNode keywords = o.putArray("keywords");
    d.keywords().forEach(keywords::add);
    return o.put("description", d.description())
        .put("created_by", d.createdBy())
        .put("created_at", d.createdAt().toString());
  }
}
