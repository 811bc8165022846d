package org.vigie.text.claims;

import java.util.List;
import org.vigie.text.date.DateMention;
import org.vigie.text.entity.Entity;

/**
 * The claim context of one document.
 *
 * @param quantities one context per quantity given, in the same order
 * @param entities every entity found (resolved and candidates), by start
 * @param dates every date found, by start
 */
public record Claims(
    List<QuantityContext> quantities, List<Entity> entities, List<DateMention> dates) {

  public Claims {
    quantities = List.copyOf(quantities);
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
  }
}
