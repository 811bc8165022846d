package org.vigie.web.series;

import java.util.List;
import org.vigie.web.http.PageFrame;

/** The list of series (page and dashboard panel). */
public record SeriesListView(PageFrame frame, List<SeriesCard> series) {
  public SeriesListView {
    series = List.copyOf(series);
  }
}
