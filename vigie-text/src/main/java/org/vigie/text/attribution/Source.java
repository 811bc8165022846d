package org.vigie.text.attribution;

import org.vigie.text.segment.Span;

/**
 * A speaker or relay read from a phrase: its canonical name and id when resolved, else the phrase.
 *
 * @param name what to print
 * @param id the actor-list id, or null
 * @param media an outlet or agency that relays others
 * @param pronoun "il", "she", "он": continues the report of the sentence before
 * @param span where the phrase is
 */
record Source(String name, String id, boolean media, boolean pronoun, Span span) {

  static Source pronoun(Span span) {
    return new Source("", null, false, true, span);
  }
}
