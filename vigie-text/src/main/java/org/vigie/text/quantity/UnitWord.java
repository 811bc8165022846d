package org.vigie.text.quantity;

/**
 * A word naming what is counted or measured.
 *
 * @param lemma the English lemma ({@code soldier}, {@code artillery shell}, {@code kilometre})
 * @param kind what sort of unit it is
 */
record UnitWord(String lemma, Kind kind) {

  enum Kind {
    /** Things or people counted: soldiers, shells, containers. */
    COUNT,
    /** Measures: kilometres, tonnes, degrees. */
    MEASURE,
    /** Money. */
    CURRENCY,
    /** Percent and percentage points. */
    PERCENT,
    /** Durations: days, years. */
    TIME,
    /** A Korean counter: 명, 발, 개 (what is counted is named by the noun around it). */
    COUNTER
  }
}
