package org.vigie.text.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigie.core.claim.Quantity;

/**
 * Runs the test suites of two peers, read from ../shared at test time (never copied here): the
 * Microsoft Recognizers-Text specs for English and French numbers, ranges, percents, ordinals,
 * ages, currencies, dimensions and temperatures, and the Duckling corpus examples. A case passes
 * when the values found are the values expected, no more and no fewer (for ordinals, which are not
 * quantities, when nothing is found there; for the models of one unit, the currency, dimension,
 * temperature and age models, when the values they expect are among those found). Duckling converts
 * units (2000 milligrams is 2 grams, half an hour is 30 minutes) and Vigie does not, so some cases
 * fail by design. The pass rate of each language and model is printed and held above a floor.
 */
class PeerSpecsTest {

  static final Path SHARED = Path.of("../../shared/data");
  static final ObjectMapper JSON = new ObjectMapper();
  static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

  /** Floors per suite, three points under the rates reached when they were set. */
  static final Map<String, Double> FLOORS =
      Map.ofEntries(
          Map.entry("duckling en AmountOfMoney", 0.77),
          Map.entry("duckling en Distance", 0.48),
          Map.entry("duckling en Duration", 0.24),
          Map.entry("duckling en Numeral", 0.67),
          Map.entry("duckling en Ordinal", 0.59),
          Map.entry("duckling en Quantity", 0.65),
          Map.entry("duckling en Temperature", 0.84),
          Map.entry("duckling en Volume", 0.72),
          Map.entry("duckling fr AmountOfMoney", 0.86),
          Map.entry("duckling fr Distance", 0.87),
          Map.entry("duckling fr Duration", 0.84),
          Map.entry("duckling fr Numeral", 0.84),
          Map.entry("duckling fr Ordinal", 0.97),
          Map.entry("duckling fr Quantity", 0.63),
          Map.entry("duckling fr Temperature", 0.80),
          Map.entry("duckling fr Volume", 0.73),
          Map.entry("recognizers en AgeModel", 0.91),
          Map.entry("recognizers en CurrencyModel", 0.82),
          Map.entry("recognizers en DimensionModel", 0.84),
          Map.entry("recognizers en NumberModel", 0.41),
          Map.entry("recognizers en NumberModelExperimentalMode", 0.36),
          Map.entry("recognizers en NumberModelPercentMode", 0.00),
          Map.entry("recognizers en NumberRangeModel", 0.60),
          Map.entry("recognizers en NumberRangeModelExperimentalMode", 0.64),
          Map.entry("recognizers en OrdinalModel", 0.76),
          Map.entry("recognizers en OrdinalModelSuppressExtendedTypes", 0.94),
          Map.entry("recognizers en PercentModel", 0.87),
          Map.entry("recognizers en PercentModelPercentMode", 0.78),
          Map.entry("recognizers en TemperatureModel", 0.94),
          Map.entry("recognizers fr AgeModel", 0.85),
          Map.entry("recognizers fr CurrencyModel", 0.85),
          Map.entry("recognizers fr DimensionModel", 0.90),
          Map.entry("recognizers fr NumberModel", 0.43),
          Map.entry("recognizers fr NumberModelPercentMode", 0.00),
          Map.entry("recognizers fr NumberRangeModel", 0.57),
          Map.entry("recognizers fr NumberRangeModelExperimentalMode", 0.61),
          Map.entry("recognizers fr OrdinalModel", 0.65),
          Map.entry("recognizers fr OrdinalModelSuppressExtendedTypes", 0.97),
          Map.entry("recognizers fr PercentModel", 0.79),
          Map.entry("recognizers fr PercentModelPercentMode", 0.57),
          Map.entry("recognizers fr TemperatureModel", 0.94));

  private record Rate(int passed, int total) {
    Rate plus(boolean pass) {
      return new Rate(passed + (pass ? 1 : 0), total + 1);
    }

    double value() {
      return total == 0 ? 1 : (double) passed / total;
    }
  }

