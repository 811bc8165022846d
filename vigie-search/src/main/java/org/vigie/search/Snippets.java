package org.vigie.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.vigie.core.search.Snippet;

/**
 * The best passages of each hit's text, with the matched words marked (Lucene's unified
 * highlighter, reading offsets from the postings). A hit that matched by its title only gets the
 * beginning of its text.
 */
final class Snippets {

  /** Passages per snippet. */
  private static final int PASSAGES = 2;

  /** Passages are cut at word boundaries near this length, in characters. */
  private static final int PASSAGE_CHARS = 160;

  /** A text this short is shown whole. */
  private static final int WHOLE_TEXT_CHARS = 2 * PASSAGE_CHARS;

  /** Matches further into a text than this are not looked for (very long texts). */
  private static final int MAX_CHARS = 1_000_000;

  private Snippets() {}

  /**
   * One snippet per document id of {@code docIds}, in the same order; {@code languages[i]} is the
   * language of document {@code docIds[i]}, whose text field alone is read.
   */
  static List<Snippet> of(
      IndexSearcher searcher, Analyzers analyzers, Query query, int[] docIds, Language[] languages)
      throws IOException {
    Highlighter h = new Highlighter(searcher, analyzers);
    Snippet[] snippets = new Snippet[docIds.length];
    Arrays.fill(snippets, Snippet.plain(""));
    EnumSet<Language> present = EnumSet.noneOf(Language.class);
    present.addAll(Arrays.asList(languages));
    for (Language language : present) {
      int[] positions =
          IntStream.range(0, docIds.length).filter(i -> languages[i] == language).toArray();
      int[] ids = Arrays.stream(positions).map(i -> docIds[i]).toArray();
      Object[] found =
          h.highlight(new String[] {language.textField()}, query, ids, new int[] {PASSAGES})
              .get(language.textField());
      for (int i = 0; i < positions.length; i++) {
        if (found[i] != null) {
          snippets[positions[i]] = (Snippet) found[i];
        }
      }
    }
    return List.of(snippets);
  }

  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(IndexSearcher searcher, Analyzers analyzers) {
      super(
          UnifiedHighlighter.builder(searcher, analyzers.perField())
              .withFormatter(new Formatter())
              .withMaxLength(MAX_CHARS)
              .withBreakIterator(
                  () ->
                      LengthGoalBreakIterator.createClosestToLength(
                          BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
              .withMaxNoHighlightPassages(1));
    }

    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] passages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, passages);
    }
  }

  /**
   * Passages to a {@link Snippet}: a short text whole, a long one as its passages with "…" where
   * text was left out; whitespace runs folded to one space, marks moved along.
   */
  private static final class Formatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      StringBuilder text = new StringBuilder();
      List<Snippet.Mark> marks = new ArrayList<>();
      if (content.length() <= WHOLE_TEXT_CHARS) {
        appendFolded(text, marks, content, whole(passages, content));
        return new Snippet(text.toString(), marks);
      }
      for (int i = 0; i < passages.length; i++) {
        Passage p = passages[i];
        if (i > 0) {
          text.append(" … ");
        } else if (p.getStartOffset() > 0) {
          text.append("… ");
        }
        appendFolded(text, marks, content, p);
      }
      if (passages.length > 0 && passages[passages.length - 1].getEndOffset() < content.length()) {
        text.append(" …");
      }
      return new Snippet(text.toString(), marks);
    }

    /** One passage over the whole text, with the matches of all the passages. */
    private static Passage whole(Passage[] passages, String content) {
      Passage all = new Passage();
      all.setStartOffset(0);
      all.setEndOffset(content.length());
      List<Passage> byStart = new ArrayList<>(List.of(passages));
      byStart.sort(java.util.Comparator.comparingInt(Passage::getStartOffset));
      for (Passage p : byStart) {
        for (int m = 0; m < p.getNumMatches(); m++) {
          all.addMatch(p.getMatchStarts()[m], p.getMatchEnds()[m], p.getMatchTerms()[m], 1);
        }
      }
      return all;
    }

    private static void appendFolded(
        StringBuilder text, List<Snippet.Mark> marks, String content, Passage p) {
      int from = p.getStartOffset(), to = p.getEndOffset(), base = text.length();
      // at[i - from]: where the character at offset i lands in the text.
      int[] at = new int[to - from + 1];
      boolean inSpace = false;
      for (int i = from; i < to; i++) {
        at[i - from] = text.length();
        char c = content.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          if (!inSpace && text.length() > base) {
            text.append(' ');
          }
          inSpace = true;
        } else {
          text.append(c);
          inSpace = false;
        }
      }
      at[to - from] = text.length();
      if (inSpace) {
        text.setLength(text.length() - 1);
      }
      int previousEnd = 0;
      for (int m = 0; m < p.getNumMatches(); m++) {
        int start = at[Math.max(p.getMatchStarts()[m], from) - from];
        int end = Math.min(at[Math.min(p.getMatchEnds()[m], to) - from], text.length());
        if (start >= previousEnd && end > start) {
          marks.add(new Snippet.Mark(start, end));
          previousEnd = end;
        }
      }
    }
  }
}
