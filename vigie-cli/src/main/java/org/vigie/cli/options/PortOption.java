package org.vigie.cli.options;

import picocli.CommandLine.Option;

/** {@code --port}: the TCP port the workbench listens on. */
public final class PortOption {

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "7700",
      description = "The TCP port (default: ${DEFAULT-VALUE}).")
  int port;

  public int port() {
    return port;
  }
}
