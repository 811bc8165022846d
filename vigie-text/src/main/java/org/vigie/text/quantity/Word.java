package org.vigie.text.quantity;

/**
 * A word of a number lexicon and what it stands for.
 *
 * @param kind its role in a number
 * @param value the number (a unit 1-9, a teen, tens, hundreds, a scale such as 1000, the magnitude
 *     of a vague plural such as 1000 for "milliers", the centre of an approximate noun, the percent
 *     of a fraction)
 * @param low the low end of an approximate noun ("une dizaine": 8), else the value
 * @param high the high end of an approximate noun ("une dizaine": 12), else the value
 * @param flags {@link #PLURAL}, {@link #GENITIVE_SINGULAR}, {@link #NEEDS_NUMBER}, ...
 */
record Word(Kind kind, double value, double low, double high, int flags) {

  enum Kind {
    /** 0 to 9 (and "полтора", 1.5). */
    UNIT,
    /** 10 to 19. */
    TEEN,
    /** 20, 30, ... 90. */
    TENS,
    /** A word worth a whole number of hundreds: "двести", "сто". */
    HUNDREDS,
    /** The multiplier 100: "hundred", "cent". */
    HUNDRED,
    /** 1000, a million, a billion ("mille", "тысяч", "bn"). */
    SCALE,
    /** A word for one that needs a following scale or noun: "un", "a", "одна". */
    ONE,
    /** A vague plural of a magnitude: "milliers", "dozens", "десятки". */
    VAGUE,
    /** An approximate noun: "une dizaine", "un millier", "a dozen". */
    APPROX,
    /** A fraction, as a percent: "half" is 50. */
    FRACTION
  }

  /** A plural scale ("millions", "тысяч"): alone, without a number before it, it is vague. */
  static final int PLURAL = 1;

  /** A genitive singular ("тысячи", "миллиона"): one of it after "около", "более"... */
  static final int GENITIVE_SINGULAR = 2;

  /** An abbreviation ("млн", "bn", "тыс."): only after a number. */
  static final int NEEDS_NUMBER = 4;

  /** "one": a number alone, unless a pronoun ("the one", "each one"). */
  static final int PRONOUN_LIKE = 8;

  /** A word for one that may follow a modifier alone: "plus d'un an". */
  static final int AFTER_MODIFIER = 16;

  /** A fraction word that needs "of", "the", "des"... after it: "half the", "la moitié des". */
  static final int NEEDS_FOLLOWER = 32;

  /** An abbreviation that may end with a period ("тыс.", "млн."). */
  static final int ABBREVIATION = 128;

  /** "dozen", "douzaine": after a number, twelve times it ("three dozen" is 36). */
  static final int DOZEN = 256;

  /** "deux": after "les", "des", "ces" it means both, not a count of two. */
  static final int BOTH = 512;

  /** A word a small cardinal before multiplies: "два десятка" is 20, "trois centaines" 300. */
  static final int TIMES = 1024;

  /** An approximate noun that needs no article before it ("десяток", "сотня"). */
  static final int BARE = 64;

  static Word of(Kind kind, double value, int flags) {
    return new Word(kind, value, value, value, flags);
  }

  boolean has(int flag) {
    return (flags & flag) != 0;
  }

  /** Whether it can be a part of a spelled cardinal ("deux", "cent", "mille"). */
  boolean cardinal() {
    return switch (kind) {
      case UNIT, TEEN, TENS, HUNDREDS, HUNDRED, SCALE, ONE -> true;
      default -> false;
    };
  }
}
