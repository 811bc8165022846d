/**
 * The scanning primitives every other package of the text toolkit reads with, and that know none of
 * them: {@link org.vigie.text.scan.Fold} (one folding of case, accents and look-alike marks),
 * {@link org.vigie.text.scan.FoldedText} (a text folded once, with the word questions), {@link
 * org.vigie.text.scan.PhraseIndex} (a trie of lexicon phrases), {@link org.vigie.text.scan.Lexicon}
 * (the one lexicon file format and its reader) and {@link org.vigie.text.scan.Suffixes}.
 */
package org.vigie.text.scan;
