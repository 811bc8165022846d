package org.vigie.web.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.search.DocumentIndex;
import org.vigie.core.store.Store;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.IngestReport;
import org.vigie.service.ingest.IngestPipeline;
import org.vigie.text.language.LanguageIdentifier;
import org.vigie.web.ingest.JobStatus.State;

/**
 * Files sent from the browser, ingested in the background one job at a time (ingest already uses
 * every core) by the {@link IngestPipeline}: each new document's claims are read and it is indexed
 * for search. Each job's files are kept under {@code uploads/JOB/} while it runs and deleted after:
 * the archive keeps every original. Jobs are remembered in memory, the latest {@value #KEPT}.
 */
public final class IngestJobs implements AutoCloseable {

  static final int KEPT = 100;
  private static final Logger LOG = LoggerFactory.getLogger(IngestJobs.class);

  private final IngestPipeline pipeline;
  private final Clock clock;
  private final Path uploads;
  private final SecureRandom random;
  private final Map<String, JobStatus> jobs = new ConcurrentHashMap<>();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "vigie-web-ingest");
            t.setDaemon(true);
            return t;
          });

  public IngestJobs(
      Store store,
      Supplier<LanguageIdentifier> languages,
      Clock clock,
      Path uploads,
      SecureRandom random,
      DocumentIndex index) {
    this.pipeline = new IngestPipeline(store, languages, index, clock);
    this.clock = clock;
    this.uploads = uploads;
    this.random = random;
  }

  /** Keeps the files and queues their ingest; returns the queued job. */
  public JobStatus submit(String user, List<Upload> files) {
    if (files.isEmpty()) {
      throw new InvalidInputException("files", "choose at least one file to ingest");
    }
    byte[] bytes = new byte[6];
    random.nextBytes(bytes);
    String id = HexFormat.of().formatHex(bytes);
    Path dir = uploads.resolve(id);
    List<String> names = stage(dir, files);
    JobStatus queued = new JobStatus(id, user, clock.instant(), names, State.QUEUED, 0, null, null);
    remember(queued);
    worker.execute(() -> run(queued, dir));
    return queued;
  }

  public Optional<JobStatus> get(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** The latest jobs, newest first. */
  public List<JobStatus> recent() {
    return jobs.values().stream()
        .sorted(Comparator.comparing(JobStatus::submittedAt).reversed())
        .toList();
  }

  private List<String> stage(Path dir, List<Upload> files) {
    Set<String> taken = new HashSet<>();
    List<String> names = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (Upload f : files) {
        String name = unique(safeName(f.name()), taken);
        try (InputStream in = f.content();
            OutputStream out = Files.newOutputStream(dir.resolve(name))) {
          in.transferTo(out);
        }
        names.add(name);
      }
    } catch (IOException e) {
      deleteQuietly(dir);
      throw new UncheckedIOException("Unable to keep the uploaded files under " + dir, e);
    }
    return names;
  }

  private void run(JobStatus queued, Path dir) {
    update(queued, State.RUNNING, 0, null, null);
    try {
      IngestReport report =
          pipeline.ingest(List.of(dir), IngestOptions.defaults(), progress(queued)).files();
      update(queued, State.DONE, queued.files().size(), report, null);
    } catch (RuntimeException e) {
      LOG.error("ingest job {} failed", queued.id(), e);
      update(queued, State.FAILED, 0, null, "the ingest failed: " + e.getMessage());
    } finally {
      deleteQuietly(dir);
    }
  }

  /** The job's count of files done; a document whose claims cannot be read is still indexed. */
  private IngestPipeline.Listener progress(JobStatus queued) {
    return new IngestPipeline.Listener() {
      @Override
      public void progressed(int filesDone, long bytesDone) {
        update(queued, State.RUNNING, filesDone, null, null);
      }

      @Override
      public void claimsNotRead(String message) {
        LOG.warn(message);
      }

      @Override
      public void failed(String documentId, String reason) {
        LOG.warn("claims of document {} could not be read: {}", documentId, reason);
      }
    };
  }

  private void update(JobStatus j, State state, int done, IngestReport report, String error) {
    remember(
        new JobStatus(j.id(), j.user(), j.submittedAt(), j.files(), state, done, report, error));
  }

  private void remember(JobStatus status) {
    jobs.put(status.id(), status);
    if (jobs.size() > KEPT) {
      recent().stream().skip(KEPT).filter(JobStatus::finished).forEach(s -> jobs.remove(s.id()));
    }
  }

  /**
   * The client's file name reduced to its last part, with characters other than letters, digits,
   * '.', '_', '-' and spaces replaced, no leading dot, at most 120 characters.
   */
  static String safeName(String clientName) {
    String name = clientName == null ? "" : clientName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[^\\p{L}\\p{N}._ -]+", "_").replaceAll("^[. ]+", "").strip();
    if (name.length() > 120) {
      name = name.substring(name.length() - 120);
    }
    return name.isEmpty() ? "upload" : name;
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = n + "-" + name;
    }
    return candidate;
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("could not delete {}: {}", dir, e.toString());
    }
  }

  /** Stops taking jobs and waits a little for the running one. */
  @Override
  public void close() {
    worker.shutdown();
    try {
      if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
        worker.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      worker.shutdownNow();
    }
  }
}
