package org.vigie.text.quantity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.vigie.text.lang.LanguagePack;
import org.vigie.text.lang.LanguagePacks;
import org.vigie.text.scan.Fold;
import org.vigie.text.scan.Lexicon;
import org.vigie.text.scan.Lexicon.Row;

/**
 * Every lexicon of every supported language merged into lookup tables, with one language first: the
 * language of the document. Words are matched by their own script, so a French document is read
 * with the French and English lexicons and a Russian one with the Russian and Ukrainian ones (a
 * Cyrillic quotation in a French text still finds its numbers). Where two languages of one script
 * spell a word alike, the first language's meaning wins: "sept" is 7 in French and the month in
 * English, "cents" is hundreds in French and money in English.
 *
 * <p>The tables are grouped by what they tell, each group a class of its own that knows its lexicon
 * sections: {@link SpelledWords}, {@link KoreanWords}, {@link HedgeWords}, {@link RangeWords},
 * {@link CalendarWords}, {@link NotQuantityWords}, {@link SubjectWords} and {@link UnitLexicon}.
 * They are built here together because a form that an earlier language has, in any section, is not
 * read again from a later one.
 */
final class Rules {

  /** The languages with lexicons, each in its pack's {@link LanguagePack#quantityLexicon()}. */
  static final List<String> LANGUAGES = LanguagePacks.TAGS;

  /** The units of every pack, and the ones written alike in every language next to this class. */
  private static final String UNITS = "units.tsv";

  private static final Map<String, Rules> CACHE = new ConcurrentHashMap<>();

  final String primary;

  /** The pack of {@link #primary}. */
  final LanguagePack pack;

  final boolean commaDecimal;

  final SpelledWords spelled = new SpelledWords();
  final KoreanWords korean = new KoreanWords();
  final HedgeWords hedges = new HedgeWords();
  final RangeWords ranges = new RangeWords();
  final CalendarWords calendar = new CalendarWords();
  final NotQuantityWords notQuantity = new NotQuantityWords();
  final SubjectWords subject = new SubjectWords();
  final UnitLexicon units = new UnitLexicon();

  private Rules(String primary) {
    this.primary = primary;
    this.pack = LanguagePacks.of(primary);
    this.commaDecimal = pack.commaDecimal();
  }

  /** The rules for a document in {@code lang} (one of {@link #LANGUAGES}). */
  static Rules forLanguage(String lang) {
    String key = LANGUAGES.contains(lang) ? lang : "en";
    return CACHE.computeIfAbsent(key, Rules::build);
  }

  private static Rules build(String primary) {
    Rules rules = new Rules(primary);
    List<String> order = new ArrayList<>();
    order.add(primary);
    LANGUAGES.stream().filter(l -> !l.equals(primary)).forEach(order::add);
    Lexicon sharedUnits = Lexicon.resource(Rules.class, UNITS);
    // the units written alike in every language are no language's own: no particle joins them
    rules.units.addUnits(sharedUnits, Set.of(), false);
    Set<String> seen = new HashSet<>();
    for (String lang : order) {
      LanguagePack pack = LanguagePacks.of(lang);
      Lexicon file = Lexicon.resource(Rules.class, pack.quantityLexicon());
      Lexicon packUnits = Lexicon.resource(Rules.class, pack.resource(UNITS));
      rules.addLanguage(file, seen);
      rules.units.addUnits(packUnits, seen, pack.particlesJoinWords());
      file.allRows().forEach(row -> seen.addAll(folded(row.forms(0))));
      packUnits.allRows().forEach(row -> seen.addAll(folded(row.forms(0))));
    }
    rules.freeze();
    return rules;
  }

  private void freeze() {
    spelled.freeze();
    korean.freeze();
    hedges.freeze();
    ranges.freeze();
    calendar.freeze();
    notQuantity.freeze();
    subject.freeze();
    units.freeze();
  }

  private void addLanguage(Lexicon file, Set<String> seen) {
    for (String section : file.sections()) {
      for (Row row : file.rows(section)) {
        for (String form : row.forms(0)) {
          if (!seen.contains(Fold.of(form))) {
            add(section, form, row);
          }
        }
      }
    }
  }

  /** Gives a form to the one group that reads its section. */
  private void add(String section, String form, Row row) {
    boolean read =
        spelled.add(section, form, row)
            || korean.add(section, form, row)
            || hedges.add(section, form, row)
            || ranges.add(section, form, row)
            || calendar.add(section, form, row)
            || notQuantity.add(section, form, row)
            || subject.add(section, form, row)
            || units.add(section, form);
    if (!read) {
      throw new IllegalStateException("unknown lexicon section [" + section + "]");
    }
  }

  private static List<String> folded(List<String> forms) {
    return forms.stream().map(Fold::of).toList();
  }
}
