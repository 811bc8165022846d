package org.vigie.cli.claims;

import picocli.CommandLine.Command;

/** {@code vigie claims}: the claims kept in the store; the work is in its subcommands. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "The claims read from the stored documents: quantities (with speaker, hedges, certainty and"
          + " as-of date), named entities and dates. Ingest reads them; 'claims read' reads those"
          + " of documents stored before, or after a newer Vigie changed the extraction.",
      ""
    },
    subcommands = {ClaimsListCommand.class, ClaimsShowCommand.class, ClaimsReadCommand.class})
public final class ClaimsCommand {}
