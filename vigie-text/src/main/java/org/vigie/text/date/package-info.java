/** The date stage: the dates a text states and the one a quantity describes (docs/dates.md). */
package org.vigie.text.date;
