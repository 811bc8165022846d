package org.vigie.text.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigie.text.date.DateWords.Word;
import org.vigie.text.lang.LanguagePacks;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.scan.PhraseIndex.Match;

/**
 * Finds dates in a text and normalises them: absolute ones ("4 novembre 2024", "November 4, 2024",
 * "4 ноября 2024 года", "2024년 11월 4일", "04.11.2024", "2024-11-04"), parts of months and years
 * ("mi-octobre", "early November", "в начале ноября", "11월 초", "fin 2024"), ranges ("du 1er au 15
 * novembre"), and relative ones resolved against the publication date ("hier", "mardi dernier",
 * "last week", "в понедельник", "지난주", "이달 8일"). A day and month without a year take the year that
 * puts them nearest the publication, the past preferred. Without a publication date, relative and
 * year-less dates are left out. Thread-safe.
 */
public final class DateFinder {

  private final DateWords words = DateWords.builtIn();

  private static final class Holder {
    static final DateFinder BUILT_IN = new DateFinder();
  }

  public static DateFinder builtIn() {
    return Holder.BUILT_IN;
  }

  /** The dates of {@code text}, in order. */
  public List<DateMention> find(String text, String lang, LocalDate publication) {
    return find(FoldedText.of(text), lang, publication);
  }

  /** The same, on a text already folded. */
  public List<DateMention> find(FoldedText t, String lang, LocalDate publication) {
    Reader r = new Reader(t, words, LanguagePacks.of(lang).monthFirst(), publication);
    List<DateMention> out = new ArrayList<>();
    int i = 0;
    while (i < t.length) {
      if (t.alnum(i) && !t.alnum(i - 1)) {
        DateMention m = r.at(i);
        if (m != null) {
          out.add(m);
          i = m.end();
          continue;
        }
        i = t.wordEnd(i);
      } else {
        i++;
      }
    }
    return out;
  }

  /** One reading pass: the matchers, tried at a word start from the most to the least precise. */
  static final class Reader {
    final FoldedText t;
    final DateWords words;
    final boolean monthFirst;
    final LocalDate pub;

    Reader(FoldedText t, DateWords words, boolean monthFirst, LocalDate pub) {
      this.t = t;
      this.words = words;
      this.monthFirst = monthFirst;
      this.pub = pub;
    }

    DateMention at(int i) {
      if (t.digit(i)) {
        return Numeric.at(this, i);
      }
      Match<Word> w = words.at(t, i);
      if (w == null) {
        return null;
      }
      return switch (w.value().kind()) {
        case "part" -> Named.part(this, i, w);
        case "month" -> Named.month(this, i, w);
        case "weekday" -> Relative.weekday(this, i, w, 0);
        case "last", "next" -> Relative.modified(this, i, w);
        case "relative" -> Relative.of(this, i, w);
        default -> null;
      };
    }

    DateMention mention(int start, int end, String value, DateKind kind, boolean relative) {
      if (value == null) {
        return null;
      }
      return new DateMention(start, end, t.text.substring(start, end), value, kind, relative);
    }

    /** The offset after spaces and, when {@code comma}, one comma. */
    int skip(int i, boolean comma) {
      int j = t.skipSpaces(i);
      if (comma && t.at(j) == ',') {
        j = t.skipSpaces(j + 1);
      }
      return j;
    }

    /** A year ("2024", "2024 года") at {@code i}: its value and end, or null. */
    int[] year(int i) {
      DateNumber n = DateNumber.at(t, i);
      if (n == null || !n.year() || n.unit() != 0 && n.unit() != '년') {
        return null;
      }
      int end = n.end();
      Match<Word> yw = words.at(t, t.skipSpaces(end), "yearword");
      if (n.unit() == 0 && yw != null) {
        end = yw.end();
      }
      return new int[] {n.value(), end};
    }

    /** The year a day and month without one most likely belong to, or 0 without a publication. */
    int yearFor(int month, int day) {
      if (pub == null) {
        return 0;
      }
      int best = 0;
      long bestCost = Long.MAX_VALUE;
      for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
        LocalDate d = Dates.safe(y, month, Math.min(day, 28));
        long days = d.toEpochDay() - pub.toEpochDay();
        long cost = days > 0 ? 2 * days : -days;
        if (cost < bestCost) {
          bestCost = cost;
          best = y;
        }
      }
      return best;
    }
  }
}
