/**
 * Claims read from documents: quantities first (a number or a vague phrase, read as an interval,
 * with what is counted and whose it is). Records only; the extraction lives in {@code vigie-text}.
 */
package org.vigie.core.claim;
