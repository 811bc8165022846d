package org.vigie.web.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.vigie.core.store.ClaimStore;
import org.vigie.web.http.Format;

/**
 * The dashboard's claims panels: how many of each kind, and the units counted most often.
 *
 * @param total every claim
 * @param kinds quantity, entity, date, each with its count and a link to the claims table
 * @param units the {@value #TOP_UNITS} most frequent units of the quantities
 */
public record ClaimCounts(String total, List<Count> kinds, List<Count> units) {

  static final int TOP_UNITS = 10;

  /** A name, its count, and the claims table filtered to it. */
  public record Count(String name, String count, String href) {}

  static ClaimCounts of(ClaimStore claims) {
    Map<String, Long> byKind = claims.countByKind();
    long total = byKind.values().stream().mapToLong(Long::longValue).sum();
    List<Count> kinds =
        List.of("quantity", "entity", "date").stream()
            .map(k -> new Count(k, Format.count(byKind.getOrDefault(k, 0L)), "/claims?kind=" + k))
            .toList();
    List<Count> units =
        claims.countByUnit().entrySet().stream()
            .limit(TOP_UNITS)
            .map(
                e ->
                    new Count(
                        e.getKey(),
                        Format.count(e.getValue()),
                        "/claims?kind=quantity&unit="
                            + URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)))
            .toList();
    return new ClaimCounts(Format.count(total), kinds, units);
  }
}
