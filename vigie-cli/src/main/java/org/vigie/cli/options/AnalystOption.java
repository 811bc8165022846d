package org.vigie.cli.options;

import picocli.CommandLine.Option;

/**
 * {@code --analyst}: who a recorded change is credited to, by default the account running Vigie.
 */
public final class AnalystOption {

  @Option(
      names = "--analyst",
      paramLabel = "NAME",
      defaultValue = "${sys:user.name}",
      description = "Who is recorded as doing it (default: ${DEFAULT-VALUE}).")
  String analyst;

  public String name() {
    return analyst;
  }
}
