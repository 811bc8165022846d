package org.vigie.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.vigie.core.ach.Matrix;
import org.vigie.core.ach.MatrixSummary;
import org.vigie.core.ach.Rating;
import org.vigie.core.ach.StoredMatrix;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.store.Store;
import org.vigie.service.ach.AchService;
import org.vigie.service.documents.DocumentService;
import org.vigie.service.json.AchJson;
import org.vigie.service.json.Json;
import org.vigie.service.json.MatrixJson;
import org.vigie.web.auth.Guard;
import org.vigie.web.auth.Principal;
import org.vigie.web.documents.DocumentPages;
import org.vigie.web.http.Params;
import org.vigie.web.ingest.IngestJobs;
import org.vigie.web.ingest.IngestPages;
import org.vigie.web.ingest.JobStatus;

/** The handlers of the REST API under /api, documented in /api/openapi.json. */
public final class Api {

  private final Store store;
  private final DocumentService documents;
  private final AchService ach;
  private final IngestJobs jobs;

  public Api(Store store, DocumentService documents, AchService ach, IngestJobs jobs) {
    this.store = store;
    this.documents = documents;
    this.ach = ach;
    this.jobs = jobs;
  }

  /** GET /api/openapi.json */
  public void openapi(Context ctx) {
    try (InputStream in = Api.class.getResourceAsStream("/web/openapi.json")) {
      ctx.contentType("application/json").result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GET /api/me */
  public void me(Context ctx) {
    Principal p = Guard.principal(ctx);
    send(ctx, Json.object().put("name", p.name()).put("role", p.user().role().code()));
  }

  /** GET /api/documents?lang&source&from&to&offset&limit */
  public void documents(Context ctx) {
    int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = Params.integer(ctx, "limit", 50, 1, 500);
    send(ctx, Json.page(documents.find(DocumentPages.query(ctx, offset, limit))));
  }

  /** GET /api/documents/{id} */
  public void document(Context ctx) {
    send(ctx, Json.document(documents.get(ctx.pathParam("id"))));
  }

  /** GET /api/stats */
  public void stats(Context ctx) {
    ObjectNode o = Json.object();
    o.put("documents", store.documents().count());
    ObjectNode langs = o.putObject("by_language");
    store.documents().countByLanguage().forEach(langs::put);
    ObjectNode months = o.putObject("by_published_month");
    store.documents().countByPublishedMonth().forEach((m, n) -> months.put(m.toString(), n));
    o.put("failures", store.documents().failures().size());
    send(ctx, o);
  }

  /** GET /api/ach */
  public void matrices(Context ctx) {
    ArrayNode items = Json.MAPPER.createArrayNode();
    for (MatrixSummary m : ach.list()) {
      items
          .addObject()
          .put("id", m.id())
          .put("question", m.question())
          .put("hypotheses", m.hypotheses())
          .put("evidence", m.evidence())
          .put("created_by", m.createdBy())
          .put("created_at", Json.text(m.createdAt()))
          .put("changes", m.changes());
    }
    send(ctx, Json.object().set("items", items));
  }

  /** POST /api/ach with a matrix file as the body: 201 and the new matrix's analysis. */
  public void createMatrix(Context ctx) {
    Matrix m = MatrixJson.read(ctx.bodyAsBytes(), "the request body");
    StoredMatrix stored = ach.create(null, m, Guard.principal(ctx).name());
    ctx.status(HttpStatus.CREATED).header("Location", "/api/ach/" + stored.id());
    send(ctx, analysis(ach.analyse(stored.id(), Guard.principal(ctx).name())));
  }

  /** GET /api/ach/{id}?analyst=NAME: the matrix as the analyst (the caller by default) rated it. */
  public void matrix(Context ctx) {
    String analyst = Params.text(ctx, "analyst");
    send(
        ctx,
        analysis(
            ach.analyse(
                ctx.pathParam("id"), analyst == null ? Guard.principal(ctx).name() : analyst)));
  }

  /** PUT /api/ach/{id}/ratings/{evidence}/{hypothesis} with {"rating": "CC", "note": "..."} */
  public void rate(Context ctx) {
    ObjectNode body = body(ctx);
    String code = body.path("rating").asText("");
    Rating to =
        Rating.parse(code)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "rating", "unknown rating '" + code + "'; use CC, C, N, I, II or NA"));
    String note = body.hasNonNull("note") ? body.get("note").asText() : null;
    AchService.Analysed a =
        ach.rate(
            ctx.pathParam("id"),
            Guard.principal(ctx).name(),
            ctx.pathParam("evidence"),
            ctx.pathParam("hypothesis"),
            to,
            note);
    send(ctx, analysis(a));
  }

  /** POST /api/ingest (multipart, field "files"): 202 and the queued job. */
  public void ingest(Context ctx) {
    JobStatus job = jobs.submit(Guard.principal(ctx).name(), IngestPages.uploads(ctx));
    ctx.status(HttpStatus.ACCEPTED).header("Location", "/api/ingest/" + job.id());
    send(ctx, job(job));
  }

  /** GET /api/ingest/{id} */
  public void ingestJob(Context ctx) {
    String id = ctx.pathParam("id");
    send(ctx, job(jobs.get(id).orElseThrow(() -> new NotFoundException("ingest job", id))));
  }

  private static ObjectNode analysis(AchService.Analysed a) {
    ObjectNode o = Json.object();
    o.put("id", a.stored().id());
    o.put("analyst", a.analyst());
    o.put("changes", a.stored().log().changes().size());
    o.set("matrix", MatrixJson.write(a.matrix()));
    o.set("analysis", AchJson.of(a.analysis()));
    return o;
  }

  private static ObjectNode job(JobStatus j) {
    ObjectNode o = Json.object();
    o.put("id", j.id()).put("user", j.user()).put("state", j.state().code());
    o.put("submitted_at", Json.text(j.submittedAt()));
    ArrayNode files = o.putArray("files");
    j.files().forEach(files::add);
    o.put("files_done", j.filesDone());
    if (j.report() != null) {
      ObjectNode r = o.putObject("report");
      r.put("added", j.report().added()).put("duplicates", j.report().duplicates());
      r.put("failed", j.report().failed()).put("truncated", j.report().truncated());
      r.put("files", j.report().files()).put("bytes", j.report().bytes());
      ArrayNode failures = r.putArray("failures");
      j.report()
          .failures()
          .forEach(
              f -> failures.addObject().put("file", fileName(f.path())).put("reason", f.reason()));
    }
    o.put("error", j.error());
    return o;
  }

  /** The file's name without the server's upload folder. */
  private static String fileName(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  private static ObjectNode body(Context ctx) {
    try {
      if (Json.MAPPER.readTree(ctx.bodyAsBytes()) instanceof ObjectNode o) {
        return o;
      }
    } catch (IOException e) {
      throw new InvalidInputException("body", "the body is not valid JSON: " + e.getMessage());
    }
    throw new InvalidInputException("body", "the body must be one JSON object");
  }

  private static void send(Context ctx, Object node) {
    ctx.contentType("application/json").result(Json.write(node));
  }
}
