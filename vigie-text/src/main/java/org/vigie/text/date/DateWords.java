package org.vigie.text.date;

import java.util.List;
import java.util.stream.Stream;
import org.vigie.text.lang.LanguagePacks;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.scan.Lexicon;
import org.vigie.text.scan.Lexicon.Row;
import org.vigie.text.scan.PhraseIndex;

/**
 * The date words of the packs' dates.tsv and of date/dates.tsv: months, weekdays, parts of months,
 * relative dates, markers.
 */
final class DateWords {

  /** A date word: its kind ({@code month}, {@code relative}, ...) and value ("11", "week:-1"). */
  record Word(String kind, String value) {

    int number() {
      return Integer.parseInt(value);
    }

    boolean is(String k) {
      return kind.equals(k);
    }
  }

  private final PhraseIndex<Word> words = new PhraseIndex<>();

  private DateWords(List<Lexicon> files) {
    for (Lexicon file : files) {
      for (Row row : file.rows("word")) {
        Word w = new Word(row.column(0), row.column(1));
        boolean capital = row.column(2).equals("name");
        for (String form : row.forms(3)) {
          words.add(form, w, capital);
        }
      }
    }
  }

  /** The date words every language pack holds. */
  private static final String DATES = "dates.tsv";

  private static final class Holder {
    /** Each pack's words in the packs' order, then the rows that list every language's forms. */
    static final DateWords BUILT_IN =
        new DateWords(
            Stream.concat(
                    LanguagePacks.ALL.stream()
                        .map(pack -> Lexicon.resource(DateWords.class, pack.resource(DATES))),
                    Stream.of(Lexicon.resource(DateWords.class, DATES)))
                .toList());
  }

  static DateWords builtIn() {
    return Holder.BUILT_IN;
  }

  /** The longest date word at {@code i}, or null. */
  PhraseIndex.Match<Word> at(FoldedText t, int i) {
    return words.longestAt(t, i);
  }

  /** The date word at {@code i} if it is of kind {@code kind}, or null. */
  PhraseIndex.Match<Word> at(FoldedText t, int i, String kind) {
    PhraseIndex.Match<Word> m = words.longestAt(t, i);
    return m != null && m.value().is(kind) ? m : null;
  }

  /** The date word of kind {@code kind} that ends right before {@code end} (spaces between). */
  PhraseIndex.Match<Word> before(FoldedText t, int end, String kind) {
    int e = t.skipSpacesBack(end);
    for (PhraseIndex.Match<Word> m : words.scan(t, Math.max(0, e - 32), e)) {
      if (m.end() == e && m.value().is(kind)) {
        return m;
      }
    }
    return null;
  }
}
