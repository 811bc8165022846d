package org.vigie.text.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.core.claim.Modifier;
import org.vigie.core.claim.Quantity;

/**
 * The matching rules of ../shared/tools/score_quantities.py, ported so that the Java tests score
 * the gold sets exactly as the acceptance check does: a gold phrase is found when an unused
 * prediction overlaps it and its interval and modifier fit the gold's kind; any other prediction
 * not overlapping an optional phrase is spurious.
 */
final class QuantityScoring {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One gold quantity: a phrase of the text and what it must be read as. */
  record Gold(
      String phrase,
      String kind,
      Double v,
      Double lo,
      Double hi,
      List<String> unitAny,
      String per,
      List<String> notModifier) {}

  /** One gold case: a text, its gold quantities, the phrases that may or may not be found. */
  record Case(String id, String lang, String text, List<Gold> gold, List<String> optional) {}

  /** Counts as the Python scorer keeps them. */
  record Counts(int tp, int fp, int fn, int tpUnit, int tpPer, int perTotal) {

    static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

    Counts plus(Counts o) {
      return new Counts(
          tp + o.tp,
          fp + o.fp,
          fn + o.fn,
          tpUnit + o.tpUnit,
          tpPer + o.tpPer,
          perTotal + o.perTotal);
    }

    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** value+unit F1 as the Python scorer computes it: a value match with the wrong unit fails. */
    double unitF1() {
      Counts u = new Counts(tpUnit, fp + tp - tpUnit, fn + tp - tpUnit, 0, 0, 0);
      return u.f1();
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "tp %d fp %d fn %d  P %.3f R %.3f F1 %.3f  value+unit F1 %.3f",
          tp,
          fp,
          fn,
          precision(),
          recall(),
          f1(),
          unitF1());
    }
  }

  /** The counts of one text, and what went wrong, for messages. */
  record Scored(Counts counts, List<String> mistakes) {}

  private QuantityScoring() {}

  static List<Case> readCases(Path jsonl) {
    List<Case> cases = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        cases.add(
            new Case(
                n.get("id").asText(),
                n.get("lang").asText(),
                n.get("text").asText(),
                golds(n.get("gold")),
                strings(n.get("optional"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  static List<Gold> golds(JsonNode array) {
    List<Gold> out = new ArrayList<>();
    for (JsonNode g : array) {
      out.add(
          new Gold(
              g.get("phrase").asText(),
              g.get("kind").asText(),
              number(g.get("v")),
              number(g.get("lo")),
              number(g.get("hi")),
              strings(g.get("unit_any")),
              g.hasNonNull("per") ? g.get("per").asText() : null,
              strings(g.get("not_modifier"))));
    }
    return out;
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(s -> out.add(s.asText()));
    }
    return out;
  }

  private static Double number(JsonNode n) {
    return n == null || n.isNull() ? null : n.asDouble();
  }

  static boolean close(Double a, Double b) {
    return a != null && b != null && Math.abs(a - b) <= 0.005 * Math.max(Math.abs(b), 1e-9);
  }

  /** value_ok of the Python scorer. */
  static boolean valueOk(Gold g, Quantity p) {
    Double lo = p.low();
    Double hi = p.high();
    Double val = p.value();
    Modifier mod = p.modifier();
    if (g.notModifier().contains(mod.code())) {
      return false;
    }
    double v = g.v() == null ? Double.NaN : g.v();
    switch (g.kind()) {
      case "exact":
        return mod == Modifier.EXACT && (close(val, v) || close(lo, v) && close(hi, v));
      case "approx":
      case "exact_or_approx":
        if (g.kind().equals("approx")
            && mod != Modifier.APPROX
            && mod != Modifier.RANGE
            && mod != Modifier.VAGUE) {
          return false;
        }
        if (close(val, v)) {
          return true;
        }
        return lo != null && hi != null && lo <= v && v <= hi && hi / Math.max(lo, 1e-9) <= 1.6;
      case "nearly":
        if (close(val, v) && (mod == Modifier.APPROX || mod == Modifier.LE || mod == Modifier.LT)) {
          return true;
        }
        return hi != null
            && lo != null
            && v * 0.999 <= hi
            && hi <= v * 1.1
            && 0.75 * v <= lo
            && lo <= v;
      case "gt":
      case "ge":
        return (close(lo, v) || close(val, v) && (mod == Modifier.GT || mod == Modifier.GE))
            && (hi == null || hi > v);
      case "lt":
      case "le":
        return (close(hi, v) || close(val, v) && (mod == Modifier.LT || mod == Modifier.LE))
            && (lo == null || lo < v);
      case "range":
        return close(lo, g.lo()) && close(hi, g.hi());
      case "vague":
        if (lo == null || hi == null || lo <= 0 || hi <= 0) {
          return false;
        }
        return Math.abs(Math.log10(lo / g.lo())) <= 0.35
            && Math.abs(Math.log10(hi / g.hi())) <= 0.35;
      default:
        throw new IllegalArgumentException("unknown gold kind " + g.kind());
    }
  }

  static boolean unitOk(Gold g, Quantity p) {
    String u = p.unit() == null ? "" : p.unit().toLowerCase(Locale.ROOT);
    return g.unitAny().isEmpty() || g.unitAny().stream().anyMatch(u::contains);
  }

  /** score_doc of the Python scorer (negatives are informative only, as there). */
  static Scored score(String text, List<Gold> gold, List<String> optional, List<Quantity> preds) {
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tpUnit = 0;
    int tpPer = 0;
    int perTotal = 0;
    List<String> mistakes = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (Gold g : gold) {
      int i = text.indexOf(g.phrase());
      int gs = i;
      int ge = i + g.phrase().length();
      int hit = -1;
      for (int j = 0; j < preds.size(); j++) {
        Quantity p = preds.get(j);
        if (!used.contains(j) && gs < p.end() && p.start() < ge && valueOk(g, p)) {
          hit = j;
          break;
        }
      }
      if (hit < 0) {
        fn++;
        mistakes.add("missed '" + g.phrase() + "' (" + g.kind() + ")");
        continue;
      }
      used.add(hit);
      tp++;
      Quantity p = preds.get(hit);
      if (unitOk(g, p)) {
        tpUnit++;
      }
      if (g.per() != null) {
        perTotal++;
        if (p.per() != null && p.per().toLowerCase(Locale.ROOT).startsWith(g.per())) {
          tpPer++;
        }
      }
    }
    for (int j = 0; j < preds.size(); j++) {
      Quantity p = preds.get(j);
      boolean excused = false;
      for (String o : optional) {
        int os = text.indexOf(o);
        if (os >= 0 && p.start() < os + o.length() && os < p.end()) {
          excused = true;
        }
      }
      if (!used.contains(j) && !excused) {
        fp++;
        mistakes.add("spurious '" + p.text() + "' " + p.modifier().code() + " " + p.value());
      }
    }
    return new Scored(new Counts(tp, fp, fn, tpUnit, tpPer, perTotal), mistakes);
  }
}
