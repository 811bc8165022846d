package org.vigie.text.quantity;

import org.vigie.core.claim.Modifier;

/**
 * A quantity being read: one number or two joined in a range, then its modifier. Offsets are UTF-16
 * offsets into the text.
 *
 * @param start start of the whole phrase read so far (modifier, quantifier, range opener)
 * @param end end of the whole phrase read so far
 * @param numberStart start of the (first) number itself, where a currency sign would stand
 * @param numberEnd end of the number itself, where the search for its unit begins
 * @param value the number as stated, or null
 * @param low the low end of the interval, or null when open
 * @param high the high end, or null when open
 * @param modifier how the stated number relates to the true one
 * @param unit a unit already known (a percent sign, a fraction), or null
 * @param flags the {@link Atom} flags of its number(s)
 */
record Reading(
    int start,
    int end,
    int numberStart,
    int numberEnd,
    Double value,
    Double low,
    Double high,
    Modifier modifier,
    UnitWord unit,
    int flags) {

  static Reading of(Atom a) {
    return switch (a.kind()) {
      case VAGUE ->
          new Reading(
              a.start(),
              a.end(),
              a.start(),
              a.end(),
              null,
              a.low(),
              a.high(),
              Modifier.VAGUE,
              a.unit(),
              a.flags());
      case APPROX ->
          new Reading(
              a.start(),
              a.end(),
              a.start(),
              a.end(),
              a.value(),
              a.low(),
              a.high(),
              Modifier.APPROX,
              a.unit(),
              a.flags());
      default ->
          new Reading(
              a.start(),
              a.end(),
              a.start(),
              a.end(),
              a.value(),
              a.value(),
              a.value(),
              Modifier.EXACT,
              a.unit(),
              a.flags());
    };
  }

  Reading with(Double newValue, Double newLow, Double newHigh, Modifier newModifier) {
    return new Reading(
        start, end, numberStart, numberEnd, newValue, newLow, newHigh, newModifier, unit, flags);
  }

  Reading spanning(int newStart, int newEnd) {
    return new Reading(
        newStart, newEnd, numberStart, numberEnd, value, low, high, modifier, unit, flags);
  }

  boolean has(int flag) {
    return (flags & flag) != 0;
  }
}
