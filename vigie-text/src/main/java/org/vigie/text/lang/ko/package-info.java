/**
 * The Korean pack: particles glued to words, and the Korean resources beyond those every pack has:
 * {@code korean-numbers.tsv} (the words read around a Korean number) and {@code
 * phrase-particles.tsv} (the particles cut off a word to find the noun of a phrase).
 */
package org.vigie.text.lang.ko;
