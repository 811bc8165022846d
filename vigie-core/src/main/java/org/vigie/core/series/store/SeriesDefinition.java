package org.vigie.core.series.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.vigie.core.error.InvalidInputException;

/**
 * A series: the quantity claims of one unit, of one actor when given, about one place or topic when
 * keywords are given (see {@link SeriesMatch}).
 *
 * @param name a short name used in commands and addresses ({@code nk-troops-in-russia}): lower-case
 *     letters, digits, '-' and '_', 1 to 64 of them
 * @param unit the unit lemma of the claims ({@code soldier})
 * @param actor the ISO 3166 alpha-3 code the claims must have ({@code PRK}), or null for any
 * @param keywords words or places one of which must appear in the claim's subject or document (case
 *     ignored); empty for no such condition
 * @param description what the series counts, in words; may be empty
 * @param createdBy who created it
 * @param createdAt when
 */
public record SeriesDefinition(
    String name,
    String unit,
    String actor,
    List<String> keywords,
    String description,
    String createdBy,
    Instant createdAt) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
  private static final Pattern ACTOR = Pattern.compile("[A-Z]{3}");

  public SeriesDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
    if (!NAME.matcher(name).matches()) {
      throw new InvalidInputException(
          "name",
          "a series name is 1 to 64 lower-case letters, digits, '-' or '_', starting with a"
              + " letter or digit; got '"
              + name
              + "'");
    }
    if (unit == null || unit.isBlank()) {
      throw new InvalidInputException(
          "unit", "a series needs the unit of its claims, e.g. --unit soldier");
    }
    unit = unit.strip();
    if (actor != null) {
      actor = actor.strip().toUpperCase(Locale.ROOT);
      if (actor.isEmpty()) {
        actor = null;
      } else if (!ACTOR.matcher(actor).matches()) {
        throw new InvalidInputException(
            "actor",
            "an actor is an ISO 3166 alpha-3 code such as PRK or RUS; got '" + actor + "'");
      }
    }
    keywords = keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
    description = description == null ? "" : description.strip();
  }
}
