package org.vigie.web.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.vigie.core.document.DocumentQuery;
import org.vigie.core.document.IngestFailure;
import org.vigie.core.store.Store;
import org.vigie.service.json.Json;
import org.vigie.web.documents.DocumentRow;
import org.vigie.web.http.Format;
import org.vigie.web.http.PageFrame;

/**
 * The dashboard: what the store holds. A grid of panels, each answering one question; series and
 * indicators will be panels of the same grid.
 *
 * @param total documents in the store
 * @param languages documents per language, most first
 * @param months documents per month of publication, as an ECharts option (JSON), or null
 * @param latest the most recently ingested documents
 * @param failures inputs that could not be read, latest first (at most {@link #FAILURES_SHOWN})
 * @param failureCount all of them
 * @param claims the claims read in the documents, by kind and by unit
 */
public record DashboardView(
    PageFrame frame,
    String total,
    List<LanguageCount> languages,
    String months,
    String undated,
    List<DocumentRow> latest,
    List<Failure> failures,
    String failureCount,
    ClaimCounts claims) {

  static final int LATEST = 8;
  static final int FAILURES_SHOWN = 5;

  /** A language and its share of the documents. */
  public record LanguageCount(String lang, String count, String percent, String filterUrl) {}

  /** An input that could not be read. */
  public record Failure(String path, String reason, String at) {}

  public static DashboardView of(PageFrame frame, Store store) {
    long total = store.documents().count();
    Map<String, Long> byLang = store.documents().countByLanguage();
    Map<YearMonth, Long> byMonth = store.documents().countByPublishedMonth();
    long dated = byMonth.values().stream().mapToLong(Long::longValue).sum();
    List<IngestFailure> failures = store.documents().failures();
    return new DashboardView(
        frame,
        Format.count(total),
        byLang.entrySet().stream()
            .map(
                e ->
                    new LanguageCount(
                        e.getKey(),
                        Format.count(e.getValue()),
                        Format.number(100.0 * e.getValue() / Math.max(1, total), 0) + " %",
                        "/documents?lang="
                            + java.net.URLEncoder.encode(
                                e.getKey(), java.nio.charset.StandardCharsets.UTF_8)))
            .toList(),
        byMonth.isEmpty() ? null : Json.write(monthChart(byMonth)),
        Format.count(total - dated),
        store.documents().find(DocumentQuery.latest(LATEST)).items().stream()
            .map(DocumentRow::of)
            .toList(),
        latestFirst(failures).stream()
            .limit(FAILURES_SHOWN)
            .map(f -> new Failure(f.path(), f.reason(), Format.minute(f.at())))
            .toList(),
        Format.count(failures.size()),
        ClaimCounts.of(store.claims()));
  }

  private static List<IngestFailure> latestFirst(List<IngestFailure> failures) {
    List<IngestFailure> out = new java.util.ArrayList<>(failures);
    java.util.Collections.reverse(out);
    return out;
  }

  /** A bar chart of documents per month, every month from the first to the last. */
  private static ObjectNode monthChart(Map<YearMonth, Long> byMonth) {
    ObjectNode option = Json.object();
    ArrayNode labels = option.putObject("xAxis").put("type", "category").putArray("data");
    option.putObject("yAxis").put("type", "value").put("minInterval", 1);
    ArrayNode values =
        option
            .putArray("series")
            .addObject()
            .put("type", "bar")
            .put("barMaxWidth", 40)
            .putArray("data");
    YearMonth first = byMonth.keySet().iterator().next();
    YearMonth last = first;
    for (YearMonth m : byMonth.keySet()) {
      last = m;
    }
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      labels.add(m.toString());
      values.add(byMonth.getOrDefault(m, 0L));
    }
    // A plain-text tooltip: the default one draws its marker with an inline style, which the
    // Content-Security-Policy refuses.
    option.putObject("tooltip").put("trigger", "axis").put("formatter", "{b}: {c} documents");
    option.putObject("grid").put("left", 40).put("right", 16).put("top", 16).put("bottom", 40);
    return option;
  }
}
