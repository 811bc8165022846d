/** Copying a store into another: {@code vigie migrate}. */
package org.vigie.store.copy;
