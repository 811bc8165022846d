package org.vigie.web.ingest;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.util.List;
import org.vigie.core.error.NotFoundException;
import org.vigie.web.auth.Guard;
import org.vigie.web.http.PageFrame;
import org.vigie.web.http.Pages;

/** Ingest from the browser: the upload form, a job's page, and its status fragment for polling. */
public final class IngestPages {

  /** The largest upload, all files together. */
  public static final long MAX_UPLOAD_BYTES = 512L << 20;

  private final IngestJobs jobs;
  private final Pages pages;

  public IngestPages(IngestJobs jobs, Pages pages) {
    this.jobs = jobs;
    this.pages = pages;
  }

  /** GET /ingest */
  public void form(Context ctx) {
    PageFrame frame = PageFrame.of(ctx, "Add documents", "ingest");
    List<JobView> recent = jobs.recent().stream().limit(10).map(j -> JobView.of(frame, j)).toList();
    pages.send(ctx, "ingest.jte", new IngestView(frame, recent, "512 MB"));
  }

  /** POST /ingest (multipart, field "files"): queues the files and shows the job. */
  public void upload(Context ctx) {
    JobStatus job = jobs.submit(Guard.principal(ctx).name(), uploads(ctx));
    ctx.redirect("/ingest/jobs/" + job.id(), HttpStatus.SEE_OTHER);
  }

  /** The files of a multipart request, named "files". */
  public static List<Upload> uploads(Context ctx) {
    return ctx.uploadedFiles("files").stream()
        .filter(f -> f.filename() != null && !f.filename().isBlank())
        .map(IngestPages::upload)
        .toList();
  }

  private static Upload upload(UploadedFile f) {
    return new Upload(f.filename(), f.content());
  }

  /** GET /ingest/jobs/{id} */
  public void job(Context ctx) {
    pages.send(
        ctx, "ingest_job.jte", JobView.of(PageFrame.of(ctx, "Ingest job", "ingest"), find(ctx)));
  }

  /**
   * GET /ingest/jobs/{id}/status: the fragment htmx polls every second; once the job is finished,
   * the fragment it returns no longer polls.
   */
  public void status(Context ctx) {
    pages.send(ctx, "ingest_status.jte", JobView.of(PageFrame.of(ctx, "", "ingest"), find(ctx)));
  }

  private JobStatus find(Context ctx) {
    String id = ctx.pathParam("id");
    return jobs.get(id).orElseThrow(() -> new NotFoundException("ingest job", id));
  }
}
