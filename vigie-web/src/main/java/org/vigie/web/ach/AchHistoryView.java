package org.vigie.web.ach;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.vigie.core.ach.RatingChange;
import org.vigie.core.ach.StoredMatrix;
import org.vigie.web.http.Format;
import org.vigie.web.http.PageFrame;

/** The audit trail of a matrix: every rating change, latest first. */
public record AchHistoryView(PageFrame frame, String id, String question, List<Change> changes) {

  public record Change(
      String at, String analyst, String cell, String from, String to, String note) {}

  public static AchHistoryView of(PageFrame frame, StoredMatrix m) {
    List<Change> changes = new ArrayList<>();
    for (RatingChange c : m.log().changes()) {
      changes.add(
          new Change(
              Format.second(c.at()),
              c.analyst(),
              c.evidenceId() + " / " + c.hypothesisId(),
              c.from().name(),
              c.to().name(),
              c.note() == null ? "" : c.note()));
    }
    Collections.reverse(changes);
    return new AchHistoryView(frame, m.id(), m.start().question(), changes);
  }
}
