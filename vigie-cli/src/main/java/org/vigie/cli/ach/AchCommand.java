package org.vigie.cli.ach;

import java.security.SecureRandom;
import org.vigie.cli.VigieCommand;
import org.vigie.core.store.Store;
import org.vigie.service.ach.AchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code vigie ach}: Analysis of Competing Hypotheses; the work is in its subcommands. */
@Command(
    name = "ach",
    mixinStandardHelpOptions = true,
    description = {
      "Analysis of Competing Hypotheses: weigh evidence against every hypothesis at once,"
          + " under several scoring schemes, and test how much the answer hangs on single items.",
      "'score' reads a file; the other subcommands keep matrices in the store, with every"
          + " analyst's ratings and probabilities.",
      "",
      "Examples:",
      "  vigie ach create --id nk-role --question \"What is the NK troops' role?\" \\",
      "      --hypothesis \"Combat\" --hypothesis \"Labour and construction\"",
      "  vigie ach evidence nk-role --claim 3f2a9c01d2e4 --credibility H",
      "  vigie ach rate nk-role E1 H1 CC --analyst ana",
      "  vigie ach judge nk-role H1 0.8 --analyst ana",
      "  vigie ach show nk-role --analyst ana",
      ""
    },
    subcommands = {
      AchScoreCommand.class,
      AchCreateCommand.class,
      AchHypothesisCommand.class,
      AchEvidenceCommand.class,
      AchRateCommand.class,
      AchJudgeCommand.class,
      AchResolveCommand.class,
      AchShowCommand.class,
      AchExportCommand.class,
      AchImportCommand.class,
      AchListCommand.class,
      AchHistoryCommand.class
    })
public final class AchCommand {

  @ParentCommand VigieCommand vigie;

  Store openStore() {
    return vigie.openStore();
  }

  AchService service(Store store) {
    return new AchService(store, vigie.environment().clock(), new SecureRandom());
  }
}
