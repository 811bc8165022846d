package org.vigie.core.claim;

import java.util.Objects;

/**
 * A date named in a text, normalised.
 *
 * @param value the date as ISO 8601: a day, a month ({@code 2024-11}), a year, a week, or a range
 *     ({@code 2024-10-01/2024-10-31})
 * @param precision day, week, month, year or range
 * @param relative whether it was resolved against the publication date ("hier", "last week")
 */
public record DateClaim(
    int start, int end, String text, String value, String precision, boolean relative)
    implements Claim {

  public DateClaim {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
    Spans.check(start, end, text);
  }

  @Override
  public ClaimKind kind() {
    return ClaimKind.DATE;
  }
}
