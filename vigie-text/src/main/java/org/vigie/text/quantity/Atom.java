package org.vigie.text.quantity;

/**
 * A number read from the text, before its context is weighed: "11 000", "1,5 million", "trois
 * mille", "des milliers", "une dizaine", "la moitié".
 *
 * @param start offset of its first character
 * @param end offset after its last character
 * @param kind what sort of number
 * @param value the number ({@code NaN} for a vague plural)
 * @param low the low end: the value, or the interval of a vague or approximate phrase
 * @param high the high end
 * @param mantissa the number before its scale ("12" in "12 000" and "12 тысяч"), for a range whose
 *     first number borrows the scale of the second ("11 à 12 000")
 * @param scale the scale (1000 in "12 000", 1 in "12")
 * @param flags {@link #DIGITS}, {@link #SPELLED}, {@link #GROUPED}, ...
 * @param digits how many digits the integer part has (4 for a year), 0 when spelled
 * @param unit a unit written into the number ("50%"), or null
 */
record Atom(
    int start,
    int end,
    Kind kind,
    double value,
    double low,
    double high,
    double mantissa,
    double scale,
    int flags,
    int digits,
    UnitWord unit) {

  enum Kind {
    NUMBER,
    VAGUE,
    APPROX,
    FRACTION,
    /** Not a quantity (a date, a time, a version, an ordinal): skip it. */
    NONE
  }

  static final int DIGITS = 1;
  static final int SPELLED = 2;
  static final int GROUPED = 4;
  static final int DECIMAL = 8;
  static final int SCALED = 16;
  static final int NEGATIVE = 32;

  /** A letter right before the first digit ("M26", "Su34"). */
  static final int GLUED_LEFT = 64;

  /** A letter and a hyphen before it ("KN-23", "Su-34"). */
  static final int HYPHEN_LEFT = 128;

  /** Letters right after the last digit that are not a known suffix ("2S19"); see the units. */
  static final int GLUED_RIGHT = 256;

  /** A word for one that needs a follower, accepted because a modifier precedes ("plus d'un"). */
  static final int LONE_ONE = 512;

  /** "one" in English: a number unless it is a pronoun. */
  static final int PRONOUN_LIKE = 1024;

  /** A fraction written with digits, "1/2". */
  static final int SLASH_FRACTION = 2048;

  /** A Korean number with its own scale letters ("1만"). */
  static final int KOREAN = 4096;

  /** "deux", which after "les" means both. */
  static final int BOTH = 8192;

  static Atom none(int start, int end) {
    return new Atom(start, end, Kind.NONE, Double.NaN, Double.NaN, Double.NaN, 0, 1, 0, 0, null);
  }

  static Atom number(
      int start,
      int end,
      double value,
      double mantissa,
      double scale,
      int flags,
      int digits,
      UnitWord unit) {
    return new Atom(
        start, end, Kind.NUMBER, value, value, value, mantissa, scale, flags, digits, unit);
  }

  boolean has(int flag) {
    return (flags & flag) != 0;
  }

  boolean integer() {
    return kind == Kind.NUMBER && value == Math.rint(value) && !has(DECIMAL);
  }

  Atom withSpan(int newStart, int newEnd) {
    return new Atom(newStart, newEnd, kind, value, low, high, mantissa, scale, flags, digits, unit);
  }

  Atom withFlags(int add) {
    return new Atom(start, end, kind, value, low, high, mantissa, scale, flags | add, digits, unit);
  }

  Atom withUnit(UnitWord u, int newEnd) {
    return new Atom(start, newEnd, kind, value, low, high, mantissa, scale, flags, digits, u);
  }

  /** The same span and value read as a percent share ("절반", "la moitié"). */
  Atom withFraction() {
    return new Atom(
        start,
        end,
        Kind.FRACTION,
        value,
        value,
        value,
        value,
        1,
        flags,
        digits,
        DigitNumbers.percent());
  }

  /** The same number with its sign changed, starting at {@code newStart} ("minus 5", "-5"). */
  Atom negated(int newStart) {
    return new Atom(
        newStart,
        end,
        kind,
        -value,
        -value,
        -value,
        -mantissa,
        scale,
        flags | NEGATIVE,
        digits,
        unit);
  }

  /** This number times a scale ("1,5" then "million"). */
  Atom scaled(double by, int newEnd) {
    return new Atom(
        start,
        newEnd,
        kind,
        value * by,
        low * by,
        high * by,
        value,
        by,
        flags | SCALED,
        digits,
        unit);
  }
}
