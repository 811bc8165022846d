package org.vigie.text.quantity;

/**
 * What a modifier word does to a number: "plus de" is {@link #GT}, "environ" {@link #APPROX}, "près
 * de" {@link #NEARLY}. {@link #NONE} marks phrases that look like a modifier but are not, "en plus
 * de" (in addition to), so that the longer phrase wins and cancels the shorter.
 */
enum Hedge {
  EXACT,
  APPROX,
  NEARLY,
  GT,
  GE,
  LT,
  LE,
  /** "여" in "1만여 명": a little more than, read as about. */
  ODD,
  /** "до": up to, unless a verb of change before it makes it "to" ("выросло до 3000"). */
  UPTO,
  NONE
}
