package org.vigie.text.date;

import java.util.Set;
import org.vigie.text.date.DateFinder.Reader;
import org.vigie.text.date.DateWords.Word;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.scan.PhraseIndex.Match;

/**
 * Dates that start with a number: 2024-11-04, 04.11.2024 (11/04/2024 in English), 2024.11.04,
 * Korean 2024년 11월 4일, "4 novembre 2024", "1er-15 novembre", "2024 года", "en 2024".
 */
final class Numeric {

  private static final Set<String> RANGE_WORDS =
      Set.of("au", "a", "et", "to", "and", "по", "до", "і", "й", "та", "и");

  private static final Set<String> YEAR_PREPOSITIONS =
      Set.of(
          "en", "in", "since", "depuis", "by", "until", "during", "pendant", "avant", "apres",
          "before", "after", "в", "у", "з", "с", "до", "от", "від", "of", "de", "mid", "early",
          "late");

  private Numeric() {}

  static DateMention at(Reader r, int i) {
    FoldedText t = r.t;
    DateNumber n = DateNumber.at(t, i);
    if (n == null) {
      return null;
    }
    if (n.unit() != 0) {
      return KoreanDates.at(r, i, n);
    }
    DateMention m = iso(r, i, n);
    if (m == null) {
      m = dotted(r, i, n);
    }
    if (m == null && t.at(n.end()) == '~') {
      m = KoreanDates.monthRange(r, i, n);
    }
    if (m == null && n.day() && !groupFollows(t, n)) {
      m = dayRange(r, i, n);
      if (m == null) {
        m = dayMonth(r, i, n);
      }
    }
    if (m == null && n.year()) {
      m = year(r, i, n);
    }
    return m;
  }

  /** "10 000": a digit group follows, so this is a number, not a day. */
  private static boolean groupFollows(FoldedText t, DateNumber n) {
    return (t.at(n.end()) == ' ' || t.at(n.end()) == ',' || t.at(n.end()) == '.')
        && t.digit(n.end() + 1);
  }

  private static DateMention iso(Reader r, int i, DateNumber y) {
    FoldedText t = r.t;
    if (y.digits() != 4 || t.at(y.end()) != '-') {
      return null;
    }
    DateNumber m = DateNumber.at(t, y.end() + 1);
    if (m == null || m.digits() != 2 || t.at(m.end()) != '-') {
      return null;
    }
    DateNumber d = DateNumber.at(t, m.end() + 1);
    if (d == null || d.digits() != 2) {
      return null;
    }
    return r.mention(i, d.end(), Dates.day(y.value(), m.value(), d.value()), DateKind.DAY, false);
  }

  /** 04.11.2024, 04/11/2024 (English: 11/04/2024), 2024.11.04 and 2024. 11. 4. */
  private static DateMention dotted(Reader r, int i, DateNumber a) {
    FoldedText t = r.t;
    char sep = separator(t, a.end());
    if (sep != '.' && sep != '/') {
      return null;
    }
    int j = t.skipSpaces(a.end() + 1);
    DateNumber b = DateNumber.at(t, j);
    if (b == null || b.digits() > 2 || separator(t, b.end()) != sep) {
      return null;
    }
    DateNumber c = DateNumber.at(t, t.skipSpaces(b.end() + 1));
    if (c == null) {
      return null;
    }
    int end = c.end();
    if (a.digits() == 4 && c.digits() <= 2) {
      if (t.at(end) == '.') {
        end++;
      }
      return r.mention(i, end, Dates.day(a.value(), b.value(), c.value()), DateKind.DAY, false);
    }
    if (a.digits() > 2 || c.digits() != 4) {
      return null;
    }
    boolean us = sep == '/' && r.monthFirst;
    int day = us ? b.value() : a.value();
    int month = us ? a.value() : b.value();
    return r.mention(i, end, Dates.day(c.value(), month, day), DateKind.DAY, false);
  }

  /** The folded unit at {@code i}, but a slash only as written: "04／11／2024" is not a date. */
  private static char separator(FoldedText t, int i) {
    char c = t.at(i);
    return c == '/' && t.text.charAt(i) != '/' ? 0 : c;
  }

  /** "du 1er au 15 novembre", "1-15 ноября", "з 1 по 15 листопада 2024 року". */
  private static DateMention dayRange(Reader r, int i, DateNumber a) {
    FoldedText t = r.t;
    int j = t.skipSpaces(a.end());
    if (t.at(j) == '-' || t.at(j) == '~') {
      j = t.skipSpaces(j + 1);
    } else if (t.wordStart(j) && RANGE_WORDS.contains(t.folded(j, t.wordEnd(j)))) {
      j = t.skipSpaces(t.wordEnd(j));
      if (t.startsWith(j, "le ")) {
        j = t.skipSpaces(j + 2);
      }
    } else {
      return null;
    }
    DateNumber b = DateNumber.at(t, j);
    if (b == null || !b.day() || b.value() <= a.value()) {
      return null;
    }
    Match<Word> month = r.words.at(t, t.skipSpaces(b.end()), "month");
    if (month == null) {
      return null;
    }
    int m = month.value().number();
    int[] y = r.year(t.skipSpaces(month.end()));
    int year = y != null ? y[0] : r.yearFor(m, a.value());
    int end = y != null ? y[1] : month.end();
    String value = Dates.range(Dates.safe(year, m, a.value()), Dates.safe(year, m, b.value()));
    return year == 0 ? null : r.mention(i, end, value, DateKind.RANGE, y == null);
  }

  /** "4 novembre 2024", "le 4 novembre", "4 ноября 2024 года", "4 November". */
  private static DateMention dayMonth(Reader r, int i, DateNumber d) {
    FoldedText t = r.t;
    Match<Word> month = r.words.at(t, t.skipSpaces(d.end()), "month");
    if (month == null) {
      return null;
    }
    int m = month.value().number();
    int[] y = r.year(r.skip(month.end(), true));
    int year = y != null ? y[0] : r.yearFor(m, d.value());
    int end = y != null ? y[1] : month.end();
    if (year == 0) {
      return null;
    }
    return r.mention(i, end, Dates.day(year, m, d.value()), DateKind.DAY, y == null);
  }

  /** "2024 года", "2024 р.", and after a preposition: "en 2024", "since 2022", "в 2024". */
  private static DateMention year(Reader r, int i, DateNumber n) {
    FoldedText t = r.t;
    int[] y = r.year(i);
    boolean marked = y != null && y[1] > n.end();
    int before = t.wordStartBefore(t.skipSpacesBack(i));
    boolean preposition =
        before < i && YEAR_PREPOSITIONS.contains(t.folded(before, t.skipSpacesBack(i)));
    if (y == null || !(marked || preposition) || t.digit(t.skipSpaces(y[1]))) {
      return null;
    }
    return r.mention(i, y[1], Integer.toString(y[0]), DateKind.YEAR, false);
  }
}
