package org.vigie.cli;

/** The {@code vigie} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.commandLine(new Environment()).execute(args));
  }
}
