/** Language identification: which of the five languages a text is in. */
package org.vigie.text.language;
