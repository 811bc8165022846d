package org.vigie.text.quantity;

import org.vigie.text.scan.Lexicon;
import org.vigie.text.scan.Lexicon.Row;
import org.vigie.text.scan.QuantityPhrases;
import org.vigie.text.scan.QuantityText;

/**
 * The built-in {@link ActorLookup}: country names, adjectives and army names in French, English,
 * Russian, Ukrainian and Korean (the [owner] section of the actor list, entity/actors.tsv), matched
 * as whole words or as stems ("северокорейск" finds every case of the adjective). Forms marked
 * case-sensitive ("US") must match the text letter for letter, so that the pronoun "us" is not the
 * United States.
 */
public final class BuiltInActors implements ActorLookup {

  /** The one actor list; its [owner] section is this lookup's. */
  private static final String ACTORS = "/org/vigie/text/entity/actors.tsv";

  private record Entry(String code, String exact) {}

  private final QuantityPhrases<Entry> names = new QuantityPhrases<>();

  public BuiltInActors() {
    for (Row row : Lexicon.resource(BuiltInActors.class, ACTORS).rows("owner")) {
      if (!row.column(1).equals("any") || !row.column(2).equals("word")) {
        throw new IllegalStateException(
            row.where() + ": an [owner] row is of language 'any' and kind 'word'");
      }
      for (String written : row.forms(3)) {
        boolean exact = written.startsWith("=");
        boolean stem = written.endsWith("*");
        String form = written.substring(exact ? 1 : 0, written.length() - (stem ? 1 : 0));
        names.put(form, new Entry(row.column(0), exact ? form : null), stem);
      }
    }
  }

  @Override
  public Found find(CharSequence text, int from, int to) {
    int end = Math.min(text.length(), to);
    if (from >= end) {
      return null;
    }
    QuantityText t = QuantityText.of(text.subSequence(from, end).toString());
    Found f = find(t, 0, end - from);
    return f == null ? null : new Found(f.code(), f.start() + from, f.end() + from);
  }

  /** The same, on a text already folded. */
  Found find(QuantityText t, int from, int to) {
    int end = Math.min(to, t.length);
    for (int i = Math.max(0, from); i < end; i++) {
      if (!t.alnum(i - 1) && (t.letter(i) || t.at(i) == '.') && names.mayStartWith(t.c[i])) {
        QuantityPhrases.Match<Entry> m = names.longestAt(t, i);
        if (m != null && m.end() <= end && matchesCase(t, m)) {
          return new Found(m.value().code(), m.start(), m.end());
        }
      }
    }
    return null;
  }

  private static boolean matchesCase(QuantityText t, QuantityPhrases.Match<Entry> m) {
    String exact = m.value().exact();
    return exact == null || t.text.regionMatches(m.start(), exact, 0, exact.length());
  }
}
