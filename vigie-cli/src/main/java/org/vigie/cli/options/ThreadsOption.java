package org.vigie.cli.options;

import picocli.CommandLine.Option;

/** {@code --threads}: how many files, texts or documents are read at once. */
public final class ThreadsOption {

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "How many are read at once (default: one per core).")
  Integer threads;

  /** The number asked for, or one per core; at least one. */
  public int count() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
  }

  /** The number asked for, or null to let the service choose. */
  public Integer asked() {
    return threads;
  }
}
