/**
 * The certainty stage: the hedging cues of a claim and the ICD 203 probability they give; the
 * grammatical cues come from the language packs.
 */
package org.vigie.text.certainty;
