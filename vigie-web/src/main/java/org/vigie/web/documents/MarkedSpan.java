package org.vigie.web.documents;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A stretch of a document's text to highlight, e.g. a claim.
 *
 * @param start offset of the first character (UTF-16 index into the text, as claims give it)
 * @param end offset just past the last character
 * @param kind what it is, e.g. {@code quantity}: becomes the CSS class {@code hl-quantity}
 * @param attributes more to say about it, rendered as {@code data-NAME="value"} (names of a-z, 0-9
 *     and '-', starting with a letter); values are escaped
 */
public record MarkedSpan(int start, int end, String kind, Map<String, String> attributes) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  public MarkedSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (kind == null || !NAME.matcher(kind).matches()) {
      throw new IllegalArgumentException("span kind must match " + NAME + ": " + kind);
    }
    for (String name : attributes.keySet()) {
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("attribute name must match " + NAME + ": " + name);
      }
    }
    attributes.values().forEach(v -> Objects.requireNonNull(v, "attribute value"));
    attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
  }

  public static MarkedSpan of(int start, int end, String kind) {
    return new MarkedSpan(start, end, kind, Map.of());
  }

  int length() {
    return end - start;
  }
}
