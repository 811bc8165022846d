package org.vigie.text.attribution;

import java.util.List;
import java.util.Set;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.segment.Span;

/**
 * Finds the noun phrase a frame points at, without a parser: the words after "selon" up to a comma,
 * a relative pronoun, a preposition of time or place, a number or another frame; the words before a
 * reporting verb back to a comma or a complementiser; and in Korean the topic (은/는) or subject
 * (이/가) of the clause and the phrase before 에 따르면.
 */
final class Phrases {

  /** Words that end a phrase after a frame. */
  private static final Set<String> STOP_AFTER =
      Set.of(
          "que",
          "qu",
          "qui",
          "dont",
          "ou",
          "lorsque",
          "quand",
          "lors",
          "dans",
          "devant",
          "pendant",
          "apres",
          "avant",
          "depuis",
          "a",
          "au",
          "aux",
          "en",
          "sur",
          "et",
          "that",
          "who",
          "which",
          "whom",
          "whose",
          "when",
          "where",
          "while",
          "on",
          "in",
          "at",
          "to",
          "during",
          "after",
          "before",
          "since",
          "and",
          "with",
          "что",
          "чтобы",
          "который",
          "которая",
          "которое",
          "которые",
          "где",
          "когда",
          "що",
          "який",
          "яка",
          "яке",
          "які",
          "де",
          "коли",
          "и",
          "і",
          "could",
          "would",
          "can",
          "may",
          "might",
          "has",
          "have",
          "had",
          "is",
          "are",
          "was",
          "were",
          "will",
          "est",
          "sont",
          "ont",
          "avait",
          "pourrait");

  /** Words that end a phrase read backwards from a verb. */
  private static final Set<String> STOP_BEFORE =
      Set.of("que", "qu", "that", "что", "що", "et", "and", "и", "і", "mais", "but", "но", "але");

  /** Determiners and prepositions dropped from the start of a speaker phrase. */
  private static final Set<String> LEADING =
      Set.of(
          "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "the", "a", "an", "в", "во",
          "у", "на", "со", "з", "із", "зі");

  private Phrases() {}

  /** The phrase after {@code from}, up to {@code limit} or an earlier stop. */
  static Span after(FoldedText t, int from, int limit, List<Frame> frames) {
    int start = t.skipSpaces(from);
    if (t.at(start) == '"') {
      int close = indexOf(t, '"', start + 1, Math.min(limit, start + 80));
      if (close > start) {
        return trim(t, start + 1, close);
      }
      start = t.skipSpaces(start + 1);
    }
    int i = start;
    int words = 0;
    while (i < limit) {
      char c = t.f[i];
      if (c == '(') {
        int close = indexOf(t, ')', i, Math.min(limit, i + 24));
        if (close < 0) {
          break;
        }
        i = close + 1;
        continue;
      }
      if (isBoundary(t, i) || frameStartsAt(frames, i) && i > start) {
        break;
      }
      if (t.wordStart(i)) {
        int end = t.wordEnd(i);
        if (t.digit(i) || (i > start && STOP_AFTER.contains(t.folded(i, end))) || ++words > 10) {
          break;
        }
        i = end;
      } else {
        i++;
      }
    }
    return trim(t, start, i);
  }

  /** The phrase that ends at {@code end}, back to {@code floor} or an earlier stop. */
  static Span before(FoldedText t, int end, int floor) {
    int stop = t.skipSpacesBack(end);
    int i = stop;
    int words = 0;
    while (i > floor) {
      char c = t.f[i - 1];
      if (c == ')') {
        int open = lastIndexOf(t, '(', Math.max(floor, i - 24), i - 1);
        if (open >= 0) {
          i = open;
          continue;
        }
      }
      if (isBoundary(t, i - 1)) {
        break;
      }
      if (t.alnum(i - 1) && !t.alnum(i - 2)) {
        int start = i - 1;
        int wordEnd = t.wordEnd(start);
        if (t.digit(start) || STOP_BEFORE.contains(t.folded(start, wordEnd)) || ++words > 12) {
          break;
        }
      }
      i--;
    }
    return trim(t, i, stop);
  }

  /** A phrase without its leading determiners and its surrounding spaces and punctuation. */
  static Span trim(FoldedText t, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && !t.alnum(s) && t.at(s) != '(') {
      s++;
    }
    while (e > s && !t.alnum(e - 1) && t.at(e - 1) != ')' && !abbreviationDot(t, e - 1)) {
      e--;
    }
    while (s < e && t.wordStart(s)) {
      int w = t.wordEnd(s);
      if (!LEADING.contains(t.folded(s, w))) {
        break;
      }
      s = w;
      while (s < e && !t.alnum(s)) {
        s++;
      }
    }
    return new Span(s, Math.max(s, e));
  }

  /** The last dot of "U.S." or "D.P.R.K.", which belongs to the name. */
  private static boolean abbreviationDot(FoldedText t, int i) {
    return t.at(i) == '.' && t.at(i - 2) == '.' && t.alnum(i - 1);
  }

  /** Punctuation that ends a phrase: commas, quotes, colons, a dash between spaces, a newline. */
  static boolean isBoundary(FoldedText t, int i) {
    char c = t.at(i);
    return switch (c) {
      case ',', ';', ':', '"', '!', '?', '\n', '[', ']', '(', ')' -> true;
      case '-' -> t.space(i - 1) && t.space(i + 1);
      default -> false;
    };
  }

  private static boolean frameStartsAt(List<Frame> frames, int i) {
    for (Frame f : frames) {
      if (f.start() == i) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(FoldedText t, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.f[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(FoldedText t, char c, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (t.f[i] == c) {
        return i;
      }
    }
    return -1;
  }
}
