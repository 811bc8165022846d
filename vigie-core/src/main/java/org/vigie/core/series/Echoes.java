package org.vigie.core.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes reports that add no information (methods §1.2): echoes (one figure relayed by several
 * outlets: same echo key) count once, and for pooling, a source repeating its own previous figure
 * unchanged is not a new measurement. Revision tests keep such repeats: a zero revision is data.
 */
public final class Echoes {

  /** The reports kept, in as-of order, and a note for each one dropped. */
  public record Kept(List<Observation> observations, List<PoolNote> dropped) {
    public Kept {
      observations = List.copyOf(observations);
      dropped = List.copyOf(dropped);
    }
  }

  private Echoes() {}

  /** Drops echoes and unchanged republications, for pooling. */
  public static Kept forPooling(List<Observation> reports) {
    return filter(reports, true);
  }

  /** Drops echoes only, for revision tests. */
  public static Kept forRevisions(List<Observation> reports) {
    return filter(reports, false);
  }

  private static Kept filter(List<Observation> reports, boolean dropRepeats) {
    List<Observation> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparing(Observation::asOf)); // stable: same-day order is kept
    Set<String> seenKeys = new HashSet<>();
    Map<String, Observation> lastBySource = new HashMap<>();
    List<Observation> kept = new ArrayList<>();
    List<PoolNote> dropped = new ArrayList<>();
    for (Observation o : sorted) {
      Observation previous = lastBySource.get(o.source());
      if (!seenKeys.add(o.echoKey())) {
        dropped.add(new PoolNote(o.asOf(), o.source(), "echo of a report already counted"));
      } else if (dropRepeats && previous != null && previous.sameFigureAs(o)) {
        dropped.add(
            new PoolNote(
                o.asOf(),
                o.source(),
                "repeats the source's figure of "
                    + previous.asOf()
                    + " unchanged: no new information"));
      } else {
        kept.add(o);
        lastBySource.put(o.source(), o);
      }
    }
    return new Kept(kept, dropped);
  }
}
