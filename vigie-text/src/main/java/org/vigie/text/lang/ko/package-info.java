/**
 * The Korean pack: particles glued to words, and the Korean resources ({@code quantities.tsv},
 * {@code korean-numbers.tsv}, {@code phrase-particles.tsv}).
 */
package org.vigie.text.lang.ko;
