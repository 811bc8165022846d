package org.vigie.bench.quantity;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.vigie.text.quantity.QuantityExtractor;

/**
 * Extraction throughput on one core: generates (once) a news-like corpus of the size asked,
 * extracts its quantities several times in one thread, and prints MB/s per run, by the wall clock
 * and by the thread's CPU time (the second does not depend on what else the machine is doing).
 *
 * <pre>
 * ./mvnw -q -pl vigie-bench -am package -DskipTests
 * java -cp "vigie-bench/target/classes:vigie-bench/target/lib/*" \
 *     org.vigie.bench.quantity.QuantityThroughput [--mb 48] [--runs 6] [--corpus FILE]
 * </pre>
 *
 * The corpus is kept in vigie-bench/target/corpus-&lt;mb&gt;mb.txt, so that the command line can be
 * timed on the same text: {@code time ./vigie extract --json FILE > /dev/null}.
 */
public final class QuantityThroughput {

  private QuantityThroughput() {}

  public static void main(String[] args) throws IOException {
    List<String> a = Arrays.asList(args);
    int mb = intArg(a, "--mb", 48);
    int runs = intArg(a, "--runs", 6);
    Path root = Path.of("").toAbsolutePath();
    Path corpus =
        a.contains("--corpus")
            ? Path.of(a.get(a.indexOf("--corpus") + 1))
            : root.resolve("vigie-bench/target/corpus-" + mb + "mb.txt");
    if (!Files.exists(corpus)) {
      Files.createDirectories(corpus.toAbsolutePath().getParent());
      NewsCorpus.write(NewsCorpus.sentences(root), mb * 1_000_000L, 42, corpus);
      System.out.println("wrote " + corpus);
    }
    String text = Files.readString(corpus, StandardCharsets.UTF_8);
    double megabytes = Files.size(corpus) / 1e6;
    QuantityExtractor extractor = new QuantityExtractor();
    String lang = QuantityExtractor.rulesLanguage(text, null);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] cpuRates = new double[runs];
    for (int run = 0; run < runs; run++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      int found = extractor.extract(text, lang).size();
      double wallSeconds = (System.nanoTime() - wall) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      cpuRates[run] = megabytes / cpuSeconds;
      System.out.printf(
          Locale.ROOT,
          "run %d: %.1f MB, %d quantities: wall %.2f s = %.1f MB/s, cpu %.2f s = %.1f MB/s%n",
          run + 1,
          megabytes,
          found,
          wallSeconds,
          megabytes / wallSeconds,
          cpuSeconds,
          cpuRates[run]);
    }
    double[] sorted = cpuRates.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "extraction, one core: first run %.1f MB/s, median %.1f MB/s, best %.1f MB/s (cpu time)%n",
        cpuRates[0],
        sorted[runs / 2],
        sorted[runs - 1]);
  }

  private static int intArg(List<String> args, String name, int otherwise) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? Integer.parseInt(args.get(i + 1)) : otherwise;
  }
}
