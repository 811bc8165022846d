package org.vigie.web.http;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the JTE templates of {@code src/main/jte}, compiled to Java at build time. Every template
 * takes one parameter, its view record; {@code ${...}} escapes for the HTML context it appears in,
 * so a document's text can never become markup.
 */
public final class Pages {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders a template into a string. */
  public String render(String template, Object view) {
    StringOutput out = new StringOutput(16 * 1024);
    engine.render(template, view, out);
    return out.toString();
  }

  /** Renders a template as the response. */
  public void send(Context ctx, String template, Object view) {
    ctx.contentType("text/html; charset=utf-8").result(render(template, view));
  }
}
