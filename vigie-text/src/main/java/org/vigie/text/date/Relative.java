package org.vigie.text.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.vigie.text.date.DateFinder.Reader;
import org.vigie.text.date.DateWords.Word;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.scan.PhraseIndex.Match;

/**
 * Dates relative to the publication: "hier", "yesterday", "вчера"; "la semaine dernière", "last
 * week", "минулого тижня", 지난주 (ISO weeks); "ce mois-ci", 이달; "l'an dernier", 지난해; and weekdays:
 * "lundi" is the last Monday on or before publication, "mardi dernier" and "last Tuesday" the last
 * one before it, "lundi prochain" the next one. Korean "이달 8일", "지난 8일".
 */
final class Relative {

  private Relative() {}

  static DateMention of(Reader r, int i, Match<Word> w) {
    if (r.pub == null) {
      return null;
    }
    String[] unit = w.value().value().split(":");
    int offset = Integer.parseInt(unit[1]);
    LocalDate p = r.pub;
    return switch (unit[0]) {
      case "day" -> r.mention(i, w.end(), p.plusDays(offset).toString(), DateKind.DAY, true);
      case "week" -> r.mention(i, w.end(), Dates.week(p.plusWeeks(offset)), DateKind.WEEK, true);
      case "month" -> month(r, i, w, p.plusMonths(offset));
      default -> r.mention(i, w.end(), Integer.toString(p.getYear() + offset), DateKind.YEAR, true);
    };
  }

  private static DateMention month(Reader r, int i, Match<Word> w, LocalDate month) {
    FoldedText t = r.t;
    int j = t.skipSpaces(w.end());
    DateMention day = KoreanDates.dayOf(r, i, j, month);
    if (day != null) {
      return day;
    }
    Match<Word> part = r.words.at(t, j, "partafter");
    if (part != null) {
      String v = Dates.monthPart(month.getYear(), month.getMonthValue(), part.value().value());
      return r.mention(i, part.end(), v, DateKind.RANGE, true);
    }
    String v = Dates.month(month.getYear(), month.getMonthValue());
    return r.mention(i, w.end(), v, DateKind.MONTH, true);
  }

  /** "last Tuesday", "минулого вівторка", "지난 8일", "오는 15일". */
  static DateMention modified(Reader r, int i, Match<Word> w) {
    if (r.pub == null) {
      return null;
    }
    FoldedText t = r.t;
    int j = t.skipSpaces(w.end());
    int direction = w.value().is("last") ? -1 : 1;
    Match<Word> day = r.words.at(t, j, "weekday");
    if (day != null) {
      DateMention m = weekday(r, j, day, direction);
      return m == null ? null : r.mention(i, m.end(), m.value(), DateKind.DAY, true);
    }
    LocalDate month = r.pub;
    DateNumber n = DateNumber.at(t, j);
    if (n != null && n.unit() == '일' && n.day()) {
      boolean past = direction < 0;
      if (past && n.value() > r.pub.getDayOfMonth()) {
        month = r.pub.minusMonths(1);
      } else if (!past && n.value() < r.pub.getDayOfMonth()) {
        month = r.pub.plusMonths(1);
      }
      return KoreanDates.dayOf(r, i, j, month);
    }
    return null;
  }

  /** A weekday; {@code direction} -1 before publication, 1 after, 0 on or before. */
  static DateMention weekday(Reader r, int i, Match<Word> w, int direction) {
    if (r.pub == null) {
      return null;
    }
    FoldedText t = r.t;
    int dir = direction;
    int end = w.end();
    if (dir == 0) {
      Match<Word> after = r.words.at(t, t.skipSpaces(end));
      if (after != null && (after.value().is("last") || after.value().is("next"))) {
        dir = after.value().is("last") ? -1 : 1;
        end = after.end();
      }
    }
    DayOfWeek d = DayOfWeek.of(w.value().number());
    LocalDate date =
        switch (dir) {
          case -1 -> r.pub.with(TemporalAdjusters.previous(d));
          case 1 -> r.pub.with(TemporalAdjusters.next(d));
          default -> r.pub.with(TemporalAdjusters.previousOrSame(d));
        };
    return r.mention(i, end, date.toString(), DateKind.DAY, true);
  }
}
