package org.vigie.text.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.text.lang.LanguagePacks;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.scan.Lexicon;
import org.vigie.text.scan.Lexicon.Row;
import org.vigie.text.scan.PhraseIndex;

/**
 * The reporting frames of each pack's frames.tsv, and the word lists of every language in
 * attribution/frames.tsv: words that follow "selon" without being anyone ("selon des
 * informations"), pronouns that continue the previous report, and the fillers that may stand
 * between an inverted verb and its subject (", a déclaré lundi Zelensky").
 */
final class FrameLexicon {

  private final PhraseIndex<Frame.Kind> frames = new PhraseIndex<>();
  private final PhraseIndex<Boolean> nonAgents = new PhraseIndex<>();
  private final PhraseIndex<Boolean> pronouns = new PhraseIndex<>();
  private final PhraseIndex<Boolean> fillers = new PhraseIndex<>();
  private final PhraseIndex<Boolean> firstPerson = new PhraseIndex<>();

  private FrameLexicon(List<Lexicon> packFrames, Lexicon file) {
    for (Lexicon pack : packFrames) {
      for (Row row : pack.rows("frame")) {
        Frame.Kind kind =
            Frame.Kind.valueOf(row.column(0).toUpperCase(Locale.ROOT).replace('-', '_'));
        for (String form : row.forms(1)) {
          frames.add(form, kind);
        }
      }
    }
    load(file, "non-agent", nonAgents);
    load(file, "pronoun", pronouns);
    load(file, "filler", fillers);
    load(file, "first-person", firstPerson);
  }

  private static void load(Lexicon file, String section, PhraseIndex<Boolean> index) {
    for (Row row : file.rows(section)) {
      for (String form : Lexicon.expand(row.column(1))) {
        index.add(form, Boolean.TRUE);
      }
    }
  }

  /** The frames every language pack holds, and the word lists of every language here. */
  private static final String FRAMES = "frames.tsv";

  private static final class Holder {
    static final FrameLexicon BUILT_IN =
        new FrameLexicon(
            LanguagePacks.ALL.stream()
                .map(pack -> Lexicon.resource(FrameLexicon.class, pack.resource(FRAMES)))
                .toList(),
            Lexicon.resource(FrameLexicon.class, FRAMES));
  }

  static FrameLexicon builtIn() {
    return Holder.BUILT_IN;
  }

  /** The frames of {@code [from, to)}, in text order. */
  List<Frame> frames(FoldedText t, int from, int to) {
    List<Frame> out = new ArrayList<>();
    for (PhraseIndex.Match<Frame.Kind> m : frames.scan(t, from, to)) {
      out.add(new Frame(m.value(), m.start(), m.end()));
    }
    return out;
  }

  /** Whether a phrase starting at {@code i} and ending by {@code end} names no one. */
  boolean nonAgent(FoldedText t, int i, int end) {
    PhraseIndex.Match<Boolean> m = nonAgents.longestAt(t, i);
    return m != null && m.end() <= end;
  }

  /**
   * Whether {@code [i, end)} is exactly a pronoun or an anaphoric phrase ("il", "the minister").
   */
  boolean pronoun(FoldedText t, int i, int end) {
    PhraseIndex.Match<Boolean> m = pronouns.longestAt(t, i);
    return m != null && t.skipSpaces(m.end()) >= end;
  }

  /** Whether {@code [i, end)} is a first-person subject ("nous", "we"), or impersonal "on". */
  boolean firstPerson(FoldedText t, int i, int end) {
    PhraseIndex.Match<Boolean> m = firstPerson.longestAt(t, i);
    return m != null && m.end() <= end && wordsBetween(t, m.end(), end) <= 1;
  }

  private static int wordsBetween(FoldedText t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (t.wordStart(i)) {
        n++;
      }
    }
    return n;
  }

  /** The offset after the fillers (dates, "also") starting at {@code i}. */
  int skipFillers(FoldedText t, int i, int limit) {
    int j = t.skipSpaces(i);
    for (int n = 0; n < 3 && j < limit; n++) {
      PhraseIndex.Match<Boolean> m = fillers.longestAt(t, j);
      if (m == null || m.end() > limit) {
        break;
      }
      j = t.skipSpaces(m.end());
    }
    return j;
  }
}