  @Test
  void passes_the_recognizers_text_specs_above_the_floors() throws IOException {
    Path specs = SHARED.resolve("recognizers-text/Specs");
    assumeTrue(Files.isDirectory(specs), "../shared is not there");
    Map<String, Rate> rates = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(specs)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      String lang = file.getParent().getFileName().toString().equals("French") ? "fr" : "en";
      String model = file.getFileName().toString().replace(".json", "");
      String key = "recognizers " + lang + " " + model;
      String json = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
      for (JsonNode c : JSON.readTree(json)) {
        boolean pass = recognizersCase(c, lang, model);
        rates.merge(
            key,
            new Rate(pass ? 1 : 0, 1),
            (a, b) -> new Rate(a.passed + b.passed, a.total + b.total));
      }
    }
    report(rates);
  }

  @Test
  void passes_the_duckling_examples_above_the_floors() throws IOException {
    Path file = SHARED.resolve("duckling/duckling_fr_en_corpus_examples.json");
    assumeTrue(Files.exists(file), "../shared is not there");
    Map<String, Rate> rates = new TreeMap<>();
    JsonNode all = JSON.readTree(file.toFile());
    all.fieldNames()
        .forEachRemaining(
            dimension -> {
              String lang = dimension.endsWith("/FR") ? "fr" : "en";
              String key =
                  "duckling " + lang + " " + dimension.substring(0, dimension.indexOf('/'));
              Rate rate = new Rate(0, 0);
              for (JsonNode example : all.get(dimension).get("examples")) {
                String expected = example.get("expected").asText();
                for (JsonNode phrase : example.get("phrases")) {
                  rate = rate.plus(ducklingCase(phrase.asText(), expected, lang, dimension));
                }
              }
              rates.put(key, rate);
            });
    report(rates);
  }

  private static void report(Map<String, Rate> rates) {
    List<String> below = new ArrayList<>();
    rates.forEach(
        (key, rate) -> {
          double floor = FLOORS.getOrDefault(key, 0.0);
          System.out.printf(
              Locale.ROOT,
              "%-55s %4d / %4d  %5.1f %%  (floor %.0f %%)%n",
              key,
              rate.passed,
              rate.total,
              100 * rate.value(),
              100 * floor);
          if (rate.value() < floor) {
            below.add(key);
          }
        });
    assertThat(below).as("suites below their floor").isEmpty();
  }

  private static boolean recognizersCase(JsonNode c, String lang, String model) {
    String input = c.get("Input").asText();
    List<Quantity> found = EXTRACTOR.extract(input, lang);
    JsonNode results = c.get("Results");
    if (model.startsWith("Ordinal")) {
      for (JsonNode r : results) {
        int start = r.get("Start").asInt();
        int end = r.get("End").asInt() + 1;
        if (found.stream().anyMatch(q -> q.start() < end && start < q.end())) {
          return false;
        }
      }
      return true;
    }
    if (model.startsWith("NumberRange")) {
      List<Double[]> expected = new ArrayList<>();
      for (JsonNode r : results) {
        expected.add(interval(r.get("Resolution").get("value").asText()));
      }
      List<Double[]> got = new ArrayList<>();
      found.forEach(q -> got.add(new Double[] {q.low(), q.high()}));
      return sameIntervals(expected, got);
    }
    List<Double> expected = new ArrayList<>();
    for (JsonNode r : results) {
      JsonNode v = r.get("Resolution").get("value");
      if (v != null && !v.isNull() && v.asText().chars().anyMatch(Character::isDigit)) {
        expected.add(number(v.asText()));
      }
    }
    List<Double> got = new ArrayList<>();
    found.forEach(q -> got.add(q.value() != null ? q.value() : q.low()));
    // a unit model names only its own kind of quantity; the others found are not mistakes
    boolean unitModel =
        model.startsWith("Age")
            || model.startsWith("Currency")
            || model.startsWith("Dimension")
            || model.startsWith("Temperature");
    return unitModel ? containsNumbers(got, expected) : sameNumbers(expected, got);
  }

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:e\\d+)?");

  private static boolean ducklingCase(String phrase, String expected, String lang, String dim) {
    List<Quantity> found = EXTRACTOR.extract(phrase, lang);
    if (expected.equals("=") || dim.startsWith("Ordinal")) {
      return found.isEmpty();
    }
    String kind = expected.substring(1, expected.indexOf(' '));
    List<Double> numbers = new ArrayList<>();
    Matcher m = NUMBER.matcher(expected.substring(expected.indexOf(' ')));
    while (m.find()) {
      numbers.add(Double.parseDouble(m.group()));
    }
    if (numbers.isEmpty() || found.size() != 1) {
      return false;
    }
    Quantity q = found.get(0);
    double a = numbers.get(0);
    return switch (kind) {
      case "between" -> numbers.size() > 1 && close(q.low(), a) && close(q.high(), numbers.get(1));
      case "under" -> close(q.high(), a) && q.low() == null;
      case "above" -> close(q.low(), a) && q.high() == null;
      default -> close(q.value(), a);
    };
  }

  private static Double[] interval(String s) {
    String inner = s.substring(1, s.length() - 1);
    String[] parts = inner.split(",", -1);
    return new Double[] {
      parts[0].isBlank() ? null : number(parts[0]), parts[1].isBlank() ? null : number(parts[1])
    };
  }

  private static double number(String s) {
    String t = s.strip().replace("%", "");
    if (t.contains(",") && !t.contains(".")) {
      t = t.replace(',', '.');
    }
    return Double.parseDouble(t.replace(",", ""));
  }

  private static boolean sameNumbers(List<Double> expected, List<Double> got) {
    if (expected.size() != got.size()) {
      return false;
    }
    List<Double> left = new ArrayList<>(got);
    for (Double e : expected) {
      int i = indexOfClose(left, e);
      if (i < 0) {
        return false;
      }
      left.remove(i);
    }
    return true;
  }

  private static boolean containsNumbers(List<Double> got, List<Double> expected) {
    List<Double> left = new ArrayList<>(got);
    for (Double e : expected) {
      int i = indexOfClose(left, e);
      if (i < 0) {
        return false;
      }
      left.remove(i);
    }
    return true;
  }

  private static int indexOfClose(List<Double> xs, double e) {
    for (int i = 0; i < xs.size(); i++) {
      if (close(xs.get(i), e)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean sameIntervals(List<Double[]> expected, List<Double[]> got) {
    if (expected.size() != got.size()) {
      return false;
    }
    List<Double[]> left = new ArrayList<>(got);
    for (Double[] e : expected) {
      boolean hit = false;
      for (int i = 0; i < left.size() && !hit; i++) {
        Double[] g = left.get(i);
        if (sameEnd(e[0], g[0]) && sameEnd(e[1], g[1])) {
          left.remove(i);
          hit = true;
        }
      }
      if (!hit) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameEnd(Double e, Double g) {
    return e == null ? g == null : close(g, e);
  }

  private static boolean close(Double a, double b) {
    return a != null && Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(b), 1e-9);
  }
}
