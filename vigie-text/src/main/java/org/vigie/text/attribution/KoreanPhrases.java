package org.vigie.text.attribution;

import org.vigie.text.lang.ko.KoreanPack;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.scan.Lexicon;
import org.vigie.text.segment.Span;

/**
 * Korean phrases, read by eojeol (the space-separated word with its particles): the phrase before 에
 * 따르면, the topic (은/는) or subject (이/가) of a reporting verb, the one cited before 인용해, and an
 * outlet the report was made to (연합뉴스에 밝혔다).
 */
final class KoreanPhrases {

  /** The particles cut off a word to find its noun, in the order of the Korean pack's list. */
  private static final String[] PARTICLES =
      Lexicon.resource(KoreanPhrases.class, KoreanPack.PHRASE_PARTICLES).rows("particle").stream()
          .flatMap(row -> row.forms(0).stream())
          .toArray(String[]::new);

  private KoreanPhrases() {}

  /** The phrase before 에 따르면 ending at {@code end}, or null. */
  static Span sourceBefore(FoldedText t, int end, int floor) {
    return marked(t, end, floor, "에", "에게");
  }

  /** The one cited before 인용해 ("국정원을 인용해"), or null. */
  static Span citedBefore(FoldedText t, int end, int floor) {
    return marked(t, end, floor, "을", "를");
  }

  /** An outlet a report was made to, right before the verb ("연합뉴스에 밝혔다"), or null. */
  static Span addressee(FoldedText t, int verbStart, int floor) {
    return marked(t, verbStart, floor, "에", "에게");
  }

  /**
   * The subject of a reporting verb: the word right before it when marked 이/가 ("이성권 의원이 전했다"), else
   * the first topic marked 은/는 in the clause ("국정원은 ... 밝혔다"), or null.
   */
  static Span subject(FoldedText t, int verbStart, int floor) {
    Span marked = marked(t, verbStart, floor, "이", "가", "께서");
    if (marked != null) {
      return marked;
    }
    for (int i = floor; i < verbStart; i++) {
      if (t.wordStart(i)) {
        int end = t.wordEnd(i);
        if (end < verbStart && t.hangul(end - 1) && endsWith(t, i, end, "은", "는", "께서는")) {
          return extend(t, i, end - particleLength(t, i, end), floor);
        }
        i = end - 1;
      }
    }
    return null;
  }

  /** The word ending before {@code end} if it carries one of {@code particles}, with its noun. */
  private static Span marked(FoldedText t, int end, int floor, String... particles) {
    int wordEnd = t.skipSpacesBack(end);
    int wordStart = t.wordStartBefore(wordEnd);
    if (wordStart >= wordEnd || wordStart < floor || !t.hangul(wordEnd - 1)) {
      return null;
    }
    if (!endsWith(t, wordStart, wordEnd, particles)) {
      return null;
    }
    int nounEnd = wordEnd - particleLength(t, wordStart, wordEnd);
    if (nounEnd <= wordStart && t.at(wordStart - 1) != ')') {
      return null;
    }
    return extend(t, wordStart, nounEnd, floor);
  }

  /** Extends a noun back over up to two words that carry no particle ("신원식 국방부 장관"). */
  private static Span extend(FoldedText t, int start, int end, int floor) {
    int s = start;
    if (t.at(s - 1) == ')' || t.at(s - 1) == '(') {
      s = t.wordStartBefore(s - 1);
    }
    for (int n = 0; n < 2; n++) {
      int prevEnd = t.skipSpacesBack(s);
      if (prevEnd == s || prevEnd <= floor || !t.alnum(prevEnd - 1)) {
        break;
      }
      int prevStart = t.wordStartBefore(prevEnd);
      if (prevStart < floor
          || (t.hangul(prevEnd - 1) && particleLength(t, prevStart, prevEnd) > 0)) {
        break;
      }
      s = prevStart;
    }
    return new Span(s, Math.max(s, end));
  }

  private static boolean endsWith(FoldedText t, int start, int end, String... suffixes) {
    for (String p : suffixes) {
      if (end - p.length() >= start && t.startsWith(end - p.length(), p)) {
        return true;
      }
    }
    return false;
  }

  private static int particleLength(FoldedText t, int start, int end) {
    for (String p : PARTICLES) {
      if (end - p.length() > start && t.startsWith(end - p.length(), p)) {
        return p.length();
      }
    }
    return 0;
  }
}
