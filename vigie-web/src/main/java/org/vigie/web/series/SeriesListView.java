package org.vigie.web.series;

import java.util.List;
import org.vigie.web.http.Frame;

/** The list of series (page and dashboard panel). */
public record SeriesListView(Frame frame, List<SeriesCard> series) {
  public SeriesListView {
    series = List.copyOf(series);
  }
}
