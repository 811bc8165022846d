package org.vigie.ingest;

/**
 * Limits and parallelism of an ingest run.
 *
 * @param threads how many files are read at once
 * @param maxFileBytes larger files are refused (each file is read whole into memory)
 * @param maxTextChars longer texts are cut to this length and marked truncated
 */
public record IngestOptions(int threads, long maxFileBytes, int maxTextChars) {

  public IngestOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads < 1: " + threads);
    }
    if (maxFileBytes < 1 || maxTextChars < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** One reader per core; files up to 256 MB; texts up to 10 million characters. */
  public static IngestOptions defaults() {
    return new IngestOptions(
        Math.max(1, Runtime.getRuntime().availableProcessors()), 256L << 20, 10_000_000);
  }

  public IngestOptions withThreads(int n) {
    return new IngestOptions(n, maxFileBytes, maxTextChars);
  }
}
