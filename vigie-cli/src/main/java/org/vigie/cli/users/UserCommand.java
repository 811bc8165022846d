package org.vigie.cli.users;

import picocli.CommandLine.Command;

/** {@code vigie user}: the accounts of the web workbench; the work is in its subcommands. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = {
      "The users who may log in to the web workbench ('vigie serve'), and their roles: a viewer"
          + " reads; an analyst also adds documents and rates evidence; an admin may do"
          + " everything.",
      ""
    },
    subcommands = {UserAddCommand.class, UserListCommand.class, UserRemoveCommand.class})
public final class UserCommand {}
