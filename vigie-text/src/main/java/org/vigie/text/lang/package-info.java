/**
 * The language packs: what one language brings to the stages ({@link
 * org.vigie.text.lang.LanguagePack}), one package per language ({@code lang.fr}, {@code lang.en},
 * {@code lang.ru}, {@code lang.uk}, {@code lang.ko}) with its pack and resource files (each has
 * {@code quantities.tsv}, {@code units.tsv}, {@code cues.tsv}, {@code dates.tsv} and {@code
 * frames.tsv}), and the one list of them ({@code
 * META-INF/services/org.vigie.text.lang.LanguagePack}, read by {@link
 * org.vigie.text.lang.LanguagePacks}). The packs know only the scanning primitives ({@code scan});
 * the stages know the packs.
 */
package org.vigie.text.lang;
