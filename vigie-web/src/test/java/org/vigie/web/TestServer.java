package org.vigie.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.vigie.core.claim.EntityClaim;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentQuery;
import org.vigie.core.store.Store;
import org.vigie.core.user.Role;
import org.vigie.ingest.IngestListener;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.IngestReport;
import org.vigie.ingest.IngestService;
import org.vigie.ingest.claims.ClaimExtraction;
import org.vigie.service.users.Accounts;
import org.vigie.store.sql.SqlStore;
import org.vigie.text.claims.ClaimReader;
import org.vigie.text.language.OptimaizeLanguageIdentifier;

/**
 * A real workbench for tests: a SQLite store in a temporary folder with three users (one per role),
 * a few documents (one of them hostile), served on a free port of the loopback interface.
 */
final class TestServer implements AutoCloseable {

  static final String PASSWORD = "correct horse battery staple";

  /**
   * A text document whose every line tries to run script in the reader. It sets a global when it
   * runs, so a browser test can check that nothing ran.
   */
  static final String HOSTILE_TEXT =
      "Attack report\n<script>window.__pwned = 'script'; alert(1)</script>\n"
          + "<img src=x onerror=\"window.__pwned = 'img'\">\n"
          + "\"><svg onload=alert(3)> & ' end\n  indented line\ttab";

  final Path dataDir;
  final Store store;
  final WebApp app;
  final WebServer server;
  final String base;

  private TestServer(Path dataDir) throws IOException {
    this.dataDir = dataDir;
    this.store = SqlStore.openSqlite(dataDir);
    Accounts accounts = new Accounts(store.users(), Clock.systemUTC(), new SecureRandom());
    accounts.add("admin", Role.ADMIN, PASSWORD.toCharArray());
    accounts.add("ana", Role.ANALYST, PASSWORD.toCharArray());
    accounts.add("vic", Role.VIEWER, PASSWORD.toCharArray());
    ingest(writeCorpus(dataDir.resolve("corpus")));
    readClaims();
    this.app = WebApp.create(store, TestServer::languages, Clock.systemUTC(), dataDir);
    this.server = WebServer.start(app, "127.0.0.1", 0);
    this.base = "http://127.0.0.1:" + server.port();
  }

  static TestServer start(Path dataDir) throws IOException {
    return new TestServer(dataDir);
  }

  private static OptimaizeLanguageIdentifier languages;

  static synchronized OptimaizeLanguageIdentifier languages() {
    if (languages == null) {
      languages = new OptimaizeLanguageIdentifier();
    }
    return languages;
  }

  /**
   * The claims of the corpus as the built-in reader finds them, and one claim made up to be
   * hostile: the script line of the hostile text, read as an entity whose id is markup too.
   */
  private void readClaims() {
    new ClaimExtraction(store, ClaimReader.builtIn()).catchUp(1, ClaimExtraction.Listener.NONE);
    Document hostile =
        store.documents().find(new DocumentQuery(null, null, null, null, 0, 100)).items().stream()
            .filter(d -> d.origin().endsWith("hostile.txt"))
            .findFirst()
            .flatMap(d -> store.documents().get(d.id()))
            .orElseThrow();
    int start = hostile.text().indexOf("<script>");
    int end = hostile.text().indexOf('\n', start);
    store
        .claims()
        .replace(
            hostile.id(),
            ClaimReader.VERSION,
            List.of(
                new EntityClaim(
                    start, end, hostile.text().substring(start, end), HOSTILE_ID, "person")));
  }

  /** The id of the hostile claim's entity: it would run if the tooltip or table did not escape. */
  static final String HOSTILE_ID = "<img src=x onerror=\"window.__pwned='tip'\">";

  IngestReport ingest(Path path) {
    return new IngestService(store, languages(), Clock.systemUTC(), IngestOptions.defaults())
        .ingest(List.of(path), IngestListener.NONE);
  }

  private static Path writeCorpus(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("kursk.txt"),
        "Selon le renseignement sud-coréen, environ 3 000 soldats nord-coréens ont été envoyés"
            + " en Russie en octobre 2024.\n\nLes effectifs pourraient atteindre 10 000.",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("hostile.txt"), HOSTILE_TEXT, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("wire.jsonl"),
        "{\"url\":\"https://wire.example/1\",\"title\":\"NIS: 1,500 special forces sent\","
            + "\"published\":\"2024-10-18\",\"source\":\"Wire\",\"text\":\"South Korea's NIS"
            + " said about 1,500 special forces had been sent to Vladivostok.\"}\n"
            + "{\"url\":\"https://wire.example/2\",\"title\":\"Pentagon: 10,000 in Russia\","
            + "\"published\":\"2024-12-02\",\"source\":\"Wire\",\"text\":\"The Pentagon said"
            + " some 10,000 North Korean soldiers were in eastern Russia.\"}\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("hostile.html"),
        "<html><head><title>&lt;script&gt;alert('title')&lt;/script&gt; report</title>"
            + "<script>window.__pwned = 'html-script'</script></head><body><article>"
            + "<p>The Pentagon said about 10,000 North Korean soldiers moved to Kursk.</p>"
            + "<p>&lt;img src=x onerror=alert(2)&gt; and &lt;script&gt;alert(1)&lt;/script&gt;</p>"
            + "<p><a href=\"javascript:alert(4)\">a link</a></p>"
            + "</article></body></html>",
        StandardCharsets.UTF_8);
    return dir;
  }

  @Override
  public void close() {
    server.close();
    app.close();
    store.close();
  }
}
