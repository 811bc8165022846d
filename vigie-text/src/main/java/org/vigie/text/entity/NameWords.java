package org.vigie.text.entity;

import org.vigie.text.scan.FoldedText;
import org.vigie.text.scan.Lexicon;
import org.vigie.text.scan.Lexicon.Row;
import org.vigie.text.scan.PhraseIndex;

/**
 * The words around names (names.tsv): role titles ("ministre", "spokesman", "министр", 장관), nouns
 * for unnamed people ("responsable", "official", 관계자), words that make a name an organisation
 * ("Ministry", "Служба"), and capitalised words that are not names ("Selon", "Monday", "Однако").
 */
public final class NameWords {

  private final PhraseIndex<String> titles = new PhraseIndex<>();
  private final PhraseIndex<String> personNouns = new PhraseIndex<>();
  private final PhraseIndex<String> orgWords = new PhraseIndex<>();
  private final PhraseIndex<Boolean> notNames = new PhraseIndex<>();

  private NameWords(Lexicon lexicon) {
    load(lexicon, "title", titles);
    load(lexicon, "person-noun", personNouns);
    load(lexicon, "org-word", orgWords);
    for (Row row : lexicon.rows("not-name")) {
      for (String w : Lexicon.expand(row.column(1))) {
        notNames.add(w, Boolean.TRUE);
      }
    }
  }

  private static void load(Lexicon lexicon, String section, PhraseIndex<String> index) {
    for (Row row : lexicon.rows(section)) {
      for (String form : Lexicon.expand(row.column(1))) {
        index.add(form, row.column(0));
      }
    }
  }

  private static final class Holder {
    static final NameWords BUILT_IN = new NameWords(Lexicon.resource(NameWords.class, "names.tsv"));
  }

  /** The word lists shipped with Vigie. */
  public static NameWords builtIn() {
    return Holder.BUILT_IN;
  }

  /** The role title starting at {@code i}, as its end offset, or -1. */
  public int titleAt(FoldedText t, int i) {
    PhraseIndex.Match<String> m = titles.longestAt(t, i);
    return m == null ? -1 : m.end();
  }

  /** Whether a role title ends exactly at {@code end} (spaces before it skipped by the caller). */
  public boolean titleEndsAt(FoldedText t, int end) {
    int from = Math.max(0, end - 48);
    for (PhraseIndex.Match<String> m : titles.scan(t, from, end)) {
      if (m.end() == end) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code [from, to)} holds a role title. */
  public boolean hasTitle(FoldedText t, int from, int to) {
    return !titles.scan(t, from, to).isEmpty();
  }

  /** Whether {@code [from, to)} holds a noun for unnamed people ("responsable", "official"). */
  public boolean hasPersonNoun(FoldedText t, int from, int to) {
    return !personNouns.scan(t, from, to).isEmpty();
  }

  /** Whether {@code [from, to)} holds a word that makes a name an organisation. */
  public boolean hasOrgWord(FoldedText t, int from, int to) {
    return !orgWords.scan(t, from, to).isEmpty();
  }

  /** Whether the word {@code [from, to)} is a capitalised word that is not a name. */
  public boolean notName(FoldedText t, int from, int to) {
    PhraseIndex.Match<Boolean> m = notNames.longestAt(t, from);
    return m != null && m.end() == to;
  }
}
