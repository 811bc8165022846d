package org.vigie.web.ach;

import java.util.List;
import org.vigie.core.ach.MatrixSummary;
import org.vigie.web.http.Format;
import org.vigie.web.http.PageFrame;

/** The ACH index: the stored matrices, and the forms to load another. */
public record AchListView(PageFrame frame, List<Item> matrices) {

  /** A stored matrix in the list. */
  public record Item(
      String url, String question, String size, String loadedBy, String loadedAt, String changes) {}

  public static AchListView of(PageFrame frame, List<MatrixSummary> matrices) {
    return new AchListView(
        frame,
        matrices.stream()
            .map(
                m ->
                    new Item(
                        "/ach/" + m.id(),
                        m.question().isBlank() ? "(no question)" : m.question(),
                        m.hypotheses() + " hypotheses × " + m.evidence() + " items of evidence",
                        m.createdBy(),
                        Format.minute(m.createdAt()),
                        m.changes() == 1 ? "1 rating change" : m.changes() + " rating changes"))
            .toList());
  }
}
