package org.vigie.web.ach;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.vigie.core.ach.Matrix;
import org.vigie.core.ach.Rating;
import org.vigie.core.ach.StoredMatrix;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.user.Role;
import org.vigie.service.ach.AchService;
import org.vigie.service.ach.ExampleMatrix;
import org.vigie.service.json.MatrixJson;
import org.vigie.web.auth.Guard;
import org.vigie.web.auth.Principal;
import org.vigie.web.http.PageFrame;
import org.vigie.web.http.Pages;
import org.vigie.web.http.Params;

/** The ACH pages: the list of matrices, loading one, the editor, and the audit trail. */
public final class AchPages {

  private final AchService ach;
  private final Pages pages;

  public AchPages(AchService ach, Pages pages) {
    this.ach = ach;
    this.pages = pages;
  }

  /** GET /ach */
  public void list(Context ctx) {
    pages.send(ctx, "ach_list.jte", AchListView.of(PageFrame.of(ctx, "ACH", "ach"), ach.list()));
  }

  /** POST /ach: a matrix file uploaded from the form. */
  public void upload(Context ctx) {
    UploadedFile file = ctx.uploadedFile("matrix");
    if (file == null || file.size() == 0) {
      throw new InvalidInputException("matrix", "choose a matrix file (JSON) to load");
    }
    Matrix m;
    try (InputStream in = file.content()) {
      m = MatrixJson.read(in.readAllBytes(), file.filename());
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to read the uploaded matrix", e);
    }
    created(ctx, ach.create(null, m, Guard.principal(ctx).name()));
  }

  /** POST /ach/example: loads the bundled example matrix. */
  public void loadExample(Context ctx) {
    created(ctx, ach.create(null, ExampleMatrix.load(), Guard.principal(ctx).name()));
  }

  private static void created(Context ctx, StoredMatrix m) {
    ctx.redirect("/ach/" + m.id(), HttpStatus.SEE_OTHER);
  }

  /** GET /ach/{id}?analyst=NAME: one analyst's matrix, the user's own by default. */
  public void show(Context ctx) {
    Principal p = Guard.principal(ctx);
    String analyst = Params.text(ctx, "analyst");
    String whose = analyst == null ? p.name() : analyst;
    AchService.Analysed a = ach.analyse(ctx.pathParam("id"), whose);
    boolean editable = whose.equals(p.name()) && p.may(Role.ANALYST);
    PageFrame frame = PageFrame.of(ctx, "ACH: " + shortQuestion(a.matrix().question()), "ach");
    pages.send(ctx, "ach.jte", AchView.of(frame, a, editable));
  }

  /**
   * POST /ach/{id}/ratings/{evidence}/{hypothesis} with {@code rating}: changes one of the user's
   * ratings; answers with the panels that change, swapped in by htmx out of band.
   */
  public void rate(Context ctx) {
    Principal p = Guard.principal(ctx);
    String code = Params.form(ctx, "rating");
    Rating to =
        Rating.parse(code)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "rating", "unknown rating '" + code + "'; use CC, C, N, I, II or NA"));
    AchService.Analysed a =
        ach.rate(
            ctx.pathParam("id"),
            p.name(),
            ctx.pathParam("evidence"),
            ctx.pathParam("hypothesis"),
            to,
            null);
    if (ctx.header("HX-Request") != null) {
      pages.send(ctx, "ach_update.jte", AchView.of(PageFrame.of(ctx, "ACH", "ach"), a, true));
    } else {
      ctx.redirect("/ach/" + a.stored().id(), HttpStatus.SEE_OTHER);
    }
  }

  /** GET /ach/{id}/history */
  public void history(Context ctx) {
    StoredMatrix m = ach.get(ctx.pathParam("id"));
    pages.send(
        ctx, "ach_history.jte", AchHistoryView.of(PageFrame.of(ctx, "ACH history", "ach"), m));
  }

  /** GET /ach/{id}/matrix.json?analyst=NAME: a matrix file of one analyst's ratings. */
  public void export(Context ctx) {
    String analyst = Params.text(ctx, "analyst");
    AchService.Analysed a =
        ach.analyse(ctx.pathParam("id"), analyst == null ? Guard.principal(ctx).name() : analyst);
    ctx.header(
        "Content-Disposition", "attachment; filename=\"matrix-" + a.stored().id() + ".json\"");
    ctx.contentType("application/json")
        .result(org.vigie.service.json.Json.write(MatrixJson.write(a.matrix())));
  }

  static String shortQuestion(String q) {
    return q.length() > 60 ? q.substring(0, 59) + "…" : q;
  }
}
