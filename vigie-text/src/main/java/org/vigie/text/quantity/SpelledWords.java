package org.vigie.text.quantity;

import java.util.List;
import org.vigie.text.scan.Fold;
import org.vigie.text.scan.Lexicon.Row;
import org.vigie.text.scan.QuantityPhrases;

/**
 * The words that spell a number ("trois", "thousand", "тысяча", "dozens of"): number words with
 * their flags, vague magnitudes, approximations, fractions, halves, the quantifiers before a
 * magnitude ("plusieurs milliers") and the connectors inside a spelled number ("and" in "one
 * hundred and five"). Read by the scanner and the spelled-number stages.
 */
final class SpelledWords {

  /** A vague quantifier before a magnitude: "plusieurs" milliers is 3 to 9 thousand. */
  record Quantifier(double low, double high, double lowForTens, boolean exclusiveHigh) {}

  final QuantityPhrases<Word> numbers = new QuantityPhrases<>();

  /** The first word (letters only) of every phrase in {@link #numbers}. */
  final WordSet numberStarts = new WordSet();

  final QuantityPhrases<Quantifier> quantifiers = new QuantityPhrases<>();
  final QuantityPhrases<Double> halves = new QuantityPhrases<>();
  final QuantityPhrases<Boolean> connectors = new QuantityPhrases<>();

  /** Adds a form of a lexicon section of these words; false for a section of another class. */
  boolean add(String section, String form, Row row) {
    switch (section) {
      case "number" -> {
        numberStarts.add(firstWord(form));
        numbers.put(form, numberWord(row));
      }
      case "vague" -> {
        numberStarts.add(firstWord(form));
        numbers.put(
            form, Word.of(Word.Kind.VAGUE, row.number(1), flags(row.column(2), row.where())));
      }
      case "approx" -> {
        numberStarts.add(firstWord(form));
        numbers.put(
            form,
            new Word(
                Word.Kind.APPROX,
                row.number(1),
                row.number(2),
                row.number(3),
                flags(row.column(4), row.where())));
      }
      case "fraction" -> {
        numberStarts.add(firstWord(form));
        numbers.put(
            form, Word.of(Word.Kind.FRACTION, row.number(1), flags(row.column(2), row.where())));
      }
      case "half" -> halves.put(form, row.number(1));
      case "quantifier" -> quantifiers.put(form, quantifier(row.column(1)));
      case "connector" -> connectors.put(form, true);
      default -> {
        return false;
      }
    }
    return true;
  }

  void freeze() {
    for (QuantityPhrases<?> trie : List.of(numbers, quantifiers, halves, connectors)) {
      trie.freeze();
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

  private static Word numberWord(Row row) {
    Word.Kind kind = Word.Kind.valueOf(row.column(1).toUpperCase(java.util.Locale.ROOT));
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
