/** The English pack: month-first numeric dates and the plain nouns read as units. */
package org.vigie.text.lang.en;
