package org.vigie.core.series.pool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PoolSettings;

/**
 * Where each source's house effect lives: index 0 of the state is ln N; each source with an
 * estimated bias gets the next index; a source with a known (or anchored) bias gets none and its
 * log bias enters as a fixed offset.
 */
final class StateLayout {
  private final Map<String, Integer> index = new LinkedHashMap<>();
  private final Map<String, Double> offset = new LinkedHashMap<>();
  private final List<String> sources = new ArrayList<>();

  StateLayout(List<Observation> reports, PoolSettings settings) {
    for (Observation o : reports) {
      String s = o.source();
      if (index.containsKey(s) || offset.containsKey(s)) {
        continue;
      }
      sources.add(s);
      Double known = settings.knownBiases().get(s);
      if (known != null) {
        offset.put(s, Math.log(known));
      } else {
        index.put(s, index.size() + 1);
      }
    }
  }

  int dimension() {
    return 1 + index.size();
  }

  /** The state index of the source's bias, or −1 when the bias is fixed. */
  int indexOf(String source) {
    return index.getOrDefault(source, -1);
  }

  /** The fixed log bias of a source outside the state (0 if it has an index). */
  double offsetOf(String source) {
    return offset.getOrDefault(source, 0.0);
  }

  /** All sources in order of first report. */
  List<String> sources() {
    return List.copyOf(sources);
  }
}
