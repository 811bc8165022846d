/** The French pack: decimal commas and the journalistic conditional as a reportative form. */
package org.vigie.text.lang.fr;
