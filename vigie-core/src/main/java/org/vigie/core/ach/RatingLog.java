package org.vigie.core.ach;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.core.error.InvalidInputException;

/**
 * The audit trail of a matrix: every rating change by every analyst, oldest first. Replaying it
 * over the shared starting matrix gives each analyst's matrix, now or as it stood at any instant.
 *
 * <p>Changes at the same instant keep the order in which they were recorded. Each change must start
 * from the rating its analyst had at that point ({@code from}); a log that does not is corrupt.
 */
public record RatingLog(List<RatingChange> changes) {

  public RatingLog {
    changes =
        changes.stream().sorted(Comparator.comparing(RatingChange::at)).toList(); // stable sort
  }

  /** An empty trail. */
  public static RatingLog empty() {
    return new RatingLog(List.of());
  }

  /** This trail with one more change. */
  public RatingLog with(RatingChange change) {
    List<RatingChange> more = new ArrayList<>(changes);
    more.add(change);
    return new RatingLog(more);
  }

  /** Every analyst's matrix now, by analyst name (sorted). */
  public Map<String, Matrix> replay(Matrix start) {
    return replay(start, Instant.MAX);
  }

  /** Every analyst's matrix including the changes made at or before {@code asOf}. */
  public Map<String, Matrix> replay(Matrix start, Instant asOf) {
    Map<String, Matrix> byAnalyst = new TreeMap<>();
    for (RatingChange c : changes) {
      if (c.at().isAfter(asOf)) {
        break;
      }
      byAnalyst.put(c.analyst(), apply(byAnalyst.getOrDefault(c.analyst(), start), c));
    }
    return byAnalyst;
  }

  /** One analyst's matrix now (the starting matrix if they changed nothing). */
  public Matrix replay(Matrix start, String analyst) {
    return replay(start).getOrDefault(analyst, start);
  }

  /** The changes made to one cell, by anyone, oldest first. */
  public List<RatingChange> history(String evidenceId, String hypothesisId) {
    return changes.stream()
        .filter(c -> c.evidenceId().equals(evidenceId) && c.hypothesisId().equals(hypothesisId))
        .toList();
  }

  private static Matrix apply(Matrix m, RatingChange c) {
    int i = m.evidenceIndex(c.evidenceId());
    int j = m.hypothesisIndex(c.hypothesisId());
    Rating current = m.evidence().get(i).rating(j);
    if (current != c.from()) {
      throw new InvalidInputException(
          "from",
          String.format(
              java.util.Locale.ROOT,
              "change by %s at %s of %s/%s says from %s, but the cell was %s for that analyst;"
                  + " the trail is out of order or incomplete",
              c.analyst(),
              c.at(),
              c.evidenceId(),
              c.hypothesisId(),
              c.from(),
              current));
    }
    return m.withRating(i, j, c.to());
  }
}
