package org.vigie.text.date;

import java.util.Set;
import org.vigie.text.date.DateFinder.Reader;
import org.vigie.text.date.DateWords.Word;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.scan.PhraseIndex.Match;

/**
 * Dates that start with a word: a month ("novembre 2024", "November 4, 2024", "Nov. 1-15", "в
 * ноябре") or a part of a month or year ("mi-octobre", "early November", "в начале ноября", "fin
 * 2024").
 */
final class Named {

  /** Month names that are also common words: read as months only after a preposition. */
  private static final Set<String> AMBIGUOUS = Set.of("mars", "mai", "may", "march", "mar.");

  private static final Set<String> RANGE_LINKS =
      Set.of("et", "and", "to", "a", "au", "through", "по", "до", "і", "й", "та", "и");

  private static final Set<String> PREPOSITIONS =
      Set.of(
          "en", "in", "since", "depuis", "by", "until", "de", "of", "d", "au", "mois", "fin",
          "debut", "mi", "mid", "early", "late", "during", "pendant", "from", "avant", "apres",
          "before", "after", "last", "next", "this", "between", "and", "et", "entre", "through",
          "a", "to");

  private Named() {}

  static DateMention month(Reader r, int i, Match<Word> w) {
    FoldedText t = r.t;
    int m = w.value().number();
    int j = t.skipSpaces(w.end());
    if (r.monthFirst) {
      DateMention d = monthDay(r, i, m, j);
      if (d != null) {
        return d;
      }
    }
    DateMention between = monthRange(r, i, m, j);
    if (between != null) {
      return between;
    }
    int[] y = r.year(j);
    if (y != null) {
      return r.mention(i, y[1], Dates.month(y[0], m), DateKind.MONTH, false);
    }
    if (AMBIGUOUS.contains(t.folded(i, w.end())) && !afterPreposition(t, i)) {
      return null;
    }
    int year = r.yearFor(m, 15);
    return year == 0 ? null : r.mention(i, w.end(), Dates.month(year, m), DateKind.MONTH, true);
  }

  /** "entre janvier et février", "from January to March", "с января по март": whole months. */
  private static DateMention monthRange(Reader r, int i, int m, int j) {
    FoldedText t = r.t;
    if (!t.wordStart(j) || !RANGE_LINKS.contains(t.folded(j, t.wordEnd(j)))) {
      return null;
    }
    Match<Word> to = r.words.at(t, t.skipSpaces(t.wordEnd(j)), "month");
    if (to == null || to.value().number() <= m) {
      return null;
    }
    int[] y = r.year(t.skipSpaces(to.end()));
    int year = y != null ? y[0] : r.yearFor(m, 1);
    int end = y != null ? y[1] : to.end();
    if (year == 0) {
      return null;
    }
    String v =
        Dates.range(java.time.LocalDate.of(year, m, 1), Dates.safe(year, to.value().number(), 31));
    return r.mention(i, end, v, DateKind.RANGE, y == null);
  }

  /** "November 4, 2024", "Nov. 4", "Nov. 1-15", "November 1 to 15". */
  private static DateMention monthDay(Reader r, int i, int m, int j) {
    FoldedText t = r.t;
    DateNumber d = DateNumber.at(t, j);
    if (d == null || !d.day() || d.unit() != 0 || t.digit(t.skipSpaces(d.end()))) {
      return null;
    }
    int end = d.end();
    int last = 0;
    int k = t.skipSpaces(end);
    if (t.at(k) == '-' || t.startsWith(k, "to ") || t.startsWith(k, "and ")) {
      int next = t.at(k) == '-' ? k + 1 : t.wordEnd(k);
      DateNumber d2 = DateNumber.at(t, t.skipSpaces(next));
      if (d2 != null && d2.day() && d2.value() > d.value()) {
        last = d2.value();
        end = d2.end();
      }
    }
    int[] y = r.year(r.skip(end, true));
    int year = y != null ? y[0] : r.yearFor(m, d.value());
    if (year == 0) {
      return null;
    }
    end = y != null ? y[1] : end;
    if (last > 0) {
      String v = Dates.range(Dates.safe(year, m, d.value()), Dates.safe(year, m, last));
      return r.mention(i, end, v, DateKind.RANGE, y == null);
    }
    return r.mention(i, end, Dates.day(year, m, d.value()), DateKind.DAY, y == null);
  }

  /** "début novembre", "mi-octobre", "early November", "в начале ноября", "fin 2024". */
  static DateMention part(Reader r, int i, Match<Word> w) {
    FoldedText t = r.t;
    String part = w.value().value();
    int j = t.skipSpaces(w.end());
    Match<Word> month = r.words.at(t, j, "month");
    if (month != null) {
      int m = month.value().number();
      int[] y = r.year(t.skipSpaces(month.end()));
      int year = y != null ? y[0] : r.yearFor(m, 15);
      int end = y != null ? y[1] : month.end();
      return year == 0
          ? null
          : r.mention(i, end, Dates.monthPart(year, m, part), DateKind.RANGE, y == null);
    }
    int[] y = r.year(j);
    if (y != null) {
      return r.mention(i, y[1], Dates.yearPart(y[0], part), DateKind.RANGE, false);
    }
    return null;
  }

  private static boolean afterPreposition(FoldedText t, int i) {
    int e = t.skipSpacesBack(i);
    int s = t.wordStartBefore(e);
    return s < e && PREPOSITIONS.contains(t.folded(s, e));
  }
}
