package org.vigie.text.date;

import java.time.LocalDate;
import org.vigie.text.date.DateFinder.Reader;
import org.vigie.text.date.DateWords.Word;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.scan.PhraseIndex.Match;

/**
 * Korean dates, written with units on the numbers: 2024년 11월 4일, 11월 4일, 2024년 11월, 11월 초 (early
 * November), 10월 중순, 11월 1~15일, 1~2월, 2024년 말.
 */
final class KoreanDates {

  private KoreanDates() {}

  static DateMention at(Reader r, int i, DateNumber n) {
    return switch (n.unit()) {
      case '년' -> afterYear(r, i, n);
      case '월' -> afterMonth(r, i, n.value(), 0, n.end(), false);
      case '일' -> dayOfThisMonth(r, i, n);
      default -> null;
    };
  }

  /** "국정원은 18일 밝혔다": a bare day is of the publication's month, or the month before. */
  private static DateMention dayOfThisMonth(Reader r, int i, DateNumber d) {
    if (r.pub == null || !d.day() || r.t.digit(r.t.skipSpacesBack(i) - 1)) {
      return null;
    }
    LocalDate month = d.value() > r.pub.getDayOfMonth() ? r.pub.minusMonths(1) : r.pub;
    return dayOf(r, i, i, month);
  }

  private static DateMention afterYear(Reader r, int i, DateNumber y) {
    FoldedText t = r.t;
    if (!y.year()) {
      return null;
    }
    int j = t.skipSpaces(y.end());
    DateNumber m = DateNumber.at(t, j);
    if (m != null && m.unit() == '월' && m.month()) {
      return afterMonth(r, i, m.value(), y.value(), m.end(), true);
    }
    Match<Word> part = r.words.at(t, j, "partafter");
    if (part != null) {
      return r.mention(
          i, part.end(), Dates.yearPart(y.value(), part.value().value()), DateKind.RANGE, false);
    }
    return r.mention(i, y.end(), Integer.toString(y.value()), DateKind.YEAR, false);
  }

  /** After "N월": a day, a day range, a part of the month, or the month alone. */
  static DateMention afterMonth(Reader r, int i, int month, int year, int end, boolean hasYear) {
    FoldedText t = r.t;
    if (month < 1 || month > 12) {
      return null;
    }
    int y = hasYear ? year : r.yearFor(month, 15);
    if (y == 0) {
      return null;
    }
    int j = t.skipSpaces(end);
    DateNumber d = DateNumber.at(t, j);
    if (d != null && d.day() && t.at(d.end()) == '~') {
      DateNumber d2 = DateNumber.at(t, d.end() + 1);
      if (d2 != null && d2.unit() == '일' && d2.day() && d2.value() > d.value()) {
        String v = Dates.range(Dates.safe(y, month, d.value()), Dates.safe(y, month, d2.value()));
        return r.mention(i, d2.end(), v, DateKind.RANGE, !hasYear);
      }
    }
    if (d != null && d.unit() == '일' && d.day()) {
      return r.mention(i, d.end(), Dates.day(y, month, d.value()), DateKind.DAY, !hasYear);
    }
    Match<Word> part = r.words.at(t, j, "partafter");
    if (part != null) {
      String v = Dates.monthPart(y, month, part.value().value());
      return r.mention(i, part.end(), v, DateKind.RANGE, !hasYear);
    }
    return r.mention(i, end, Dates.month(y, month), DateKind.MONTH, !hasYear);
  }

  /** "1~2월": two months. */
  static DateMention monthRange(Reader r, int i, DateNumber a) {
    DateNumber b = DateNumber.at(r.t, a.end() + 1);
    if (b == null || b.unit() != '월' || !a.month() || !b.month() || b.value() <= a.value()) {
      return null;
    }
    int y = r.yearFor(a.value(), 1);
    if (y == 0) {
      return null;
    }
    LocalDate from = LocalDate.of(y, a.value(), 1);
    LocalDate to = Dates.safe(y, b.value(), 31);
    return r.mention(i, b.end(), Dates.range(from, to), DateKind.RANGE, true);
  }

  /** "이달 8일", "지난달 8일", "지난 8일": a day of a month relative to publication. */
  static DateMention dayOf(Reader r, int start, int j, LocalDate month) {
    DateNumber d = DateNumber.at(r.t, j);
    if (d == null || d.unit() != '일' || !d.day()) {
      return null;
    }
    String v = Dates.day(month.getYear(), month.getMonthValue(), d.value());
    return r.mention(start, d.end(), v, DateKind.DAY, true);
  }
}
