package org.vigie.web.documents;

import java.util.List;
import org.vigie.core.document.Document;

/**
 * Where the reader gets the spans to highlight in a document: the claims found in it, once claims
 * are stored. Until then, {@link #NONE}.
 */
@FunctionalInterface
public interface SpanSource {

  SpanSource NONE = document -> List.of();

  /** The spans of this document, in any order; offsets index {@link Document#text()}. */
  List<MarkedSpan> spansOf(Document document);
}
