package org.vigie.text.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigie.core.claim.Modifier;
import org.vigie.core.claim.Quantity;
import org.vigie.text.quantity.QuantityScoring.Scored;

/**
 * Scores what lives beside the project in ../shared (skipped in a clone without it): the French
 * seed analysis against the gold phrases kept in src/test/resources/quantity, and NewsQuant, the
 * English test set of the CQE paper, the way its authors score it (a value found in the sentence
 * counts, wherever it is). CQE published a value F1 of 92.0.
 */
class SharedGoldTest {

  static final Path SHARED = Path.of("../../shared");
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void finds_the_quantities_of_the_seed_analysis() throws IOException, URISyntaxException {
    Path text = SHARED.resolve("corpus/000_dc3f08365898685b.txt");
    assumeTrue(Files.exists(text), "../shared is not there");
    JsonNode gold =
        JSON.readTree(
            Path.of(getClass().getResource("/quantity/seed-analysis-gold.json").toURI()).toFile());
    String s = Files.readString(text, StandardCharsets.UTF_8);
    Scored scored =
        QuantityScoring.score(
            s,
            QuantityScoring.golds(gold.get("gold")),
            QuantityScoring.strings(gold.get("optional")),
            QuantitySetsTest.extract(s));
    System.out.println("quantities seed analysis " + scored.counts());
    assertThat(scored.counts().f1())
        .as("%s%n%s", scored.counts(), String.join("\n", scored.mistakes()))
        .isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void reads_newsquant_better_than_the_published_cqe() throws IOException {
    Path file = SHARED.resolve("data/newsquant/NewsQuant.json");
    assumeTrue(Files.exists(file), "../shared is not there");
    int tp = 0;
    int tags = 0;
    int gold = 0;
    for (JsonNode sentence : JSON.readTree(file.toFile())) {
      List<Object> free = new ArrayList<>();
      for (Quantity q : QuantitySetsTest.extract(sentence.get("text").asText())) {
        Object v = newsquantValue(q);
        if (v != null) {
          free.add(v);
        }
      }
      tags += free.size();
      for (JsonNode q : sentence.get("quantities")) {
        gold++;
        Object g = goldValue(q.get("value").asText());
        for (int j = 0; j < free.size(); j++) {
          if (sameValue(g, free.get(j))) {
            tp++;
            free.remove(j);
            break;
          }
        }
      }
    }
    double p = (double) tp / tags;
    double r = (double) tp / gold;
    double f1 = 2 * p * r / (p + r);
    System.out.printf(
        Locale.ROOT, "quantities NewsQuant strict value P %.3f R %.3f F1 %.3f%n", p, r, f1);
    assertThat(f1).isGreaterThan(0.92);
  }

  /** newsquant_value of score_quantities.py: a number, or a [low, high] pair for ranges. */
  private static Object newsquantValue(Quantity q) {
    boolean pair =
        q.modifier() == Modifier.RANGE
            || q.modifier() == Modifier.VAGUE
            || q.value() == null
                && q.low() != null
                && q.high() != null
                && !q.low().equals(q.high());
    if (pair) {
      return q.low() != null && q.high() != null ? new double[] {q.low(), q.high()} : null;
    }
    if (q.value() != null) {
      return q.value();
    }
    return q.low() != null ? q.low() : q.high();
  }

  private static Object goldValue(String v) {
    if (!v.contains("E") && !v.startsWith("-") && v.contains("-")) {
      String[] parts = v.split("-");
      return new double[] {
        Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())
      };
    }
    return Double.parseDouble(v);
  }

  private static boolean sameValue(Object g, Object t) {
    if (g instanceof double[] gp && t instanceof double[] tp) {
      return close(tp[0], gp[0]) && close(tp[1], gp[1]);
    }
    return g instanceof Double gv && t instanceof Double tv && close(tv, gv);
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-5 * Math.max(Math.abs(b), 1e-9);
  }
}
