package org.vigie.text.quantity;

import org.vigie.text.quantity.PhraseTrie.Match;
import org.vigie.text.quantity.Word.Kind;

/**
 * Reads numbers written in words, in any of the lexicons: cardinals ("trois mille", "quatre-vingt
 * dix-neuf", "twenty-eight thousand", "одиннадцать тысяч", "трёх тысячах", "1,5 million" after the
 * digits), and hands vague plurals, approximate nouns and fractions to {@link VagueWords}.
 */
final class SpelledNumbers {

  private enum Rank {
    NONE,
    UNIT,
    TEEN,
    TENS,
    HUNDREDS
  }

  private SpelledNumbers() {}

  /** The number starting with the word {@code first} at {@code i}, or null. */
  static Atom read(TextView t, Rules rules, Match<Word> first) {
    Word w = first.value();
    if (!w.cardinal()) {
      return VagueWords.read(t, rules, first);
    }
    boolean magnitude = w.kind() == Kind.SCALE || w.kind() == Kind.HUNDRED;
    if (magnitude
        && !w.has(Word.ABBREVIATION)
        && rules.quantifiers.longestBefore(t, t.skipSpaceBack(first.start())) != null) {
      return VagueWords.read(t, rules, first);
    }
    if (w.kind() == Kind.SCALE
        && (w.has(Word.PLURAL) || w.has(Word.GENITIVE_SINGULAR))
        && !w.has(Word.NEEDS_NUMBER)) {
      return VagueWords.read(t, rules, first);
    }
    if (w.has(Word.NEEDS_NUMBER)) {
      return null;
    }
    return cardinal(t, rules, first);
  }

  private static Atom cardinal(TextView t, Rules rules, Match<Word> first) {
    double total = 0;
    double seg = 0;
    double lastScale = Double.POSITIVE_INFINITY;
    Rank rank = Rank.NONE;
    boolean one = false;
    int words = 0;
    int end = first.start();
    Match<Word> m = first;
    while (m != null) {
      Word w = m.value();
      if (w.kind() == Kind.APPROX && words > 0) {
        if (one && words == 1 && total == 0) {
          return VagueWords.approx(t, rules, m, first.start());
        }
        if (!one && total == 0 && seg > 0 && seg < 100) {
          seg = Num.times(seg, w.value());
          words++;
          end = m.end();
        }
        break;
      }
      if (w.kind() == Kind.ONE && words > 0) {
        w = Word.of(Kind.UNIT, 1, 0);
      }
      if (!w.cardinal()) {
        break;
      }
      boolean ok =
          switch (w.kind()) {
            case ONE -> {
              seg = 1;
              one = true;
              rank = Rank.UNIT;
              yield true;
            }
            case UNIT -> {
              boolean fits =
                  rank == Rank.NONE
                      || rank == Rank.HUNDREDS
                      || rank == Rank.TENS && seg % 10 == 0 && w.value() >= 1 && w.value() < 10;
              if (fits) {
                seg += w.value();
                rank = Rank.UNIT;
              }
              yield fits;
            }
            case TEEN -> {
              boolean fits =
                  rank == Rank.NONE
                      || rank == Rank.HUNDREDS
                      || rank == Rank.TENS && (seg % 100 == 60 || seg % 100 == 80);
              if (fits) {
                seg += w.value();
                rank = Rank.TEEN;
              }
              yield fits;
            }
            case TENS -> {
              boolean fits = rank == Rank.NONE || rank == Rank.HUNDREDS;
              if (fits) {
                seg += w.value();
                rank = Rank.TENS;
              }
              yield fits;
            }
            case HUNDREDS -> {
              boolean fits = rank == Rank.NONE;
              if (fits) {
                seg += w.value();
                rank = Rank.HUNDREDS;
              }
              yield fits;
            }
            case HUNDRED -> {
              boolean fits =
                  (rank == Rank.NONE || rank == Rank.UNIT || rank == Rank.TEEN) && seg < 100;
              if (fits) {
                seg = (seg == 0 ? 1 : seg) * 100;
                rank = Rank.HUNDREDS;
                one = false;
              }
              yield fits;
            }
            case SCALE -> {
              boolean fits = !(words == 0 && w.has(Word.PLURAL));
              if (fits) {
                double s = w.value();
                double mult = seg == 0 ? 1 : seg;
                total = s < lastScale ? total + mult * s : (total + mult) * s;
                lastScale = s;
                seg = 0;
                rank = Rank.NONE;
                one = false;
              }
              yield fits;
            }
            default -> false;
          };
      if (!ok) {
        break;
      }
      words++;
      end = m.end();
      if (w.has(Word.ABBREVIATION) && t.at(end) == '.') {
        end++;
      }
      m = next(t, rules, end);
    }
    if (words == 0) {
      return null;
    }
    double value = total + seg;
    int flags = Atom.SPELLED;
    if (one && words == 1) {
      if (!first.value().has(Word.AFTER_MODIFIER)) {
        return null;
      }
      flags |= Atom.LONE_ONE;
    }
    if (words == 1 && first.value().has(Word.PRONOUN_LIKE)) {
      flags |= Atom.PRONOUN_LIKE;
    }
    double scale = lastScale == Double.POSITIVE_INFINITY ? 1 : lastScale;
    if (scale > 1) {
      flags |= Atom.SCALED;
      if (seg == 0 && t.at(end) == '-' && t.digit(end + 1)) {
        int e = DigitNumbers.runEnd(t, end + 1);
        double rest = Double.parseDouble(t.folded(end + 1, e));
        if (e - end - 1 <= 3 && rest < scale) {
          value += rest;
          end = e;
        }
      }
    }
    Atom atom =
        new Atom(
            first.start(),
            end,
            Atom.Kind.NUMBER,
            value,
            value,
            value,
            value / scale,
            scale,
            flags,
            0,
            null);
    return Suffixes.scaleWords(t, atom, rules);
  }

  /** The next number word after {@code end}, past a space, a hyphen or a connector ("and"). */
  private static Match<Word> next(TextView t, Rules rules, int end) {
    int p = end;
    if (t.at(p) == ' ' || t.at(p) == '-') {
      p++;
    }
    if (!t.letter(p)) {
      return null;
    }
    Match<Word> m = rules.numbers.longestAt(t, p);
    if (m != null) {
      return m;
    }
    Match<Boolean> and = rules.connectors.longestAt(t, p);
    if (and == null) {
      return null;
    }
    int q = and.end();
    if (t.at(q) == ' ' || t.at(q) == '-') {
      q++;
    }
    Match<Word> after = rules.numbers.longestAt(t, q);
    return after != null && after.value().cardinal() && after.value().kind() != Kind.SCALE
        ? after
        : null;
  }
}
