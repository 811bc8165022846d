package org.vigie.web.ach;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.vigie.core.ach.AchAnalysis;
import org.vigie.core.ach.CellFlip;
import org.vigie.core.ach.Diagnosticity;
import org.vigie.core.ach.Evidence;
import org.vigie.core.ach.Hypothesis;
import org.vigie.core.ach.Matrix;
import org.vigie.core.ach.MinimalRemoval;
import org.vigie.core.ach.Perturbation;
import org.vigie.core.ach.Rating;
import org.vigie.core.ach.RatingChange;
import org.vigie.core.ach.Scheme;
import org.vigie.core.ach.SchemeScores;
import org.vigie.service.ach.AchService;
import org.vigie.service.json.Json;
import org.vigie.web.http.Format;
import org.vigie.web.http.PageFrame;

/**
 * The ACH page: the matrix as one analyst rated it (editable when it is the user's own and their
 * role allows), the scores of every scheme, and the sensitivity of the conclusion. {@code asLoaded}
 * says that this analyst changed nothing: the ratings are those the matrix was loaded with.
 */
public record AchView(
    PageFrame frame,
    String id,
    String question,
    String loadedBy,
    String analyst,
    boolean editable,
    boolean asLoaded,
    List<Hypothesis> hypotheses,
    List<Row> rows,
    List<SchemeRow> schemes,
    String chart,
    Sensitivity sensitivity,
    List<AnalystLink> analysts,
    String changes) {

  /** The ratings an analyst can choose, in scale order, then NA. */
  public static final List<String> CHOICES =
      java.util.stream.Stream.concat(Rating.SCALE.stream(), java.util.stream.Stream.of(Rating.NA))
          .map(Rating::name)
          .toList();

  /** One row of the matrix. */
  public record Row(
      String key,
      String id,
      String text,
      String source,
      String date,
      String credibility,
      String relevance,
      List<Cell> cells,
      String maxRatio,
      boolean diagnostic) {}

  /** One cell: the rating, and where to post a new one. */
  public record Cell(String hypothesisId, String rating, String url, String label) {}

  /** One scheme's scores, formatted, with the leaders marked. */
  public record SchemeRow(String name, String direction, List<Score> scores) {}

  public record Score(String value, boolean leader) {}

  /** Heuer's step 6, in sentences. */
  public record Sensitivity(
      String scheme,
      List<String> leaveOneOut,
      String minimalRemoval,
      List<String> cellFlips,
      int cellFlipCount,
      List<String> deception,
      String schemes,
      boolean schemesDisagree) {}

  /** An analyst who changed ratings, and the link to their matrix. */
  public record AnalystLink(String name, int changes, String url, boolean current) {}

  static final int CELL_FLIPS_SHOWN = 12;

  public static AchView of(PageFrame frame, AchService.Analysed a, boolean editable) {
    Matrix m = a.matrix();
    AchAnalysis an = a.analysis();
    String base = "/ach/" + a.stored().id();
    return new AchView(
        frame,
        a.stored().id(),
        m.question(),
        a.stored().createdBy(),
        a.analyst(),
        editable,
        a.stored().log().changes().stream().noneMatch(c -> c.analyst().equals(a.analyst())),
        m.hypotheses(),
        rows(m, an, base),
        schemes(an),
        Json.write(chart(an)),
        sensitivity(an),
        analysts(a, base),
        plural(a.stored().log().changes().size(), "rating change"));
  }

  private static List<Row> rows(Matrix m, AchAnalysis an, String base) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < m.evidence().size(); i++) {
      Evidence e = m.evidence().get(i);
      Diagnosticity d = an.diagnosticity().get(i);
      List<Cell> cells = new ArrayList<>();
      for (int j = 0; j < m.hypothesisCount(); j++) {
        String h = m.hypotheses().get(j).id();
        cells.add(
            new Cell(
                h,
                e.rating(j).name(),
                base + "/ratings/" + segment(e.id()) + "/" + segment(h),
                "Rating of " + e.id() + " against " + h));
      }
      rows.add(
          new Row(
              "row-" + i,
              e.id(),
              e.text(),
              e.provenance().source() == null ? "" : e.provenance().source(),
              Format.date(e.provenance().date()),
              e.credibility().name(),
              e.relevance().name(),
              cells,
              Format.number(d.maxLikelihoodRatio(), 1) + "×",
              d.isDiagnostic()));
    }
    return rows;
  }

  private static List<SchemeRow> schemes(AchAnalysis an) {
    List<SchemeRow> out = new ArrayList<>();
    for (SchemeScores s : an.scores()) {
      int decimals =
          s.scheme().isProbability() ? 3 : s.scheme() == Scheme.WEIGHTED_INCONSISTENCY ? 2 : 0;
      List<Score> scores = new ArrayList<>();
      for (int j = 0; j < s.values().size(); j++) {
        scores.add(new Score(Format.number(s.value(j), decimals), s.leaders().contains(j)));
      }
      out.add(
          new SchemeRow(
              name(s.scheme()),
              s.scheme().higherIsBetter() ? "higher wins" : "lower wins",
              scores));
    }
    return out;
  }

  static String name(Scheme s) {
    return switch (s) {
      case HEUER -> "Heuer: inconsistent cells";
      case INCONSISTENCY -> "PARC inconsistency";
      case WEIGHTED_INCONSISTENCY -> "PARC weighted inconsistency";
      case OPEN_SYNTHESIS -> "Open Synthesis";
      case BAYES -> "Bayes, untempered";
      case BAYES_TEMPERED -> "Bayes, tempered";
      case BAYES_MIXTURE -> "Bayes, reliability mixture";
    };
  }

  /** A bar chart of the tempered-Bayes posterior, the scheme sensitivity is tested under. */
  private static ObjectNode chart(AchAnalysis an) {
    SchemeScores s = an.scores(AchAnalysis.SENSITIVITY_SCHEME);
    ObjectNode option = Json.object();
    ArrayNode labels = option.putObject("xAxis").put("type", "category").putArray("data");
    an.matrix().hypotheses().forEach(h -> labels.add(h.id()));
    option.putObject("yAxis").put("type", "value").put("min", 0).put("max", 1);
    ArrayNode values =
        option
            .putArray("series")
            .addObject()
            .put("type", "bar")
            .put("barMaxWidth", 40)
            .putArray("data");
    s.values().forEach(v -> values.add(Math.round(v * 1000) / 1000.0));
    option.putObject("grid").put("left", 40).put("right", 8).put("top", 12).put("bottom", 28);
    option.put("animation", false);
    return option;
  }

  private static Sensitivity sensitivity(AchAnalysis an) {
    Matrix m = an.matrix();
    List<String> loo = new ArrayList<>();
    for (Perturbation p : an.leaveOneOut()) {
      if (p.flips()) {
        loo.add("without " + p.evidenceIds().get(0) + ": " + outcome(m, p.scores()));
      }
    }
    List<String> flips =
        an.cellFlips().stream().limit(CELL_FLIPS_SHOWN).map(f -> flip(m, f)).toList();
    List<String> deception =
        an.deception().stream()
            .map(
                p ->
                    String.join("+", p.evidenceIds())
                        + " set to L: "
                        + outcome(m, p.scores())
                        + (p.flips() ? " (flips)" : ""))
            .toList();
    String groups =
        an.schemesByLeaders().entrySet().stream()
            .map(
                e ->
                    leaders(m, e.getKey())
                        + " by "
                        + e.getValue().stream()
                            .map(AchView::name)
                            .collect(Collectors.joining(", ")))
            .collect(Collectors.joining("; "));
    return new Sensitivity(
        name(AchAnalysis.SENSITIVITY_SCHEME),
        loo,
        removal(m, an.minimalRemoval()),
        flips,
        an.cellFlips().size(),
        deception,
        groups,
        an.schemesDisagree());
  }

  private static String flip(Matrix m, CellFlip f) {
    return f.evidenceId()
        + "/"
        + f.hypothesisId()
        + " "
        + f.from()
        + " → "
        + f.to()
        + ": "
        + outcome(m, f.scores());
  }

  private static String removal(Matrix m, MinimalRemoval r) {
    if (r.sets().isEmpty()) {
      return r.exhaustive()
          ? "no removal of rows makes another hypothesis the single leader"
          : "none found (the search stops at 2^20 subsets)";
    }
    String sets =
        r.sets().stream()
            .map(s -> "{" + String.join(", ", s) + "}")
            .collect(Collectors.joining(" or "));
    return sets + " → " + outcome(m, r.scheme().score(m.without(r.first())));
  }

  private static String outcome(Matrix m, SchemeScores s) {
    String values =
        s.values().stream().map(v -> Format.number(v, 3)).collect(Collectors.joining(", "));
    return leaders(m, s.leaders()) + " (" + values + ")";
  }

  private static String leaders(Matrix m, List<Integer> indices) {
    String ids =
        indices.stream().map(j -> m.hypotheses().get(j).id()).collect(Collectors.joining(" = "));
    return indices.size() == 1 ? ids + " leads" : "tie " + ids;
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static List<AnalystLink> analysts(AchService.Analysed a, String base) {
    Map<String, Integer> counts = new TreeMap<>();
    for (RatingChange c : a.stored().log().changes()) {
      counts.merge(c.analyst(), 1, Integer::sum);
    }
    List<AnalystLink> out = new ArrayList<>();
    counts.forEach(
        (name, n) ->
            out.add(
                new AnalystLink(
                    name, n, base + "?analyst=" + segment(name), name.equals(a.analyst()))));
    return out;
  }

  /** Whether a rating code is the one a cell holds, for the select's {@code selected}. */
  public static boolean is(Cell cell, String code) {
    return cell.rating().equals(code);
  }

  static String segment(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
