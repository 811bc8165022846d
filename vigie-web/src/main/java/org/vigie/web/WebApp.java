package org.vigie.web;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.series.store.StoredSeriesValues;
import org.vigie.core.store.Store;
import org.vigie.search.SearchService;
import org.vigie.service.ach.AchService;
import org.vigie.service.documents.DocumentService;
import org.vigie.service.indicators.IndicatorService;
import org.vigie.text.language.LanguageIdentifier;
import org.vigie.web.ach.AchPages;
import org.vigie.web.api.Api;
import org.vigie.web.auth.AuthPages;
import org.vigie.web.auth.Authenticator;
import org.vigie.web.auth.Guard;
import org.vigie.web.auth.Sessions;
import org.vigie.web.claims.ClaimPages;
import org.vigie.web.claims.ClaimSpans;
import org.vigie.web.dashboard.DashboardPage;
import org.vigie.web.documents.DocumentPages;
import org.vigie.web.documents.SpanSource;
import org.vigie.web.http.Pages;
import org.vigie.web.indicators.IndicatorPages;
import org.vigie.web.ingest.IngestJobs;
import org.vigie.web.ingest.IngestPages;
import org.vigie.web.search.SearchPages;
import org.vigie.web.series.SeriesPages;

/**
 * The workbench's parts, wired once: services over the store, and the handlers {@link Routes} maps.
 * The caller owns the store; closing the app stops the background ingest and closes the search
 * index.
 */
public final class WebApp implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

  /** How long a failed login waits before it answers. */
  static final Duration LOGIN_FAILURE_DELAY = Duration.ofMillis(400);

  final Store store;
  final Path dataDir;
  final Pages pages = new Pages();
  final Sessions sessions;
  final Guard guard;
  final AuthPages auth;
  final DashboardPage dashboard;
  final DocumentPages documents;
  final AchPages ach;
  final ClaimPages claims;
  final SearchPages search;
  final IndicatorPages indicators;
  final SeriesPages series;
  final IngestPages ingest;
  final Api api;
  final Errors errors;
  private final IngestJobs jobs;
  private final SearchService searchService;

  private WebApp(
      Store store,
      Supplier<LanguageIdentifier> languages,
      Clock clock,
      Path dataDir,
      SpanSource spans) {
    SecureRandom random = new SecureRandom();
    this.store = store;
    this.dataDir = dataDir;
    this.sessions = new Sessions(random, clock);
    Authenticator authenticator =
        new Authenticator(store.users(), clock, random, LOGIN_FAILURE_DELAY);
    this.guard = new Guard(sessions, authenticator, store.users());
    this.auth = new AuthPages(sessions, authenticator, pages);
    DocumentService documentService = new DocumentService(store);
    AchService achService = new AchService(store, clock, random);
    this.searchService = openSearch(store, dataDir);
    this.jobs = new IngestJobs(store, languages, clock, uploads(dataDir), random, searchService);
    this.dashboard = new DashboardPage(store, pages);
    this.documents = new DocumentPages(documentService, spans, pages);
    this.ach = new AchPages(achService, pages);
    this.claims = new ClaimPages(store, documentService, pages);
    this.search = new SearchPages(searchService, pages);
    this.indicators =
        new IndicatorPages(
            new IndicatorService(store, clock), new StoredSeriesValues(store), pages);
    this.series = new SeriesPages(store, pages, clock);
    this.ingest = new IngestPages(jobs, pages);
    this.api = new Api(store, documentService, achService, jobs);
    this.errors = new Errors(pages);
  }

  /**
   * The workbench over a store.
   *
   * @param languages the language identifier for ingest, asked for on the first upload (loading one
   *     takes a second)
   * @param dataDir the data folder: uploads wait under {@code DIR/uploads/} while they are read;
   *     the search index is {@code DIR/index/}, opened here and closed with the app
   */
  public static WebApp create(
      Store store, Supplier<LanguageIdentifier> languages, Clock clock, Path dataDir) {
    return new WebApp(store, languages, clock, dataDir, new ClaimSpans(store.claims()));
  }

  /** As {@link #create}, with other spans for the reader to highlight than the stored claims. */
  public static WebApp create(
      Store store,
      Supplier<LanguageIdentifier> languages,
      Clock clock,
      Path dataDir,
      SpanSource spans) {
    return new WebApp(store, languages, clock, dataDir, spans);
  }

  /**
   * The search index beside the store, {@code DATA/index}, as the command line opens it (repaired
   * or completed if need be). While the server holds it, another process can search it but not add
   * to it.
   */
  private static SearchService openSearch(Store store, Path dataDir) {
    SearchService search = SearchService.open(store, dataDir.resolve("index"));
    search.notices().forEach(n -> LOG.info("search index: {}", n));
    return search;
  }

  static Path uploads(Path dataDir) {
    return dataDir.resolve("uploads");
  }

  @Override
  public void close() {
    jobs.close();
    searchService.close();
  }
}
