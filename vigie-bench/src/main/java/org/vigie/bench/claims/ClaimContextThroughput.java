package org.vigie.bench.claims;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vigie.text.claims.ClaimContext;
import org.vigie.text.segment.Span;

/**
 * A corpus run that prints the throughput of the claim-context passes (entities, dates, sentence
 * segmentation, and for each quantity attribution, hedges and as-of), on one thread, in MB of UTF-8
 * text per second. Every digit group stands in for a quantity, which is more work than the quantity
 * extractor's real output (years and dates count too).
 *
 * <p>Run from the project root (see docs/attribution.md for figures):
 *
 * <pre>
 * ./mvnw -B -ntp -pl vigie-bench -am package -DskipTests
 * java -cp "vigie-bench/target/vigie-bench-0.1.0-SNAPSHOT.jar:vigie-bench/target/lib/*" \
 *     org.vigie.bench.claims.ClaimContextThroughput [SECONDS] [FILE|DIR]...
 * </pre>
 *
 * Without files it reads the example reports of examples/corpus, the French seed article of
 * ../shared/corpus when present, and the development and held-out sentences of vigie-text's tests
 * ({@value #SENTENCES}), one article per language.
 */
public final class ClaimContextThroughput {

  private record Doc(String text, String lang, List<Span> quantities, int bytes) {}

  /** Where vigie-text's tests keep the sentences, seen from the project root. */
  private static final String SENTENCES = "vigie-text/src/test/resources/org/vigie/text/claims";

  private static final Pattern DIGITS = Pattern.compile("\\d[\\d\\u00A0\\u202F ,.]*\\d|\\d");

  private ClaimContextThroughput() {}

  public static void main(String[] args) throws IOException {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    List<Doc> docs = new ArrayList<>();
    if (args.length > 1) {
      for (String a : Arrays.copyOfRange(args, 1, args.length)) {
        load(Path.of(a), docs);
      }
    } else {
      load(Path.of("examples/corpus/reports"), docs);
      load(Path.of("../shared/corpus"), docs);
      devSentences(docs);
    }
    long bytes = docs.stream().mapToLong(Doc::bytes).sum();
    long quantities = docs.stream().mapToLong(d -> d.quantities().size()).sum();
    System.out.printf(
        Locale.ROOT,
        "%d documents, %.1f KB, %d quantity spans; %s, %d cores%n",
        docs.size(),
        bytes / 1e3,
        quantities,
        Runtime.version(),
        Runtime.getRuntime().availableProcessors());
    run("warm-up", docs, bytes, seconds / 2, true);
    run("entities + dates only", docs, bytes, seconds, false);
    run("entities + dates + attribution + hedges + as-of", docs, bytes, seconds, true);
  }

  /**
   * Runs rounds of about one second for {@code seconds} of wall time and reports, in MB per second
   * of this thread's CPU time (so that other load on a shared machine counts less), the best and
   * the median round.
   */
  private static void run(String name, List<Doc> docs, long bytes, double seconds, boolean full) {
    ClaimContext context = ClaimContext.builtIn();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    LocalDate pub = LocalDate.of(2024, 11, 6);
    List<Double> rounds = new ArrayList<>();
    long sink = 0;
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    while (System.nanoTime() < deadline) {
      long done = 0;
      long cpuStart = threads.getCurrentThreadCpuTime();
      long roundEnd = System.nanoTime() + 1_000_000_000L;
      while (System.nanoTime() < roundEnd) {
        for (Doc d : docs) {
          List<Span> q = full ? d.quantities() : List.of();
          sink += context.read(d.text(), d.lang(), pub, q).entities().size();
        }
        done += bytes;
      }
      rounds.add(done / 1e6 / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9));
    }
    rounds.sort(null);
    System.out.printf(
        Locale.ROOT,
        "%-48s best %6.1f MB/s, median %6.1f MB/s per core (%d rounds; %d)%n",
        name,
        rounds.get(rounds.size() - 1),
        rounds.get(rounds.size() / 2),
        rounds.size(),
        sink % 10);
  }

  private static void load(Path path, List<Doc> docs) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
          load(p, docs);
        }
      }
      return;
    }
    String name = path.getFileName().toString();
    if (!name.endsWith(".txt") || !Files.exists(path)) {
      return;
    }
    Charset cs = name.contains("cp1251") ? Charset.forName("windows-1251") : StandardCharsets.UTF_8;
    String text = new String(Files.readAllBytes(path), cs);
    docs.add(doc(text, languageOf(path)));
  }

  /** The development sentences of each language, as one article per language. */
  private static void devSentences(List<Doc> docs) throws IOException {
    java.util.Map<String, StringBuilder> byLang = new java.util.TreeMap<>();
    for (String file : List.of("dev.tsv", "heldout.tsv")) {
      // Test resources, not on this module's class path: read from the source tree.
      Path sentences = Path.of(SENTENCES, file);
      if (!Files.isRegularFile(sentences)) {
        continue;
      }
      for (String line : Files.readString(sentences, StandardCharsets.UTF_8).split("\n")) {
        String[] c = line.split("\t");
        if (c.length > 1 && !line.startsWith("#")) {
          StringBuilder b = byLang.computeIfAbsent(c[0], k -> new StringBuilder());
          b.append(c[1].replace("⟦", "").replace("⟧", ""))
              .append(b.length() % 3 == 0 ? "\n\n" : " ");
        }
      }
    }
    byLang.forEach((lang, text) -> docs.add(doc(text.toString(), lang)));
  }

  private static String languageOf(Path p) {
    for (Path part : p) {
      String s = part.toString();
      if (List.of("fr", "en", "ru", "uk", "ko").contains(s)) {
        return s;
      }
    }
    return "fr";
  }

  private static Doc doc(String text, String lang) {
    List<Span> q = new ArrayList<>();
    Matcher m = DIGITS.matcher(text);
    while (m.find()) {
      q.add(new Span(m.start(), m.end()));
    }
    return new Doc(text, lang, q, text.getBytes(StandardCharsets.UTF_8).length);
  }
}
