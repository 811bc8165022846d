/** The Russian pack. */
package org.vigie.text.lang.ru;
