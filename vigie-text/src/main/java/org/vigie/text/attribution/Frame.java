package org.vigie.text.attribution;

/**
 * A reporting frame found in a text: "selon", "a déclaré", "citing", 따르면.
 *
 * @param kind how the frame points at its source
 * @param start offset of its first character, in UTF-16 units
 * @param end offset after its last character
 */
record Frame(Kind kind, int start, int end) {

  enum Kind {
    /** The source follows: "selon le NIS", "according to Kyiv", "по данным ГУР". */
    SOURCE,
    /** The source precedes (Korean): "국정원에 따르면". */
    SOURCE_BEFORE,
    /** A reporting verb: its subject before it, or after it when inverted. */
    VERB,
    /** The one cited follows and is the speaker: "citing the NIS", "со ссылкой на НИС". */
    CITING,
    /** The relay follows: "cité par l'AFP", "in an interview with CNN". */
    CITED_BY
  }
}
