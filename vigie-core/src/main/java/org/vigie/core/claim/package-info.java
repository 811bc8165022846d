/**
 * Claims read from documents: quantities with their speaker, hedges and date, named entities, and
 * dates; and how they are found again in a store (ids, queries, pages). Records only; the
 * extraction lives in {@code vigie-text}.
 */
package org.vigie.core.claim;
