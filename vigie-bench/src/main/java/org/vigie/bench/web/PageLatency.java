package org.vigie.bench.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentStatus;
import org.vigie.core.document.Sha256;
import org.vigie.core.store.Store;
import org.vigie.core.user.Role;
import org.vigie.service.users.Accounts;
import org.vigie.store.sql.SqlStore;
import org.vigie.testkit.Http;
import org.vigie.web.WebApp;
import org.vigie.web.WebServer;

/**
 * Measures page latency on loopback: fills a SQLite store with generated documents, serves it, logs
 * in, and has a few clients request pages in a closed loop; prints p50, p90, p99 and the maximum
 * per page. From the project root:
 *
 * <pre>
 * ./mvnw -B -ntp -pl vigie-bench -am package -DskipTests
 * java -cp "vigie-bench/target/vigie-bench-0.1.0-SNAPSHOT.jar:vigie-bench/target/lib/*" \
 *   org.vigie.bench.web.PageLatency 10000 4 20
 * </pre>
 *
 * (documents, concurrent clients, seconds measured per page after 5 s of warm-up). Passing a folder
 * as a fourth argument keeps the store there and reuses it.
 */
public final class PageLatency {

  private static final String[] LANGS = {"fr", "en", "ru", "uk", "ko"};
  private static final String[] WORDS = {
    "soldats",
    "troops",
    "Kursk",
    "Pyongyang",
    "renseignement",
    "intelligence",
    "estimate",
    "brigade",
    "artillery",
    "selon",
    "officials",
    "said",
    "environ",
    "thousand",
    "deployed",
    "front",
    "Séoul",
    "Moscou",
    "Київ",
    "병력",
    "파병",
    "войска",
    "около"
  };

  private PageLatency() {}

  public static void main(String[] args) throws Exception {
    int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    Path dir = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("vigie-latency");
    for (String line : run(dir, documents, clients, seconds, 5)) {
      System.out.println(line);
    }
  }

  /** Runs the measurement; returns the lines of the report. */
  static List<String> run(Path dir, int documents, int clients, int seconds, int warmup)
      throws IOException, InterruptedException {
    List<String> report = new ArrayList<>();
    try (Store store = SqlStore.openSqlite(dir)) {
      long start = System.nanoTime();
      List<String> ids = fill(store, documents);
      report.add(
          String.format(
              Locale.ROOT,
              "%,d documents in the store (%,d added in %.1f s); %d clients; %d s per page",
              store.documents().count(),
              ids.size(),
              (System.nanoTime() - start) / 1e9,
              clients,
              seconds));
      if (store.users().find("bench").isEmpty()) {
        new Accounts(store.users(), Clock.systemUTC(), new SecureRandom())
            .add("bench", Role.VIEWER, "bench password long".toCharArray());
      }
      List<String> all = new ArrayList<>();
      store.documents().forEachSummary(d -> all.add(d.id()));
      try (WebApp app = WebApp.create(store, () -> t -> "und", Clock.systemUTC(), dir);
          WebServer server = WebServer.start(app, "127.0.0.1", 0)) {
        String base = "http://127.0.0.1:" + server.port();
        Random random = new Random(7);
        int pages = (int) Math.max(1, store.documents().count() / 50);
        report.add(measure(base, "/documents", i -> "/documents", clients, seconds, warmup));
        report.add(
            measure(
                base,
                "/documents?page=N (random page)",
                i -> "/documents?page=" + (1 + random.nextInt(pages)),
                clients,
                seconds,
                warmup));
        report.add(
            measure(
                base,
                "/documents?lang=fr&from=2024-06-01",
                i -> "/documents?lang=fr&from=2024-06-01",
                clients,
                seconds,
                warmup));
        report.add(
            measure(
                base,
                "/documents/{id} (random document)",
                i -> "/documents/" + all.get(random.nextInt(all.size())),
                clients,
                seconds,
                warmup));
        report.add(measure(base, "/ (dashboard)", i -> "/", clients, seconds, warmup));
      }
    }
    return report;
  }

  /** Adds generated documents until the store holds {@code documents}; returns the ids added. */
  private static List<String> fill(Store store, int documents) {
    Random random = new Random(42);
    List<String> ids = new ArrayList<>();
    long have = store.documents().count();
    for (long i = have; i < documents; i++) {
      String text = text(random, 300 + random.nextInt(1500));
      byte[] bytes = ("doc " + i + "\n" + text).getBytes(StandardCharsets.UTF_8);
      String sha = Sha256.hex(bytes);
      Document d =
          new Document(
              Document.idOf(sha),
              sha,
              "generated/doc-" + i + ".txt",
              null,
              Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i * 37),
              bytes.length,
              "text/plain",
              LANGS[random.nextInt(LANGS.length)],
              "Report " + i + ": " + text.substring(0, 40).strip(),
              random.nextInt(10) == 0
                  ? null
                  : LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700)),
              "Outlet " + random.nextInt(25),
              text,
              DocumentStatus.OK,
              null);
      store.documents().add(d);
      ids.add(d.id());
    }
    return ids;
  }

  private static String text(Random random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < words; w++) {
      sb.append(w % 14 == 13 ? ".\n" : " ");
      sb.append(
          random.nextInt(20) == 0
              ? String.format(Locale.ROOT, "%,d", random.nextInt(20_000))
              : WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  /** Closed loop: each client sends the next request when the last one answered. */
  private static String measure(
      String base, String label, IntFunction<String> path, int clients, int seconds, int warmup)
      throws InterruptedException {
    List<long[]> perClient = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    AtomicBoolean failed = new AtomicBoolean();
    long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
    long end = warmEnd + seconds * 1_000_000_000L;
    for (int c = 0; c < clients; c++) {
      long[][] box = {new long[1 << 16]};
      int[] n = {0};
      Http http = new Http(base);
      http.login("bench", "bench password long");
      Thread t =
          new Thread(
              () -> {
                int i = 0;
                while (System.nanoTime() < end) {
                  long t0 = System.nanoTime();
                  HttpResponse<String> r = http.get(path.apply(i++));
                  long t1 = System.nanoTime();
                  if (r.statusCode() != 200) {
                    failed.set(true);
                  }
                  if (t0 >= warmEnd) {
                    if (n[0] == box[0].length) {
                      box[0] = Arrays.copyOf(box[0], n[0] * 2);
                    }
                    box[0][n[0]++] = t1 - t0;
                  }
                }
                synchronized (perClient) {
                  perClient.add(Arrays.copyOf(box[0], n[0]));
                }
              },
              "latency-client-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return String.format(
        Locale.ROOT,
        "%-36s n=%,7d  %6.0f req/s  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %7.2f ms%s",
        label,
        all.length,
        all.length / (double) seconds,
        pct(all, 0.50),
        pct(all, 0.90),
        pct(all, 0.99),
        all.length == 0 ? 0 : all[all.length - 1] / 1e6,
        failed.get() ? "  (SOME REQUESTS FAILED)" : "");
  }

  private static double pct(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
