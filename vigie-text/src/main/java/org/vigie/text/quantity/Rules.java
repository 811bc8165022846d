package org.vigie.text.quantity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 */
final class Rules {

  /**
   * The unit at {@code p}. A Korean unit is glued to its particle ("명이", "발과"): the rest of the
   * word must be a particle, so that "분" (minutes) is not found in "분량".
   */
  PhraseTrie.Match<UnitWord> unitAt(TextView t, int p) {
    PhraseTrie.Match<UnitWord> m = units.longestAt(t, p);
    if (m == null
        || !TextView.hangul(t.at(m.end() - 1))
        || !t.letter(m.end())
        || m.value().kind() == UnitWord.Kind.COUNTER) {
      return m;
    }
    PhraseTrie.Match<Boolean> particle = particles.longestAt(t, m.end());
    return particle != null && !t.letter(particle.end()) ? m : null;
  }

  /** The languages with lexicons, each in its pack's {@link LanguagePack#quantityLexicon()}. */
  static final List<String> LANGUAGES = LanguagePacks.TAGS;

  /** A vague quantifier before a magnitude: "plusieurs" milliers is 3 to 9 thousand. */
  record Quantifier(double low, double high, double lowForTens, boolean exclusiveHigh) {}

  /** What a word does in a range: "entre" opens one that "et" closes, "à" joins two numbers. */
  enum RangeRole {
    /** "entre", "between", "между": closed by an AND. */
    BETWEEN,
    /** "from", "de", "от", "від": may be closed by an UNTIL. */
    FROM,
    /** "to", "à", "-", "~", "에서": joins two numbers. */
    TO,
    /** "до", "au": joins two numbers only after a FROM. */
    UNTIL,
    /** "and", "et", "и": joins two numbers only after a BETWEEN. */
    AND,
    /** "one in three", "un sur trois", "1 из 3": a share. */
    OUT_OF,
    /** "by" ("rose by 5% to 10%"): the two numbers are not a range. */
    NONE
  }

  private static final Map<String, Rules> CACHE = new ConcurrentHashMap<>();

  final String primary;

  /** The pack of {@link #primary}. */
  final LanguagePack pack;

  final boolean commaDecimal;
  final PhraseTrie<Word> numbers = new PhraseTrie<>();

  /** The first word (letters only) of every phrase in {@link #numbers}. */
  final WordSet numberStarts = new WordSet();

  final PhraseTrie<Quantifier> quantifiers = new PhraseTrie<>();
  final PhraseTrie<Hedge> before = new PhraseTrie<>();
  final PhraseTrie<Hedge> after = new PhraseTrie<>();
  final PhraseTrie<RangeRole> ranges = new PhraseTrie<>();
  final PhraseTrie<String> perAfter = new PhraseTrie<>();
  final PhraseTrie<String> perBefore = new PhraseTrie<>();
  final PhraseTrie<Boolean> months = new PhraseTrie<>();
  final PhraseTrie<Boolean> refs = new PhraseTrie<>();
  final PhraseTrie<Boolean> yearBefore = new PhraseTrie<>();
  final PhraseTrie<Boolean> yearAfter = new PhraseTrie<>();
  final PhraseTrie<Boolean> stops = new PhraseTrie<>();
  final PhraseTrie<Boolean> adjectives = new PhraseTrie<>();
  final PhraseTrie<Boolean> ordinalSuffixes = new PhraseTrie<>();

  /** A time after a number; false when it needs a word of {@link #clockBefore} before it. */
  final PhraseTrie<Boolean> timeSuffixes = new PhraseTrie<>();

  /** A preposition that makes "9 heures", "9 годині", "9 часов" a time of day: "à", "о", "в". */
  final PhraseTrie<Boolean> clockBefore = new PhraseTrie<>();

  /** A name that holds a number: "38 North", "Group of Seven". */
  final PhraseTrie<Boolean> names = new PhraseTrie<>();

  /** A weapon family whose models are numbered: "Leopard 2", "Hwasong 17", "Shahed 136". */
  final PhraseTrie<Boolean> models = new PhraseTrie<>();

