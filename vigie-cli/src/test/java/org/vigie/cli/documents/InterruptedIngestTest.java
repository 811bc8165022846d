package org.vigie.cli.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.cli.CliRun;
import org.vigie.cli.Main;
import org.vigie.core.document.Sha256;

/**
 * Kills an ingest run with SIGKILL while it stores documents, early and late, then runs it again:
 * the store must open, hold every document exactly once, have each original archived whole, and the
 * search filters on claims must count what a clean ingest of the same files counts.
 */
class InterruptedIngestTest {

  private static final int FILES = 4000;
  private static final int COPIES = 200;

  /** The filters fed by claims, each with its count after a clean ingest. */
  private static final List<List<String>> FILTERS =
      List.of(
          List.of("--unit", "soldier"),
          List.of("--unit", "artillery shell"),
          List.of("--actor", "PRK"),
          List.of("--with-quantities"));

  @TempDir static Path corpus;
  @TempDir static Path clean;
  static Map<List<String>, Long> cleanCounts;

  @TempDir Path data;

  @BeforeAll
  static void writeCorpusAndIngestItCleanly() throws IOException {
    writeCorpus();
    CliRun run = CliRun.of("--data", clean.toString(), "ingest", "--json", corpus.toString());
    assertThat(run.exitCode()).isZero();
    cleanCounts = searchCounts(clean);
    assertThat(cleanCounts.values()).as("every filter finds something").doesNotContain(0L);
  }

  @ParameterizedTest(name = "killed after {0} originals")
  @ValueSource(ints = {300, 2500})
  void a_killed_ingest_leaves_a_consistent_store_and_a_rerun_completes_it(int killAfter)
      throws Exception {
    Process child = startIngest();
    long archivedAtKill;
    try {
      archivedAtKill = waitForArchivedOriginals(killAfter, child);
    } finally {
      // Killed here on failure too: a child still writing would keep the folder from being deleted.
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(archivedAtKill).as("killed before the end").isLessThan(FILES);

    CliRun rerun = CliRun.of("--data", data.toString(), "ingest", "--json", corpus.toString());
    assertThat(rerun.exitCode()).isZero();
    JsonNode summary = new ObjectMapper().readTree(rerun.lastOutLine());
    assertThat(summary.get("failed").asInt()).isZero();
    assertThat(summary.get("added").asInt() + summary.get("duplicates").asInt())
        .isEqualTo(FILES + COPIES);

    List<String> docs = CliRun.of("--data", data.toString(), "docs", "--json").outLines();
    Set<String> shas = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : docs) {
      String sha = json.readTree(line).get("sha256").asText();
      assertThat(shas.add(sha)).as("stored once: " + sha).isTrue();
      Path original =
          data.resolve("archive")
              .resolve(sha.substring(0, 2))
              .resolve(sha.substring(2, 4))
              .resolve(sha);
      assertThat(Sha256.hex(Files.readAllBytes(original))).isEqualTo(sha);
    }
    assertThat(shas).hasSize(FILES);
    CliRun third = CliRun.of("--data", data.toString(), "ingest", "--json", corpus.toString());
    assertThat(new ObjectMapper().readTree(third.lastOutLine()).get("added").asInt()).isZero();

    assertThat(searchCounts(data)).as("search counts after the kill").isEqualTo(cleanCounts);
    CliRun check = CliRun.of("--data", data.toString(), "reindex", "--check", "--json");
    assertThat(check.exitCode()).as(check.out()).isZero();
    assertThat(new ObjectMapper().readTree(check.lastOutLine()).get("stale").asInt()).isZero();
  }

  /** How many documents each claim filter finds in the store under {@code dataDir}. */
  private static Map<List<String>, Long> searchCounts(Path dataDir) throws IOException {
    Map<List<String>, Long> counts = new LinkedHashMap<>();
    for (List<String> filter : FILTERS) {
      List<String> args = new ArrayList<>(List.of("--data", dataDir.toString(), "search"));
      args.addAll(filter);
      args.addAll(List.of("--json", "--limit", "1"));
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(run.err()).isZero();
      counts.put(filter, new ObjectMapper().readTree(run.lastOutLine()).get("total").asLong());
    }
    return counts;
  }

  /** A third of the reports count soldiers of North Korea, a third shells, a third nothing. */
  private static void writeCorpus() throws IOException {
    for (int i = 0; i < FILES; i++) {
      Path file = corpus.resolve(String.format(Locale.ROOT, "d%02d/report-%05d.txt", i % 40, i));
      Files.createDirectories(file.getParent());
      String text =
          switch (i % 3) {
            case 0 ->
                "Report %d. Officials said about %,d North Korean soldiers were in the Kursk"
                    + " region on day %d; the estimate was revised again the following week.%n";
            case 1 ->
                "Report %d. The ministry said %,d artillery shells had been shipped by day %d,"
                    + " without saying by whom.%n";
            default ->
                "Report %1$d. Officials met for talks on day %3$d and gave no figure at all.%n";
          };
      Files.writeString(
          file, String.format(Locale.ROOT, text, i, 1000 + i, i), StandardCharsets.UTF_8);
    }
    for (int i = 0; i < COPIES; i++) {
      Path copy = corpus.resolve(String.format(Locale.ROOT, "copies/copy-%05d.txt", i));
      Files.createDirectories(copy.getParent());
      Files.copy(
          corpus.resolve(String.format(Locale.ROOT, "d%02d/report-%05d.txt", i % 40, i)), copy);
    }
  }

  private Process startIngest() throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "--data",
            data.toString(),
            "ingest",
            "--threads",
            "2",
            corpus.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private long waitForArchivedOriginals(int atLeast, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      long n = archived();
      if (n >= atLeast) {
        return n;
      }
      assertThat(child.isAlive()).as("the ingest is still running").isTrue();
      Thread.sleep(20);
    }
    throw new AssertionError("the child ingest archived fewer than " + atLeast + " originals");
  }

  /**
   * The originals archived so far, counted while the child writes: a {@code .part} file renamed
   * between the listing and its visit is skipped, not an error.
   */
  private long archived() throws IOException {
    Path archive = data.resolve("archive");
    if (!Files.isDirectory(archive)) {
      return 0;
    }
    long[] count = {0};
    Files.walkFileTree(
        archive,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile() && !file.toString().endsWith(".part")) {
              count[0]++;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }
        });
    return count[0];
  }
}
