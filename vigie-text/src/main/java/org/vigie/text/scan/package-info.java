/**
 * The scanning primitives every other package of the text toolkit reads with, and that know none of
 * them: {@link org.vigie.text.scan.Fold} (one folding of case, accents and look-alike marks),
 * {@link org.vigie.text.scan.FoldedText} (a text folded once, with the word questions), {@link
 * org.vigie.text.scan.PhraseIndex} (a trie of lexicon phrases), {@link org.vigie.text.scan.Lexicon}
 * (the one lexicon file format and its reader) and {@link org.vigie.text.scan.Suffixes}.
 *
 * <p>The quantity stage reads with a flavour of its own of the first two: {@link
 * org.vigie.text.scan.QuantityText} (the same text with the quantity folding and its word rules)
 * and {@link org.vigie.text.scan.QuantityPhrases} (a phrase trie over it that also matches
 * backwards). Their classes say how they differ; the quantities found depend on those differences,
 * so they are kept side by side rather than merged (issue 13).
 */
package org.vigie.text.scan;
