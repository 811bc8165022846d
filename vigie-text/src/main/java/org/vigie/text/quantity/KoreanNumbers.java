package org.vigie.text.quantity;

import java.util.List;
import org.vigie.text.lang.ko.KoreanPack;
import org.vigie.text.scan.Lexicon;
import org.vigie.text.scan.Lexicon.Row;
import org.vigie.text.scan.QuantityPhrases;
import org.vigie.text.scan.QuantityText;

/**
 * Korean numbers: digits with Sino-Korean scale letters ("1만 1천", "1,200만", "1천500만"), Sino words
 * ("삼천", "만"), native numerals before a counter ("열두 명", "두 발"), vague magnitudes ("수천", "수십만", "몇
 * 천"), and the suffixes that make a number a date or a time ("11월 4일", "3시") or a rank ("1차",
 * "2번째"). Words are glued to their counters and particles, so a number word counts only when what
 * follows it in the word is a counter, a unit or a particle.
 */
final class KoreanNumbers {

  private KoreanNumbers() {}

  /** The word lists of the Korean pack's {@link KoreanPack#NUMBER_WORDS}, read once. */
  private static final class Words {
    private static final Lexicon FILE =
        Lexicon.resource(KoreanNumbers.class, KoreanPack.NUMBER_WORDS);

    /** Military formations named by a number glued to them: "11군단", "3사단", "1대대". */
    static final String[] FORMATIONS = section("formation");

    /** Documents whose chapters are numbered: "보고서 3장". */
    static final String[] DOCUMENTS = section("document");

    /** What makes 한 a set phrase rather than "one": "한 해", "한 번", "한때". */
    static final String[] IDIOMS = section("idiom");

    private static String[] section(String name) {
      List<Row> rows = FILE.rows(name);
      if (rows.isEmpty()) {
        throw new IllegalStateException(KoreanPack.NUMBER_WORDS + " has no [" + name + "]");
      }
      return rows.stream().flatMap(row -> row.forms(0).stream()).toArray(String[]::new);
    }
  }

  static boolean isScale(char ch) {
    return ch == '십' || ch == '백' || ch == '천' || ch == '만' || ch == '억' || ch == '조';
  }

  private static boolean big(char ch) {
    return ch == '만' || ch == '억' || ch == '조';
  }

  private static double scaleOf(char ch) {
    return switch (ch) {
      case '십' -> 10;
      case '백' -> 100;
      case '천' -> 1000;
      case '만' -> 1e4;
      case '억' -> 1e8;
      case '조' -> 1e12;
      default -> 1;
    };
  }

  /** The end of a formation name glued at {@code k}, or -1. */
  private static int formationEnd(QuantityText t, int k) {
    if (!QuantityText.hangul(t.at(k))) {
      return -1;
    }
    for (String f : Words.FORMATIONS) {
      if (t.startsWith(k, f)) {
        return k + f.length();
      }
    }
    return t.at(k) == '군' && !QuantityText.hangul(t.at(k + 1)) ? k + 1 : -1;
  }

  /** Whether a Korean date, time or rank suffix follows digits at {@code k}. */
  static boolean isKoreanSuffix(QuantityText t, int k) {
    if (formationEnd(t, k) > 0) {
      return true;
    }
    return switch (t.at(k)) {
      case '월', '일', '시', '년', '차', '째', '위', '호', '쪽', '장' -> true;
      case '단' -> t.at(k + 1) == '계';
      case '절', '항' -> !QuantityText.hangul(t.at(k + 1));
      case '분' -> t.at(k + 1) == '의' || t.at(k + 1) == '기';
      case '형' -> true;
      case '번' -> t.at(k + 1) == '째';
      default -> false;
    };
  }

  /** Digits followed by scale letters or a Korean suffix. */
  static Atom afterDigits(QuantityText t, Atom a, Rules rules) {
    int k = a.end();
    if (!isScale(t.at(k))) {
      return suffix(t, a, k);
    }
    double total = 0;
    double group = 0;
    double cur = a.value();
    double biggest = 1;
    int p = k;
    while (true) {
      char ch = t.at(p);
      if (!isScale(ch)) {
        break;
      }
      if (big(ch)) {
        group = Decimal.plus(group, cur);
        total = Decimal.plus(total, Decimal.times(group == 0 ? 1 : group, scaleOf(ch)));
        group = 0;
      } else {
        group = Decimal.plus(group, Decimal.times(cur == 0 ? 1 : cur, scaleOf(ch)));
      }
      biggest = Math.max(biggest, scaleOf(ch));
      cur = 0;
      p++;
      if (isScale(t.at(p))) {
        continue;
      }
      int q = t.at(p) == ' ' && t.digit(p + 1) ? p + 1 : p;
      if (!t.digit(q)) {
        break;
      }
      int e = plainEnd(t, q);
      if (q != p && !isScale(t.at(e))) {
        break;
      }
      cur = plainValue(t, q, e);
      p = e;
    }
    double value = Decimal.plus(Decimal.plus(total, group), cur);
    Atom scaled =
        new Atom(
            a.start(),
            p,
            Atom.Kind.NUMBER,
            value,
            value,
            value,
            value / biggest,
            biggest,
            a.flags() | Atom.SCALED | Atom.KOREAN,
            a.digits(),
            a.unit());
    return isKoreanSuffix(t, p) ? suffix(t, scaled, p) : scaled;
  }

