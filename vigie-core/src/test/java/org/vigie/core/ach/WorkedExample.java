package org.vigie.core.ach;

import java.util.Arrays;
import java.util.List;

/** The matrix of methods.md §3.3: NK troops, three hypotheses, six items of evidence. */
final class WorkedExample {

  private WorkedExample() {}

  static Matrix matrix() {
    return new Matrix(
        "Are North Korean troops deployed for Russia?",
        List.of(
            new Hypothesis("H1", "combat deployment"),
            new Hypothesis("H2", "labour/support role only"),
            new Hypothesis("H3", "no deployment")),
        List.of(
            row("E1", "imagery: NK personnel at Russian ranges", "H", "M", "C C II"),
            row("E2", "Ukrainian MoD claim: NK casualties", "L", "H", "C I I"),
            row("E3", "NIS: NK workers at construction sites", "H", "M", "N CC I"),
            row("E4", "Russian MFA denial", "L", "L", "N N C"),
            row("E5", "no NK insignia in combat footage", "M", "M", "I C C"),
            row("E6", "intercepted Korean-language radio near front", "M", "H", "C I II")));
  }

  static Evidence row(String id, String text, String cred, String rel, String ratings) {
    return Evidence.of(
        id,
        text,
        Weight.valueOf(cred),
        Weight.valueOf(rel),
        Arrays.stream(ratings.split(" ")).map(Rating::valueOf).toList());
  }
}
