package org.vigie.text.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits a text into sentences with ICU's sentence rules and its abbreviation lists ({@code
 * fr@ss=standard} keeps "M. Kim" whole), plus the military ranks news writes before names ("Gen.
 * Ryder", "gén. Ryder", "ген. Герасимов"). Line breaks end sentences, so a headline is one; blank
 * lines join the sentence before. Thread-safe.
 */
public final class Segmenter {

  private static final Map<String, Segmenter> CACHE = new ConcurrentHashMap<>();

  private static final List<String> RANKS =
      List.of(
          "Gen.",
          "Lt.",
          "Col.",
          "Maj.",
          "Adm.",
          "Sgt.",
          "Capt.",
          "Cmdr.",
          "Brig.",
          "Rep.",
          "Sen.",
          "Gov.",
          "Amb.",
          "gén.",
          "Gén.",
          "col.",
          "lt.",
          "adm.",
          "ген.",
          "Ген.",
          "полк.",
          "подп.",
          "генерал-лейт.",
          "ст.",
          "No.",
          "Nos.",
          "Jr.",
          "St.");

  /** Abbreviations a number often follows: "art. 12", "fig. 3", "тыс. 5". */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "art", "vol", "fig", "chap", "env", "tel", "min", "max", "approx", "nos", "sect", "ст",
          "стр", "рис", "гг", "тыс", "млн", "млрд", "січ", "лют", "янв", "фев", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "févr", "avr",
          "juil", "déc");

  private final BreakIterator prototype;
  private final ThreadLocal<BreakIterator> perThread;

  private Segmenter(String lang) {
    ULocale locale = new ULocale(baseLanguage(lang) + "@ss=standard");
    FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(locale);
    for (String rank : RANKS) {
      builder.suppressBreakAfter(rank);
    }
    this.prototype = builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
    this.perThread = ThreadLocal.withInitial(() -> (BreakIterator) prototype.clone());
  }

  /** The segmenter for a language (BCP 47; unknown or null languages use the root rules). */
  public static Segmenter of(String lang) {
    return CACHE.computeIfAbsent(baseLanguage(lang), Segmenter::new);
  }

  private static String baseLanguage(String lang) {
    if (lang == null || lang.isBlank()) {
      return "und";
    }
    int dash = lang.indexOf('-');
    return dash > 0 ? lang.substring(0, dash) : lang;
  }

  /** The sentences of {@code text}, in order, covering it without gaps (spaces included). */
  public List<Span> sentences(String text) {
    List<Span> out = new ArrayList<>();
    sentences(text, 0, text.length(), out);
    return out;
  }

  /**
   * Adds the sentences of {@code text[from, to)} to {@code out}, with offsets into the whole text.
   * Sentences never cross a line break, so segmenting paragraph by paragraph gives the same
   * sentences as segmenting the whole text.
   */
  public void sentences(String text, int from, int to, List<Span> out) {
    BreakIterator it = perThread.get();
    it.setText(new StringCharacterIterator(text, from, to, from));
    int first = out.size();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      if (out.size() > first && isBlank(text, start, end)) {
        out.set(out.size() - 1, new Span(out.get(out.size() - 1).start(), end));
      } else {
        splitBeforeNumbers(text, start, end, out);
      }
    }
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Unicode's rules keep "...en Russie. 1 500 autres sont arrivés." as one sentence, because a
   * lower-case word follows the number; news often starts sentences with a figure, so a full stop
   * after a word of three letters or more, then a space and a digit, ends a sentence here.
   */
  private static void splitBeforeNumbers(String text, int start, int end, List<Span> out) {
    int from = start;
    for (int i = start + 3; i + 2 < end; i++) {
      if (text.charAt(i) == '.'
          && text.charAt(i + 1) == ' '
          && Character.isDigit(text.charAt(i + 2))
          && wordBefore(text, i) >= 3
          && !ABBREVIATIONS.contains(
              text.substring(i - wordBefore(text, i), i).toLowerCase(Locale.ROOT))) {
        out.add(new Span(from, i + 2));
        from = i + 2;
      }
    }
    out.add(new Span(from, end));
  }

  private static int wordBefore(String text, int dot) {
    int n = 0;
    while (dot - n - 1 >= 0 && Character.isLetter(text.charAt(dot - n - 1))) {
      n++;
    }
    return n;
  }
}
