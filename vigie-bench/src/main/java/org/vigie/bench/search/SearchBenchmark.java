package org.vigie.bench.search;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.vigie.core.search.IndexEntry;
import org.vigie.core.search.SearchQuery;
import org.vigie.search.StandaloneIndex;

/**
 * Indexing throughput, index size and query latency on generated documents. By default on a million
 * documents (about 10 minutes and 3 GB of disk on 2 cores); from the project root:
 *
 * <pre>
 * ./mvnw -B -ntp -pl vigie-bench -am package -DskipTests
 * java -cp "vigie-bench/target/vigie-bench-0.1.0-SNAPSHOT.jar:vigie-bench/target/lib/*" \
 *     org.vigie.bench.search.SearchBenchmark [--documents 1000000] [--dir FOLDER] [--reuse]
 * </pre>
 *
 * The index is written to {@code FOLDER} (by default vigie-bench/target/search-benchmark); with
 * {@code --reuse}, the index a previous run left there is queried again without indexing anew.
 *
 * <p>It indexes the way {@code vigie reindex} does (analysis on every core, the caller generating
 * the documents), saves, then runs a fixed set of 50 queries (words in each language, phrases,
 * boolean operators, filters, facets and snippets included, as {@code vigie search} asks for them)
 * 5 times after one warm-up round, and prints the figures.
 */
public final class SearchBenchmark {

  /** What one run measured. */
  record Figures(
      long documents,
      double indexSeconds,
      long indexBytes,
      int queries,
      double p50Millis,
      double p99Millis,
      double maxMillis,
      long meanHits,
      double openAndFirstQueryMillis) {

    double documentsPerSecond() {
      return documents / indexSeconds;
    }
  }

  private SearchBenchmark() {}

  public static void main(String[] args) throws IOException {
    List<String> a = Arrays.asList(args);
    long documents =
        a.contains("--documents") ? Long.parseLong(after(a, "--documents")) : 1_000_000;
    Path dir =
        Path.of(a.contains("--dir") ? after(a, "--dir") : "vigie-bench/target/search-benchmark")
            .toAbsolutePath();
    Figures f =
        a.contains("--reuse") && Files.isDirectory(dir)
            ? queryOnly(documents, dir, 5)
            : run(documents, dir, 5, System.out);
    System.out.println(report(f));
  }

  private static String after(List<String> args, String name) {
    int i = args.indexOf(name);
    if (i + 1 >= args.size()) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return args.get(i + 1);
  }

  static Figures run(long documents, Path dir, int rounds, PrintStream log) throws IOException {
    deleteTree(dir);
    SyntheticCorpus corpus = new SyntheticCorpus(42);
    long start = System.nanoTime();
    try (StandaloneIndex index = StandaloneIndex.open(dir)) {
      index.bulk(
          n -> IndexEntry.of(corpus.document(n)),
          documents,
          done -> log.printf(Locale.ROOT, "  indexed %,d documents%n", done));
    }
    // Closing waits for the merges under way: the time and the size are those of the final index.
    double seconds = (System.nanoTime() - start) / 1e9;
    return measureQueries(documents, seconds, dir, rounds);
  }

  /** The queries alone, on an index a previous run left in the folder. */
  static Figures queryOnly(long documents, Path dir, int rounds) throws IOException {
    return measureQueries(documents, Double.NaN, dir, rounds);
  }

  private static Figures measureQueries(long documents, double seconds, Path dir, int rounds)
      throws IOException {
    long bytes = sizeOf(dir);
    long opening = System.nanoTime();
    try (StandaloneIndex index = StandaloneIndex.open(dir)) {
      index.search(SearchQuery.of("soldats"));
      double firstMillis = (System.nanoTime() - opening) / 1e6;
      List<SearchQuery> queries = queries();
      for (SearchQuery q : queries) {
        index.search(q);
      }
      double[] millis = new double[queries.size() * rounds];
      long hits = 0;
      int i = 0;
      for (int r = 0; r < rounds; r++) {
        for (SearchQuery q : queries) {
          long t = System.nanoTime();
          hits += index.search(q).total();
          millis[i++] = (System.nanoTime() - t) / 1e6;
        }
      }
      Arrays.sort(millis);
      return new Figures(
          documents,
          seconds,
          bytes,
          queries.size(),
          percentile(millis, 0.50),
          percentile(millis, 0.99),
          millis[millis.length - 1],
          hits / millis.length,
          firstMillis);
    }
  }

  static String report(Figures f) {
    return String.format(
        Locale.ROOT,
        "%nSearch benchmark: %,d documents indexed in %.1f s = %,.0f documents/s;"
            + " index %,.1f MB on disk (%.0f bytes/document)%n"
            + "%d queries x rounds: p50 %.1f ms, p99 %.1f ms, max %.1f ms"
            + " (mean %,d matching documents per query, facets and 10 snippets included);"
            + " opening the index and a first query: %.0f ms%n",
        f.documents(),
        f.indexSeconds(),
        f.documentsPerSecond(),
        f.indexBytes() / 1e6,
        (double) f.indexBytes() / f.documents(),
        f.queries(),
        f.p50Millis(),
        f.p99Millis(),
        f.maxMillis(),
        f.meanHits(),
        f.openAndFirstQueryMillis());
  }

  /** The fixed set: 50 queries as analysts would type them. */
  static List<SearchQuery> queries() {
    List<SearchQuery> q = new ArrayList<>();
    for (String w :
        List.of(
            "soldats",
            "troupes",
            "obus",
            "renseignement",
            "soldier",
            "troops",
            "casualties",
            "intelligence",
            "военных",
            "солдат",
            "разведки",
            "військових",
            "солдатів",
            "втрат",
            "북한군",
            "사상자",
            "파병",
            "Kursk")) {
      q.add(SearchQuery.of(w));
    }
    for (String w :
        List.of(
            "soldats Koursk",
            "troops Russia",
            "военные Курской",
            "військові Курській",
            "북한군 러시아",
            "missiles ammunition")) {
      q.add(SearchQuery.of(w));
    }
    for (String w :
        List.of(
            "\"soldats nord-coréens\"",
            "\"North Korean troops\"",
            "\"военные КНДР\"",
            "\"військові КНДР\"",
            "\"북한군 파병\"",
            "\"Korean soldiers\"")) {
      q.add(SearchQuery.of(w));
    }
    for (String w :
        List.of(
            "troops OR soldiers",
            "soldats OR troupes",
            "ракеты OR снаряды",
            "미사일 OR 포탄",
            "troops -Kursk",
            "soldats NOT Ukraine",
            "+casualties -wounded",
            "sold*",
            "(missiles" + " OR shells) AND Russia",
            "Seoul AND Pyongyang")) {
      q.add(SearchQuery.of(w));
    }
    q.add(SearchQuery.of("soldats").withLang("fr"));
    q.add(SearchQuery.of("troops").withLang("en"));
    q.add(SearchQuery.of("КНДР").withLang("uk"));
    q.add(
        SearchQuery.of("troops")
            .withPublished(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)));
    q.add(SearchQuery.of("북한군").withPublished(LocalDate.of(2025, 1, 1), null));
    q.add(SearchQuery.of("soldats").withSource("Outlet 7"));
    q.add(SearchQuery.of("").withSource("Outlet 12"));
    q.add(
        SearchQuery.of("")
            .withLang("ko")
            .withPublished(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30)));
    q.add(SearchQuery.of(""));
    q.add(SearchQuery.of("Russia").withPage(20, 10));
    return q;
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