  final PhraseTrie<Boolean> pronounBefore = new PhraseTrie<>();
  final PhraseTrie<Boolean> connectors = new PhraseTrie<>();
  final PhraseTrie<Boolean> particles = new PhraseTrie<>();
  final PhraseTrie<Boolean> linkers = new PhraseTrie<>();
  final PhraseTrie<Boolean> determiners = new PhraseTrie<>();
  final PhraseTrie<Boolean> weapons = new PhraseTrie<>();
  final PhraseTrie<Boolean> streets = new PhraseTrie<>();
  final PhraseTrie<Boolean> changes = new PhraseTrie<>();
  final PhraseTrie<Double> halves = new PhraseTrie<>();
  final PhraseTrie<Boolean> gaps = new PhraseTrie<>();
  final PhraseTrie<Boolean> both = new PhraseTrie<>();
  final PhraseTrie<Double> koreanNative = new PhraseTrie<>();
  final Map<Character, Double> koreanSino = new java.util.HashMap<>();
  final PhraseTrie<UnitWord> units = new PhraseTrie<>();
  final PhraseTrie<UnitWord> currencyBefore = new PhraseTrie<>();

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
    Lexicon unitFile = Lexicon.resource(Rules.class, "units.tsv");
    rules.addUnits(unitFile, "*", Set.of());
    Set<String> seen = new HashSet<>();
    for (String lang : order) {
      Lexicon file = Lexicon.resource(Rules.class, LanguagePacks.of(lang).quantityLexicon());
      rules.addLanguage(file, seen);
      rules.addUnits(unitFile, lang, seen);
      file.allRows().forEach(row -> seen.addAll(folded(row.forms(0))));
      unitFile.allRows().stream()
          .filter(row -> langs(row).contains(lang))
          .forEach(row -> seen.addAll(folded(row.forms(0))));
    }
    rules.freeze();
    return rules;
  }

  private void freeze() {
    for (PhraseTrie<?> trie :
        List.of(
            numbers,
            quantifiers,
            before,
            after,
            ranges,
            perAfter,
            perBefore,
            months,
            refs,
            yearBefore,
            yearAfter,
            stops,
            adjectives,
            ordinalSuffixes,
            timeSuffixes,
            clockBefore,
            names,
            models,
            pronounBefore,
            connectors,
            particles,
            linkers,
            determiners,
            weapons,
            streets,
            changes,
            halves,
            gaps,
            both,
            koreanNative,
            units,
            currencyBefore)) {
      trie.freeze();
    }
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

  private void add(String section, String form, Row row) {
    if (section.equals("number")
        || section.equals("vague")
        || section.equals("approx")
        || section.equals("fraction")) {
      numberStarts.add(firstWord(form));
    }
    switch (section) {
      case "number" -> numbers.put(form, numberWord(row));
      case "vague" ->
          numbers.put(
              form, Word.of(Word.Kind.VAGUE, row.number(1), flags(row.column(2), row.where())));
      case "half" -> halves.put(form, row.number(1));
      case "gap" -> gaps.put(form, true);
      case "both" -> both.put(form, true);
      case "approx" ->
          numbers.put(
              form,
              new Word(
                  Word.Kind.APPROX,
                  row.number(1),
                  row.number(2),
                  row.number(3),
                  flags(row.column(4), row.where())));
      case "fraction" ->
          numbers.put(
              form, Word.of(Word.Kind.FRACTION, row.number(1), flags(row.column(2), row.where())));
      case "quantifier" -> quantifiers.put(form, quantifier(row.column(1)));
      case "modifier" -> {
        Hedge hedge = Hedge.valueOf(row.column(2).toUpperCase(Locale.ROOT));
        boolean glued =
            Character.UnicodeBlock.of(form.charAt(0)) == Character.UnicodeBlock.HANGUL_SYLLABLES;
        (row.column(1).equals("after") ? after : before).put(form, hedge, glued);
      }
      case "range" -> ranges.put(form, RangeRole.valueOf(row.column(1).toUpperCase(Locale.ROOT)));
      case "per" ->
          (row.column(2).equals("before") ? perBefore : perAfter).put(form, row.column(1));
      case "month" -> months.put(form, true);
      case "ref" -> refs.put(form, true);
      case "year" ->
          (row.column(1).equals("after") ? yearAfter : yearBefore)
              .put(form, row.column(2).equals("strong"));
      case "stop" -> stops.put(form, true);
      case "adjective" -> adjectives.put(form, true);
      case "ordinal" -> ordinalSuffixes.put(form, true, true);
      case "time" -> timeSuffixes.put(form, !row.column(1).strip().equals("clock"));
      case "clock" -> clockBefore.put(form, true);
      case "model" -> models.put(form, true);
      case "name" -> names.put(form, true, TextView.hangul(form.charAt(form.length() - 1)));
      case "pronoun" -> pronounBefore.put(form, true);
      case "connector" -> connectors.put(form, true);
      case "particle" -> particles.put(form, true, true);
      case "linker" -> linkers.put(form, true);
      case "determiner" -> determiners.put(form, true);
      case "weapon" -> weapons.put(form, true, true);
      case "street" -> streets.put(form, row.column(1).equals("cap"));
      case "change" -> changes.put(form, true, true);
      case "native" -> koreanNative.put(form, row.number(1), true);
      case "sino" -> koreanSino.put(form.charAt(0), row.number(1));
      default -> throw new IllegalStateException("unknown lexicon section [" + section + "]");
    }
  }

  private void addUnits(Lexicon file, String lang, Set<String> seen) {
    boolean particlesJoinWords = LanguagePacks.of(lang).particlesJoinWords();
    for (Row row : file.rows("unit")) {
      if (!langs(row).contains(lang)) {
        continue;
      }
      UnitWord.Kind kind = UnitWord.Kind.valueOf(row.column(2).toUpperCase(Locale.ROOT));
      UnitWord unit = new UnitWord(row.column(1), kind);
      for (String form : row.forms(0)) {
        if (!seen.contains(Fold.of(form)) && !units.contains(form)) {
          units.put(form, unit, kind == UnitWord.Kind.COUNTER || particlesJoinWords);
        }
      }
    }
    for (Row row : file.rows("currency-before")) {
      if (langs(row).contains(lang)) {
        UnitWord unit = new UnitWord(row.column(1), UnitWord.Kind.CURRENCY);
        row.forms(0).forEach(form -> currencyBefore.put(form, unit));
      }
    }
  }

  /** The letters a phrase starts with, as the scanner cuts words ("п'ять" starts with "п"). */
  private static String firstWord(String form) {
    String f = Fold.of(form);
    int end = 0;
    while (end < f.length() && Fold.kind(f.charAt(end)) == Fold.LETTER) {
      end++;
    }
    return f.substring(0, end);
  }

  private static List<String> langs(Row row) {
    String s = row.column(3);
    return s.isEmpty() ? List.of("*") : List.of(s.split(","));
  }

  private static List<String> folded(List<String> forms) {
    return forms.stream().map(Fold::of).toList();
  }

  private static Word numberWord(Row row) {
    Word.Kind kind = Word.Kind.valueOf(row.column(1).toUpperCase(Locale.ROOT));
    return Word.of(kind, row.number(2), flags(row.column(3), row.where()));
  }

  private static int flags(String column, String where) {
    int flags = 0;
    for (String f : column.split(",")) {
      flags |=
          switch (f.strip()) {
            case "plural" -> Word.PLURAL;
            case "gensg" -> Word.GENITIVE_SINGULAR;
            case "abbrev" -> Word.NEEDS_NUMBER | Word.ABBREVIATION;
            case "numerator", "number" -> Word.NEEDS_NUMBER;
            case "bare" -> Word.BARE;
            case "dozen" -> Word.DOZEN;
            case "times" -> Word.TIMES;
            case "both" -> Word.BOTH;
            case "pronoun" -> Word.PRONOUN_LIKE;
            case "modifier" -> Word.AFTER_MODIFIER;
            case "follower" -> Word.NEEDS_FOLLOWER;
            case "" -> 0;
            default -> throw new IllegalStateException(where + ": flag " + f);
          };
    }
    return flags;
  }

  private static Quantifier quantifier(String kind) {
    return switch (kind) {
      case "bare" -> new Quantifier(2, 10, 2, true);
      case "few" -> new Quantifier(2, 5, 2, false);
      case "several" -> new Quantifier(3, 9, 2, false);
      default -> throw new IllegalStateException("unknown quantifier kind " + kind);
    };
  }
}