  private static int plainEnd(QuantityText t, int q) {
    int e = DigitNumbers.runEnd(t, q);
    while (t.at(e) == ','
        && t.digit(e + 1)
        && t.digit(e + 2)
        && t.digit(e + 3)
        && !t.digit(e + 4)) {
      e += 4;
    }
    return e;
  }

  private static double plainValue(QuantityText t, int q, int e) {
    StringBuilder b = new StringBuilder();
    for (int i = q; i < e; i++) {
      if (t.digit(i)) {
        b.append(t.c[i]);
      }
    }
    return b.length() > 300 ? Double.POSITIVE_INFINITY : Double.parseDouble(b.toString());
  }

  /** Dates ("11월 4일", "2024년"), times ("3시 30분") and ranks ("1차", "2번째"). */
  private static Atom suffix(QuantityText t, Atom a, int k) {
    int formation = formationEnd(t, k);
    if (formation > 0) {
      return Atom.none(a.start(), formation);
    }
    char ch = t.at(k);
    switch (ch) {
      case '월' -> {
        return Atom.none(a.start(), dateEnd(t, k + 1));
      }
      case '일' -> {
        boolean span =
            t.at(k + 1) == '간'
                || t.startsWith(k + 1, " 동안")
                || t.startsWith(k + 1, "만에")
                || t.startsWith(k + 1, " 만에")
                || t.startsWith(k + 1, "째");
        return span ? a : Atom.none(a.start(), k + 1);
      }
      case '분' -> {
        if (t.startsWith(k, "분기")) {
          return Atom.none(a.start(), k + 2);
        }
        return t.startsWith(k, "분의") ? fraction(t, a, k) : a;
      }
      case '형' -> {
        return Atom.none(a.start(), k + 1);
      }
      case '시' -> {
        return t.at(k + 1) == '간' ? a : Atom.none(a.start(), timeEnd(t, k + 1));
      }
      case '년' -> {
        return a.value() >= 1000 && a.integer() ? Atom.none(a.start(), dateEnd(t, k + 1)) : a;
      }
      case '차' -> {
        return t.at(k + 1) == '례' ? a : Atom.none(a.start(), k + 1);
      }
      case '째', '위', '호', '쪽', '절', '항' -> {
        return Atom.none(a.start(), k + 1);
      }
      case '단' -> {
        return t.at(k + 1) == '계' ? Atom.none(a.start(), k + 2) : a;
      }
      case '장' -> {
        return chapter(t, a, k) ? Atom.none(a.start(), k + 1) : a;
      }
      case '번' -> {
        return Atom.none(a.start(), k + 2);
      }
      default -> {
        return a;
      }
    }
  }

  /** "보고서 3장", "3장 47쪽": a chapter of a document, not three sheets. */
  private static boolean chapter(QuantityText t, Atom a, int k) {
    int q = t.skipSpace(k + 1);
    if (q > k + 1 && t.digit(q)) {
      int e = DigitNumbers.runEnd(t, q);
      char next = t.at(e);
      if (next == '절' || next == '쪽' || next == '항' || next == '조') {
        return true;
      }
    }
    int before = t.skipSpaceBack(a.start());
    String word = t.text.substring(t.wordStartBack(before), before);
    for (String document : Words.DOCUMENTS) {
      if (word.endsWith(document)) {
        return true;
      }
    }
    return false;
  }

  /** "3분의 1": one third, as a percent. */
  private static Atom fraction(QuantityText t, Atom a, int k) {
    int q = k + 2;
    if (t.at(q) == ' ') {
      q++;
    }
    if (!t.digit(q)) {
      return a;
    }
    int e = DigitNumbers.runEnd(t, q);
    double part = plainValue(t, q, e);
    if (a.value() <= 0 || part > a.value()) {
      return a;
    }
    double percent = Decimal.tidy(100 * part / a.value());
    return new Atom(
        a.start(),
        e,
        Atom.Kind.FRACTION,
        percent,
        percent,
        percent,
        percent,
        1,
        a.flags(),
        0,
        DigitNumbers.percent());
  }

  /** Past the month and day that follow a year or a month: "2024년 11월 4일". */
  private static int dateEnd(QuantityText t, int p) {
    while (true) {
      int q = t.at(p) == ' ' ? p + 1 : p;
      if (!t.digit(q)) {
        return p;
      }
      int e = DigitNumbers.runEnd(t, q);
      char ch = t.at(e);
      if (ch != '월' && ch != '일') {
        return p;
      }
      p = e + 1;
    }
  }

