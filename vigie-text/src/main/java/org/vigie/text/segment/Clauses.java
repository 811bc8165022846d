package org.vigie.text.segment;

import java.util.ArrayList;
import java.util.List;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.scan.PhraseIndex;

/**
 * Splits a sentence into the clauses a report and its hedges reach: at a semicolon, and before a
 * contrasting conjunction after a comma (", mais", ", but", ", while", ", но", ", а", ", але", ",
 * тоді як"; Korean 반면, -지만). "X a déclaré que 10 000 soldats sont arrivés, mais Y estime que 3 000
 * seraient morts" has two clauses, each with its own speaker and hedge.
 */
public final class Clauses {

  private static final PhraseIndex<Boolean> CONTRAST = new PhraseIndex<>();

  static {
    for (String c :
        List.of(
            "mais",
            "alors que",
            "tandis que",
            "cependant",
            "toutefois",
            "pourtant",
            "bien que",
            "but",
            "while",
            "whereas",
            "although",
            "though",
            "however",
            "yet",
            "но",
            "а",
            "однако",
            "тогда как",
            "в то время как",
            "хотя",
            "але",
            "проте",
            "однак",
            "тоді як",
            "хоча",
            "반면",
            "하지만",
            "그러나")) {
      CONTRAST.add(c, Boolean.TRUE);
    }
  }

  private Clauses() {}

  /** The clauses of {@code sentence}, covering it without gaps. */
  public static List<Span> of(FoldedText t, Span sentence) {
    List<Span> out = new ArrayList<>(2);
    int start = sentence.start();
    for (int i = sentence.start(); i < sentence.end(); i++) {
      char c = t.f[i];
      int cut = -1;
      if (c == ';') {
        cut = i + 1;
      } else if (c == ',' && contrastFollows(t, i + 1, sentence.end())) {
        cut = i + 1;
      } else if (c == ' ' && koreanContrastEnds(t, i)) {
        cut = i + 1;
      }
      if (cut > start && cut < sentence.end()) {
        out.add(new Span(start, cut));
        start = cut;
      }
    }
    out.add(new Span(start, sentence.end()));
    return out;
  }

  /** The clause of {@code sentence} that holds {@code offset}. */
  public static Span at(FoldedText t, Span sentence, int offset) {
    for (Span s : of(t, sentence)) {
      if (offset < s.end()) {
        return s;
      }
    }
    return sentence;
  }

  private static boolean contrastFollows(FoldedText t, int from, int end) {
    int w = t.skipSpaces(from);
    PhraseIndex.Match<Boolean> m = w < end ? CONTRAST.longestAt(t, w) : null;
    return m != null && m.end() <= end;
  }

  /** A Korean word ending in -지만 (but) or -는데, before a space. */
  private static boolean koreanContrastEnds(FoldedText t, int space) {
    return space >= 2
        && t.f[space - 1] == '만'
        && t.hangul(space - 1)
        && ((t.f[space - 2] == '지' && t.f[space - 1] == '만')
            || (space >= 3 && t.f[space - 2] == '지' && t.f[space - 1] == ','));
  }
}
