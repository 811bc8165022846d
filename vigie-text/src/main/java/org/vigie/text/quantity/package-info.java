/**
 * The quantity stage: every number of a text, what it counts, whose it is and how it is hedged
 * ({@link org.vigie.text.quantity.QuantityExtractor}; docs/quantities.md). Its word tables are read
 * from the language packs' {@code quantities.tsv} and {@code units.tsv}, the shared {@code
 * units.tsv} and the {@code [owner]} section of the actor list, grouped by what they tell ({@code
 * SpelledWords}, {@code HedgeWords}, {@code CalendarWords}, ...).
 */
package org.vigie.text.quantity;