  private static int timeEnd(QuantityText t, int p) {
    while (true) {
      int q = t.at(p) == ' ' ? p + 1 : p;
      if (!t.digit(q)) {
        return p;
      }
      int e = DigitNumbers.runEnd(t, q);
      if (t.at(e) != '분' && t.at(e) != '초') {
        return p;
      }
      p = e + 1;
    }
  }

  /** A number word at the start of a Korean word, or null. */
  static Atom spelled(QuantityText t, int i, Rules rules) {
    char ch = t.at(i);
    if (ch == '수' || ch == '몇') {
      return vague(t, i, rules);
    }
    if (t.startsWith(i, "절반")) {
      return Atom.number(i, i + 2, 50, 50, 1, Atom.SPELLED | Atom.KOREAN, 0, null).withFraction();
    }
    if (isScale(ch) || rules.korean.sino.containsKey(ch)) {
      Atom sino = sino(t, i, rules);
      if (sino != null) {
        return sino;
      }
    }
    return nativeNumber(t, i, rules);
  }

  private static Atom vague(QuantityText t, int i, Rules rules) {
    int p = i + 1;
    if (t.at(p) == ' ' && isScale(t.at(p + 1))) {
      p++;
    }
    double mag = 1;
    while (isScale(t.at(p))) {
      mag *= scaleOf(t.at(p));
      p++;
    }
    if (mag == 1 || !restOk(t, p, rules, false)) {
      return null;
    }
    return new Atom(
        i,
        p,
        Atom.Kind.VAGUE,
        Double.NaN,
        2 * mag,
        10 * mag - 1,
        mag,
        1,
        Atom.SPELLED | Atom.KOREAN,
        0,
        null);
  }

  private static Atom sino(QuantityText t, int i, Rules rules) {
    double total = 0;
    double group = 0;
    double cur = 0;
    int p = i;
    boolean endsWithScale = false;
    while (true) {
      char ch = t.at(p);
      Double digit = rules.korean.sino.get(ch);
      if (digit != null && cur == 0) {
        cur = digit;
        endsWithScale = false;
      } else if (isScale(ch)) {
        if (big(ch)) {
          group += cur;
          total += (group == 0 ? 1 : group) * scaleOf(ch);
          group = 0;
        } else {
          group += (cur == 0 ? 1 : cur) * scaleOf(ch);
        }
        cur = 0;
        endsWithScale = true;
      } else {
        break;
      }
      p++;
      boolean afterBig = big(t.at(p - 1));
      char next = t.at(p + 1);
      if (afterBig && t.at(p) == ' ' && (isScale(next) || rules.korean.sino.containsKey(next))) {
        p++;
      }
    }
    if (!endsWithScale && (p - i < 2 || total + group == 0) || !restOk(t, p, rules, true)) {
      return null;
    }
    double value = total + group + cur;
    return Atom.number(i, p, value, value, 1, Atom.SPELLED | Atom.KOREAN, 0, null);
  }

  private static Atom nativeNumber(QuantityText t, int i, Rules rules) {
    QuantityPhrases.Match<Double> first = rules.korean.natives.longestAt(t, i);
    if (first == null) {
      return null;
    }
    double value = first.value();
    int p = first.end();
    if (value >= 10 && value % 10 == 0) {
      QuantityPhrases.Match<Double> unit = rules.korean.natives.longestAt(t, p);
      if (unit != null && unit.value() < 10) {
        value += unit.value();
        p = unit.end();
      }
    }
    if (!restOk(t, p, rules, true) || value == 1 && idiom(t, p)) {
      return null;
    }
    return Atom.number(i, p, value, value, 1, Atom.SPELLED | Atom.KOREAN, 0, null);
  }

  /** "한 해", "한 번", "한때": "one" in a set phrase rather than a count. */
  private static boolean idiom(QuantityText t, int p) {
    int q = t.at(p) == ' ' ? p + 1 : p;
    for (String idiom : Words.IDIOMS) {
      if (t.startsWith(q, idiom)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether what follows a Korean number word fits: a counter or unit (glued or as the next word),
   * "여" (and some more), or, unless a counter is required, a particle or the end of the word.
   */
  private static boolean restOk(QuantityText t, int p, Rules rules, boolean counterRequired) {
    if (t.at(p) == '여') {
      p++;
    }
    if (!t.letter(p)) {
      int q = t.at(p) == ' ' ? p + 1 : p;
      if (t.letter(q) && rules.units.at(t, q) != null) {
        return true;
      }
      return !counterRequired;
    }
    if (rules.units.at(t, p) != null) {
      return true;
    }
    if (counterRequired) {
      return false;
    }
    QuantityPhrases.Match<Boolean> particle = rules.units.particles.longestAt(t, p);
    return particle != null && !t.letter(particle.end());
  }
}
