package org.vigie.cli.users;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.cli.VigieCommand;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.store.Store;
import org.vigie.core.user.Passwords;
import org.vigie.core.user.Role;
import org.vigie.core.user.User;
import org.vigie.service.users.Accounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Adds a user who may log in to the web workbench.",
      "The password is read from standard input (--password-stdin, its first line), or asked"
          + " twice on the terminal; never from an argument, which other users of the machine"
          + " could read in the process list. At least "
          + Passwords.MIN_LENGTH
          + " characters. It is kept only as a slow salted hash (PBKDF2-HMAC-SHA256, "
          + "600,000 iterations).",
      "",
      "Examples:",
      "  vigie user add ana --role analyst --password-stdin < ana-password.txt",
      "  printf '%%s\\n' \"$PASSWORD\" | vigie user add admin --role admin --password-stdin",
      ""
    })
final class UserAddCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "Login name: a-z, 0-9, '.', '_', '-'.")
  String name;

  @Option(
      names = "--role",
      required = true,
      paramLabel = "ROLE",
      description = "viewer, analyst or admin.")
  String role;

  @Option(names = "--password-stdin", description = "Read the password from standard input.")
  boolean passwordStdin;

  @Option(names = "--json", description = "Print the new user as one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    Role r =
        Role.parse(role)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "--role", "unknown role '" + role + "'; use " + Role.choices()));
    User.requireValidName(name);
    char[] password = passwordStdin ? fromStdin() : fromConsole();
    VigieCommand vigie = (VigieCommand) spec.parent().parent().userObject();
    User user;
    try (Store store = vigie.openStore()) {
      user =
          new Accounts(store.users(), vigie.environment().clock(), new SecureRandom())
              .add(name, r, password);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode o = JsonLines.object();
      o.put("name", user.name()).put("role", user.role().code());
      o.put("created_at", user.createdAt().toString());
      JsonLines.println(out, o);
    } else {
      out.println("added user " + user.name() + " (" + user.role().code() + ")");
    }
    out.flush();
    return Cli.OK;
  }

  private char[] fromStdin() {
    VigieCommand vigie = (VigieCommand) spec.parent().parent().userObject();
    try {
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(vigie.environment().stdin(), StandardCharsets.UTF_8));
      String line = in.readLine();
      if (line == null || line.isEmpty()) {
        throw new InvalidInputException(
            "--password-stdin", "standard input is empty: give the password on its first line");
      }
      return line.toCharArray();
    } catch (IOException e) {
      throw new InvalidInputException("--password-stdin", "cannot read standard input: " + e);
    }
  }

  private char[] fromConsole() {
    Console console = System.console();
    if (console == null) {
      throw new InvalidInputException(
          "--password-stdin",
          "no terminal to ask the password on; give it on standard input with --password-stdin");
    }
    char[] first = console.readPassword("Password for %s: ", name);
    char[] second = console.readPassword("Again: ");
    if (first == null || second == null || !Arrays.equals(first, second)) {
      throw new InvalidInputException("password", "the two passwords differ; nothing was changed");
    }
    Arrays.fill(second, '\0');
    return first;
  }
}
