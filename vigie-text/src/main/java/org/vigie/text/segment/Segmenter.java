package org.vigie.text.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  private final BreakIterator prototype;

  private Segmenter(String lang) {
    ULocale locale = new ULocale(baseLanguage(lang) + "@ss=standard");
    FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(locale);
    for (String rank : RANKS) {
      builder.suppressBreakAfter(rank);
    }
    this.prototype = builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
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
    BreakIterator it = (BreakIterator) prototype.clone();
    it.setText(text);
    List<Span> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      if (!out.isEmpty() && text.substring(start, end).isBlank()) {
        out.set(out.size() - 1, new Span(out.get(out.size() - 1).start(), end));
      } else {
        out.add(new Span(start, end));
      }
    }
    return out;
  }
}
