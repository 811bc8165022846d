package org.vigie.cli.indicators;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.options.AnalystOption;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.indicator.ObservationRecord;
import org.vigie.core.store.Store;
import org.vigie.service.indicators.IndicatorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "observe",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Records an indicator's state from a date on: not-observed, possible (confidence 0.5),"
          + " likely (0.75) or confirmed (1). The latest state counts, and its weight halves"
          + " every half-life.",
      "",
      "Examples:",
      "  vigie indicators observe nk-kursk-combat possible --date 2024-11-04 \\",
      "      --note \"Ukrainian GUR: first clash with NK troops\"",
      "  vigie indicators observe nk-kursk-combat confirmed --date 2024-12-16 --evidence 3f2a9c01",
      ""
    })
final class IndicatorObserveCommand implements Callable<Integer> {

  @ParentCommand IndicatorsCommand indicators;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The indicator.")
  String name;

  @Parameters(
      index = "1",
      paramLabel = "STATE",
      description = "not-observed, possible, likely, confirmed.")
  String state;

  @Option(
      names = "--evidence",
      paramLabel = "CLAIM_ID",
      description = "The stored claim it rests on.")
  String claim;

  @Option(names = "--note", description = "The evidence in words.")
  String note;

  @Option(
      names = "--date",
      description = "When: YYYY-MM-DD (midnight UTC) or an ISO instant (default: now).")
  String date;

  @Mixin AnalystOption analyst;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ObservationRecord r;
    try (Store store = indicators.openStore()) {
      r =
          indicators
              .service(store)
              .observe(
                  name, IndicatorService.state(state), instant(date), claim, analyst.name(), note);
    }
    out.printf(
        Locale.ROOT,
        "%s is %s (confidence %.2f) from %s%s%n",
        name,
        IndicatorService.word(r.observation().state()),
        r.observation().confidence(),
        r.observation().at(),
        claim == null ? "" : ", on claim " + claim);
    out.flush();
    return Cli.OK;
  }

  static Instant instant(String s) {
    if (s == null) {
      return null;
    }
    try {
      return s.length() == 10
          ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "--date",
          "\"" + s + "\" is neither YYYY-MM-DD nor an ISO instant (2024-12-16T09:00:00Z)");
    }
  }
}
