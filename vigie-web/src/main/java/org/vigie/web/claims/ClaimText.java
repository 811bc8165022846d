package org.vigie.web.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.core.claim.Claim;
import org.vigie.core.claim.DateClaim;
import org.vigie.core.claim.EntityClaim;
import org.vigie.core.claim.Modifier;
import org.vigie.core.claim.Quantity;
import org.vigie.core.claim.QuantityClaim;

/**
 * Claims in words, as the reader's tooltips and the claims table show them: plain text, escaped
 * where it is written into a page.
 */
public final class ClaimText {

  private ClaimText() {}

  /** The tooltip of a claim: what it is and everything known about it, one fact per line. */
  public static String tooltip(Claim claim) {
    List<String> lines = new ArrayList<>();
    if (claim instanceof QuantityClaim q) {
      lines.add("Quantity: " + interval(q.quantity()) + stated(q.quantity()));
      lines.add("modifier: " + q.quantity().modifier().code());
      add(lines, "speaker", q.speaker());
      add(lines, "relayed by", q.relayedBy());
      add(lines, "hedges", q.hedges().isEmpty() ? null : String.join(", ", q.hedges()));
      add(lines, "certainty", certainty(q.certainty()));
      add(lines, "as of", q.asOf());
    } else if (claim instanceof EntityClaim e) {
      lines.add("Entity: " + (e.id() == null ? "not on the actor list" : e.id()));
      lines.add("type: " + e.type());
    } else if (claim instanceof DateClaim d) {
      lines.add("Date: " + d.value());
      lines.add("precision: " + d.precision() + (d.relative() ? ", relative" : ""));
    }
    return String.join("\n", lines);
  }

  /**
   * The interval a quantity means, with its unit and period: {@code 3,000 soldier}, {@code
   * 11,000–12,000 soldier}, {@code ≥ 10,000 soldier}, {@code 200 dollar per day}.
   */
  public static String interval(Quantity q) {
    return (value(q) + unitOf(q)).strip();
  }

  /** The value or interval alone, without the unit. */
  public static String value(Quantity q) {
    Double low = q.low();
    Double high = q.high();
    if (low != null && high != null) {
      return low.equals(high) ? number(low) : number(low) + "–" + number(high);
    }
    if (low != null) {
      return (q.modifier() == Modifier.GT ? "> " : "≥ ") + number(low);
    }
    if (high != null) {
      return (q.modifier() == Modifier.LT ? "< " : "≤ ") + number(high);
    }
    return q.value() == null ? "?" : number(q.value());
  }

  /** " (stated 3,000)" when the interval is not the number as written. */
  private static String stated(Quantity q) {
    if (q.value() == null || (q.value().equals(q.low()) && q.value().equals(q.high()))) {
      return "";
    }
    return " (stated " + number(q.value()) + ")";
  }

  private static String unitOf(Quantity q) {
    String unit = q.unit() == null ? "" : " " + q.unit();
    return unit + (q.per() == null ? "" : " per " + q.per());
  }

  /** 12,000 or 2.5: grouped, at most three decimals, the same in every locale. */
  public static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return String.format(Locale.ROOT, "%,.3f", v).replaceAll("0+$", "");
  }

  /** 80 %, or null. */
  public static String certainty(Double c) {
    return c == null ? null : Math.round(c * 100) + " %";
  }

  private static void add(List<String> lines, String name, String value) {
    if (value != null && !value.isBlank()) {
      lines.add(name + ": " + value);
    }
  }
}
