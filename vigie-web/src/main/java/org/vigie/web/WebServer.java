package org.vigie.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.core.error.InvalidInputException;
import org.vigie.web.auth.Access;
import org.vigie.web.ingest.IngestPages;

/** The HTTP server of the workbench (Javalin on Jetty 12). */
public final class WebServer implements AutoCloseable {

  /** How long a stop waits for requests in flight. */
  static final int STOP_TIMEOUT_MS = 10_000;

  private final Javalin javalin;
  private final Routes routes;
  private final String host;

  private WebServer(Javalin javalin, Routes routes, String host) {
    this.javalin = javalin;
    this.routes = routes;
    this.host = host;
  }

  /**
   * Starts serving the app on {@code host:port} (port 0 picks a free one).
   *
   * @throws InvalidInputException when the port cannot be bound, e.g. it is taken
   */
  public static WebServer start(WebApp app, String host, int port) {
    Routes routes = new Routes();
    Path parts = WebApp.uploads(app.dataDir).resolve(".parts");
    createDirectories(parts);
    Javalin javalin =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.http.maxRequestSize = 8L << 20; // bodies read whole: JSON, forms
              cfg.jetty.modifyServer(server -> server.setStopTimeout(STOP_TIMEOUT_MS));
              uploads(cfg, parts);
              staticFiles(cfg);
              routes.declare(cfg.routes, app);
            });
    try {
      javalin.start(host, port);
    } catch (JavalinBindException e) {
      throw new InvalidInputException(
          "port",
          "cannot serve on "
              + host
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "); choose another port");
    }
    return new WebServer(javalin, routes, host);
  }

  /** Uploads stream to files under {@code uploads/.parts/}, up to the upload limit. */
  private static void uploads(JavalinConfig cfg, Path parts) {
    cfg.jetty.multipartConfig.cacheDirectory(parts.toString());
    cfg.jetty.multipartConfig.maxFileSize(IngestPages.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
    cfg.jetty.multipartConfig.maxTotalRequestSize(IngestPages.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
    cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
  }

  /**
   * Our script and style sheet under /static (revalidated, they change with releases), and the
   * WebJars (htmx, ECharts) under /webjars (versioned paths: cached for a year). Both public.
   */
  private static void staticFiles(JavalinConfig cfg) {
    cfg.staticFiles.add(
        s -> {
          s.hostedPath = "/static";
          s.directory = "/web/static";
          s.location = Location.CLASSPATH;
          s.headers = Map.of("Cache-Control", "no-cache");
          s.roles = Set.of(Access.PUBLIC);
        });
    cfg.staticFiles.add(
        s -> {
          s.hostedPath = "/webjars";
          s.directory = "META-INF/resources/webjars";
          s.location = Location.CLASSPATH;
          s.headers = Map.of("Cache-Control", "max-age=31536000, immutable");
          s.roles = Set.of(Access.PUBLIC);
        });
  }

  /** The port served. */
  public int port() {
    return javalin.port();
  }

  /** The address to open in a browser, e.g. {@code http://127.0.0.1:7700/}. */
  public String address() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return "http://"
        + ("0.0.0.0".equals(host) || "::".equals(host) ? "127.0.0.1" : shown)
        + ":"
        + port()
        + "/";
  }

  List<Routes.Route> routes() {
    return routes.declared();
  }

  /** Stops taking requests, lets those in flight finish (up to 10 s), then stops. */
  @Override
  public void close() {
    javalin.stop();
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to create " + dir, e);
    }
  }
}
