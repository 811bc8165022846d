/** The Ukrainian pack. */
package org.vigie.text.lang.uk;
