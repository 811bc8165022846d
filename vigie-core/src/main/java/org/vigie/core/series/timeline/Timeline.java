package org.vigie.core.series.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.series.Observation;

/**
 * An estimates timeline read from CSV text with the header of {@code nk_estimates_timeline.csv}
 * (date, date_precision, period, source_org, speaker, reported_via, quantity, value, low, high,
 * qualifier, unit, scope, quoted_phrase, page_url, page_lang, notes); columns are found by name, in
 * any order, and extra columns are ignored.
 */
public final class Timeline {

  static final List<String> REQUIRED =
      List.of(
          "date", "date_precision", "source_org", "quantity", "value", "low", "high", "qualifier");

  private final List<TimelineRow> rows;

  private Timeline(List<TimelineRow> rows) {
    this.rows = List.copyOf(rows);
  }

  /** Parses the file's text; a missing column or broken quoting is an InvalidInputException. */
  public static Timeline parse(String text) {
    List<CsvReader.Record> records = CsvReader.parse(text);
    if (records.isEmpty()) {
      throw new InvalidInputException("file", "the file is empty: expected a CSV header line");
    }
    Map<String, Integer> column = new HashMap<>();
    List<String> header = records.get(0).fields();
    for (int i = 0; i < header.size(); i++) {
      column.putIfAbsent(header.get(i).strip(), i);
    }
    List<String> missing = REQUIRED.stream().filter(c -> !column.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException(
          "file", "not an estimates timeline: missing column(s) " + String.join(", ", missing));
    }
    List<TimelineRow> rows = new ArrayList<>();
    for (CsvReader.Record r : records.subList(1, records.size())) {
      rows.add(row(r, column));
    }
    return new Timeline(rows);
  }

  private static TimelineRow row(CsvReader.Record r, Map<String, Integer> column) {
    return new TimelineRow(
        r.line(),
        cell(r, column, "date"),
        cell(r, column, "date_precision"),
        cell(r, column, "source_org"),
        cell(r, column, "reported_via"),
        cell(r, column, "quantity"),
        cell(r, column, "value"),
        cell(r, column, "low"),
        cell(r, column, "high"),
        cell(r, column, "qualifier"),
        cell(r, column, "unit"),
        cell(r, column, "quoted_phrase"));
  }

  private static String cell(CsvReader.Record r, Map<String, Integer> column, String name) {
    Integer i = column.get(name);
    return i == null || i >= r.fields().size() ? "" : r.fields().get(i).strip();
  }

  public List<TimelineRow> rows() {
    return rows;
  }

  /** Series names and their row counts, by name. */
  public Map<String, Integer> quantities() {
    return rows.stream()
        .collect(Collectors.toMap(TimelineRow::quantity, r -> 1, Integer::sum, TreeMap::new));
  }

  /**
   * The reports of series {@code name}, comparative bounds softly capped.
   *
   * @throws InvalidInputException if no row has that quantity; the message lists those that exist
   */
  public SeriesReports series(String name) {
    return series(name, true);
  }

  /**
   * The reports of series {@code name}; {@code softCaps} false reads "more than N" as an open lower
   * bound instead of capping it softly at the next 1-2-5 step.
   *
   * @throws InvalidInputException if no row has that quantity; the message lists those that exist
   */
  public SeriesReports series(String name, boolean softCaps) {
    List<TimelineRow> selected = rows.stream().filter(r -> r.quantity().equals(name)).toList();
    if (selected.isEmpty()) {
      throw new InvalidInputException(
          "series",
          "no series '"
              + name
              + "' in the file; it has: "
              + String.join(", ", quantities().keySet()));
    }
    List<Observation> observations = new ArrayList<>();
    List<SkippedRow> skipped = new ArrayList<>();
    for (TimelineRow r : selected) {
      QualifierMapping.Outcome outcome = QualifierMapping.map(r, softCaps);
      if (outcome.observation() != null) {
        observations.add(outcome.observation());
      } else {
        skipped.add(new SkippedRow(r.line(), r.source(), outcome.reason()));
      }
    }
    return new SeriesReports(name, commonestUnit(selected), observations, skipped);
  }

  /** The most frequent unit; on a tie, the one that appears first. */
  private static String commonestUnit(List<TimelineRow> rows) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    rows.stream()
        .map(TimelineRow::unit)
        .filter(u -> !u.isBlank())
        .forEach(u -> counts.merge(u, 1, Integer::sum));
    String best = "units";
    int most = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }
}
