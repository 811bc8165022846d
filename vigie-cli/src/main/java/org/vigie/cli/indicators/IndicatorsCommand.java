package org.vigie.cli.indicators;

import org.vigie.cli.VigieCommand;
import org.vigie.core.store.Store;
import org.vigie.service.indicators.IndicatorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code vigie indicators}: indicators and warning; the work is in its subcommands. */
@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    description = {
      "Indicators and warning (methods.md §6.2): define indicators of a scenario, record what is"
          + " observed of them over time, and see each scenario's probability and escalation"
          + " level (L0 none, L1 watch 30 %%, L2 warning 60 %%, L3 alert 85 %%; a level is lowered"
          + " only once P falls 10 points below it).",
      "",
      "Examples:",
      "  vigie indicators define nk-kursk-combat --scenario nk-combat-role --prior 0.2 \\",
      "      --label \"NK troops observed in combat in Kursk\" --if-scenario HL --if-not U",
      "  vigie indicators observe nk-kursk-combat confirmed --date 2024-12-16 --evidence 3f2a9c01",
      "  vigie indicators show",
      ""
    },
    subcommands = {
      IndicatorDefineCommand.class,
      IndicatorObserveCommand.class,
      IndicatorShowCommand.class
    })
public final class IndicatorsCommand {

  @ParentCommand VigieCommand vigie;

  Store openStore() {
    return vigie.openStore();
  }

  IndicatorService service(Store store) {
    return new IndicatorService(store, vigie.environment().clock());
  }
}
