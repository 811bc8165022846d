package org.vigie.cli.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.vigie.cli.Languages;
import org.vigie.core.store.Store;
import org.vigie.web.WebApp;
import org.vigie.web.WebServer;

/**
 * Serves the workbench over an open store until the process is stopped (Ctrl-C or a signal): then
 * the server finishes the requests in flight, the background ingest stops, the store closes.
 */
final class Serving {

  private Serving() {}

  /** Starts the server; {@code started} runs once it answers, then this waits for the stop. */
  static void run(
      Store store,
      Path dataDir,
      Clock clock,
      String host,
      int port,
      PrintWriter out,
      java.util.function.Consumer<WebServer> started) {
    WebApp app = WebApp.create(store, Languages::identifier, clock, dataDir);
    WebServer server;
    try {
      server = WebServer.start(app, host, port);
    } catch (RuntimeException e) {
      app.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  out.println("vigie: stopping the server...");
                  out.flush();
                  server.close();
                  app.close();
                  store.close();
                  stopped.countDown();
                },
                "vigie-web-stop"));
    started.accept(server);
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
