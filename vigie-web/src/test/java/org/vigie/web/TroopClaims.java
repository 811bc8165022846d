package org.vigie.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.core.claim.Claim;
import org.vigie.core.claim.Modifier;
import org.vigie.core.claim.Quantity;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.document.DocumentSummary;
import org.vigie.core.store.Store;

/** Claims of North Korean troops in Russia, spread over the test server's documents. */
final class TroopClaims {

  private TroopClaims() {}

  /** The 2024 build-up as three sources reported it, as claims of the test documents. */
  static void store(Store store) {
    List<String> docs = new ArrayList<>();
    store.documents().forEachSummary((DocumentSummary d) -> docs.add(d.id()));
    Object[][] reports = {
      {"NIS", 1_500.0, Modifier.EXACT, "2024-10-18"},
      {"NIS", 3_000.0, Modifier.EXACT, "2024-10-23"},
      {"Pentagon", 10_000.0, Modifier.APPROX, "2024-10-28"},
      {"NIS", 10_000.0, Modifier.GT, "2024-11-05"},
      {"Zelensky", 11_000.0, Modifier.EXACT, "2024-11-11"},
      {"Pentagon", 11_000.0, Modifier.APPROX, "2024-11-18"},
      {"Zelensky", 12_000.0, Modifier.APPROX, "2024-12-02"},
      {"NIS", 12_000.0, Modifier.EXACT, "2024-12-19"},
    };
    for (int d = 0; d < docs.size(); d++) {
      List<Claim> claims = new ArrayList<>();
      for (int i = d; i < reports.length; i += docs.size()) {
        claims.add(claim(i, reports[i]));
      }
      store.claims().replace(docs.get(d), "test", claims);
    }
  }

  private static Claim claim(int i, Object[] r) {
    double n = (Double) r[1];
    String text = String.format(Locale.ROOT, "%.0f", n);
    Quantity q =
        new Quantity(
            i * 10,
            i * 10 + text.length(),
            text,
            n,
            n,
            n,
            (Modifier) r[2],
            "soldier",
            "soldiers",
            "PRK",
            null);
    return new QuantityClaim(q, (String) r[0], null, List.of(), null, (String) r[3]);
  }
}
