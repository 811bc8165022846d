package org.vigie.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.vigie.core.search.FacetCount;
import org.vigie.core.search.Facets;

/**
 * Counts every matching document (the exact total) and its values of the facet fields, read from
 * their doc values: per segment by ordinal into arrays, turned into values once per segment.
 */
final class FacetCollector extends SimpleCollector {

  private static final String[] FIELDS = {IndexFields.LANG, IndexFields.SOURCE, IndexFields.MONTH};

  private final List<Map<String, Long>> counts = new ArrayList<>();
  private final SortedSetDocValues[] values = new SortedSetDocValues[FIELDS.length];
  private final int[][] perOrdinal = new int[FIELDS.length][];
  private long total;

  FacetCollector() {
    for (int i = 0; i < FIELDS.length; i++) {
      counts.add(new HashMap<>());
    }
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    flush();
    for (int f = 0; f < FIELDS.length; f++) {
      values[f] = DocValues.getSortedSet(context.reader(), FIELDS[f]);
      perOrdinal[f] = new int[(int) Math.min(values[f].getValueCount(), Integer.MAX_VALUE)];
    }
  }

  @Override
  public void collect(int doc) throws IOException {
    total++;
    for (int f = 0; f < FIELDS.length; f++) {
      SortedSetDocValues dv = values[f];
      if (dv.advanceExact(doc)) {
        for (int i = 0; i < dv.docValueCount(); i++) {
          perOrdinal[f][(int) dv.nextOrd()]++;
        }
      }
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  /** Adds the current segment's counts to the totals by value. */
  private void flush() throws IOException {
    for (int f = 0; f < FIELDS.length; f++) {
      if (values[f] == null) {
        continue;
      }
      for (int ord = 0; ord < perOrdinal[f].length; ord++) {
        if (perOrdinal[f][ord] > 0) {
          counts
              .get(f)
              .merge(values[f].lookupOrd(ord).utf8ToString(), (long) perOrdinal[f][ord], Long::sum);
        }
      }
      values[f] = null;
    }
  }

  /** Counts of several collectors (one per slice of the index) added up. */
  record Result(long total, Facets facets) {}

  static CollectorManager<FacetCollector, Result> manager() {
    return new CollectorManager<>() {
      @Override
      public FacetCollector newCollector() {
        return new FacetCollector();
      }

      @Override
      public Result reduce(Collection<FacetCollector> collectors) throws IOException {
        long total = 0;
        List<Map<String, Long>> sums = new ArrayList<>();
        for (int f = 0; f < FIELDS.length; f++) {
          sums.add(new HashMap<>());
        }
        for (FacetCollector c : collectors) {
          c.flush();
          total += c.total;
          for (int f = 0; f < FIELDS.length; f++) {
            Map<String, Long> sum = sums.get(f);
            c.counts.get(f).forEach((value, n) -> sum.merge(value, n, Long::sum));
          }
        }
        return new Result(total, facets(sums));
      }
    };
  }

  private static Facets facets(List<Map<String, Long>> sums) {
    Map<String, Long> months = new TreeMap<>(sums.get(2));
    Map<String, Long> years = new TreeMap<>();
    months.forEach((month, n) -> years.merge(month.substring(0, 4), n, Long::sum));
    return new Facets(byCount(sums.get(0)), byCount(sums.get(1)), inOrder(years), inOrder(months));
  }

  private static List<FacetCount> byCount(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(Facets.MAX_VALUES)
        .map(e -> new FacetCount(e.getKey(), e.getValue()))
        .toList();
  }

  private static List<FacetCount> inOrder(Map<String, Long> sorted) {
    return sorted.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
  }
}
