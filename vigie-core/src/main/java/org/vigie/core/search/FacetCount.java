package org.vigie.core.search;

import java.util.Objects;

/** How many matching documents have this value of a facet. */
public record FacetCount(String value, long count) {
  public FacetCount {
    Objects.requireNonNull(value, "value");
  }
}
