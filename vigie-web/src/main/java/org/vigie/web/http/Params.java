package org.vigie.web.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.vigie.core.error.InvalidInputException;

/** Query and form parameters, read strictly: a malformed value is a 400 naming its field. */
public final class Params {

  private Params() {}

  /** A query parameter, or null when absent or blank. */
  public static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** A date query parameter (YYYY-MM-DD), or null when absent. */
  public static LocalDate date(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, name + " must be a date YYYY-MM-DD, got '" + v + "'");
    }
  }

  /** An integer query parameter within bounds, or the default when absent. */
  public static int integer(Context ctx, String name, int otherwise, int min, int max) {
    String v = text(ctx, name);
    if (v == null) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          name, name + " must be a whole number from " + min + " to " + max + ", got '" + v + "'");
    }
  }

  /** A required form field. */
  public static String form(Context ctx, String name) {
    String v = ctx.formParam(name);
    if (v == null || v.isBlank()) {
      throw new InvalidInputException(name, name + " is missing");
    }
    return v;
  }
}
