package org.vigie.text.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.segment.Span;

/**
 * The date a figure describes.
 *
 * @param value an ISO 8601 value as in {@link DateMention#value()}, or null when there is no
 *     publication date and the text states none
 * @param kind its precision, or null with no value
 * @param basis how it was found
 */
public record AsOf(String value, DateKind kind, Basis basis) {

  /** How the date was found. */
  public enum Basis {
    /** The text says the figure describes this date: "as of early November", "au 4 novembre". */
    STATED,
    /** The day the figure was stated: "a déclaré mercredi", "said on Monday". */
    STATEMENT,
    /** Nothing in the sentence: the publication date. */
    PUBLICATION;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final int NEAR = 4;

  /**
   * Picks the date a figure is about: a date its sentence marks as the figure's ("as of", "au", "по
   * состоянию на", "станом на", 기준, 현재), else the day a reporting verb next to a date was said on
   * ("a déclaré mercredi"), else the publication date. Targets are never the figure's date ("plans
   * to send 10,000 by December", "d'ici décembre", "до конца года", 까지).
   *
   * @param frames where the reporting frames of the figure's attribution are (may be empty)
   */
  public static AsOf of(
      FoldedText t,
      Span quantity,
      Span sentence,
      List<DateMention> dates,
      LocalDate publication,
      List<Span> frames) {
    DateWords words = DateWords.builtIn();
    DateMention stated = null;
    DateMention statement = null;
    // Dates come by start: only those of the sentence are looked at, so that a long text with
    // many figures and dates costs a search per figure rather than a pass over every date.
    for (int i = firstAtOrAfter(dates, sentence.start()); i < dates.size(); i++) {
      DateMention d = dates.get(i);
      if (d.start() >= sentence.end()) {
        break;
      }
      if (d.end() > sentence.end()) {
        continue;
      }
      if (words.before(t, d.start(), "target") != null || isSince(t, d)) {
        continue;
      }
      boolean marked =
          words.before(t, d.start(), "asof") != null
              || words.at(t, t.skipSpaces(d.end()), "asofafter") != null;
      if (marked && (stated == null || closer(d, stated, quantity))) {
        stated = d;
      } else if (!marked && d.kind() == DateKind.DAY && nextToFrame(t, d, frames)) {
        statement = statement == null ? d : statement;
      }
    }
    if (stated != null) {
      return new AsOf(stated.value(), stated.kind(), Basis.STATED);
    }
    if (statement != null) {
      return new AsOf(statement.value(), statement.kind(), Basis.STATEMENT);
    }
    return publication == null
        ? new AsOf(null, null, Basis.PUBLICATION)
        : new AsOf(publication.toString(), DateKind.DAY, Basis.PUBLICATION);
  }

  /** The same for a text not yet folded, without frames (no statement dates). */
  public static AsOf of(
      String text, Span quantity, Span sentence, List<DateMention> dates, LocalDate publication) {
    return of(FoldedText.of(text), quantity, sentence, dates, publication, List.of());
  }

  /** The index of the first date starting at or after {@code offset}, in dates sorted by start. */
  private static int firstAtOrAfter(List<DateMention> dates, int offset) {
    int lo = 0;
    int hi = dates.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (dates.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean closer(DateMention a, DateMention b, Span q) {
    return Math.abs(a.start() - q.start()) < Math.abs(b.start() - q.start());
  }

  /** "since October 8", "depuis le 8 octobre", "с 8 октября", "8일부터": a start, not a state. */
  private static boolean isSince(FoldedText t, DateMention d) {
    int e = t.skipSpacesBack(d.start());
    int s = t.wordStartBefore(e);
    String w = s < e ? t.folded(s, e) : "";
    if (w.equals("le") || w.equals("du")) {
      int e2 = t.skipSpacesBack(s);
      w = t.folded(t.wordStartBefore(e2), e2);
    }
    return switch (w) {
      case "since", "depuis", "from", "с", "со", "з", "від", "starting" -> true;
      default -> t.startsWith(d.end(), "부터") || t.startsWith(d.end(), "이후");
    };
  }

  /** "a déclaré mercredi", "said on Monday", "국정원은 18일 밝혔다": a date next to a verb. */
  private static boolean nextToFrame(FoldedText t, DateMention d, List<Span> frames) {
    for (Span f : frames) {
      int gapAfter = d.start() - f.end();
      int gapBefore = f.start() - d.end();
      if (gapAfter >= 0 && onlyLinkWords(t, f.end(), d.start())
          || gapBefore >= 0 && gapBefore <= NEAR) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyLinkWords(FoldedText t, int from, int to) {
    String gap = t.folded(from, to).strip();
    return gap.isEmpty()
        || gap.equals("on")
        || gap.equals("в")
        || gap.equals("во")
        || gap.equals("у")
        || gap.equals("ce")
        || gap.equals("le");
  }
}
