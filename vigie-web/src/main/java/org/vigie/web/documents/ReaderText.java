package org.vigie.web.documents;

import org.vigie.core.document.Document;

/**
 * What the reader shows of a document's text: at most {@link #MAX_SHOWN_CHARS} characters, escaped,
 * with the document's spans marked.
 *
 * @param html the escaped text with its marks
 * @param shownChars how many characters of the text it holds
 * @param cut whether the text goes on beyond them
 */
public record ReaderText(String html, int shownChars, boolean cut) {

  /** The reader shows at most this many characters; the whole text is one link away. */
  public static final int MAX_SHOWN_CHARS = 200_000;

  /** The reader's text of {@code d}, with the spans {@code spans} gives. */
  public static ReaderText of(Document d, SpanSource spans) {
    boolean cut = d.text().length() > MAX_SHOWN_CHARS;
    String shown = cut ? d.text().substring(0, MAX_SHOWN_CHARS) : d.text();
    return new ReaderText(Highlighter.render(shown, spans.spansOf(d)), shown.length(), cut);
  }
}
