package org.vigie.text.attribution;

/** A source read from a frame, in the role the frame gives it, and where the frame is. */
record Found(Source source, Role role, int at) {

  enum Role {
    /** The subject of a reporting verb. */
    SPEAKER,
    /** The source after "selon", "according to", "по данным", or before 에 따르면. */
    SOURCE,
    /** The one cited: "citing the NIS". */
    CITED,
    /** "cité par l'AFP", "told Reuters". */
    RELAY
  }
}
