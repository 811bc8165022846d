package org.vigie.core.series.store;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.vigie.core.claim.Quantity;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.claim.StoredClaim;
import org.vigie.core.series.Observation;
import org.vigie.core.series.timeline.QualifierMapping;

/**
 * Reads a stored quantity claim as a pooling observation, the way {@link QualifierMapping} reads a
 * timeline row:
 *
 * <ul>
 *   <li>date: the claim's as-of date, else its document's publication date; a month is read as its
 *       15th, a year as 1 July;
 *   <li>source: the speaker, else the outlet that relayed it, else the document's source, else
 *       "unknown" (the originating organisation, so that one statement relayed by several outlets
 *       is one echo);
 *   <li>exact: a point; approx ("about N"): the interval 0.9N–1.1N; gt ("more than N"): a lower
 *       bound softly capped at the next 1-2-5 step; ge: an open lower bound; lt and le: an upper
 *       bound; range: low–high; vague: a vague interval low–high.
 * </ul>
 */
public final class ClaimObservation {

  /** An observation, or the reason there is none. */
  public record Outcome(Observation observation, String reason) {}

  private ClaimObservation() {}

  /** The observation of a stored quantity claim; {@code softCaps} false leaves "more than" open. */
  public static Outcome of(StoredClaim stored, boolean softCaps) {
    if (!(stored.claim() instanceof QuantityClaim claim)) {
      return skip("not a quantity");
    }
    LocalDate date = date(claim.asOf());
    if (date == null) {
      date = date(stored.published());
    }
    if (date == null) {
      return skip("no as-of date and no publication date");
    }
    try {
      Observation o = observation(claim.quantity(), source(stored, claim), date, softCaps);
      return o == null
          ? skip("no figure for '" + claim.quantity().modifier().code() + "'")
          : new Outcome(o.withLabel(claim.quantity().modifier().code()), null);
    } catch (IllegalArgumentException e) {
      return skip("figures unusable: " + e.getMessage());
    }
  }

  /** Who the figure is attributed to. */
  public static String source(StoredClaim stored, QuantityClaim claim) {
    for (String s : new String[] {claim.speaker(), claim.relayedBy(), stored.source()}) {
      if (s != null && !s.isBlank()) {
        return s.strip();
      }
    }
    return "unknown";
  }

  private static Observation observation(Quantity q, String s, LocalDate d, boolean softCaps) {
    Double stated = q.value() != null ? q.value() : q.low() != null ? q.low() : q.high();
    return switch (q.modifier()) {
      case EXACT -> stated == null ? null : Observation.point(s, d, stated);
      case APPROX ->
          stated == null
              ? null
              : Observation.interval(
                  s,
                  d,
                  stated * (1 - QualifierMapping.ABOUT),
                  stated * (1 + QualifierMapping.ABOUT));
      case GT ->
          stated == null
              ? null
              : softCaps
                  ? Observation.lowerBound(s, d, stated, QualifierMapping.softCap(stated))
                  : Observation.atLeast(s, d, stated);
      case GE -> stated == null ? null : Observation.atLeast(s, d, stated);
      case LT, LE -> upper(q, s, d);
      case RANGE -> range(q, s, d, stated, false);
      case VAGUE -> range(q, s, d, null, true);
    };
  }

  private static Observation upper(Quantity q, String s, LocalDate d) {
    Double bound = q.value() != null ? q.value() : q.high();
    return bound == null ? null : Observation.atMost(s, d, bound);
  }

  private static Observation range(
      Quantity q, String s, LocalDate d, Double fallback, boolean vague) {
    if (q.low() != null && q.high() != null && q.low() < q.high()) {
      return vague
          ? Observation.vague(s, d, q.low(), q.high())
          : Observation.interval(s, d, q.low(), q.high());
    }
    return fallback == null ? null : Observation.point(s, d, fallback);
  }

  private static Outcome skip(String reason) {
    return new Outcome(null, reason);
  }

  /** A day, a month (its 15th) or a year (1 July); null when absent or unreadable. */
  static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    try {
      return switch (t.length()) {
        case 4 -> Year.parse(t).atMonth(7).atDay(1);
        case 7 -> YearMonth.parse(t).atDay(15);
        default -> LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
      };
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
