/** Documents: what was ingested, where it came from and what text was read from it. */
package org.vigie.core.document;
