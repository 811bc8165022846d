package org.vigie.cli;

import picocli.CommandLine.Command;

/** {@code vigie ach}: Analysis of Competing Hypotheses; the work is in its subcommands. */
@Command(
    name = "ach",
    mixinStandardHelpOptions = true,
    description = {
      "Analysis of Competing Hypotheses: weigh evidence against every hypothesis at once,"
          + " under several scoring schemes, and test how much the answer hangs on single items.",
      ""
    },
    subcommands = {AchScoreCommand.class})
final class AchCommand {}
