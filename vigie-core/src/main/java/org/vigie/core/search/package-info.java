/**
 * Full-text search: the {@link org.vigie.core.search.DocumentIndex} port, the query and its
 * results. The index is derived data, rebuilt from the store whenever in doubt; the store stays the
 * truth.
 */
package org.vigie.core.search;
